"""The upstream projects whose custom resources this platform renders, each pinned once, here.

Everything that depends on an upstream version reads it from this module: the Helm charts the platform installs
(`frappe_k8s.model.operators`), the CRD schemas vendored into `frappe_k8s/schemas/` (`scripts/vendor_schemas.py`
writes each file's provenance from these entries, and `tests/test_schemas.py` fails when a vendored file says
another tag or commit), the typed bindings' URLs in `cdk8s.yaml`, and the prerequisites table of dist/README.md.

An operator the platform installs is pinned by its chart (`installed_by`): the schemas are those of the release
that chart installs, so Git never holds an object the running operator would read differently. An operator the
platform does not install (mariadb-operator, KEDA, cert-manager, ...) is a prerequisite of the cluster; the tag
here is the release the rendered objects are validated against, and the version to install.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class HelmChart:
    """A chart at one exact version in a classic (https) Helm repository."""

    repo_url: str
    chart: str
    version: str


@dataclass(frozen=True)
class CrdFile:
    """One upstream file of CustomResourceDefinitions and the kinds taken from it."""

    path: str                # in the repository, at the tag
    group: str               # spec.group of the CRDs taken from it
    kinds: tuple[str, ...]   # spec.names.kind of the CRDs vendored from it (a bundle such as Rook's holds more)


@dataclass(frozen=True)
class Upstream:
    """One upstream project at one release."""

    name: str                # what operators call it: "Rook", "Velero", ...
    repository: str          # GitHub owner/name
    tag: str                 # the release tag (openshift/api has none: the branch is named instead)
    commit: str              # the 40-hex commit of the tag
    license: str             # SPDX identifier of the repository's license
    crds: tuple[CrdFile, ...]
    installed_by: Optional[HelmChart] = None  # the chart the platform installs it with; None: a prerequisite

    @property
    def version(self) -> str:
        """The tag without its leading v (Helm's appVersion style)."""
        return self.tag.removeprefix("v")

    def raw_url(self, path: str) -> str:
        return f"https://raw.githubusercontent.com/{self.repository}/{self.tag}/{path}"


def _controller_gen(prefix: str, group: str, *plurals_and_kinds: tuple[str, str]) -> tuple[CrdFile, ...]:
    """controller-gen names each file `<group>_<plural>.yaml`."""
    return tuple(CrdFile(f"{prefix}/{group}_{plural}.yaml", group, (kind,)) for plural, kind in plurals_and_kinds)


# --- installed by the platform (dist/operators-*) ---------------------------------------------------------------

# rook/rook deploy/charts/rook-ceph is published to charts.rook.io with the Rook tag as chart version
# (build/makelib/helm.mk); the chart's CRDs (crds.enabled) are deploy/examples/crds.yaml's.
ROOK = Upstream(
    "Rook", "rook/rook", "v1.20.6", "4e1b7a626891a215949ab42a6957a0ef1e1a25e6", "Apache-2.0",
    (CrdFile("deploy/examples/crds.yaml", "ceph.rook.io",
             ("CephCluster", "CephFilesystem", "CephFilesystemSubVolumeGroup", "CephBlockPool", "CephObjectStore")),),
    installed_by=HelmChart("https://charts.rook.io/release", "rook-ceph", "v1.20.6"))
# vmware-tanzu/helm-charts charts/velero/Chart.yaml: version 12.1.0, appVersion 1.18.1; its crds/ are Velero's.
VELERO = Upstream(
    "Velero", "vmware-tanzu/velero", "v1.18.1", "26ef8fa7df68dfa9ab8aa4669b8ac47340b0c510", "Apache-2.0",
    _controller_gen("config/crd/v1/bases", "velero.io", ("schedules", "Schedule"), ("backups", "Backup"),
                    ("restores", "Restore"), ("backupstoragelocations", "BackupStorageLocation"),
                    ("volumesnapshotlocations", "VolumeSnapshotLocation"), ("podvolumebackups", "PodVolumeBackup")),
    installed_by=HelmChart("https://vmware-tanzu.github.io/helm-charts", "velero", "12.1.0"))
# Upstream publishes no chart for the snapshot controller; the Piraeus chart 5.2.0 ships external-snapshotter
# v8.6.0 and its CRDs.
EXTERNAL_SNAPSHOTTER = Upstream(
    "external-snapshotter", "kubernetes-csi/external-snapshotter", "v8.6.0",
    "78e32cd84e0abec2621924a30e38c755f93e180a", "Apache-2.0",
    _controller_gen("client/config/crd", "snapshot.storage.k8s.io", ("volumesnapshotclasses", "VolumeSnapshotClass"),
                    ("volumesnapshots", "VolumeSnapshot"), ("volumesnapshotcontents", "VolumeSnapshotContent")),
    installed_by=HelmChart("https://piraeus.io/helm-charts/", "snapshot-controller", "5.2.0"))

# --- prerequisites of the cluster --------------------------------------------------------------------------------

MARIADB_OPERATOR = Upstream(
    "mariadb-operator", "mariadb-operator/mariadb-operator", "v26.6.0", "b2f76016ff71926414367f5347010766a7a1c257",
    "MIT",
    _controller_gen("config/crd/bases", "k8s.mariadb.com", ("mariadbs", "MariaDB"), ("databases", "Database"),
                    ("users", "User"), ("grants", "Grant"), ("backups", "Backup"), ("restores", "Restore")))
KEDA = Upstream(
    "KEDA", "kedacore/keda", "v2.20.2", "68a5b5028f35b22d50597c69819ab32c4e92f21a", "Apache-2.0",
    _controller_gen("config/crd/bases", "keda.sh", ("scaledobjects", "ScaledObject"), ("scaledjobs", "ScaledJob"),
                    ("triggerauthentications", "TriggerAuthentication")))
CERT_MANAGER = Upstream(
    "cert-manager", "cert-manager/cert-manager", "v1.21.1", "24e33194fb39488eff2bbf10c6dc640f407cad44", "Apache-2.0",
    _controller_gen("deploy/crds", "cert-manager.io", ("certificates", "Certificate"), ("issuers", "Issuer"),
                    ("clusterissuers", "ClusterIssuer")))
EXTERNAL_SECRETS = Upstream(
    "External Secrets", "external-secrets/external-secrets", "v2.9.0", "378bdb622ed9712ef4a58370f6a17af033b7d343",
    "Apache-2.0",
    _controller_gen("config/crds/bases", "external-secrets.io", ("externalsecrets", "ExternalSecret"),
                    ("secretstores", "SecretStore"), ("clustersecretstores", "ClusterSecretStore"))
    + _controller_gen("config/crds/bases", "generators.external-secrets.io", ("passwords", "Password")))
ARGO_CD = Upstream(
    "Argo CD", "argoproj/argo-cd", "v3.5.1", "109ca7ca71139e514114499d294a492e7910a965", "Apache-2.0",
    (CrdFile("manifests/crds/application-crd.yaml", "argoproj.io", ("Application",)),
     CrdFile("manifests/crds/appproject-crd.yaml", "argoproj.io", ("AppProject",))))
FLUX_KUSTOMIZE = Upstream(
    "Flux kustomize-controller", "fluxcd/kustomize-controller", "v1.9.4", "1324b615da01038e2859cbcde604bd5434f21933",
    "Apache-2.0", _controller_gen("config/crd/bases", "kustomize.toolkit.fluxcd.io", ("kustomizations", "Kustomization")))
FLUX_SOURCE = Upstream(
    "Flux source-controller", "fluxcd/source-controller", "v1.9.1", "092bcff3c9c3f258a44310507201d295ff294ba6",
    "Apache-2.0",
    _controller_gen("config/crd/bases", "source.toolkit.fluxcd.io", ("gitrepositories", "GitRepository"),
                    ("helmrepositories", "HelmRepository"), ("ocirepositories", "OCIRepository")))
FLUX_HELM = Upstream(
    "Flux helm-controller", "fluxcd/helm-controller", "v1.6.3", "372c34e2b4a455d24ef6cbb8321c82c4533dbbd8",
    "Apache-2.0", _controller_gen("config/crd/bases", "helm.toolkit.fluxcd.io", ("helmreleases", "HelmRelease")))
PROMETHEUS_OPERATOR = Upstream(
    "Prometheus Operator", "prometheus-operator/prometheus-operator", "v0.93.0",
    "f8fafd475f3d132e239432ae6172de60a6cb6516", "Apache-2.0",
    _controller_gen("example/prometheus-operator-crd", "monitoring.coreos.com", ("servicemonitors", "ServiceMonitor"),
                    ("podmonitors", "PodMonitor"), ("prometheusrules", "PrometheusRule")))
GATEWAY_API = Upstream(
    "Gateway API", "kubernetes-sigs/gateway-api", "v1.6.1", "8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3", "Apache-2.0",
    _controller_gen("config/crd/standard", "gateway.networking.k8s.io", ("httproutes", "HTTPRoute"),
                    ("gateways", "Gateway")))
# openshift/api versions by release branches and has no release tags: the pin is the commit (the file is the same
# on release-5.0 to 5.2; OpenShift 4.x clusters may need --crds with the release-4.x file).
OPENSHIFT_ROUTE = Upstream(
    "OpenShift Route API", "openshift/api", "master", "2a3d73913b5a7caec4c57d5c3d04f51106ec4da3", "Apache-2.0",
    (CrdFile("route/v1/zz_generated.crd-manifests/routes.crd.yaml", "route.openshift.io", ("Route",)),))
SEALED_SECRETS = Upstream(
    "Sealed Secrets", "bitnami-labs/sealed-secrets", "v0.36.6", "6dc880366d1cafa16683173cc3c8e3b58e930937",
    "Apache-2.0", (CrdFile("helm/sealed-secrets/crds/bitnami.com_sealedsecrets.yaml", "bitnami.com", ("SealedSecret",)),))

UPSTREAMS: tuple[Upstream, ...] = (ROOK, VELERO, EXTERNAL_SNAPSHOTTER, MARIADB_OPERATOR, KEDA, CERT_MANAGER,
                                   EXTERNAL_SECRETS, ARGO_CD, FLUX_KUSTOMIZE, FLUX_SOURCE, FLUX_HELM,
                                   PROMETHEUS_OPERATOR, GATEWAY_API, OPENSHIFT_ROUTE, SEALED_SECRETS)

# The charts the platform installs that ship no custom kind it renders: Rook v1.20's ceph-csi-drivers chart
# (ceph/ceph-csi-operator v1.0.4, gh-pages index), which creates the CSI Driver CRs with Rook's values.
CEPH_CSI_DRIVERS = HelmChart("https://ceph.github.io/ceph-csi-operator", "ceph-csi-drivers", "1.0.4")


def by_repository(repository: str) -> Upstream:
    return next(u for u in UPSTREAMS if u.repository == repository)


def owner_of(group: str, kind: str) -> Optional[Upstream]:
    """The upstream project whose CRD defines the kind, or None (a built-in Kubernetes kind)."""
    return next((u for u in UPSTREAMS for f in u.crds if f.group == group and kind in f.kinds), None)

"""Operators installed from upstream Helm charts, as GitOps sources (props, no cdk8s).

`HelmOperatorProps` describes one chart release; the HelmOperator construct renders it as an
Argo CD Application and/or a Flux HelmRepository + HelmRelease. The charts this platform
installs are pinned in `frappe_k8s.upstream`.
"""
from __future__ import annotations

import re
import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

from frappe_k8s import upstream
from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.backups import PLUGIN_IMAGES, REPOSITORY_KEY, REPOSITORY_SECRET, Velero
from frappe_k8s.upstream import HelmChart

GITOPS_TOOLS = ("argocd", "flux", "both")
EXACT_VERSION = re.compile(r"^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$")


# The charts are pinned in frappe_k8s.upstream, with the releases (and CRD schemas) they install.
ROOK_CEPH = upstream.ROOK.installed_by
# Rook v1.20 no longer creates the CSI Driver CRs: the ceph-csi-drivers chart does, with Rook's values
# (rook deploy/charts/ceph-csi-drivers/values.yaml).
CEPH_CSI_DRIVERS = upstream.CEPH_CSI_DRIVERS
# Rook installs neither the snapshot controller nor the snapshot CRDs.
SNAPSHOT_CONTROLLER = upstream.EXTERNAL_SNAPSHOTTER.installed_by
VELERO = upstream.VELERO.installed_by
VELERO_RELEASE = "velero"
VELERO_NODE_AGENT_CONFIG = "node-agent-config"  # the chart names the ConfigMap <release>-node-agent-config
REPOSITORY_VOLUME = "repository-password"


@dataclass(frozen=True)
class HelmOperatorProps:
    """One Helm release of an operator, synced by Argo CD, Flux or both."""

    name: str                    # release name; also names the Application, HelmRepository and HelmRelease
    namespace: str               # namespace the chart installs into (created if missing)
    chart: HelmChart
    values: Mapping[str, Any] = field(default_factory=dict)  # Helm values, as plain data
    tool: str = "both"           # argocd, flux or both
    sync_wave: int = -10         # Argo CD sync wave of the Application: operators before what uses them
    depends_on: tuple[str, ...] = ()  # Flux: names of HelmReleases to install first
    argocd_namespace: str = "argocd"
    argocd_project: str = "default"
    flux_namespace: str = "flux-system"
    interval: str = "1h"         # Flux reconcile interval

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name, max_length=53)  # Helm's release name limit
        checks.dns_label("namespace", self.namespace)
        checks.dns_label("argocd_namespace", self.argocd_namespace)
        checks.dns_label("flux_namespace", self.flux_namespace)
        checks.one_of("tool", self.tool, GITOPS_TOOLS)
        if not str(self.chart.repo_url).startswith("https://"):
            raise SpecError("chart.repo_url", self.chart.repo_url, "is not an https Helm repository",
                            "use the chart repository URL, such as https://charts.rook.io/release")
        if not EXACT_VERSION.match(str(self.chart.version)):
            raise SpecError("chart.version", self.chart.version, "is not one exact chart version",
                            "pin a version such as v1.20.6 or 1.0.4 (no ranges)")
        for name in self.depends_on:
            checks.dns_label("depends_on", name)

    @property
    def argocd(self) -> bool:
        return self.tool in ("argocd", "both")

    @property
    def flux(self) -> bool:
        return self.tool in ("flux", "both")


def ceph_operators(operator_namespace: str, snapshot_controller: bool, tool: str,
                   monitoring: bool = False) -> tuple[HelmOperatorProps, ...]:
    """The releases a Rook Ceph cluster needs, in install order (snapshot CRDs, Rook, CSI drivers).

    `monitoring`: the chart's `monitoring.enabled`, which creates the Role and RoleBinding
    `rook-ceph-monitoring` that let the operator create the mgr's ServiceMonitor; without them the CephCluster's
    `spec.monitoring.enabled` only logs a permission error (rook v1.20.6 deploy/charts/rook-ceph/values.yaml
    `monitoring.enabled`, templates/cluster-rbac.yaml, library _cluster-monitoring.tpl).
    """
    releases = []
    if snapshot_controller:
        releases.append(HelmOperatorProps(name="snapshot-controller", namespace="kube-system",
                                          chart=SNAPSHOT_CONTROLLER, tool=tool, sync_wave=-30))
    values: dict[str, Any] = {"crds": {"enabled": True},  # never turn off later: removing the CRDs destroys the cluster
                              "csi": {"installCsiOperator": True}}
    if monitoring:
        values["monitoring"] = {"enabled": True}
    releases.append(HelmOperatorProps(name="rook-ceph", namespace=operator_namespace, chart=ROOK_CEPH, tool=tool,
                                      sync_wave=-30, values=values))
    releases.append(HelmOperatorProps(
        name="ceph-csi-drivers", namespace=operator_namespace, chart=CEPH_CSI_DRIVERS, tool=tool, sync_wave=-20,
        depends_on=("rook-ceph",),
        values={"operatorConfig": {"namespace": operator_namespace, "driverSpecDefaults": {
                    "imageSet": {"name": "rook-csi-operator-image-set-configmap"},
                    "nodePlugin": {"priorityClassName": "system-node-critical"},
                    "controllerPlugin": {"priorityClassName": "system-cluster-critical"}}},
                "drivers": {"rbd": {"enabled": True, "name": f"{operator_namespace}.rbd.csi.ceph.com"},
                            "cephfs": {"enabled": True, "name": f"{operator_namespace}.cephfs.csi.ceph.com"},
                            "nfs": {"enabled": False, "name": f"{operator_namespace}.nfs.csi.ceph.com"},
                            "nvmeof": {"enabled": False, "name": f"{operator_namespace}.nvmeof.csi.ceph.com"}}}))
    return tuple(releases)


def velero_operator(velero: Velero, tool: str, cephfs_storage_classes: Sequence[str] = (),
                    after: Sequence[str] = ()) -> HelmOperatorProps:
    """Velero's release: one plugin per provider the locations use, the node-agent when a schedule backs up
    file systems or moves snapshot data, CSI snapshots when a schedule takes them. Locations are rendered
    by the platform (dist/backups/), so the chart creates none, and credentials are per location.

    `cephfs_storage_classes`: the data mover reads snapshots of these classes through a read-only shallow
    volume instead of a full clone (data-movement-backup-pvc-configuration.md). `after`: releases Velero
    needs first (the snapshot controller, when CSI snapshots are taken).
    """
    values: dict[str, Any] = {
        "initContainers": [{"name": f"velero-plugin-for-{provider}", "image": PLUGIN_IMAGES[provider],
                            "imagePullPolicy": "IfNotPresent",
                            "volumeMounts": [{"mountPath": "/target", "name": "plugins"}]}
                           for provider in velero.providers],
        "configuration": {"backupStorageLocation": [], "volumeSnapshotLocation": [], "uploaderType": "kopia",
                          "defaultVolumesToFsBackup": False},
        "backupsEnabled": False,
        "snapshotsEnabled": False,
        "credentials": {"useSecret": False},
        "deployNodeAgent": velero.node_agent,
    }
    if velero.csi:
        values["configuration"]["features"] = "EnableCSI"
    password = repository_secret(velero)
    if velero.repository_password is not None:
        # The server mounts the Secret, so its pod starts only once the Secret exists: Velero then finds it instead of
        # creating it with the public default (EnsureCommonRepositoryKey at start-up, pkg/cmd/server/server.go).
        # The ExternalSecret or SealedSecret comes with the release (chart 12.1.0 `extraObjects`) so that nothing
        # waits in a later sync wave for a pod that waits for it.
        values["extraVolumes"] = [{"name": REPOSITORY_VOLUME, "secret": {
            "secretName": REPOSITORY_SECRET, "items": [{"key": REPOSITORY_KEY, "path": REPOSITORY_KEY}]}}]
        values["extraVolumeMounts"] = [{"name": REPOSITORY_VOLUME, "mountPath": f"/{REPOSITORY_VOLUME}",
                                        "readOnly": True}]
        if password is not None:
            values["extraObjects"] = [password]
    moves_data = any(s.snapshot_move_data for s in velero.schedules)
    if moves_data and cephfs_storage_classes:
        config = {"backupPVC": {name: {"readOnly": True} for name in sorted(cephfs_storage_classes)}}
        values["configMaps"] = {VELERO_NODE_AGENT_CONFIG: {"data": {
            "node-agent-config.json": json.dumps(config, sort_keys=True)}}}
        values["nodeAgent"] = {"extraArgs": [f"--node-agent-configmap={VELERO_RELEASE}-{VELERO_NODE_AGENT_CONFIG}"]}
    return HelmOperatorProps(name=VELERO_RELEASE, namespace=velero.namespace, chart=VELERO, tool=tool,
                             sync_wave=-20 if after else -30, depends_on=tuple(after), values=values)


def repository_secret(velero: Velero) -> Optional[dict]:
    """The ExternalSecret or SealedSecret that makes Velero's `velero-repo-credentials` (key `repository-password`),
    as a plain manifest; None when there is no password source or the Secret is made out of band.

    The ExternalSecret reads the store once (`refreshPolicy: CreatedOnce`): a later change in the store must never
    replace the password of repositories that exist. Both survive a Helm uninstall (`helm.sh/resource-policy:
    keep`), and the Secret survives its source (ExternalSecret `deletionPolicy: Retain`).
    """
    source = velero.repository_password
    if source is None or source.out_of_band:
        return None
    labels = standard_labels("velero", REPOSITORY_SECRET, "repository-password")
    metadata = {"name": REPOSITORY_SECRET, "namespace": velero.namespace, "labels": labels,
                "annotations": {"helm.sh/resource-policy": "keep"}}
    if source.sealed_value is not None:
        return {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": metadata, "spec": {
            "encryptedData": {REPOSITORY_KEY: source.sealed_value},
            "template": {"metadata": {"labels": labels}, "type": "Opaque"}}}
    store = source.external_secret
    remote = {"key": store.key, **({"property": store.property} if store.property else {})}
    return {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": metadata, "spec": {
        "refreshPolicy": "CreatedOnce",
        "secretStoreRef": {"name": store.store_name, "kind": store.store_kind},
        "target": {"name": REPOSITORY_SECRET, "creationPolicy": "Owner", "deletionPolicy": "Retain"},
        "data": [{"secretKey": REPOSITORY_KEY, "remoteRef": remote}]}}

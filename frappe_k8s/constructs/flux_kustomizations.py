"""FluxKustomizations: the Flux wiring of dist/, one Kustomization per app folder chained by dependsOn."""
from __future__ import annotations

from typing import Optional

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object
from frappe_k8s.health import flux_health_exprs
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.gitops import FLUX, GitOpsWiringProps, gitops_folder

APP_NAME = "gitops"
SOURCE_KIND = "GitRepository"


class FluxKustomizations(Construct):
    """A GitRepository `<platform>` and, per folder, a Kustomization `<platform>-<folder>` that prunes what
    left git (stateful objects carry `kustomize.toolkit.fluxcd.io/prune: disabled`), waits for everything it
    applied to be healthy within `timeout`, and `dependsOn` the folders before it. A root Kustomization
    `<platform>-gitops` syncs dist/gitops/flux/ itself, so the wiring follows git after one `kubectl apply -k`;
    it does not wait, because its health would be the whole platform's. Each waiting Kustomization carries
    `healthCheckExprs` for the custom kinds of its folder (frappe_k8s.health): kstatus alone would call a
    MariaDB or a BackupStorageLocation ready before its operator said anything.
    """

    def __init__(self, scope: Construct, construct_id: str, props: GitOpsWiringProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        p = props
        self.source = k8s_object(
            self, "source", api_version="source.toolkit.fluxcd.io/v1", kind=SOURCE_KIND, name=p.name,
            namespace=p.flux_namespace, labels=standard_labels(APP_NAME, p.name, "flux-source"),
            spec={"url": p.repo_url, "ref": p.flux_ref, "interval": p.source_interval})
        self.kustomizations = [self._kustomization(a.folder, a.folder, depends_on=a.depends_on, wait=True)
                               for a in p.apps]
        # Deleting the root (to re-bootstrap) must orphan the children, not garbage-collect them: with Flux's
        # default deletionPolicy (MirrorPrune, prune: true) every child Kustomization and what it applied would go.
        self.root = self._kustomization("root", gitops_folder(FLUX), depends_on=(), wait=False,
                                        deletion_policy="Orphan")

    def _kustomization(self, construct_id: str, folder: str, *, depends_on, wait: bool,
                       deletion_policy: Optional[str] = None):
        p = self.props
        exprs = None
        if wait:
            contents = p.contents_of(folder)
            exprs = flux_health_exprs(contents.namespaced_kinds + contents.cluster_kinds) or None
        return k8s_object(
            self, construct_id, api_version="kustomize.toolkit.fluxcd.io/v1", kind="Kustomization",
            name=p.app_name(folder), namespace=p.flux_namespace,
            labels=standard_labels(APP_NAME, folder.replace("/", "-"), "flux-kustomization"),
            spec={"sourceRef": {"kind": SOURCE_KIND, "name": p.name}, "path": f"./{p.folder_path(folder)}",
                  "interval": p.interval, "retryInterval": p.retry_interval, "timeout": p.timeout,
                  "prune": True, "wait": wait, "deletionPolicy": deletion_policy, "healthCheckExprs": exprs,
                  "dependsOn": [{"name": p.app_name(dep)} for dep in depends_on] or None})

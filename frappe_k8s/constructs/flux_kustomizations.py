"""FluxKustomizations: the Flux wiring of dist/, one Kustomization per app folder chained by dependsOn."""
from __future__ import annotations

from typing import Optional

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object
from frappe_k8s.health import flux_health_exprs
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.gitops import FLUX, GitOpsWiringProps, WiredApp, gitops_folder

APP_NAME = "gitops"
SOURCE_KIND = "GitRepository"


class FluxKustomizations(Construct):
    """A GitRepository `<platform>` and, per folder, a Kustomization `<platform>-<folder>` that prunes what
    left git (stateful objects carry `kustomize.toolkit.fluxcd.io/prune: disabled`) and `dependsOn` the folders
    before it: Flux applies a folder only once each of them is Ready at the same revision (kustomize-controller
    `checkDependencies`), on every revision.

    A folder another folder waits for (namespaces, operators, storage, a bench) is health-checked within its
    `timeout`, which covers its longest Job: every object with `wait: true`, or, when it holds advisory objects
    (a volume's verification Job), every other object as `healthChecks`, so that a failed verification holds back
    no bench. A folder nothing waits for (sites, backups, monitoring) does not wait: its Ready means applied, so a
    site's long restore or a Certificate waiting a day for DNS never keeps Flux from applying the next commit of
    the folder (a health check holds its Kustomization until it ends). Health-checked folders carry
    `healthCheckExprs` for the custom kinds they check (frappe_k8s.health): kstatus alone would call a MariaDB
    ready before its operator said anything.

    A root Kustomization `<platform>-gitops-flux` syncs dist/gitops/flux/ itself, so the wiring follows git after
    one `kubectl apply -k`; it does not wait, because its health would be the whole platform's.
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
        self.kustomizations = [self._kustomization(a.folder, a.folder, depends_on=a.depends_on,
                                                   health=self._health(a)) for a in p.apps]
        # Deleting the root (to re-bootstrap) must orphan the children, not garbage-collect them: with Flux's
        # default deletionPolicy (MirrorPrune, prune: true) every child Kustomization and what it applied would go.
        self.root = self._kustomization("root", gitops_folder(FLUX), depends_on=(), health={"wait": False},
                                        deletion_policy="Orphan")

    def _health(self, app: WiredApp) -> dict:
        """The health fields of a folder's Kustomization: none unless another folder waits for it."""
        if not app.awaited:
            return {"wait": False}
        inside = self.props.contents_of(app.folder)
        exprs = flux_health_exprs(inside.gating_kinds()) or None
        if not inside.advisory:
            return {"wait": True, "healthCheckExprs": exprs}
        checks = [{"apiVersion": api_version, "kind": kind, "name": name, "namespace": namespace or None}
                  for api_version, kind, namespace, name in inside.gating]
        return {"wait": False, "healthChecks": checks, "healthCheckExprs": exprs}

    def _kustomization(self, construct_id: str, folder: str, *, depends_on, health: dict,
                       deletion_policy: Optional[str] = None):
        p = self.props
        return k8s_object(
            self, construct_id, api_version="kustomize.toolkit.fluxcd.io/v1", kind="Kustomization",
            name=p.app_name(folder), namespace=p.flux_namespace,
            labels=standard_labels(APP_NAME, folder.replace("/", "-"), "flux-kustomization"),
            spec={"sourceRef": {"kind": SOURCE_KIND, "name": p.name}, "path": f"./{p.folder_path(folder)}",
                  "interval": p.interval, "retryInterval": p.retry_interval, "timeout": p.timeout(folder),
                  "prune": True, "deletionPolicy": deletion_policy, **health,
                  "dependsOn": [{"name": p.app_name(dep)} for dep in depends_on] or None})

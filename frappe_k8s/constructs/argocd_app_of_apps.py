"""ArgoCdAppOfApps: the Argo CD wiring of dist/, an app of apps with one child Application per app folder."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.helm_operator import IN_CLUSTER
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.gitops import ARGOCD, GitOpsWiringProps, WiredApp, gitops_folder
from frappe_k8s.sync import wave

API_VERSION = "argoproj.io/v1alpha1"
APP_NAME = "gitops"
RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"
ADMIN_PROJECT = "default"


class ArgoCdAppOfApps(Construct):
    """A root Application `<platform>` that syncs dist/gitops/argocd/ itself, holding:

    - an AppProject `<platform>` that allows only the repository, the namespaces and the (group, kind) pairs
      the platform's own folders render; the operators folder (Argo CD Applications of Helm charts, which
      install cluster-wide) stays in the admin project `default`, like the Applications it holds;
    - one child Application `<platform>-<folder>` per folder, in sync wave = its stage, so operators come
      first, then storage and backups, then benches, then their sites (waves of Applications wait only when
      Argo CD's Application health check is enabled; docs/reference/gitops.md);
    - children prune automatically, carry the resources finalizer (removing a folder from git deletes what it
      rendered, except the stateful objects, whose `Delete=false` Argo CD honours), apply server-side, and
      ignore `/spec/replicas` of workloads an HPA or KEDA scales.

    Why an app of apps rather than an ApplicationSet over the folders: each child needs its own wave, project
    and ignoreDifferences, which a git directory generator's one template cannot give without progressive sync.
    The root has no finalizer: deleting it (to re-bootstrap) leaves the children and the platform running.
    """

    def __init__(self, scope: Construct, construct_id: str, props: GitOpsWiringProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.project_apps = [a for a in props.apps if not self._admin(a)]
        self.project = self._project()
        self.children = [self._child(app) for app in props.apps]
        self.root = self._application(
            "root", props.name, project=ADMIN_PROJECT, folder=gitops_folder(ARGOCD), instance=props.name,
            destination=props.argocd_namespace, annotations=None, finalizers=())

    def _admin(self, app: WiredApp) -> bool:
        """A folder of Argo CD Applications (the operators' Helm charts) could install anything anywhere: it
        belongs to the admin project, never to the platform's."""
        contents = self.props.contents_of(app.folder)
        return ("argoproj.io", "Application") in contents.namespaced_kinds

    def _project_namespaces(self) -> list[str]:
        return sorted({ns for a in self.project_apps for ns in self.props.contents_of(a.folder).namespaces})

    def _project(self):
        p = self.props
        contents = [p.contents_of(a.folder) for a in self.project_apps]
        namespaces = self._project_namespaces()
        kinds = lambda attr: [{"group": g, "kind": k} for g, k in sorted({gk for c in contents for gk in getattr(c, attr)})]
        return k8s_object(
            self, "project", api_version=API_VERSION, kind="AppProject", name=p.name, namespace=p.argocd_namespace,
            labels=standard_labels(APP_NAME, p.name, "argocd-project"), annotations=wave(-1),
            spec={"description": f"{p.name}: the app folders of {p.path}/ rendered by frappe-k8s",
                  "sourceRepos": [p.repo_url],
                  "destinations": [{"server": IN_CLUSTER, "namespace": ns} for ns in namespaces],
                  "clusterResourceWhitelist": kinds("cluster_kinds"),
                  "namespaceResourceWhitelist": kinds("namespaced_kinds")})

    def _child(self, app: WiredApp):
        p = self.props
        admin = self._admin(app)
        contents = p.contents_of(app.folder)
        ignore = [{"group": g, "kind": k, "namespace": ns, "name": name, "jsonPointers": ["/spec/replicas"]}
                  for g, k, ns, name in contents.scaled]
        return self._application(
            app.folder, p.app_name(app.folder), project=ADMIN_PROJECT if admin else p.name, folder=app.folder,
            # a folder of cluster-scoped objects only (namespaces/) still needs a destination the project allows:
            # Argo CD refuses an empty one (isDestinationMatched), though none of its objects uses it
            instance=app.folder, destination=p.argocd_namespace if admin else
            contents.home_namespace or self._project_namespaces()[0],
            annotations=wave(app.stage), finalizers=(RESOURCES_FINALIZER,), ignore=ignore)

    def _application(self, construct_id: str, name: str, *, project: str, folder: str, instance: str,
                     destination, annotations, finalizers, ignore=()):
        p = self.props
        backoff_duration, factor, max_duration = p.retry_backoff
        options = ["PruneLast=true", "ServerSideApply=true"] + (["RespectIgnoreDifferences=true"] if ignore else [])
        return k8s_object(
            self, construct_id, api_version=API_VERSION, kind="Application", name=name, namespace=p.argocd_namespace,
            labels=standard_labels(APP_NAME, instance, "argocd-application"), annotations=annotations,
            finalizers=finalizers,
            spec={"project": project,
                  "source": {"repoURL": p.repo_url, "targetRevision": p.revision, "path": p.folder_path(folder)},
                  "destination": {"server": IN_CLUSTER, "namespace": destination},
                  "syncPolicy": {"automated": {"prune": True, "selfHeal": True},
                                 "syncOptions": options,
                                 "retry": {"limit": p.retry_limit, "backoff": {
                                     "duration": backoff_duration, "factor": factor, "maxDuration": max_duration}}},
                  "ignoreDifferences": list(ignore) or None})

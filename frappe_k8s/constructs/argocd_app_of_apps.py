"""ArgoCdAppOfApps: the Argo CD wiring of dist/, an app of apps with one child Application per app folder."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.helm_operator import IN_CLUSTER
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.gitops import ARGOCD, GitOpsWiringProps, WiredApp, gitops_folder
from frappe_k8s.rules import ARGOCD_COMPARE_OPTIONS, ARGOCD_SYNC_OPTIONS
from frappe_k8s.sync import wave

API_VERSION = "argoproj.io/v1alpha1"
APP_NAME = "gitops"
RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"
ADMIN_PROJECT = "default"
# On every Application: diff by a server-side dry run (ServerSideApply alone diffs with the legacy structured merge,
# which misreads fields CRDs default, argo-cd#11139). Read from the Application's own annotation
# (controller/state.go, CompareAppState).
SERVER_SIDE_DIFF = {ARGOCD_COMPARE_OPTIONS: "ServerSideDiff=true"}
# On the objects the root applies: a cascade delete of the root (`argocd app delete` cascades by default, docs
# user-guide/app_deletion.md) keeps them (appcontroller.go `shouldBeDeleted`), so the children and the platform
# survive a re-bootstrap. Pruning (a bench removed from platform.yaml) still removes a child.
KEEP_ON_ROOT_DELETE = {ARGOCD_SYNC_OPTIONS: "Delete=false"}
# Apply only what differs from Git (gitops-engine sync_context.go `filterOutOfSyncTasks`): a sync neither re-applies
# nor waits for the health of the objects it does not change, so one unchanged, unhealthy object (a site's failed
# Job, a Certificate waiting for DNS) holds back no change to another.
SYNC_OPTIONS = ("ServerSideApply=true", "ApplyOutOfSyncOnly=true")


class ArgoCdAppOfApps(Construct):
    """A root Application `<platform>` that syncs dist/gitops/argocd/ itself, holding:

    - an AppProject `<platform>` that allows only the repository, the namespaces and the (group, kind) pairs
      the platform's own folders render; the operators folder (Argo CD Applications of Helm charts, which
      install cluster-wide) stays in the admin project `default`, like the Applications it holds;
    - one child Application `<platform>-<folder>` per folder. A folder other folders wait for is in sync wave =
      its stage (namespaces and operators, then storage, then the benches); a folder nothing waits for (sites,
      backups, monitoring) is in the last wave, where the root waits for nothing, so its failure holds back no
      other app. A wave waits for the Applications before it to have synced successfully once (the Application
      health check of frappe_k8s.health): that orders the first sync of every app, and the sync of a new one.
      After that each child syncs its own folder on its own (argo-cd#8778); what must still come in order waits
      in the cluster (a site's Jobs for their bench, FrappeBench.job_template); docs/reference/gitops.md;
    - children prune automatically, carry the resources finalizer (removing a folder from git deletes what it
      rendered, except the stateful objects, whose `Delete=false` Argo CD honours), apply server-side and only what
      changed, diff server-side, and ignore `/spec/replicas` of workloads an HPA or KEDA scales. None prunes last:
      `PruneLast=true` moves pruning after a wave of its own, behind the health of every Job of the app, so one
      failed Job would leave what left Git in the cluster, OutOfSync.

    Why an app of apps rather than an ApplicationSet over the folders: each child needs its own wave, project
    and ignoreDifferences, which a git directory generator's one template cannot give without progressive sync.
    The root has no finalizer, and what it applies carries `Delete=false`: deleting it (to re-bootstrap), even with
    `argocd app delete`'s default cascade, leaves the children and the platform running.
    """

    def __init__(self, scope: Construct, construct_id: str, props: GitOpsWiringProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.project_apps = [a for a in props.apps if not self._admin(a)]
        self.project = self._project()
        self.last_wave = max((app.stage for app in props.apps), default=0)
        self.children = [self._child(app) for app in props.apps]
        # The root syncs itself, in its last wave: a wave waits for the health of the one before, and the root's own
        # health (the Application check of frappe_k8s.health) waits for the sync that would be waiting for it.
        self.root = self._application(
            "root", props.name, project=ADMIN_PROJECT, folder=gitops_folder(ARGOCD), instance=props.name,
            destination=props.argocd_namespace, annotations={**wave(self.last_wave), **SERVER_SIDE_DIFF},
            finalizers=())

    def wave_of(self, app: WiredApp) -> int:
        """Its stage when another app waits for it; the last wave when none does."""
        return app.stage if app.awaited else self.last_wave

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
            labels=standard_labels(APP_NAME, p.name, "argocd-project"), annotations={**wave(-1), **KEEP_ON_ROOT_DELETE},
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
            annotations={**wave(self.wave_of(app)), **KEEP_ON_ROOT_DELETE, **SERVER_SIDE_DIFF},
            finalizers=(RESOURCES_FINALIZER,), ignore=ignore)

    def _application(self, construct_id: str, name: str, *, project: str, folder: str, instance: str,
                     destination, annotations, finalizers, ignore=()):
        p = self.props
        backoff_duration, factor, max_duration = p.retry_backoff
        options = [*SYNC_OPTIONS, *(["RespectIgnoreDifferences=true"] if ignore else [])]
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

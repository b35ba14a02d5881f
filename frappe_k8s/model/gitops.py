"""The order of the app folders of dist/, as data (no cdk8s).

Each chart declares one `AppFolder`: its folder, the apps it needs first and the GitOps tools that sync it.
Everything that orders apps is derived from those declarations, per tool: Argo CD sync waves of the child
Applications, Flux `dependsOn`, the Mermaid diagram of dist/README.md and the `plan` table. A new chart that
declares `depends_on=("bench-erp",)` is wired by both tools with no other change.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from frappe_k8s.sync import is_advisory

ARGOCD, FLUX = "argocd", "flux"
TOOLS = (ARGOCD, FLUX)


@dataclass(frozen=True)
class AppFolder:
    """One app folder of dist/ and what it waits for.

    `key` is the name other apps depend on; it defaults to the folder. Two folders may share a key when each
    is synced by another tool (operators-argocd and operators-flux are both `operators`).
    """

    folder: str
    depends_on: tuple[str, ...] = ()  # keys of the apps that must be synced and healthy first
    tools: tuple[str, ...] = TOOLS    # the GitOps tools that sync this folder
    key: Optional[str] = None

    @property
    def name(self) -> str:
        return self.key or self.folder


@dataclass(frozen=True)
class WiredApp:
    """An app folder as one tool syncs it: the folders it depends on (transitively resolved past folders
    that render nothing), its stage, the length of the longest dependency chain below it, and whether another
    app waits for it (`awaited`). Only awaited apps gate anything: Argo CD syncs the others in the last wave of
    the app of apps, and Flux does not wait for their health (frappe_k8s.constructs)."""

    folder: str
    depends_on: tuple[str, ...]  # folders, sorted
    stage: int
    awaited: bool = False


def wire(apps: Sequence[AppFolder], tool: str, rendered: Iterable[str]) -> list[WiredApp]:
    """The folders `tool` syncs, in stage order then folder name.

    A dependency on an app that rendered nothing (no backups, say) is replaced by that app's own
    dependencies, so the order still holds across the gap. A cycle is a bug in a chart: it raises.
    """
    rendered = set(rendered)
    by_key: dict[str, AppFolder] = {}
    for app in apps:
        if tool in app.tools:
            if app.name in by_key:
                raise AssertionError(f"apps {by_key[app.name].folder} and {app.folder} share the key {app.name!r} "
                                     f"for {tool}")
            by_key[app.name] = app

    def present_deps(key: str, seen: tuple[str, ...]) -> set[str]:
        if key in seen:
            raise AssertionError(f"app dependency cycle: {' -> '.join(seen + (key,))}")
        app = by_key.get(key)
        if app is None:
            return set()
        if app.folder in rendered and seen:
            return {app.folder}
        return set().union(*(present_deps(dep, seen + (key,)) for dep in app.depends_on))

    deps = {app.folder: tuple(sorted(present_deps(app.name, ()))) for app in by_key.values() if app.folder in rendered}
    stages: dict[str, int] = {}

    def stage(folder: str, path: tuple[str, ...] = ()) -> int:
        if folder in path:
            raise AssertionError(f"app dependency cycle: {' -> '.join(path + (folder,))}")
        if folder not in stages:
            stages[folder] = 1 + max((stage(dep, path + (folder,)) for dep in deps[folder]), default=-1)
        return stages[folder]

    awaited = {dep for folder_deps in deps.values() for dep in folder_deps}
    return sorted((WiredApp(folder, deps[folder], stage(folder), folder in awaited) for folder in deps),
                  key=lambda app: (app.stage, app.folder))


def edges(apps: Sequence[AppFolder], rendered: Iterable[str]) -> list[tuple[str, str]]:
    """(before, after) folder pairs over every tool, sorted: the graph of dist/README.md."""
    rendered = list(rendered)
    return sorted({(dep, app.folder) for tool in TOOLS for app in wire(apps, tool, rendered) for dep in app.depends_on})


def stages(apps: Sequence[AppFolder], rendered: Iterable[str]) -> dict[str, int]:
    """folder -> stage; a folder synced by several tools has the same stage in each (its dependencies share keys)."""
    rendered = list(rendered)
    return {app.folder: app.stage for tool in TOOLS for app in wire(apps, tool, rendered)}


ObjectRef = tuple[str, str, str, str]  # (apiVersion, kind, namespace or "", name)


@dataclass(frozen=True)
class AppContents:
    """What an app folder renders, as far as the GitOps wiring needs it (read from the synthesized manifests)."""

    folder: str
    namespaces: tuple[str, ...]                    # of its namespaced objects, most used first, then by name
    cluster_kinds: tuple[tuple[str, str], ...]     # (API group, kind) of its cluster-scoped objects
    namespaced_kinds: tuple[tuple[str, str], ...]  # (API group, kind) of its namespaced objects
    scaled: tuple[tuple[str, str, str, str], ...]  # (group, kind, namespace, name) whose replicas an HPA/KEDA owns
    gating: tuple[ObjectRef, ...] = ()             # every object but the advisory ones (frappe_k8s.sync)
    advisory: tuple[ObjectRef, ...] = ()           # objects whose health gates nothing
    longest_job_seconds: int = 0                   # the longest activeDeadlineSeconds of its gating Jobs

    def gating_kinds(self) -> list[tuple[str, str]]:
        """(API group, kind) of the objects whose health gates the app."""
        return sorted({(group_of(api_version), kind) for api_version, kind, _, _ in self.gating})

    @property
    def home_namespace(self) -> Optional[str]:
        """The namespace an Argo CD Application of this folder names as its destination: the one most of its
        objects use (every object names its own, so this only has to be a namespace the project allows)."""
        return self.namespaces[0] if self.namespaces else None


def group_of(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""


# Autoscalers and where their target is named; KEDA's ScaledObject makes an HPA on the same target.
SCALERS = {("autoscaling", "HorizontalPodAutoscaler"): "scaleTargetRef", ("keda.sh", "ScaledObject"): "scaleTargetRef"}


def contents(folder: str, manifests: Sequence[Mapping]) -> AppContents:
    namespaces: dict[str, int] = {}
    cluster, namespaced, scaled = set(), set(), set()
    gating, advisory, longest_job = [], [], 0
    for m in manifests:
        kind = (group_of(m["apiVersion"]), m["kind"])
        namespace = m["metadata"].get("namespace")
        (advisory if is_advisory(m) else gating).append((m["apiVersion"], m["kind"], namespace or "",
                                                          m["metadata"]["name"]))
        if m["kind"] == "Job" and not is_advisory(m):  # an advisory Job is waited for by nothing
            longest_job = max(longest_job, m["spec"].get("activeDeadlineSeconds", 0))
        if namespace:
            namespaces[namespace] = namespaces.get(namespace, 0) + 1
            namespaced.add(kind)
        else:
            cluster.add(kind)
        if kind in SCALERS:
            target = m["spec"][SCALERS[kind]]
            scaled.add((group_of(target.get("apiVersion", "apps/v1")), target.get("kind", "Deployment"), namespace,
                        target["name"]))
    by_use = sorted(namespaces, key=lambda ns: (-namespaces[ns], ns))
    return AppContents(folder, tuple(by_use), tuple(sorted(cluster)), tuple(sorted(namespaced)), tuple(sorted(scaled)),
                       tuple(sorted(gating)), tuple(sorted(advisory)), longest_job)


def go_duration(seconds: int) -> str:
    """Whole minutes, rounded up, as a Go duration (`90m` -> `1h30m`): what Flux's `timeout` fields take."""
    minutes = -(-seconds // 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes or not hours else "")


@dataclass(frozen=True)
class GitOpsWiringProps:
    """How Argo CD or Flux syncs the app folders of one platform from its Git repository."""

    name: str                           # the platform: names the AppProject, GitRepository, root app, prefixes the rest
    repo_url: str
    revision: str = "main"              # branch, tag or commit (Flux: a branch, a 40-hex commit, or a refs/... name)
    path: str = "dist"                  # the rendered tree in the repository
    apps: tuple[WiredApp, ...] = ()     # the folders this tool syncs, in order
    contents: tuple[AppContents, ...] = ()  # what each of them renders
    argocd_namespace: str = "argocd"    # where Argo CD reads Applications and AppProjects
    flux_namespace: str = "flux-system"
    retry_limit: int = 10               # Argo CD: attempts of a failed sync, backing off 10 s, 20 s, ... up to 5 min
    retry_backoff: tuple[str, int, str] = ("10s", 2, "5m")
    source_interval: str = "1m"         # Flux: how often the GitRepository polls
    interval: str = "10m"               # Flux: how often a Kustomization re-applies its folder (drift correction)
    retry_interval: str = "2m"          # Flux: retry after a failed apply or health check
    timeout_seconds: int = 600          # Flux: apply plus health checks of a folder without long Jobs
    rollout_seconds: int = 600          # Flux: after a folder's longest Job, for the pods that waited for it

    def timeout(self, folder: str) -> str:
        """Flux `timeout` of a folder: at least its longest Job's deadline plus a rollout, so that no health check
        gives up on work that is still within its own deadline."""
        inside = [c for c in self.contents if c.folder == folder]
        longest = inside[0].longest_job_seconds if inside else 0
        return go_duration(max(self.timeout_seconds, longest + self.rollout_seconds if longest else 0))

    def app_name(self, folder: str) -> str:
        """The Argo CD Application or Flux Kustomization of a folder: `<platform>-<folder>`."""
        return f"{self.name}-{folder.replace('/', '-')}"

    def folder_path(self, folder: str) -> str:
        return f"{self.path.rstrip('/')}/{folder}"

    def contents_of(self, folder: str) -> AppContents:
        return next(c for c in self.contents if c.folder == folder)

    @property
    def flux_ref(self) -> dict[str, str]:
        """GitRepository `spec.ref`: a full ref name as `name`, 40 hex digits as `commit`, anything else a branch."""
        if self.revision.startswith("refs/"):
            return {"name": self.revision}
        if len(self.revision) == 40 and all(c in "0123456789abcdef" for c in self.revision):
            return {"commit": self.revision}
        return {"branch": self.revision}


def gitops_folder(tool: str) -> str:
    """Where a tool's wiring is rendered: dist/gitops/<tool>/."""
    return f"gitops/{tool}"

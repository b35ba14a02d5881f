"""Which GitOps tool applies each app folder, and how it treats one object, read from the rendered wiring.

The wiring in dist/gitops/ says it all: a child Application whose `spec.source.path` ends in the folder (Argo CD),
a Kustomization whose `spec.path` does (Flux), and the Kustomizations that wait for it through `dependsOn`. The
objects' own annotations say how each tool prunes, deletes and replaces them (frappe_k8s.rules, frappe_k8s.sync).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from frappe_k8s.consequences.objects import Obj, Side
from frappe_k8s.rules import ARGOCD_SYNC_OPTIONS, FLUX_PRUNE

ARGOCD_GROUP, FLUX_GROUP = "argoproj.io", "kustomize.toolkit.fluxcd.io"
FLUX_FORCE = "kustomize.toolkit.fluxcd.io/force"
# Where each tool's reaction to an object is defined.
ARGOCD_SOURCE = "argo-cd docs/user-guide/sync-options.md (Prune=false, Delete=false, Replace=true, Force=true)"
FLUX_SOURCE = ("fluxcd/pkg ssa/manager_apply.go ApplyAll: every object is dry-run first and one error stops the "
               "apply; kustomize.toolkit.fluxcd.io/force recreates an object on an immutable-field error")


@dataclass(frozen=True)
class AppSync:
    """How one app folder is synced: the Argo CD Application and the Flux Kustomization that apply it (None when
    that tool does not), and the Kustomizations that wait for it, directly or not."""

    folder: str
    application: Optional[str] = None
    kustomization: Optional[str] = None
    waiting: tuple[str, ...] = ()

    @property
    def tools(self) -> tuple[str, ...]:
        return tuple(t for t, name in (("Argo CD", self.application), ("Flux", self.kustomization)) if name)


def app_syncs(old: Side, new: Side) -> dict[str, AppSync]:
    """Every app folder of either render and how it is synced (the new wiring, else the old one for a folder the
    change removes)."""
    out: dict[str, AppSync] = {}
    for side in (old, new):
        folders = side.apps
        applications = {_folder(o.spec.get("source", {}).get("path"), folders): o.name
                        for o in side.of_kind("Application") if o.group == ARGOCD_GROUP}
        kustomizations = {o.name: o for o in side.of_kind("Kustomization") if o.group == FLUX_GROUP}
        by_folder = {_folder(o.spec.get("path"), folders): name for name, o in kustomizations.items()}
        dependents: dict[str, set[str]] = {}
        for name, o in kustomizations.items():
            for dep in o.spec.get("dependsOn") or []:
                dependents.setdefault(dep.get("name"), set()).add(name)
        for folder in folders:
            flux = by_folder.get(folder)
            out[folder] = AppSync(folder, applications.get(folder), flux,
                                  tuple(sorted(_closure(flux, dependents))) if flux else ())
    return out


def _folder(path: Optional[str], folders: set[str]) -> Optional[str]:
    """The app folder a tool's path points at (`./dist/storage` -> `storage`), the longest that fits."""
    if not path:
        return None
    path = path.strip().removeprefix("./").rstrip("/")
    fits = [f for f in folders if path == f or path.endswith("/" + f)]
    return max(fits, key=len) if fits else None


def _closure(name: str, dependents: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [name]
    while todo:
        for dep in dependents.get(todo.pop(), ()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def argocd_options(obj: Obj) -> set[str]:
    return {o.strip() for o in (obj.annotation(ARGOCD_SYNC_OPTIONS) or "").split(",") if o.strip()}


def flux_forces(obj: Obj) -> bool:
    """Flux deletes and re-creates the object when an immutable field changes."""
    return (obj.annotation(FLUX_FORCE) or "").lower() == "enabled"


def argocd_replaces(obj: Obj) -> bool:
    """Argo CD replaces the object whenever it differs (`kubectl replace`; with Force=true, delete and create)."""
    return "Replace=true" in argocd_options(obj)


def kept_by(obj: Obj, sync: AppSync, app_removed: bool) -> dict[str, bool]:
    """Per tool that syncs the object's app: does it keep the object when the object (or its whole app) leaves
    git? Argo CD prunes unless Prune=false, and its resources finalizer deletes an app's objects unless
    Delete=false; Flux garbage-collects unless `kustomize.toolkit.fluxcd.io/prune: disabled`."""
    out = {}
    if sync.application:
        out["Argo CD"] = ("Delete=false" if app_removed else "Prune=false") in argocd_options(obj)
    if sync.kustomization:
        out["Flux"] = (obj.annotation(FLUX_PRUNE) or "").lower() == "disabled"
    return out

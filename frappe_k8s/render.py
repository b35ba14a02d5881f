"""platform model -> charts -> manifests -> post-synth rules -> validation -> dist/ (and its overview)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from frappe_k8s import rules
from frappe_k8s.errors import ValidationFailure
from frappe_k8s.model import Platform
from frappe_k8s.output import PATCH_SUFFIX, Tree, dump, layout, write_atomically
from frappe_k8s.validate import validate_all

OVERVIEW = "README.md"
ARGOCD_CM_PATCH = f"argocd-cm{PATCH_SUFFIX}"


def synthesize_apps(platform: Platform):
    """[(AppFolder, its manifests)] in build order, with the post-synth rules applied."""
    from cdk8s import App  # imported here so loading and validating never start Node

    from frappe_k8s import charts

    apps = charts.build(App(), platform)
    for _, manifests in apps:
        rules.apply(manifests, part_of=platform.name, extra_labels=dict(platform.defaults.labels))
    return apps


def synthesize(platform: Platform) -> dict[str, list[dict]]:
    """app folder -> its manifests, with the post-synth rules applied."""
    return {folder.folder: manifests for folder, manifests in synthesize_apps(platform)}


def argocd_patches(platform: Platform, apps) -> dict[str, dict]:
    """gitops/argocd/argocd-cm.patch.yaml: the health checks of the custom kinds the platform renders (and of
    Application, for the app of apps' waves), when Argo CD syncs it."""
    from frappe_k8s.charts.operators import operator_tools
    from frappe_k8s.health import argocd_cm_patch
    from frappe_k8s.model.gitops import ARGOCD, gitops_folder

    if platform.gitops is None or ARGOCD not in operator_tools(platform):
        return {}
    kinds = {(m["apiVersion"].rpartition("/")[0], m["kind"]) for _, manifests in apps for m in manifests}
    return {f"{gitops_folder(ARGOCD)}/{ARGOCD_CM_PATCH}": argocd_cm_patch(kinds | {("argoproj.io", "Application")})}


def render_tree(platform: Platform, crd_dir: Optional[Path]) -> Tree:
    """The validated tree of dist/: folders of objects, and the overview."""
    from frappe_k8s.overview import overview

    apps = synthesize_apps(platform)
    tree = layout({folder.folder: manifests for folder, manifests in apps})
    patches = argocd_patches(platform, apps)
    problems = validate_all([*((f"{app}/{name}", manifest) for app, files in tree.folders.items()
                               for name, manifest in files.items()), *patches.items()],
                            platform.defaults.kubernetes_version, crd_dir)
    if problems:
        raise ValidationFailure(problems)
    tree.documents[OVERVIEW] = overview(platform, apps)
    tree.documents.update({path: dump(patch) for path, patch in patches.items()})
    return tree


def render(platform: Platform, out_dir: Path, crd_dir: Optional[Path]) -> Tree:
    """Render, validate, and only then replace out_dir. Returns the written tree."""
    tree = render_tree(platform, crd_dir)
    write_atomically(tree, out_dir)
    return tree

"""platform model -> charts -> manifests -> post-synth rules -> validation -> dist/ (and its overview)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from frappe_k8s import rules
from frappe_k8s.errors import ValidationFailure
from frappe_k8s.model import Platform
from frappe_k8s.output import Tree, layout, write_atomically
from frappe_k8s.validate import validate_all

OVERVIEW = "README.md"


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


def render_tree(platform: Platform, crd_dir: Optional[Path]) -> Tree:
    """The validated tree of dist/: folders of objects, and the overview."""
    from frappe_k8s.overview import overview

    apps = synthesize_apps(platform)
    tree = layout({folder.folder: manifests for folder, manifests in apps})
    problems = validate_all(((f"{app}/{name}", manifest) for app, files in tree.folders.items()
                             for name, manifest in files.items()),
                            platform.defaults.kubernetes_version, crd_dir)
    if problems:
        raise ValidationFailure(problems)
    tree.documents[OVERVIEW] = overview(platform, apps)
    return tree


def render(platform: Platform, out_dir: Path, crd_dir: Optional[Path]) -> Tree:
    """Render, validate, and only then replace out_dir. Returns the written tree."""
    tree = render_tree(platform, crd_dir)
    write_atomically(tree, out_dir)
    return tree

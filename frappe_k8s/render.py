"""platform model -> charts -> manifests -> post-synth rules -> validation -> dist/."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from frappe_k8s import rules
from frappe_k8s.errors import ValidationFailure
from frappe_k8s.model import Platform
from frappe_k8s.output import layout, write_atomically
from frappe_k8s.validate import validate_all


def synthesize(platform: Platform) -> dict[str, list[dict]]:
    """app folder -> its manifests, with the post-synth rules applied."""
    from cdk8s import App  # imported here so loading and validating never start Node

    from frappe_k8s import charts

    app = App()
    apps = {chart.node.id: list(chart.to_json()) for chart in charts.build(app, platform)}
    for manifests in apps.values():
        rules.apply(manifests, part_of=platform.name, extra_labels=dict(platform.defaults.labels))
    return apps


def render(platform: Platform, out_dir: Path, crd_dir: Optional[Path]) -> dict[str, dict]:
    """Render, validate, and only then replace out_dir. Returns the written tree."""
    tree = layout(synthesize(platform))
    problems = validate_all(((f"{app}/{name}", manifest) for app, files in tree.items()
                             for name, manifest in files.items()),
                            platform.defaults.kubernetes_version, crd_dir)
    if problems:
        raise ValidationFailure(problems)
    write_atomically(tree, out_dir)
    return tree

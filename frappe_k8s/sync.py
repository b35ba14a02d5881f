"""Argo CD ordering annotations shared by the constructs (Flux orders by dependsOn instead).

Argo CD applies lower waves first and waits for them to be healthy. Custom resources whose CRD
an operator chart installs also skip the dry run, which would fail before the CRD exists.
See ../shared/guides/gitops-conventions.md, sections 2 and 4.
"""
from __future__ import annotations

from frappe_k8s.rules import ARGOCD_SYNC_OPTIONS, protect

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SKIP_DRY_RUN = "SkipDryRunOnMissingResource=true"


def wave(number: int, *, custom_resource: bool = False) -> dict[str, str]:
    """Annotations that put an object in Argo CD sync wave `number`."""
    annotations = {SYNC_WAVE: str(number)}
    if custom_resource:
        annotations[ARGOCD_SYNC_OPTIONS] = SKIP_DRY_RUN
    return annotations


def protected_wave(number: int, *, custom_resource: bool = False) -> dict[str, str]:
    """`wave()` plus the prune/delete protection of stateful objects, set by the construct itself so
    the object is safe in any cdk8s app (frappe_k8s.rules applies the same after synth)."""
    metadata = {"annotations": wave(number, custom_resource=custom_resource)}
    protect(metadata)
    return metadata["annotations"]

"""How Argo CD and Flux apply, order and wait for the objects of one app folder: the annotations the
constructs put on them, in one place.

- **Waves** (Argo CD only): lower waves are applied first, and a wave waits for every object of the waves before
  it to be healthy; a Degraded object fails the sync (argo-cd v3.5.1 gitops-engine/pkg/sync/sync_context.go,
  `Sync`). The last wave waits for nothing after it: "if it is the last phase/wave ... we are successful EVEN if
  those objects subsequently degrade" (same function). Flux orders by `dependsOn` between folders instead.
- **Advisory objects** report, but gate nothing: Argo CD leaves them out of the app's health
  (`argocd.argoproj.io/ignore-healthcheck`, controller/health.go `setApplicationHealth`) and the constructs put
  them in their app's last wave, where no sync waits for them; the Flux wiring leaves them out of its health
  checks (frappe_k8s.constructs.flux_kustomizations). A verification Job that fails, or a backup CronJob whose
  last run failed, must not hold a bench or its sites.
- **Jobs run once per spec.** A Job's name ends in the hash of its whole spec (`job_name`): a changed Job is a
  new Job, which both tools create, and run, once; an unchanged Job is applied as a no-op, and the old name is
  pruned. No Job is ever changed under its name, so Argo CD needs no `Force=true,Replace=true` (which deletes and
  re-creates the object on every sync, gitops-engine `applyObject` -> `ReplaceResource`, so every Job would run
  again at every sync of its app) and its server-side diff never dry-runs an immutable change. Flux keeps
  `kustomize.toolkit.fluxcd.io/force: enabled`, which acts only after an immutable-field error
  (fluxcd/pkg ssa `ApplyAllStaged` with `ForceSelector`) and so never fires for these names.

See docs/reference/gitops.md ("What each tool guarantees") and tests/gitops_sim.py, the proof.
"""
from __future__ import annotations

from typing import Mapping

from frappe_k8s.canonical import compact, spec_hash
from frappe_k8s.rules import ARGOCD_SYNC_OPTIONS, protect

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SKIP_DRY_RUN = "SkipDryRunOnMissingResource=true"
IGNORE_HEALTH = "argocd.argoproj.io/ignore-healthcheck"
FLUX_FORCE = "kustomize.toolkit.fluxcd.io/force"
# Jobs: Flux re-creates one only after an immutable-field error, which a Job named by its spec never meets.
JOB_ANNOTATIONS = {FLUX_FORCE: "enabled"}
# Objects whose failure must hold nothing: out of the Argo CD app's health and of the Flux health checks.
ADVISORY = {IGNORE_HEALTH: "true"}


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


def job_name(base: str, spec: Mapping) -> str:
    """`<base>-<8 hex digits of SHA-256 of the Job's spec, as rendered>`: any change of the Job is a new Job, run
    once. The post-synth rules check the rendered name (frappe_k8s.rules.check_job_name)."""
    return f"{base}-{spec_hash(compact(spec))}"


def is_advisory(manifest: Mapping) -> bool:
    """An object whose health gates nothing (a verification Job, a backup CronJob)."""
    return (manifest.get("metadata", {}).get("annotations") or {}).get(IGNORE_HEALTH) == "true"

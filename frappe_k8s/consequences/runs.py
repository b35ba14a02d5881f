"""Jobs that will run, and schedules that change.

Jobs are named after a hash of their whole spec (frappe_k8s.sync.job_name): a new name is a Job
that runs once; an unchanged one does not run again. A Job whose spec changes under the same name runs again where
a tool replaces it: Argo CD whenever it differs (`Replace=true`), Flux only when the change touches a field the API
server refuses to update (`kustomize.toolkit.fluxcd.io/force: enabled`; otherwise it updates it in place).
"""
from __future__ import annotations

from typing import Optional

from frappe_k8s.consequences import immutable
from frappe_k8s.consequences.data import SITE_LABEL, restore_backup
from frappe_k8s.consequences.finding import RUNS, Context, Finding
from frappe_k8s.consequences.objects import Obj, ObjectChange
from frappe_k8s.consequences.syncing import ARGOCD_SOURCE, FLUX_SOURCE, argocd_replaces, flux_forces
from frappe_k8s.labels import COMPONENT, INSTANCE, NAME
from frappe_k8s.model.site import PRESENT
from frappe_k8s.sync import SYNC_WAVE

# What each Job does, by its app.kubernetes.io/component (frappe_k8s/constructs: bench_scripts.py, site_scripts.py,
# rwx_volume.py).
TASKS = {
    "configure": "writes the bench's common_site_config.json (database and Redis hosts) onto the sites volume",
    "migrate": "runs `bench migrate` site by site, each in maintenance mode while it migrates (a failing one stays"
               " in it), on",
    "create": "creates the site (`bench new-site`) unless it exists",
    "restore": "restores {backup} into the site",
    "deactivate": "takes the site offline (maintenance mode, scheduler off); its data stays",
    "drop": "backs the site up, then drops its database and files",
    "verify-rwx": "mounts a throwaway claim of the volume's class (a static volume: the volume) on two nodes at once to "
                  "prove it is ReadWriteMany",
}


def findings(ctx: Context) -> list[Finding]:
    out = []
    for change in ctx.changes:
        obj = change.obj
        if obj.kind == "Job" and change.new is not None:
            finding = _job(change, ctx)
        elif obj.kind == "CronJob":
            finding = _cron_job(change)
        else:
            finding = None
        if finding is not None:
            out.append(finding)
    return out


def _job(change: ObjectChange, ctx: Context) -> Optional[Finding]:
    job = change.new
    if change.status == "added":
        when, sources = "runs", ("frappe_k8s/sync.py job_name: a new name is a new Job",)
    else:
        again = _reruns(change, ctx)
        if not again:
            return None
        when, sources = again, (ARGOCD_SOURCE, FLUX_SOURCE)
    details = [f"deadline {_duration(job.spec['activeDeadlineSeconds'])}" if "activeDeadlineSeconds" in job.spec else
               "no deadline"]
    if job.annotation(SYNC_WAVE) is not None:
        details[0] += f", Argo CD wave {job.annotation(SYNC_WAVE)}"
    summary = f"Job {job.namespace}/{job.name} {when}: {describe(job, ctx)}"
    return Finding(RUNS, job.app, job.path, summary, tuple(details), sources)


def _reruns(change: ObjectChange, ctx: Context) -> str:
    """How a Job changed under the same name runs again, per tool; "" when no tool re-creates it."""
    job, sync = change.new, ctx.sync(change.new)
    refused = bool(immutable.refusals(change, ctx))
    again = {"Argo CD": argocd_replaces(job), "Flux": refused and flux_forces(job)}
    tools = [t for t in sync.tools if again[t]]
    if not tools:
        return ""
    others = [t for t in sync.tools if not again[t]]
    return "runs again (" + " and ".join(tools) + " delete and re-create it" + \
        (f"; {' and '.join(others)} update{'s' if len(others) == 1 else ''} it in place and it does not run"
         if others else "") + ")"


def describe(job: Obj, ctx: Context) -> str:
    """What a Job does, for whom."""
    component, site = job.label(COMPONENT), job.label(SITE_LABEL)
    task = TASKS.get(component)
    if task is None:
        return f"a {component or 'Job'} of {job.label(INSTANCE) or job.name}"
    if site is not None:
        return f"{task.format(backup=restore_backup(ctx, site) or 'a backup')} ({site})"
    if job.label(NAME) == "frappe-bench":
        sites = bench_sites(ctx, job.label(INSTANCE))
        if component == "migrate":
            return f"{task} {len(sites)} site(s)" + (f": {', '.join(sites)}" if sites else "")
        return f"{task} (bench {job.label(INSTANCE)}, {len(sites)} site(s))"
    return f"{task} ({job.label(INSTANCE)})"


def bench_sites(ctx: Context, bench: Optional[str]) -> list[str]:
    """The present sites of a bench, from the platform model."""
    return [site.name for b in ctx.new_platform.benches if b.name == bench for site in b.sites if site.state == PRESENT]


def _cron_job(change: ObjectChange) -> Optional[Finding]:
    obj = change.obj
    schedule = obj.spec.get("schedule")
    if change.status == "added":
        summary = f"CronJob {obj.namespace}/{obj.name} is scheduled: `{schedule}`"
    elif change.status == "removed":
        summary = f"CronJob {obj.namespace}/{obj.name} no longer runs (it was `{schedule}`)"
    else:
        moved = [c for c in change.fields if c.path in ("spec.schedule", "spec.timeZone", "spec.suspend")]
        if not moved:
            return None
        summary = f"CronJob {obj.namespace}/{obj.name}: " + ", ".join(
            f"{c.path.removeprefix('spec.')} {immutable.show_value(c.old)} -> {immutable.show_value(c.new)}"
            for c in moved)
    return Finding(RUNS, obj.app, obj.path, summary)


def _duration(seconds: int) -> str:
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m"

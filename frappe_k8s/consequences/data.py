"""Data: what a change does to the data the platform holds.

- a data-holding object that leaves the render is kept by prune protection (orphaned: it stays in the cluster with
  its data, unmanaged, until deleted by hand) or deleted with its data, per the tools that sync its app;
- one that moves to another namespace, or is renamed, starts empty under its new identity while the data stays in
  the old one, orphaned;
- a site's `dropData` runs a Job that backs the site up, then drops its database and files;
- a restore into a site that exists replaces its database (and files) with the backup.

All of these block the change until acknowledged. Other stateful objects that leave the render (a StorageClass,
an ExternalSecret, a Namespace) are listed too, and block only when a tool really deletes them.
"""
from __future__ import annotations

import json
from typing import Iterable, Optional

from frappe_k8s.consequences.finding import DATA, Context, Finding
from frappe_k8s.consequences.objects import Obj, ObjectChange
from frappe_k8s.consequences.syncing import ARGOCD_SOURCE, kept_by
from frappe_k8s.labels import COMPONENT, INSTANCE, NAME
from frappe_k8s.rules import is_stateful

SITE_LABEL = "frappe-k8s.io/site"
# Kinds whose object is, or holds, data: what is lost with it.
DATA_KINDS = {
    ("", "PersistentVolumeClaim"): "its volume and the files on it",
    ("k8s.mariadb.com", "MariaDB"): "the database server and its volume",
    ("k8s.mariadb.com", "Database"): "the database",
    ("ceph.rook.io", "CephCluster"): "the Ceph cluster and all its pools",
    ("ceph.rook.io", "CephFilesystem"): "the filesystem and its pools",
    ("ceph.rook.io", "CephFilesystemSubVolumeGroup"): "the subvolumes of the claims on it",
}
PRUNE_SOURCES = (ARGOCD_SOURCE, "fluxcd/kustomize-controller docs/spec/v1/kustomizations.md: "
                 "kustomize.toolkit.fluxcd.io/prune: disabled keeps an object that leaves the source")
STATEFULSET_SOURCE = ("kubernetes.io/docs/concepts/workloads/controllers/statefulset: claims of volumeClaimTemplates "
                      "follow persistentVolumeClaimRetentionPolicy.whenDeleted (default Retain)")
SNAPSHOT_CLASS_SOURCE = ("kubernetes-csi/external-snapshotter v8.6.0: the VolumeSnapshotClass CRD has no transition "
                         "rule, and kubernetes-csi/external-snapshotter#674 kept `driver` mutable")
DROP_SOURCE = "frappe_k8s/constructs/site_scripts.py DROP_SITE, frappe_site.py (dropData renders only the drop Job)"
MARIADB_REQUEUE_SOURCE = ("mariadb-operator/mariadb-operator v26.6.0 cmd/controller/main.go --requeue-sql (10h); "
                          "pkg/sql/sql.go CreateDatabase creates the database when it does not exist")
OUT_OF_SYNC = "Argo CD shows the Application OutOfSync until the object is deleted by hand"


def holds_data(obj: Obj) -> bool:
    return (obj.group, obj.kind) in DATA_KINDS or bool(claim_templates(obj))


def claim_templates(obj: Obj) -> list[str]:
    """A StatefulSet's claim names, `<template>-<statefulset>-<ordinal>`."""
    if (obj.group, obj.kind) != ("apps", "StatefulSet"):
        return []
    replicas = obj.spec.get("replicas", 1) or 1
    return [f"{t.get('metadata', {}).get('name')}-{obj.name}-{i}"
            for t in obj.spec.get("volumeClaimTemplates") or [] for i in range(replicas)]


def findings(ctx: Context) -> list[Finding]:
    removed = [c.old for c in ctx.changes.of("removed")]
    added = [c.new for c in ctx.changes.of("added")]
    dropped = {o.label(SITE_LABEL): o for o in added if o.kind == "Job" and o.label(COMPONENT) == "drop"}
    pairs = _replacements([o for o in removed if holds_data(o) and o.label(SITE_LABEL) not in dropped],
                          [o for o in added if holds_data(o)])
    out = [_replaced(old, new, ctx) for old, new in pairs]
    paired = {old.path for old, _ in pairs}
    out += [_removed(obj, ctx) for obj in removed
            if obj.path not in paired and holds_data(obj) and obj.label(SITE_LABEL) not in dropped]
    out += _other_stateful([o for o in removed if not holds_data(o) and is_stateful(o.manifest)], ctx)
    out += [_drop(job, site, [o for o in removed if o.label(SITE_LABEL) == site]) for site, job in dropped.items()]
    out += [f for c in ctx.changes.of("added") if c.new.kind == "Job" for f in _restore(c.new, ctx)]
    out += [f for c in ctx.changes.of("changed") if c.new.kind == "VolumeSnapshotClass" for f in _snapshot_class(c)]
    return out


def fate(obj: Obj, ctx: Context) -> tuple[bool, str]:
    """(kept, how): is the data kept when the object leaves git? A StatefulSet's claims follow its retention
    policy; anything else is kept when every tool that syncs its app keeps it."""
    claims = claim_templates(obj)
    if claims:
        policy = (obj.spec.get("persistentVolumeClaimRetentionPolicy") or {}).get("whenDeleted", "Retain")
        return policy == "Retain", f"the StatefulSet is deleted; whenDeleted: {policy} " + \
            ("keeps" if policy == "Retain" else "deletes") + f" {', '.join(claims)}"
    kept = kept_by(obj, ctx.sync(obj), ctx.app_removed(obj))
    if not kept:
        return True, "nothing prunes it: no GitOps tool syncs its folder"
    if all(kept.values()):
        return True, "kept by prune protection"
    deleting = [tool for tool, keeps in kept.items() if not keeps]
    return False, f"{' and '.join(deleting)} delete{'s' if len(deleting) == 1 else ''} it"


def _what(obj: Obj) -> str:
    claims = claim_templates(obj)
    return f"its claims ({', '.join(claims)})" if claims else DATA_KINDS[(obj.group, obj.kind)]


def _notes(obj: Obj, ctx: Context, kept: bool) -> tuple[str, ...]:
    sync = ctx.sync(obj)
    return (OUT_OF_SYNC,) if kept and sync.application and not ctx.app_removed(obj) and not claim_templates(obj) \
        else ()


def _sources(obj: Obj) -> tuple[str, ...]:
    return (STATEFULSET_SOURCE,) if claim_templates(obj) else PRUNE_SOURCES


def _removed(obj: Obj, ctx: Context) -> Finding:
    kept, how = fate(obj, ctx)
    if claim_templates(obj):
        summary = f"{obj.title} is deleted; {_what(obj)} " + ("stay, orphaned" if kept else "are deleted") + \
            f" ({how.partition('; ')[2]})" + ("; delete them by hand once the data is safe elsewhere" if kept else "")
    else:
        summary = f"{obj.title}: " + (f"orphaned: it stays with {_what(obj)}, unmanaged ({how}); delete it by hand "
                                      "once the data is safe elsewhere" if kept else f"deleted with {_what(obj)} ({how})")
    return Finding(DATA, obj.app, obj.path, summary, _notes(obj, ctx, kept), _sources(obj), True,
                   json.dumps(["removed", obj.identity, kept]))


def _other_stateful(objects: list[Obj], ctx: Context) -> list[Finding]:
    """Stateful objects that hold no data: deleted ones each block; kept ones are listed once per app."""
    out, kept_per_app = [], {}
    for obj in objects:
        kept, how = fate(obj, ctx)
        if kept:
            kept_per_app.setdefault(obj.app, []).append(obj)
            continue
        note = f": every object in namespace {obj.name} goes with it, claims included" if obj.kind == "Namespace" else ""
        out.append(Finding(DATA, obj.app, obj.path, f"{obj.title}: deleted ({how}){note}", (), PRUNE_SOURCES, True,
                           json.dumps(["removed", obj.identity, False])))
    for app, kept in kept_per_app.items():
        summary = f"{len(kept)} object(s) of {app}/ leave git and stay in the cluster, unmanaged (prune protection)"
        out.append(Finding(DATA, app, f"{app}/", summary, tuple(o.title for o in kept), PRUNE_SOURCES))
    return out


def _replacements(removed: list[Obj], added: list[Obj]) -> list[tuple[Obj, Obj]]:
    """Data objects the change moves or renames: the same kind and name in another namespace, else the only removed
    and the only added object of one kind and role (`app.kubernetes.io/name` and `component` labels)."""
    pairs, left = [], list(added)
    for old in removed:
        new = next((n for n in left if (n.group, n.kind, n.name) == (old.group, old.kind, old.name)), None)
        if new is not None:
            pairs.append((old, new))
            left.remove(new)
    taken = {old.path for old, _ in pairs}
    rest = [o for o in removed if o.path not in taken]

    def role(obj: Obj) -> tuple:
        return obj.group, obj.kind, obj.label(NAME), obj.label(COMPONENT)

    for old in rest:
        candidates = [n for n in left if role(n) == role(old)]
        if old.label(NAME) and len(candidates) == 1 and sum(role(o) == role(old) for o in rest) == 1:
            pairs.append((old, candidates[0]))
            left.remove(candidates[0])
    return pairs


def _replaced(old: Obj, new: Obj, ctx: Context) -> Finding:
    kept, how = fate(old, ctx)
    move = f"moves from namespace {old.namespace} to {new.namespace}" if old.name == new.name else \
        f"is replaced by {new.title}"
    summary = f"{old.title} {move}: the new one starts empty; the old one " + \
        (f"keeps {_what(old)}, orphaned ({how})" if kept else f"is deleted with {_what(old)} ({how})")
    details = ("move the data before the sync (or keep the name and namespace): nothing copies it",
               *_notes(old, ctx, kept))
    return Finding(DATA, new.app, new.path, summary, details, _sources(old), True,
                   json.dumps(["replaced", old.identity, new.identity]))


def _drop(job: Obj, site: str, left: list[Obj]) -> Finding:
    """dropData: the drop Job runs once; the site's other objects leave git, and prune protection keeps them."""
    summary = f"site {site}: dropData: Job {job.name} backs the site up, then drops its database and files"
    sql = [o for o in left if o.group == "k8s.mariadb.com"]
    details = (f"{', '.join(o.title for o in sql)} leave git but stay (prune protection): mariadb-operator creates "
               "the database and user again, empty, at its next SQL reconcile (every 10 h by default) until they are "
               "deleted by hand",) if sql else ()
    return Finding(DATA, job.app, job.path, summary, details, (DROP_SOURCE, MARIADB_REQUEUE_SOURCE) if sql else
                   (DROP_SOURCE,), True, json.dumps(["drop", site]))


def _restore(job: Obj, ctx: Context) -> list[Finding]:
    """A restore into a site that exists: a new Job, which runs once. Not a Job renamed by another change (a bench
    upgrade: Jobs are named after their whole spec) of a restore the old render had: its RESTORE_ID is the same, and
    the marker that restore left makes it do nothing (site_scripts.RESTORE_SITE)."""
    site = job.label(SITE_LABEL)
    if site is None or job.label(COMPONENT) != "restore" or not _site_existed(ctx, job):
        return []
    restore_id = _env(job, "RESTORE_ID")
    if restore_id is not None and any(_env(old, "RESTORE_ID") == restore_id for old in _old_restores(ctx, job)):
        return []
    backup = restore_backup(ctx, site) or _env(job, "BACKUP") or "a backup"
    summary = f"site {site}: Job {job.name} replaces the site's database and files with backup {backup}"
    return [Finding(DATA, job.app, job.path, summary, ("the site exists: what it holds now is lost unless it is "
                                                        "backed up first",),
                    ("frappe_k8s/constructs/site_scripts.py RESTORE_SITE",), True,
                    json.dumps(["restore", site, backup]))]


def _old_restores(ctx: Context, job: Obj) -> list[Obj]:
    """The restore Jobs of the job's site in the old render."""
    site = job.label(SITE_LABEL)
    return [obj for path in ctx.old.files if path.startswith(job.app + "/Job.")
            if (obj := ctx.old.get(path)) is not None and obj.label(SITE_LABEL) == site
            and obj.label(COMPONENT) == "restore"]


def _site_existed(ctx: Context, job: Obj) -> bool:
    """Did the old render have the site (its database, its create Job...), besides restores?"""
    site, stem = job.label(SITE_LABEL), f".{job.namespace}.{job.label(INSTANCE)}"
    for path in ctx.old.files:
        if path.startswith(job.app + "/") and stem in path:
            obj = ctx.old.get(path)
            if obj is not None and obj.label(SITE_LABEL) == site and obj.label(COMPONENT) != "restore":
                return True
    return False


def restore_backup(ctx: Context, site: str) -> Optional[str]:
    """The backup a site restores, from the platform model."""
    return next((props.restore.backup for bench in ctx.new_platform.benches for props in bench.sites
                 if props.name == site and props.restore is not None), None)


def _env(job: Obj, name: str) -> Optional[str]:
    containers: Iterable = job.spec.get("template", {}).get("spec", {}).get("containers") or []
    return next((e.get("value") for c in containers for e in c.get("env") or [] if e.get("name") == name), None)


def _snapshot_class(change: ObjectChange) -> list[Finding]:
    changed = [c.path for c in change.fields if c.path.split(".")[0].split("[")[0] in ("driver", "parameters")]
    if not changed:
        return []
    new = change.new
    summary = (f"{new.title}: {', '.join(changed)} change; the API server accepts it, and only snapshots taken from "
               "now on use it (existing ones keep theirs; Velero picks a class by the volume's driver)")
    return [Finding(DATA, new.app, new.path, summary, (), (SNAPSHOT_CLASS_SOURCE,))]

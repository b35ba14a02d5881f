"""Backup coverage: for every claim the platform renders or mounts, how it is protected and why (no cdk8s).

Computed from the rendered objects, read the way Velero reads them, and from the model where only the model knows
(which site databases live on which MariaDB). A claim is protected by:

- a Velero CSI snapshot moved into the bucket by the data mover: a schedule with `snapshotVolumes` and
  `snapshotMoveData` covers the claim's namespace and resources, its volume policy (or, with none matching,
  `snapshotVolumes`) says snapshot, and a VolumeSnapshotClass labelled `velero.io/csi-volumesnapshot-class` serves
  its CSI driver (velero v1.18.1 internal/volumehelper/volume_policy_helper.go ShouldPerformSnapshot,
  pkg/util/csi/volume_snapshot.go). ceph-csi snapshots no static volume (docs/static-pvc.md). A snapshot that stays
  in the cluster is shown, but protects nothing against losing the cluster;
- a Velero file-system backup: a schedule covers the namespace and pods, and a long-running pod mounts the claim
  (Velero copies only volumes of running pods: a Deployment, StatefulSet or DaemonSet with replicas, not a Job,
  a CronJob, or a workload KEDA scales to zero); its volume policy says fs-backup, or with none matching
  `defaultVolumesToFsBackup` and the pod's `backup.velero.io/backup-volumes-excludes` allow it; and its volume is
  no hostPath (ShouldPerformFSBackup, pkg/podvolume/backupper.go);
- Frappe logical dumps, for a MariaDB's claim: every site database on it is dumped, by the site's backup CronJob
  onto a protected volume, or by the bench's pre-backup hook onto its sites volume right before Velero copies it;
- a restic off-site copy, for a site backup volume: every site backup CronJob that writes to it copies its
  backups off-site with restic.

Anything else is UNPROTECTED, and `problems()` fails the render unless platform.yaml acknowledges the claim in
`backups.unprotected` with a reason. Scratch claims (the RWX check's, label `frappe-k8s.io/volume-backup: none`)
need no protection.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Optional

import yaml

from frappe_k8s.backup_hooks import FILE_SYSTEM_BACKUP_EXCLUDES, NO_BACKUP, PRE_BACKUP_HOOK, VOLUME_BACKUP_LABEL
from frappe_k8s.capacity import platform_claims
from frappe_k8s.claims import MARIADB_STORAGE, RenderedClaim, claims_of
from frappe_k8s.classes import default_class, storage_classes
from frappe_k8s.constructs.ceph_common import VELERO_SNAPSHOT_CLASS
from frappe_k8s.model import Platform
from frappe_k8s.model.backups import selected
from frappe_k8s.model.bench import MariaDBServer, MariaDBRef
from frappe_k8s.model.site import DEDICATED, EXTERNAL

SNAPSHOT_MOVED, FILE_SYSTEM, LOGICAL_DUMPS, RESTIC = ("Velero CSI snapshot + data mover", "Velero file-system backup",
                                                      "Frappe logical dumps", "restic off-site copy")
PROTECTED, SCRATCH, ACKNOWLEDGED, UNPROTECTED = "protected", "scratch", "acknowledged", "UNPROTECTED"
FILE_SYSTEM_OPT_IN = "backup.velero.io/backup-volumes"
LONG_RUNNING = ("Deployment", "StatefulSet", "DaemonSet", "MariaDB")


@dataclass(frozen=True)
class Protection:
    method: str                     # one of SNAPSHOT_MOVED, FILE_SYSTEM, LOGICAL_DUMPS, RESTIC
    detail: str                     # by what: the schedule and pod, the CronJobs, the repository
    schedule: Optional[str] = None  # the Velero schedule, for the Velero methods


@dataclass(frozen=True)
class ClaimCoverage:
    """How one claim is protected, or why it is not."""

    namespace: str
    claim: str
    holds: str                          # what is on it: the model's source of the claim, or "verification scratch"
    storage_class: str                  # its class; "" for a pre-bound static volume
    protections: tuple[Protection, ...] = ()
    gaps: tuple[str, ...] = ()          # why the methods that could apply do not
    scratch: bool = False
    acknowledged: Optional[str] = None  # the reason platform.yaml gives

    @property
    def status(self) -> str:
        if self.scratch:
            return SCRATCH
        if self.protections:
            return PROTECTED
        return ACKNOWLEDGED if self.acknowledged else UNPROTECTED

    @property
    def key(self) -> str:
        return f"{self.namespace}/{self.claim}"


# --- what the rendered objects say ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Pod:
    """A pod template of a workload, with the claims its volumes name."""

    kind: str
    namespace: str
    name: str
    long_running: bool
    labels: Mapping[str, str]
    annotations: Mapping[str, str]
    claims: Mapping[str, str]     # pod volume name -> claim name
    mounted: frozenset[str]       # volume names a container mounts

    @property
    def ident(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}"


def _objects(apps: Mapping[str, list[Mapping]]) -> list[Mapping]:
    return [m for manifests in apps.values() for m in manifests]


def _claims(objects: list[Mapping]) -> list[RenderedClaim]:
    """Rendered claims, and those a StatefulSet or mariadb-operator makes from its templates (ordinals 0..n-1)."""
    return [c for m in objects for c in claims_of(m)]


def _scaled_to_zero(objects: list[Mapping]) -> set[tuple[str, str]]:
    """(namespace, Deployment) that KEDA may scale to zero (ScaledObject minReplicaCount, KEDA's default 0)."""
    return {(m["metadata"]["namespace"], m["spec"]["scaleTargetRef"]["name"]) for m in objects
            if m["kind"] == "ScaledObject" and m["spec"].get("minReplicaCount", 0) == 0}


def _pods(objects: list[Mapping]) -> list[_Pod]:
    zero = _scaled_to_zero(objects)
    out = []
    for m in objects:
        kind, meta, spec = m["kind"], m["metadata"], m.get("spec") or {}
        namespace, name = meta.get("namespace"), meta["name"]
        if kind == "MariaDB":  # the operator's StatefulSet `<name>` with the data volume `storage`
            pod_meta = spec.get("podMetadata", {})
            out.append(_Pod(kind, namespace, name, spec.get("replicas", 1) > 0, pod_meta.get("labels", {}),
                            pod_meta.get("annotations", {}), {MARIADB_STORAGE: f"{MARIADB_STORAGE}-{name}-0"},
                            frozenset({MARIADB_STORAGE})))
            continue
        template = spec.get("template") or (spec.get("jobTemplate") or {}).get("spec", {}).get("template")
        if kind not in ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob") or not template:
            continue
        pod = template.get("spec", {})
        claims = {v["name"]: v["persistentVolumeClaim"]["claimName"] for v in pod.get("volumes", [])
                  if "persistentVolumeClaim" in v}
        if kind == "StatefulSet":  # each pod mounts its own claim of each template; ordinal 0 stands for them
            claims.update({t["metadata"]["name"]: f"{t['metadata']['name']}-{name}-0"
                           for t in spec.get("volumeClaimTemplates", [])})
        mounted = frozenset(vm["name"] for c in pod.get("initContainers", []) + pod.get("containers", [])
                            for vm in c.get("volumeMounts", []))
        running = (kind in LONG_RUNNING and (kind == "DaemonSet" or spec.get("replicas", 1) > 0)
                   and (namespace, name) not in zero)
        tmeta = template.get("metadata", {})
        out.append(_Pod(kind, namespace, name, running, tmeta.get("labels", {}), tmeta.get("annotations", {}),
                        claims, mounted))
    return out


@dataclass(frozen=True)
class _Schedule:
    name: str
    paused: bool
    included_namespaces: tuple[str, ...]
    excluded_namespaces: tuple[str, ...]
    included_resources: tuple[str, ...]
    excluded_resources: tuple[str, ...]
    selector: Mapping[str, str]
    snapshot_volumes: bool
    fs_default: bool
    move_data: bool
    policies: tuple[Mapping, ...]

    def covers(self, namespace: str) -> bool:
        return selected(namespace, self.included_namespaces, self.excluded_namespaces)

    def includes(self, resource: str) -> bool:
        return selected(resource, self.included_resources, self.excluded_resources)

    def selects(self, labels: Mapping[str, str]) -> bool:
        return all(labels.get(k) == v for k, v in self.selector.items())


def _schedules(objects: list[Mapping]) -> list[_Schedule]:
    maps = {(m["metadata"]["namespace"], m["metadata"]["name"]): m for m in objects if m["kind"] == "ConfigMap"}
    out = []
    for m in objects:
        if m["kind"] != "Schedule":
            continue
        t = m["spec"].get("template", {})
        policies: tuple = ()
        ref = t.get("resourcePolicy")
        if ref and ref.get("kind", "").lower() == "configmap":
            data = maps.get((m["metadata"]["namespace"], ref["name"]), {}).get("data", {})
            if data:
                policies = tuple(yaml.safe_load(next(iter(data.values()))).get("volumePolicies") or ())
        out.append(_Schedule(
            m["metadata"]["name"], bool(m["spec"].get("paused")), tuple(t.get("includedNamespaces", ())),
            tuple(t.get("excludedNamespaces", ())), tuple(t.get("includedResources", ())),
            tuple(t.get("excludedResources", ())), (t.get("labelSelector") or {}).get("matchLabels", {}),
            t.get("snapshotVolumes") is not False, bool(t.get("defaultVolumesToFsBackup")),
            bool(t.get("snapshotMoveData")), policies))
    return out


@dataclass(frozen=True)
class _Volume:
    """A claim's PersistentVolume as Velero's volume policies see it."""

    storage_class: str          # "" for a pre-bound PersistentVolume
    driver: Optional[str]       # its CSI driver; None: not known (an external class that names no provisioner)
    host_path: bool
    static: bool


def _action(policies: Iterable[Mapping], volume: _Volume, labels: Mapping[str, str]) -> Optional[str]:
    """The action of the first volume policy whose conditions all match, as Velero evaluates it (internal/
    resourcepolicies/volume_resources.go: a storageClass condition never matches a PV without a class)."""
    for policy in policies:
        conditions, matched = policy.get("conditions") or {}, True
        for key, value in conditions.items():
            if key == "storageClass":
                matched &= bool(volume.storage_class) and volume.storage_class in value
            elif key == "csi":
                matched &= volume.driver is not None and (not value.get("driver") or value["driver"] == volume.driver)
            elif key == "pvcLabels":
                matched &= all(labels.get(k) == v for k, v in value.items())
            else:
                raise ValueError(f"volume policy condition {key!r} is not read by frappe_k8s.coverage")
        if matched:
            return policy["action"]["type"]
    return None


# --- the report -----------------------------------------------------------------------------------------------------

def coverage(platform: Platform, apps: Mapping[str, list[Mapping]]) -> list[ClaimCoverage]:
    """One row per claim the platform renders, makes through a StatefulSet or mariadb-operator, or mounts, in the
    order of the rendered folders; each with every method that protects it and why the others do not."""
    objects = _objects(apps)
    claims = _claims(objects)
    pods = _pods(objects)
    schedules = _schedules(objects)
    holds = {(c.namespace, c.name): c.source for c in platform_claims(platform)}
    known = {(c.namespace, c.name) for c in claims}
    for pod in pods:  # a claim a pod mounts but nothing here makes
        for claim in pod.claims.values():
            if (pod.namespace, claim) not in known:
                known.add((pod.namespace, claim))
                claims.append(RenderedClaim(pod.namespace, claim, {}, None, None))
                holds.setdefault((pod.namespace, claim), "mounted, not made by this platform")
    volumes = _volume_facts(platform, objects, claims)
    snapshot_drivers = {m["driver"] for m in objects if m["kind"] == "VolumeSnapshotClass"
                        and VELERO_SNAPSHOT_CLASS in m["metadata"].get("labels", {})}
    rows: dict[tuple[str, str], ClaimCoverage] = {}
    for claim in claims:
        volume = volumes[(claim.namespace, claim.name)]
        row = ClaimCoverage(claim.namespace, claim.name, holds.get((claim.namespace, claim.name), "rendered"),
                            volume.storage_class, scratch=claim.labels.get(VOLUME_BACKUP_LABEL) == NO_BACKUP)
        if row.scratch:
            row = replace(row, holds="verification scratch")
        protections, gaps = _velero(claim, volume, pods, schedules, snapshot_drivers)
        rows[(claim.namespace, claim.name)] = replace(row, protections=tuple(protections), gaps=tuple(gaps))
    _add_site_backups(platform, objects, pods, schedules, rows)
    acknowledged = {(u.namespace, u.claim): u.reason for u in platform.backups.unprotected}
    return [replace(r, acknowledged=acknowledged.get((r.namespace, r.claim))) for r in rows.values()]


def _volume_facts(platform: Platform, objects: list[Mapping],
                  claims: list[RenderedClaim]) -> dict[tuple[str, str], _Volume]:
    provisioners = {m["metadata"]["name"]: m["provisioner"] for m in objects if m["kind"] == "StorageClass"}
    persistent_volumes = {m["metadata"]["name"]: m for m in objects if m["kind"] == "PersistentVolume"}
    facts, default = storage_classes(platform), default_class(platform)
    out = {}
    for claim in claims:
        if claim.storage_class == "":  # pre-bound to a static PersistentVolume: no class, no snapshots
            csi = persistent_volumes.get(claim.volume_name, {}).get("spec", {}).get("csi", {})
            out[(claim.namespace, claim.name)] = _Volume("", csi.get("driver"), False, True)
            continue
        name = default if claim.storage_class is None else claim.storage_class
        known = facts.get(name or "")
        out[(claim.namespace, claim.name)] = _Volume(name or "", provisioners.get(name or "") or (
            known.provisioner if known else None), bool(known and known.host_path), False)
    return out


def _velero(claim: RenderedClaim, volume: _Volume, pods: list[_Pod], schedules: list[_Schedule],
            snapshot_drivers: set[str]) -> tuple[list[Protection], list[str]]:
    protections: list[Protection] = []
    gaps: list[str] = []
    mounting = [(p, v) for p in pods if p.namespace == claim.namespace for v, c in p.claims.items() if c == claim.name]
    running = [(p, v) for p, v in mounting if p.long_running and v in p.mounted]
    if not [s for s in schedules if not s.paused and s.covers(claim.namespace)]:
        gaps.append("no running Velero schedule covers its namespace")
    for s in schedules:
        if s.paused or not s.covers(claim.namespace):
            continue
        # file-system backup: Velero reaches the volume through a running pod it backs up
        fs_by = []
        for pod, volume_name in running:
            if not s.includes("pods") or not s.selects(pod.labels):
                continue
            action = _action(s.policies, volume, claim.labels)
            excluded = volume_name in pod.annotations.get(FILE_SYSTEM_BACKUP_EXCLUDES, "").split(",")
            opted_in = volume_name in pod.annotations.get(FILE_SYSTEM_OPT_IN, "").split(",")
            if action == "fs-backup" or (action is None and (s.fs_default and not excluded or opted_in)):
                if volume.host_path:
                    gaps.append(f"{s.name}: its volume is hostPath, which file-system backup skips")
                else:
                    fs_by.append(pod.ident)
            elif action is None and s.fs_default:
                gaps.append(f"{s.name}: {pod.ident} excludes it from file-system backup")
            elif action == "skip" and not s.snapshot_volumes:
                gaps.append(f"{s.name}: its volume policy skips it (no file-by-file copy)")
        if fs_by:
            protections.append(Protection(FILE_SYSTEM, f"schedule {s.name} through {', '.join(sorted(fs_by))}",
                                          s.name))
        elif s.fs_default and not running:
            others = sorted({p.ident for p, _ in mounting})
            gaps.append(f"{s.name}: file-system backup copies only volumes of running pods, and "
                        + (f"only {', '.join(others)} mount{'s' if len(others) == 1 else ''} it" if others
                           else "no pod mounts it"))
        # CSI snapshot: the claim is backed up as an item, with or without a pod
        if not s.snapshot_volumes:
            continue
        selected = s.selects(claim.labels) or any(s.selects(p.labels) for p, _ in mounting)
        if not s.includes("persistentvolumeclaims") or not selected:
            continue
        action = _action(s.policies, volume, claim.labels)
        if action not in (None, "snapshot"):
            continue
        if volume.static:
            gaps.append(f"{s.name}: a static volume has no CSI snapshot (ceph-csi and EFS take none)")
        elif volume.driver not in snapshot_drivers:
            gaps.append(f"{s.name}: no VolumeSnapshotClass labelled {VELERO_SNAPSHOT_CLASS} serves driver"
                        f" {volume.driver or 'unknown'}")
        elif s.move_data:
            protections.append(Protection(SNAPSHOT_MOVED, f"schedule {s.name}", s.name))
        else:
            gaps.append(f"{s.name}: its CSI snapshot stays inside the cluster it protects (snapshotMoveData is off)")
    return protections, gaps


def _add_site_backups(platform: Platform, objects: list[Mapping], pods: list[_Pod], schedules: list[_Schedule],
                      rows: dict[tuple[str, str], ClaimCoverage]) -> None:
    """Restic off-site copies of site backup volumes, then the logical dumps of every MariaDB claim."""
    dumped: dict[str, str] = {}  # site -> how its database dumps are protected
    writers: dict[tuple[str, str], list[tuple[str, Optional[str]]]] = {}  # backup claim -> (CronJob, restic repo)
    backup_volumes = {site.name: (bench.effective_namespace, site.backup.volume)
                      for bench in platform.benches for site in bench.sites if site.backup.active}
    for job in objects:
        site = job["metadata"].get("labels", {}).get("frappe-k8s.io/site")
        if job["kind"] != "CronJob" or site not in backup_volumes:
            continue
        pod = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        key = backup_volumes[site]
        if key[1] not in {v["persistentVolumeClaim"]["claimName"] for v in pod.get("volumes", [])
                          if "persistentVolumeClaim" in v}:
            continue  # not the CronJob that writes the site's backups onto its volume
        repository = next((e.get("value") for c in pod["containers"] for e in c.get("env", [])
                           if e["name"] == "RESTIC_REPOSITORY"), None)
        writers.setdefault(key, []).append((job["metadata"]["name"], repository))
        if repository or (key in rows and rows[key].protections):
            dumped.setdefault(site, "each site's backup CronJob")
    for key, jobs in writers.items():
        if key not in rows:
            continue
        row, bare = rows[key], sorted(name for name, repository in jobs if not repository)
        if bare:
            rows[key] = replace(row, gaps=row.gaps + (f"site backups copied nowhere else: {', '.join(bare)}",))
        else:
            repositories = ", ".join(sorted({repository for _, repository in jobs}))
            rows[key] = replace(row, protections=row.protections + (Protection(
                RESTIC, f"{len(jobs)} site backup CronJob(s) copy each backup to {repositories}"),))
    for bench in platform.benches:
        hook = next((p for p in pods if p.kind == "Deployment" and p.namespace == bench.effective_namespace
                     and p.name == f"{bench.name}-scheduler" and f"{PRE_BACKUP_HOOK}/command" in p.annotations), None)
        sites_row = rows.get((bench.effective_namespace, bench.sites_claim.name))
        if hook is None or sites_row is None:
            continue
        # the hook runs before Velero copies the sites volume only in a schedule that backs the scheduler pod up too
        copying = {p.schedule for p in sites_row.protections if p.schedule}
        if any(s.name in copying and s.includes("pods") and s.selects(hook.labels) for s in schedules):
            for site in bench.sites:
                dumped.setdefault(site.name, f"the pre-backup hook of {hook.ident}")
    for claim, sites in _databases(platform).items():
        row = rows.get(claim)
        if row is None:
            continue
        missing = [site for site in sites if site not in dumped]
        if missing:
            rows[claim] = replace(row, gaps=row.gaps + (f"no protected dump of the databases of {', '.join(missing)}",))
            continue
        ways = sorted(set(dumped[site] for site in sites))
        detail = (f"{len(sites)} site database(s), dumped by {' and '.join(ways)}" if sites else
                  "no site database on it yet")
        rows[claim] = replace(row, protections=row.protections + (Protection(LOGICAL_DUMPS, detail),))


def _databases(platform: Platform) -> dict[tuple[str, str], list[str]]:
    """MariaDB claim -> the sites whose database lives on it (bench servers, servers other benches reference,
    dedicated servers). Absent sites keep their database, so they count."""
    servers: dict[tuple[str, str], list[str]] = {}
    for bench in platform.benches:
        if isinstance(bench.database, MariaDBServer):
            servers.setdefault((bench.effective_namespace, f"{bench.name}-mariadb"), [])
        for site in bench.sites:
            if site.database.mariadb is not None:
                servers.setdefault((bench.effective_namespace, f"{site.object_id}-mariadb"), []).append(site.name)
    for bench in platform.benches:
        db = bench.database
        if isinstance(db, MariaDBServer):
            server = (bench.effective_namespace, f"{bench.name}-mariadb")
        elif isinstance(db, MariaDBRef):
            server = (db.namespace or bench.effective_namespace, db.name)
        else:
            continue
        for site in bench.sites:
            if site.database.mode not in (DEDICATED, EXTERNAL) and server in servers:
                servers[server].append(site.name)
    return {(ns, f"{MARIADB_STORAGE}-{name}-0"): sorted(set(sites)) for (ns, name), sites in servers.items()}


def problems(rows: list[ClaimCoverage], platform: Platform) -> list[str]:
    """Unacknowledged gaps, and acknowledgements that name no claim or a protected one."""
    out = [f"{r.key} ({r.holds}) is protected by nothing: {'; '.join(r.gaps) or 'no method applies'}. Fix: back it"
           " up (a Velero schedule over its namespace with a long-running pod that mounts it, or snapshots with"
           " snapshotMoveData), or add it to backups.unprotected with the reason it needs no backup"
           for r in rows if r.status == UNPROTECTED]
    by_key = {(r.namespace, r.claim): r for r in rows}
    for i, ack in enumerate(platform.backups.unprotected):
        row = by_key.get((ack.namespace, ack.claim))
        if row is None:
            out.append(f"backups.unprotected[{i}]: names no claim this platform makes (got"
                       f" '{ack.namespace}/{ack.claim}'). Fix: remove the entry, or correct namespace and claim")
        elif row.status in (PROTECTED, SCRATCH):
            how = "; ".join(f"{p.method} ({p.detail})" for p in row.protections) or "a scratch claim"
            out.append(f"backups.unprotected[{i}]: {row.key} is protected by {how} (got '{ack.reason}'). Fix: remove"
                       " the entry, so the report says what protects it")
    return out


def as_json(rows: list[ClaimCoverage]) -> str:
    """The report as JSON, for checks that compare it with their own reading of dist/."""
    return json.dumps([{"namespace": r.namespace, "claim": r.claim, "holds": r.holds, "storageClass": r.storage_class,
                        "status": r.status, "protections": [{"method": p.method, "detail": p.detail}
                                                            for p in r.protections],
                        "gaps": list(r.gaps), "acknowledged": r.acknowledged} for r in rows], indent=2) + "\n"


def format_report(rows: list[ClaimCoverage]) -> str:
    """The `plan` command's section."""
    if not rows:
        return "Backup coverage\n  no claims\n"
    lines = ["Backup coverage (every claim the platform makes or mounts; frappe_k8s/coverage.py says how each is read)"]
    for r in rows:
        lines.append(f"  {r.key} ({r.holds}, {'class ' + r.storage_class if r.storage_class else 'static volume'}):"
                     f" {r.status}")
        lines += [f"    {p.method}: {p.detail}" for p in r.protections]
        if r.acknowledged:
            lines.append(f"    acknowledged in backups.unprotected: {r.acknowledged}")
        if r.status != PROTECTED:
            lines += [f"    why not: {gap}" for gap in r.gaps]
    return "\n".join(lines) + "\n"

"""Capacity planner: what each Ceph StorageClass can hold, and what the platform asks of it.

Pure Python over the typed model (no cdk8s). Units: disks are sold in GB (10^9 bytes); Ceph
and Kubernetes `Gi` count GiB (2^30 bytes). Every figure is kept in bytes and printed in both.

For a pool that writes each object to `w` failure domains (`size` copies, or `k+m` chunks),
with `c_i` bytes of OSDs in failure domain `i` (sorted largest first), the most one copy (or
chunk column) can hold is `min over j < w of sum(c_i for i >= j) / (w - j)` - the largest
domains can take only one copy each, so the smaller ones bound the pool. Equal domains give
`sum / w`, Ceph's MAX AVAIL on an empty cluster. Then:

- usable   = that bound (replicated), or bound x k (erasure coded): bytes of data before any ratio;
- writable = usable x fullRatio (0.95): OSDs refuse writes above it;
- safe     = usable x nearFullRatio (0.85): Ceph warns OSD_NEARFULL above it. Claims are checked
  against safe. BlueStore metadata, the CephFS metadata pool and Ceph's .mgr pool come on top (on the
  same OSDs unless the pools use other device classes), so real headroom is a little smaller.

Every pool of a cluster counts: the data pool of each CephFS class and each RBD block pool class have
their own figures, and classes whose pools sit on the same OSDs are checked together (their requests as
shares of each one's safe capacity must stay under 100%); `pools()` lists every pool with the OSDs it
shares.

Worked example (sources: ceph doc/rados/configuration/mon-config-ref.rst "Storage Capacity",
src/mon/PGMap.cc MAX AVAIL, doc/rados/operations/erasure-code.rst): 3 x 150 GB, size 3, host ->
usable 150 GB = 139.7 GiB, writable 132.7 GiB, safe 118.7 GiB.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from frappe_k8s.classes import default_class
from frappe_k8s.model import Platform
from frappe_k8s.model.bench import MariaDBServer
from frappe_k8s.model.ceph import CephBlockPoolProps, CephClusterProps, CephFilesystemProps
from frappe_k8s.model.checks import quantity_bytes
from frappe_k8s.model.volumes import VERIFY_CLAIM_SIZE

GB, GIB = 10**9, 2**30
FAIL, WARN = "fail", "warn"
CAPACITY_CHECKS = (FAIL, WARN)


VERIFICATION = "verification"  # the source of an RWX check's throwaway claim: space on the class, nothing of value


@dataclass(frozen=True)
class Request:
    """Bytes one claim asks of a StorageClass."""

    storage_class: str
    namespace: str
    name: str
    bytes: int
    source: str = "volume"  # what declares it: as Claim.source


@dataclass(frozen=True)
class Claim:
    """One PersistentVolumeClaim the platform makes, rendered or made by a StatefulSet or an operator."""

    namespace: str
    name: str
    storage_class: Optional[str]  # None: the cluster's default class; "": a pre-bound PersistentVolume
    size: str
    source: str  # volume, verification, bench sites, bench logs, bench redis queue, bench mariadb, site mariadb


def platform_claims(platform: Platform) -> list[Claim]:
    """Every claim of the platform: the volumes of storage.volumes and the benches' sites (and logs) volumes, each
    followed by the throwaway claim of its RWX check, then per bench its Redis queue, its own MariaDB and its sites'
    dedicated MariaDBs."""
    claims = []
    volumes = [(v, "volume") for v in platform.storage.volumes]
    for bench in platform.benches:
        volumes += [(v, source) for v, source in ((bench.sites_claim, "bench sites"), (bench.logs_claim, "bench logs"))
                    if v is not None]
    for volume, source in volumes:
        claims.append(Claim(volume.namespace, volume.name, volume.storage_class_name, volume.size, source))
        if volume.verify_claim_name:  # the RWX check's throwaway claim of the same class, kept after the check
            claims.append(Claim(volume.namespace, volume.verify_claim_name, volume.storage_class_name,
                                VERIFY_CLAIM_SIZE, VERIFICATION))
    for bench in platform.benches:
        namespace = bench.effective_namespace
        if bench.redis.external is None:  # the StatefulSet's claim data-<bench>-redis-queue-0
            queue = bench.redis.queue
            claims.append(Claim(namespace, f"data-{bench.name}-redis-queue-0", queue.storage_class,
                                queue.storage_size, "bench redis queue"))
        if isinstance(bench.database, MariaDBServer):  # mariadb-operator's claim storage-<bench>-mariadb-0
            claims.append(Claim(namespace, f"storage-{bench.name}-mariadb-0", bench.database.storage_class,
                                bench.database.storage_size, "bench mariadb"))
        for site in bench.sites:  # a dedicated MariaDB keeps its claim until it is deleted by hand
            server = site.database.mariadb
            if server is not None:
                claims.append(Claim(namespace, f"storage-{site.object_id}-mariadb-0", server.storage_class,
                                    server.storage_size, "site mariadb"))
    return claims


def requests_by_class(platform: Platform) -> dict[str, list[Request]]:
    """StorageClass name -> the claims the platform places on it, in declaration order.

    A claim that names no class counts on the platform's default class when this platform renders it;
    a pre-bound PersistentVolume is on no class.
    """
    default = default_class(platform)
    out: dict[str, list[Request]] = {}
    for claim in platform_claims(platform):
        storage_class = default if claim.storage_class is None else claim.storage_class
        if storage_class:
            out.setdefault(storage_class, []).append(Request(storage_class, claim.namespace, claim.name,
                                                             quantity_bytes(claim.size), claim.source))
    return out


def max_per_domain(domains: list[int], width: int) -> float:
    """The most bytes each of `width` failure domains can hold for one pool (see the module docstring)."""
    sizes = sorted(domains, reverse=True)
    return max(0.0, min(sum(sizes[j:]) / (width - j) for j in range(width)))


@dataclass(frozen=True)
class ClassCapacity:
    """Capacity of one Ceph StorageClass, that is of the data pool it writes to."""

    storage_class: str
    cluster: str
    source: str               # what renders the class: "filesystem shared-fs", "block pool replicapool"
    pool: str                 # Ceph pool name
    layout: str               # "replicated 3x" or "erasure coded 2+1"
    failure_domain: str
    domains: tuple[str, ...]  # the failure domains holding OSDs the pool may use
    device_class: Optional[str]
    osds: int
    raw_bytes: int
    usable_bytes: float
    full_ratio: float
    near_full_ratio: float
    osd_set: tuple[str, ...]  # the OSDs it uses, to see which classes share disks
    notes: tuple[str, ...] = ()

    @property
    def writable_bytes(self) -> float:
        return self.usable_bytes * self.full_ratio

    @property
    def safe_bytes(self) -> float:
        return self.usable_bytes * self.near_full_ratio


def class_capacity(cluster: CephClusterProps,
                   fs: CephFilesystemProps | CephBlockPoolProps) -> Optional[ClassCapacity]:
    """Capacity of a filesystem's or block pool's StorageClass; None for an external cluster (its disks are not
    declared here)."""
    pool = fs.class_pool
    if cluster.external or pool is None:
        return None
    domains = cluster.failure_domains(pool)
    osds = cluster.osds(pool.device_class)
    per_domain = max_per_domain(list(domains.values()), pool.width)
    usable = per_domain * pool.erasure_coded.data_chunks if pool.erasure_coded else per_domain
    notes = []
    if pool.erasure_coded:
        ec = pool.erasure_coded
        notes.append(f"the first data pool ({fs.name}-{fs.data_pools[0].name}) holds only file backtraces;"
                     " data goes to the erasure-coded pool")
        if len(domains) < ec.data_chunks + ec.coding_chunks + 1:
            notes.append(f"{ec.data_chunks}+{ec.coding_chunks} on {len(domains)} {pool.failure_domain}s: with one"
                         f" {pool.failure_domain} down, PGs fall below min_size ({ec.data_chunks + 1}) and I/O stops")
        if ec.coding_chunks == 1:
            notes.append("m=1 survives one lost chunk only; Ceph discourages it for production data")
    elif len(domains) == pool.width:
        notes.append(f"{len(domains)} {pool.failure_domain}s for {pool.width} copies: after losing one, nothing"
                     " re-replicates and the pool runs degraded until it is back")
    if len(set(domains.values())) > 1:
        notes.append("failure domains differ in size; the smaller ones bound the pool")
    return ClassCapacity(
        storage_class=fs.storage_class_name, cluster=cluster.name,
        source=f"{'block pool' if isinstance(fs, CephBlockPoolProps) else 'filesystem'} {fs.name}",
        pool=fs.class_pool_name,
        layout=pool.layout, failure_domain=pool.failure_domain, domains=tuple(sorted(domains)),
        device_class=pool.device_class, osds=len(osds), raw_bytes=sum(d.size_bytes for _, d in osds),
        usable_bytes=usable, full_ratio=cluster.full_ratio, near_full_ratio=cluster.near_full_ratio,
        osd_set=tuple(sorted(f"{n}:{d.name}" for n, d in osds)), notes=tuple(notes))


@dataclass(frozen=True)
class ClassPlan:
    storage_class: str
    capacity: Optional[ClassCapacity]  # None: not a Ceph class rendered here
    requests: tuple[Request, ...]

    @property
    def requested_bytes(self) -> int:
        return sum(r.bytes for r in self.requests)

    @property
    def over(self) -> bool:
        return self.capacity is not None and self.requested_bytes > self.capacity.safe_bytes


def plan(platform: Platform) -> list[ClassPlan]:
    """Every Ceph class (with its capacity) and every other class that claims use, in a stable order."""
    requests = requests_by_class(platform)
    plans, seen = [], set()
    for cluster in platform.storage.ceph_clusters:
        for fs in cluster.classes:
            name = fs.storage_class_name
            plans.append(ClassPlan(name, class_capacity(cluster, fs), tuple(requests.get(name, ()))))
            seen.add(name)
    plans += [ClassPlan(name, None, tuple(reqs)) for name, reqs in sorted(requests.items()) if name not in seen]
    return plans


def problems(platform: Platform) -> list[str]:
    """Claims beyond safe capacity: per class, and per set of classes that share the same OSDs."""
    out = []
    plans = [p for p in plan(platform) if p.capacity is not None]
    for p in plans:
        if p.over:
            c = p.capacity
            out.append(f"StorageClass '{p.storage_class}': claims request {_both(p.requested_bytes)}, more than its safe"
                       f" capacity {_both(c.safe_bytes)} (nearfull {c.near_full_ratio} of {_both(c.usable_bytes)} usable"
                       f" on {c.pool}, {c.layout}). Fix: make the claims smaller, add OSDs, or set"
                       " storage.capacityCheck: warn to accept the overcommit (CephFS enforces each claim as a quota,"
                       " not a reservation)")
    for names, used in shared_shares(platform):
        if used > 1 and not any(p.over for p in plans if p.storage_class in names):
            out.append(f"StorageClasses {', '.join(names)} share the same OSDs and together request {used:.0%} of"
                       " their safe capacity. Fix: make the claims smaller, add OSDs, or give the pools their own"
                       " device classes")
    return out


def _shared(plans: list[ClassPlan]) -> list[list[ClassPlan]]:
    """The plans of every set of two or more classes whose pools use the same OSDs: each byte a claim asks of one of
    them is a byte the others cannot have."""
    shared: dict[tuple[str, ...], list[ClassPlan]] = {}
    for p in plans:
        if p.capacity is not None:
            shared.setdefault((p.capacity.cluster, *p.capacity.osd_set), []).append(p)
    return [group for group in shared.values() if len(group) > 1]


def shared_classes(platform: Platform) -> list[tuple[str, ...]]:
    """The names of every set of classes whose pools use the same OSDs."""
    return [tuple(p.storage_class for p in group) for group in _shared(plan(platform))]


def shared_shares(platform: Platform) -> list[tuple[tuple[str, ...], float]]:
    """(class names, summed share of safe capacity requested) of every set of classes whose pools use the same
    OSDs."""
    return [(tuple(p.storage_class for p in group),
             sum(p.requested_bytes / p.capacity.safe_bytes for p in group if p.capacity.safe_bytes))
            for group in _shared(plan(platform))]


@dataclass(frozen=True)
class PoolRow:
    """One Ceph pool of a cluster-mode cluster and the OSDs it may use."""

    cluster: str
    pool: str                 # Ceph pool name
    role: str                 # what it holds
    layout: str
    failure_domain: str
    device_class: Optional[str]
    osd_set: tuple[str, ...]


def pools(platform: Platform) -> list[PoolRow]:
    """Every pool of every cluster-mode cluster: the filesystems' metadata and data pools, the block pools and .mgr."""
    rows = []
    for cluster in platform.storage.ceph_clusters:
        if cluster.external:
            continue
        roles = {}
        for fs in cluster.filesystems:
            roles[fs.metadata_pool_name] = f"metadata of filesystem {fs.name}"
            for pool in fs.data_pools:
                name = f"{fs.name}-{pool.name}"
                roles[name] = (f"data of StorageClass {fs.storage_class_name}" if name == fs.class_pool_name
                               else f"data of filesystem {fs.name}")
        for block in cluster.block_pools:
            roles[block.name] = f"RBD images of StorageClass {block.storage_class_name}"
        for _, name, pool in cluster.pools:
            osds = tuple(sorted(f"{n}:{d.name}" for n, d in cluster.osds(pool.device_class)))
            rows.append(PoolRow(cluster.name, name, roles.get(name, "Ceph's manager (.mgr)"), pool.layout,
                                pool.failure_domain, pool.device_class, osds))
    return rows


def _both(n: float) -> str:
    return f"{n / GB:.1f} GB = {n / GIB:.1f} GiB"


def format_plan(platform: Platform) -> str:
    """The `plan` command's report."""
    lines = [f"Capacity plan of platform '{platform.name}'",
             "GB = 10^9 bytes (how disks are sold); GiB = 2^30 bytes (how Ceph reports, and Kubernetes Gi).", ""]
    plans = plan(platform)
    external = {fs.storage_class_name for c in platform.storage.ceph_clusters if c.external for fs in c.classes}
    if not plans:
        return "\n".join(lines + ["No Ceph StorageClasses and no claims."]) + "\n"
    width = max([44] + [len(f"{r.namespace}/{r.name} ({r.source})") + 4 for p in plans for r in p.requests])
    for p in plans:
        c = p.capacity
        if c is None:
            why = ("an external Ceph cluster; `ceph df` on the provider shows its capacity" if p.storage_class in external
                   else "not a Ceph class rendered here")
            lines.append(f"StorageClass {p.storage_class}: capacity not known, {why}")
        else:
            kind = f", device class {c.device_class}" if c.device_class else ""
            lines += [f"StorageClass {p.storage_class}: cluster {c.cluster}, {c.source}, pool {c.pool}",
                      f"  {c.layout}, failure domain {c.failure_domain} ({len(c.domains)}: {', '.join(c.domains)})"
                      f"{kind}, {c.osds} OSD(s)",
                      f"  {'':{width}}{'GB':>10}{'GiB':>10}"]
            rows = [("raw (sum of its OSD devices)", c.raw_bytes),
                    (f"usable ({c.layout})", c.usable_bytes),
                    (f"writable (fullRatio {c.full_ratio:g})", c.writable_bytes),
                    (f"safe (nearFullRatio {c.near_full_ratio:g})", c.safe_bytes)]
            lines += [f"  {label:{width}}{n / GB:>10.1f}{n / GIB:>10.1f}" for label, n in rows]
        lines.append(f"  {f'requested ({len(p.requests)} claim(s))':{width}}{p.requested_bytes / GB:>10.1f}"
                     f"{p.requested_bytes / GIB:>10.1f}")
        lines += [f"    {f'{r.namespace}/{r.name} ({r.source})':{width - 2}}{r.bytes / GB:>10.1f}{r.bytes / GIB:>10.1f}"
                  for r in p.requests]
        if c is not None:
            share = p.requested_bytes / c.safe_bytes if c.safe_bytes else float("inf")
            lines.append(f"  status: {'OVER safe capacity' if p.over else 'ok'}, {share:.0%} of safe capacity requested")
            lines += [f"  note: {note}" for note in c.notes]
        lines.append("")
    rows = pools(platform)
    for cluster in dict.fromkeys(r.cluster for r in rows):
        mine = [r for r in rows if r.cluster == cluster]
        lines.append(f"Pools of cluster {cluster} (each takes raw space on its OSDs; metadata and .mgr are small and"
                     " come on top of the claims)")
        name_width = max(len(r.pool) for r in mine) + 2
        for r in mine:
            where = f"device class {r.device_class}" if r.device_class else "all OSDs"
            lines.append(f"  {r.pool:{name_width}}{r.layout}, {r.failure_domain}, {where} ({len(r.osd_set)} OSDs):"
                         f" {r.role}")
        groups = {r.osd_set for r in mine}
        lines.append("  every pool uses the same OSDs" if len(groups) == 1 else
                     f"  the pools use {len(groups)} separate sets of OSDs")
        for names, share in shared_shares(platform):
            if names[0] in {p.storage_class for p in plans if p.capacity and p.capacity.cluster == cluster}:
                lines.append(f"  StorageClasses {', '.join(names)} share their OSDs: together {share:.0%} of safe"
                             " capacity requested")
        lines.append("")
    return "\n".join(lines)

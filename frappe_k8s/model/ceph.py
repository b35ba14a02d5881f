"""Typed props of a Rook Ceph cluster and the CephFS filesystems on it (no cdk8s).

One `CephClusterProps` holds its nodes, devices and filesystems; each `CephFilesystemProps`
renders a CephFilesystem (cluster mode), a StorageClass and a VolumeSnapshotClass. Checks that
need only one object run in its `__post_init__`; checks that span the cluster (failure domains,
pool names, mon count against nodes) run in `CephClusterProps.__post_init__` and name the
field by its dotted path inside the cluster (`filesystems.0.dataPools.1.replicated.size`).
Facts and sources: rook/rook v1.20.6 (deploy/examples, pkg/operator/ceph), ceph docs (erasure-code.rst,
mon-config-ref.rst) and ceph-csi.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks
from frappe_k8s.model.checks import quantity_bytes
from frappe_k8s.model.volumes import DELETE, RETAIN

DEFAULT_CEPH_IMAGE = "quay.io/ceph/ceph:v20.2.4"  # Rook v1.20.6's default (Ceph Tentacle)
DEFAULT_DATA_DIR = "/var/lib/rook"
DEFAULT_OPERATOR_NAMESPACE = "rook-ceph"
CSI_PROVISIONER_SECRET = "rook-csi-cephfs-provisioner"  # created by Rook (cluster mode) or the import script
CSI_NODE_SECRET = "rook-csi-cephfs-node"
NEAR_FULL_RATIO, BACKFILL_FULL_RATIO, FULL_RATIO = 0.85, 0.90, 0.95  # Ceph's defaults
FAILURE_DOMAINS = ("host", "osd")  # others (rack, zone) need node topology labels this version does not declare
BINDING_MODES = ("Immediate", "WaitForFirstConsumer")
DEVICE_PATH = re.compile(r"^/dev/[^\s/][^\s]*$")
DEVICE_CLASS = re.compile(r"^[a-z0-9][a-z0-9_-]{0,30}$")
PINNED_IMAGE = re.compile(r"^[^\s:@]+(:(?!latest$|latest@)[\w][\w.-]{0,127}(@sha256:[0-9a-f]{64})?|@sha256:[0-9a-f]{64})$")
FORBIDDEN_DATA_DIRS = ("/etc/ceph", "/rook", "/var/log/ceph")  # Rook refuses these and everything below
MIN_DEVICE_BYTES = 5 * 2**30  # ceph-volume skips smaller devices: "Insufficient space (<5GB)"
MON_NOTE = "an odd count keeps a majority when one monitor is lost (4 tolerates one loss, like 3)"


@dataclass(frozen=True)
class CephDevice:
    """A raw disk or partition (no filesystem, no partition table on a partition) that becomes one OSD."""

    name: str                           # absolute path: /dev/sda2, /dev/disk/by-id/...
    size: str                           # Kubernetes quantity: 150G = 150 GB (decimal, as sold), 139.7Gi binary
    device_class: Optional[str] = None  # CRUSH device class (hdd, ssd, nvme); default: Ceph detects it

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not DEVICE_PATH.match(self.name):
            raise SpecError("name", self.name, "is not an absolute device path",
                            "write the full path, such as /dev/sda2 or /dev/disk/by-id/ata-...-part2")
        checks.quantity("size", self.size)
        if self.size_bytes < MIN_DEVICE_BYTES:
            raise SpecError("size", self.size, "is below 5Gi, which ceph-volume skips (Insufficient space)",
                            "use a larger device or partition")
        if self.device_class is not None and not DEVICE_CLASS.match(str(self.device_class)):
            raise SpecError("device_class", self.device_class, "is not a CRUSH device class name",
                            "use lowercase letters, digits, '-' or '_', such as hdd, ssd or nvme")

    @property
    def size_bytes(self) -> int:
        return quantity_bytes(self.size)


@dataclass(frozen=True)
class CephNode:
    """A Kubernetes node whose listed devices become OSDs."""

    name: str                       # the node's kubernetes.io/hostname label
    devices: tuple[CephDevice, ...]

    def __post_init__(self) -> None:
        checks.dns_subdomain("name", self.name)
        if not self.devices:
            raise SpecError("devices", [], "a node in the cluster needs at least one device",
                            "list its raw disks or partitions, or remove the node")
        names = [d.name for d in self.devices]
        for i, name in enumerate(names):
            if name in names[:i]:
                raise SpecError(f"devices.{i}.name", name, "is listed twice on this node", "keep one entry")


@dataclass(frozen=True)
class Replicated:
    size: int = 3                          # copies, each on another failure domain
    require_safe_replica_size: bool = True  # Rook refuses size 1 unless this is false

    def __post_init__(self) -> None:
        if not isinstance(self.size, int) or not 1 <= self.size <= 9:
            raise SpecError("size", self.size, "must be between 1 and 9", "use 3, Ceph's default")
        if self.size == 1 and self.require_safe_replica_size:
            raise SpecError("size", self.size, "keeps a single copy, so losing one disk loses the data",
                            "use size 3, or set requireSafeReplicaSize: false for a test cluster")


@dataclass(frozen=True)
class ErasureCoded:
    data_chunks: int    # k
    coding_chunks: int  # m: chunks that may be lost

    def __post_init__(self) -> None:
        if not isinstance(self.data_chunks, int) or self.data_chunks < 2:
            raise SpecError("data_chunks", self.data_chunks, "must be at least 2", "use 2 or more (k)")
        if not isinstance(self.coding_chunks, int) or self.coding_chunks < 1:
            raise SpecError("coding_chunks", self.coding_chunks, "must be at least 1", "use 1 or more (m); 2 for production")


@dataclass(frozen=True)
class CephPool:
    """A Ceph pool: replicated (the default, size 3) or erasure coded, spread over a failure domain."""

    name: Optional[str] = None                 # data pools: required; the Ceph pool is "<filesystem>-<name>"
    replicated: Optional[Replicated] = None     # default: Replicated() unless erasure_coded is set
    erasure_coded: Optional[ErasureCoded] = None
    failure_domain: str = "host"               # each copy or chunk on another host (osd: another disk, test only)
    device_class: Optional[str] = None         # only OSDs of this class; default: all OSDs

    def __post_init__(self) -> None:
        if self.name is not None:
            checks.dns_label("name", self.name, max_length=40)
        if self.replicated is not None and self.erasure_coded is not None:
            raise SpecError("erasure_coded", "both", "a pool is either replicated or erasure coded",
                            "remove replicated or erasure_coded")
        checks.one_of("failure_domain", self.failure_domain, FAILURE_DOMAINS)
        if self.device_class is not None and not DEVICE_CLASS.match(str(self.device_class)):
            raise SpecError("device_class", self.device_class, "is not a CRUSH device class name",
                            "use lowercase letters, digits, '-' or '_', such as hdd, ssd or nvme")

    @property
    def replication(self) -> Optional[Replicated]:
        return None if self.erasure_coded else (self.replicated or Replicated())

    @property
    def width(self) -> int:
        """How many failure domains one object spans: size, or k+m."""
        ec = self.erasure_coded
        return ec.data_chunks + ec.coding_chunks if ec else self.replication.size

    @property
    def raw_used_rate(self) -> float:
        """Raw bytes written per byte stored: size, or (k+m)/k."""
        ec = self.erasure_coded
        return (ec.data_chunks + ec.coding_chunks) / ec.data_chunks if ec else float(self.replication.size)

    @property
    def layout(self) -> str:
        ec = self.erasure_coded
        return f"erasure coded {ec.data_chunks}+{ec.coding_chunks}" if ec else f"replicated {self.replication.size}x"


@dataclass(frozen=True)
class MetadataServer:
    active_count: int = 1       # active MDS daemons; Rook runs twice as many pods (the rest stand by)
    active_standby: bool = True  # standbys follow the journal (standby-replay) for a fast take-over

    def __post_init__(self) -> None:
        if not isinstance(self.active_count, int) or not 1 <= self.active_count <= 50:
            raise SpecError("active_count", self.active_count, "must be between 1 and 50", "use 1")


@dataclass(frozen=True)
class CephStorageClass:
    """The StorageClass of a filesystem: what claims name to get a CephFS subvolume."""

    name: Optional[str] = None          # default: the filesystem's name
    is_default: bool = False            # at most one default class in the whole platform
    reclaim_policy: str = RETAIN        # a deleted claim keeps its subvolume until an admin removes the PV
    allow_volume_expansion: bool = True
    volume_binding_mode: str = "Immediate"
    pool: Optional[str] = None          # cluster: a dataPools name (default: first erasure-coded, else first);
                                        # external: the provider's Ceph pool name (required)

    def __post_init__(self) -> None:
        if self.name is not None:
            checks.dns_subdomain("name", self.name)
        checks.one_of("reclaim_policy", self.reclaim_policy, (RETAIN, DELETE))
        checks.one_of("volume_binding_mode", self.volume_binding_mode, BINDING_MODES)


@dataclass(frozen=True)
class CephSnapshotClass:
    """The VolumeSnapshotClass of a filesystem, for CSI snapshots and Velero."""

    enabled: bool = True
    name: Optional[str] = None      # default: the StorageClass's name
    deletion_policy: str = DELETE   # delete the Ceph snapshot with its VolumeSnapshotContent
    is_default: bool = False        # snapshot.storage.kubernetes.io/is-default-class
    velero: bool = True             # label velero.io/csi-volumesnapshot-class, so Velero picks this class

    def __post_init__(self) -> None:
        if self.name is not None:
            checks.dns_subdomain("name", self.name)
        checks.one_of("deletion_policy", self.deletion_policy, (DELETE, RETAIN))


@dataclass(frozen=True)
class CephFilesystemProps:
    """A CephFS filesystem, its StorageClass and VolumeSnapshotClass.

    Cluster mode renders the CephFilesystem (and its `csi` SubVolumeGroup); external mode
    consumes a filesystem that exists on the provider cluster and renders only the classes.
    """

    name: str                                    # CephFilesystem name = the CSI fsName
    namespace: str = DEFAULT_OPERATOR_NAMESPACE  # the CephCluster's namespace, which is the CSI clusterID
    operator_namespace: str = DEFAULT_OPERATOR_NAMESPACE  # prefix of the CSI driver name
    external: bool = False
    metadata_pool: CephPool = field(default_factory=CephPool)  # replicated only
    data_pools: tuple[CephPool, ...] = ()        # cluster mode: at least one, the first replicated
    metadata_server: MetadataServer = field(default_factory=MetadataServer)
    sub_volume_group: bool = True                # render CephFilesystemSubVolumeGroup <fs>-csi (group "csi")
    storage_class: CephStorageClass = field(default_factory=CephStorageClass)
    snapshot_class: CephSnapshotClass = field(default_factory=CephSnapshotClass)
    csi_provisioner_secret: str = CSI_PROVISIONER_SECRET  # external mode: restricted users have other names
    csi_node_secret: str = CSI_NODE_SECRET

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name, max_length=40)
        checks.dns_label("namespace", self.namespace)
        checks.dns_label("operator_namespace", self.operator_namespace)
        for key in ("csi_provisioner_secret", "csi_node_secret"):
            checks.dns_subdomain(key, getattr(self, key))
        if self.external:
            if self.data_pools:
                raise SpecError("data_pools", [p.name for p in self.data_pools], "an external filesystem's pools live"
                                " on the provider cluster", "remove data_pools; name the provider pool in storage_class.pool")
            if not self.storage_class.pool:
                raise SpecError("storage_class.pool", None, "an external filesystem needs the provider's data pool",
                                "set it to the pool `ceph fs ls` lists as data pool, such as cephfs_data")
            return
        if (self.csi_provisioner_secret, self.csi_node_secret) != (CSI_PROVISIONER_SECRET, CSI_NODE_SECRET):
            raise SpecError("csi_provisioner_secret", self.csi_provisioner_secret, "in cluster mode Rook creates the"
                            f" CSI secrets {CSI_PROVISIONER_SECRET} and {CSI_NODE_SECRET}", "remove the secret names")
        if self.metadata_pool.erasure_coded is not None:
            raise SpecError("metadata_pool.erasure_coded", self.metadata_pool.layout, "CephFS metadata must be replicated",
                            "remove erasure_coded from the metadata pool; use it on a data pool")
        if self.metadata_pool.name is not None:
            raise SpecError("metadata_pool.name", self.metadata_pool.name, f"the metadata pool is always"
                            f" '{self.name}-metadata'", "remove the name")
        if not self.data_pools:
            raise SpecError("data_pools", [], "a filesystem needs at least one data pool",
                            "add one, such as {name: data0, replicated: {size: 3}}")
        names = [p.name for p in self.data_pools]
        for i, pool in enumerate(self.data_pools):
            if pool.name is None:
                raise SpecError(f"data_pools.{i}.name", None, "data pools need a name (Rook keeps their order by it)",
                                f"add name: data{i}")
            if pool.name in names[:i]:
                raise SpecError(f"data_pools.{i}.name", pool.name, "is a duplicate pool name in this filesystem",
                                "give every data pool its own name")
        if self.data_pools[0].erasure_coded is not None:
            raise SpecError("data_pools.0.erasure_coded", self.data_pools[0].layout, "the first (default) data pool must be replicated;"
                            " CephFS keeps file backtraces there", "add a small replicated pool first and put the"
                            " erasure-coded pool second")
        if self.storage_class.pool is not None and self.storage_class.pool not in names:
            raise SpecError("storage_class.pool", self.storage_class.pool, "is not one of this filesystem's data pools",
                            "use one of " + ", ".join(names))

    @property
    def storage_class_name(self) -> str:
        return self.storage_class.name or self.name

    @property
    def snapshot_class_name(self) -> str:
        return self.snapshot_class.name or self.storage_class_name

    @property
    def driver(self) -> str:
        """The CephFS CSI driver: `<operator namespace>.cephfs.csi.ceph.com` (the provisioner and VSC driver)."""
        return f"{self.operator_namespace}.cephfs.csi.ceph.com"

    @property
    def cluster_id(self) -> str:
        return self.namespace

    @property
    def metadata_pool_name(self) -> str:
        return f"{self.name}-metadata"

    @property
    def class_pool(self) -> Optional[CephPool]:
        """The data pool the StorageClass writes to (None in external mode)."""
        if self.external:
            return None
        if self.storage_class.pool:
            return next(p for p in self.data_pools if p.name == self.storage_class.pool)
        return next((p for p in self.data_pools if p.erasure_coded), self.data_pools[0])

    @property
    def class_pool_name(self) -> str:
        """The Ceph pool name the StorageClass's `pool` parameter carries."""
        if self.external:
            return str(self.storage_class.pool)
        return f"{self.name}-{self.class_pool.name}"

    @property
    def pools(self) -> tuple[tuple[str, CephPool], ...]:
        """(Ceph pool name, pool) of every pool of the filesystem, metadata first."""
        return ((self.metadata_pool_name, self.metadata_pool),
                *((f"{self.name}-{p.name}", p) for p in self.data_pools))


@dataclass(frozen=True)
class Mon:
    count: int = 3                       # odd, 1..9; one per node
    allow_multiple_per_node: bool = False  # test clusters only

    def __post_init__(self) -> None:
        if not isinstance(self.count, int) or not 1 <= self.count <= 9:
            raise SpecError("count", self.count, "must be between 1 and 9", "use 3 (5 with five or more nodes)")
        if self.count % 2 == 0:
            raise SpecError("count", self.count, "is even; " + MON_NOTE, f"use {self.count - 1} or {self.count + 1}")


@dataclass(frozen=True)
class Mgr:
    count: int = 2                       # one active, one standby
    allow_multiple_per_node: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.count, int) or not 1 <= self.count <= 2:
            raise SpecError("count", self.count, "must be 1 or 2", "use 2 (active and standby)")


@dataclass(frozen=True)
class CephClusterProps:
    """A Rook CephCluster: cluster mode (OSDs on listed devices) or external mode (an existing Ceph)."""

    name: str
    namespace: str = DEFAULT_OPERATOR_NAMESPACE   # the operator's namespace; also the CSI clusterID
    external: bool = False                       # connect to an existing cluster; its secrets are imported
    ceph_image: str = DEFAULT_CEPH_IMAGE         # cluster mode; pinned by tag or digest
    data_dir_host_path: str = DEFAULT_DATA_DIR   # cluster mode; immutable
    mon: Mon = field(default_factory=Mon)
    mgr: Mgr = field(default_factory=Mgr)
    dashboard: bool = True                       # the Ceph dashboard, with TLS
    crash_collector: bool = True                 # collect daemon crash reports
    full_ratio: float = FULL_RATIO               # OSDs stop accepting writes
    backfill_full_ratio: float = BACKFILL_FULL_RATIO  # OSDs stop accepting backfill
    near_full_ratio: float = NEAR_FULL_RATIO     # HEALTH_WARN OSD_NEARFULL
    nodes: tuple[CephNode, ...] = ()             # cluster mode: the nodes and devices that become OSDs
    filesystems: tuple[CephFilesystemProps, ...] = ()

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        for i, fs in enumerate(self.filesystems):
            if (fs.namespace, fs.external) != (self.namespace, self.external):
                raise SpecError(f"filesystems.{i}.namespace", fs.namespace, "differs from its cluster's namespace"
                                " or mode", "build filesystems with the cluster's namespace and external flag")
            if fs.name in [f.name for f in self.filesystems[:i]]:
                raise SpecError(f"filesystems.{i}.name", fs.name, "is a second filesystem of that name",
                                "give every filesystem its own name")
        if self.external:
            if self.nodes:
                raise SpecError("nodes", [n.name for n in self.nodes], "an external cluster has no OSDs here",
                                "remove nodes (they belong to the provider cluster)")
            return
        self._check_cluster_mode()

    # --- cluster mode ---------------------------------------------------------------------------

    def _check_cluster_mode(self) -> None:
        if not isinstance(self.ceph_image, str) or not PINNED_IMAGE.match(self.ceph_image):
            raise SpecError("ceph_image", self.ceph_image, "is not pinned to a version",
                            f"use a tag or digest, such as {DEFAULT_CEPH_IMAGE}")
        path = self.data_dir_host_path
        if not isinstance(path, str) or not path.startswith("/") or path.rstrip("/") == "" or any(
                path.rstrip("/") == d or path.startswith(d + "/") for d in FORBIDDEN_DATA_DIRS):
            raise SpecError("data_dir_host_path", path, "must be an absolute host path outside /etc/ceph, /rook and"
                            " /var/log/ceph", f"use {DEFAULT_DATA_DIR}")
        ratios = (self.near_full_ratio, self.backfill_full_ratio, self.full_ratio)
        if not all(isinstance(r, (int, float)) for r in ratios) or not 0 < ratios[0] < ratios[1] < ratios[2] <= 0.95:
            raise SpecError("full_ratio", list(ratios), "needs 0 < nearFullRatio < backfillFullRatio < fullRatio <= 0.95"
                            " (Ceph raises OSD_OUT_OF_ORDER_FULL otherwise)", "use 0.85, 0.90 and 0.95, the defaults")
        if not self.nodes:
            raise SpecError("nodes", [], "a cluster-mode cluster needs nodes with devices",
                            "list the nodes and their raw disks or partitions, or set external.enable: true")
        names = [n.name for n in self.nodes]
        for i, name in enumerate(names):
            if name in names[:i]:
                raise SpecError(f"nodes.{i}.name", name, "is listed twice", "merge its devices into one entry")
        for daemon, spec in (("mon", self.mon), ("mgr", self.mgr)):
            if spec.count > len(self.nodes) and not spec.allow_multiple_per_node:
                raise SpecError(f"{daemon}.count", spec.count, f"Rook cannot start {spec.count} {daemon}s on"
                                f" {len(self.nodes)} node(s) when allowMultiplePerNode is false",
                                f"use at most {len(self.nodes)}, or add nodes")
        self._check_pools()

    def _check_pools(self) -> None:
        classes = {pool.device_class for fs in self.filesystems for _, pool in fs.pools}
        if len(classes) > 1 and None in classes:
            raise SpecError("filesystems", sorted(map(str, classes)), "device_class is set on some pools and not on others; the"
                            " pools without one would overlap the others' OSDs", "set device_class on every pool or"
                            " on none")
        for i, fs in enumerate(self.filesystems):
            for j, (key, pool) in enumerate([("metadata_pool", fs.metadata_pool)] +
                                            [(f"data_pools.{k}", p) for k, p in enumerate(fs.data_pools)]):
                where = f"filesystems.{i}.{key}"
                domains = self.failure_domains(pool)
                need = pool.width
                if len(domains) < need:
                    what = "replicated.size" if pool.erasure_coded is None else "erasure_coded"
                    kind = f"{pool.device_class} " if pool.device_class else ""
                    raise SpecError(f"{where}.{what}", need if pool.erasure_coded is None else pool.layout,
                                    f"needs {need} failure domains ({pool.failure_domain}) with {kind}devices, the"
                                    f" cluster has {len(domains)}" + (f" ({', '.join(sorted(domains))})" if domains else ""),
                                    "add nodes or devices, lower the size, or use failure_domain: osd (test clusters)")
            servers = fs.metadata_server
            if 2 * servers.active_count > len(self.nodes):
                raise SpecError(f"filesystems.{i}.metadata_server.active_count", servers.active_count,
                                f"Rook runs {2 * servers.active_count} MDS pods, one per node, on {len(self.nodes)}"
                                " node(s)", f"use at most {len(self.nodes) // 2}, or add nodes")
        seen: dict[str, str] = {}
        for i, fs in enumerate(self.filesystems):
            for pool_name, _ in fs.pools:
                if pool_name in seen:
                    raise SpecError(f"filesystems.{i}.name", fs.name, f"its Ceph pool '{pool_name}' is also a pool"
                                    f" of filesystem '{seen[pool_name]}'", "rename a filesystem or a data pool")
                seen[pool_name] = fs.name

    def osds(self, device_class: Optional[str] = None) -> list[tuple[str, CephDevice]]:
        """(node name, device) of every OSD, or only of one device class."""
        return [(node.name, d) for node in self.nodes for d in node.devices
                if device_class is None or d.device_class == device_class]

    def failure_domains(self, pool: CephPool) -> dict[str, int]:
        """Failure domain -> bytes of the OSDs a pool may use in it."""
        domains: dict[str, int] = {}
        for node, device in self.osds(pool.device_class):
            key = node if pool.failure_domain == "host" else f"{node}:{device.name}"
            domains[key] = domains.get(key, 0) + device.size_bytes
        return domains


@dataclass(frozen=True)
class RookSettings:
    """The Rook operator the clusters share (rendered only when there is a cluster)."""

    operator_namespace: str = DEFAULT_OPERATOR_NAMESPACE  # also the CephCluster's namespace and the CSI driver prefix
    snapshot_controller: bool = True  # install the CSI snapshot controller and CRDs (k3s/RKE2 may ship their own)

    def __post_init__(self) -> None:
        checks.dns_label("operator_namespace", self.operator_namespace)

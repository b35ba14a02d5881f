"""Typed props of a Rook Ceph cluster and the CephFS filesystems on it (no cdk8s).

One `CephClusterProps` holds its nodes, devices, filesystems and RBD block pools; each `CephFilesystemProps`
renders a CephFilesystem (cluster mode), a StorageClass and a VolumeSnapshotClass, each `CephBlockPoolProps` a
CephBlockPool (cluster mode), a StorageClass and a VolumeSnapshotClass. Checks that need only one object run in
its `__post_init__`; checks that span the cluster (failure domains per device class, pool names, mon count
against nodes) run in `CephClusterProps.__post_init__` and name the field by its dotted path inside the cluster
(`filesystems.0.dataPools.1.replicated.size`). Facts: Rook v1.20.6 deploy/examples (filesystem.yaml,
csi/rbd/storageclass.yaml, csi/rbd/snapshotclass.yaml, pool-builtin-mgr.yaml) and CephCluster CRD docs.
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
RBD_PROVISIONER_SECRET = "rook-csi-rbd-provisioner"  # the same for RBD (pkg/operator/ceph/csi/secrets.go)
RBD_NODE_SECRET = "rook-csi-rbd-node"
MGR_POOL, MGR_POOL_OBJECT = ".mgr", "builtin-mgr"  # Rook's pool-builtin-mgr.yaml: the CR name, and spec.name
# RBD image features ceph-csi maps with the kernel client; `layering` alone works on every kernel, the others need
# Linux 5.4 or later (Rook v1.20.6 deploy/examples/csi/rbd/storageclass.yaml)
RBD_IMAGE_FEATURES = ("layering", "exclusive-lock", "object-map", "fast-diff", "deep-flatten", "journaling")
CEPH_POOL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # a provider's pool name (external mode)
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


class CephClass:
    """What a filesystem and a block pool share as the source of a StorageClass and VolumeSnapshotClass: the names of
    both classes, their CSI driver `<operator namespace>.<DRIVER>.csi.ceph.com` (the provisioner and the snapshot
    class's driver) and the clusterID (the CephCluster's namespace)."""

    DRIVER = ""  # cephfs or rbd

    @property
    def storage_class_name(self) -> str:
        return self.storage_class.name or self.name

    @property
    def snapshot_class_name(self) -> str:
        return self.snapshot_class.name or self.storage_class_name

    @property
    def driver(self) -> str:
        return f"{self.operator_namespace}.{self.DRIVER}.csi.ceph.com"

    @property
    def cluster_id(self) -> str:
        return self.namespace

    def _check_secrets(self, rooks: tuple[str, str]) -> None:
        """The CSI secret names: valid names, and in cluster mode the ones Rook creates (`rooks`)."""
        for key in ("csi_provisioner_secret", "csi_node_secret"):
            checks.dns_subdomain(key, getattr(self, key))
        if not self.external and (self.csi_provisioner_secret, self.csi_node_secret) != rooks:
            raise SpecError("csi_provisioner_secret", self.csi_provisioner_secret, "in cluster mode Rook creates the"
                            f" CSI secrets {rooks[0]} and {rooks[1]}", "remove the secret names")


@dataclass(frozen=True)
class CephFilesystemProps(CephClass):
    """A CephFS filesystem, its StorageClass and VolumeSnapshotClass.

    Cluster mode renders the CephFilesystem (and its `csi` SubVolumeGroup); external mode
    consumes a filesystem that exists on the provider cluster and renders only the classes.
    """

    DRIVER = "cephfs"

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
        self._check_secrets((CSI_PROVISIONER_SECRET, CSI_NODE_SECRET))
        if self.external:
            if self.data_pools:
                raise SpecError("data_pools", [p.name for p in self.data_pools], "an external filesystem's pools live"
                                " on the provider cluster", "remove data_pools; name the provider pool in storage_class.pool")
            if not self.storage_class.pool:
                raise SpecError("storage_class.pool", None, "an external filesystem needs the provider's data pool",
                                "set it to the pool `ceph fs ls` lists as data pool, such as cephfs_data")
            return
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
class CephBlockPoolProps(CephClass):
    """An RBD block pool, its StorageClass and VolumeSnapshotClass: ReadWriteOnce volumes for databases and queues.

    Cluster mode renders the CephBlockPool (the Ceph pool is named like it); external mode consumes a pool of the
    provider cluster (the exporter's `--rbd-data-pool-name`) and renders only the classes.
    """

    DRIVER = "rbd"

    name: str                                    # CephBlockPool name = Ceph pool name (external: the provider's)
    namespace: str = DEFAULT_OPERATOR_NAMESPACE  # the CephCluster's namespace, which is the CSI clusterID
    operator_namespace: str = DEFAULT_OPERATOR_NAMESPACE  # prefix of the CSI driver name
    external: bool = False
    pool: CephPool = field(default_factory=CephPool)  # cluster mode: replicated, spread over a failure domain
    storage_class: CephStorageClass = field(default_factory=CephStorageClass)
    snapshot_class: CephSnapshotClass = field(default_factory=CephSnapshotClass)
    image_features: tuple[str, ...] = ("layering",)  # what every kernel maps; Linux 5.4+ takes all of them
    csi_provisioner_secret: str = RBD_PROVISIONER_SECRET  # external mode: restricted users have other names
    csi_node_secret: str = RBD_NODE_SECRET

    def __post_init__(self) -> None:
        if self.external:
            if not isinstance(self.name, str) or not CEPH_POOL_NAME.match(self.name):
                raise SpecError("name", self.name, "is not a Ceph pool name", "write the pool `ceph osd lspools` lists")
        else:
            checks.dns_label("name", self.name)
            if self.name == MGR_POOL_OBJECT:
                raise SpecError("name", self.name, "is the CephBlockPool of Ceph's .mgr pool",
                                "name the block pool otherwise, such as replicapool")
        checks.dns_label("namespace", self.namespace)
        checks.dns_label("operator_namespace", self.operator_namespace)
        self._check_secrets((RBD_PROVISIONER_SECRET, RBD_NODE_SECRET))
        if self.storage_class.name is None:
            try:
                checks.dns_subdomain("storage_class.name", self.name)
            except SpecError:
                raise SpecError("storage_class.name", None, f"the pool name '{self.name}' is no StorageClass name",
                                "set storage_class.name") from None
        if self.storage_class.pool is not None:
            raise SpecError("storage_class.pool", self.storage_class.pool, "a block pool's class writes to the pool"
                            " itself", "remove storage_class.pool")
        features = self.image_features
        if not isinstance(features, tuple) or not features or "layering" not in features:
            raise SpecError("image_features", features, "must list layering (ceph-csi clones and snapshots need it)",
                            "use [layering], or all of " + ", ".join(RBD_IMAGE_FEATURES) + " on Linux 5.4 or later")
        for feature in features:
            checks.one_of("image_features", feature, RBD_IMAGE_FEATURES)
        if self.external:
            if self.pool != CephPool():
                raise SpecError("pool", self.pool.layout, "an external pool's layout lives on the provider cluster",
                                "remove replicated, failureDomain and deviceClass")
            return
        if self.pool.erasure_coded is not None:
            raise SpecError("erasure_coded", self.pool.layout, "an erasure-coded RBD pool needs a replicated pool for"
                            " the image metadata as well, which this version does not render",
                            "use replicated: {size: 3}")

    @property
    def class_pool(self) -> Optional[CephPool]:
        return None if self.external else self.pool

    @property
    def class_pool_name(self) -> str:
        return self.name

    @property
    def pools(self) -> tuple[tuple[str, CephPool], ...]:
        return ((self.name, self.pool),)


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
    block_pools: tuple[CephBlockPoolProps, ...] = ()  # RBD pools with their classes (ReadWriteOnce volumes)
    mgr_pool: Optional[CephPool] = None          # cluster mode: Ceph's own .mgr pool; default: like the first
                                                 # filesystem's metadata pool, else the first block pool

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        for key, items in (("filesystems", self.filesystems), ("block_pools", self.block_pools)):
            for i, item in enumerate(items):
                if (item.namespace, item.external) != (self.namespace, self.external):
                    raise SpecError(f"{key}.{i}.namespace", item.namespace, "differs from its cluster's namespace"
                                    " or mode", f"build {key} with the cluster's namespace and external flag")
                if item.name in [other.name for other in items[:i]]:
                    raise SpecError(f"{key}.{i}.name", item.name, "is used twice", "give each its own name")
        if self.external:
            if self.nodes or self.mgr_pool is not None:
                raise SpecError("nodes", [n.name for n in self.nodes], "an external cluster has no OSDs or pools of"
                                " its own here", "remove nodes and mgr_pool (they belong to the provider cluster)")
            return
        if self.mgr_pool is not None and self.mgr_pool.erasure_coded is not None:
            raise SpecError("mgr_pool.erasure_coded", self.mgr_pool.layout, "Ceph's .mgr pool must be replicated",
                            "use replicated: {size: 3}")
        if self.mgr_pool is not None and self.mgr_pool.name is not None:
            raise SpecError("mgr_pool.name", self.mgr_pool.name, f"the pool is always '{MGR_POOL}'", "remove the name")
        self._check_cluster_mode()

    @property
    def effective_mgr_pool(self) -> CephPool:
        """The .mgr pool's layout: given, or the first filesystem's metadata pool's, or the first block pool's. Rook
        renders it as the CephBlockPool `builtin-mgr` (deploy/examples/pool-builtin-mgr.yaml), so that it has a
        device class like every other pool instead of spreading over all OSDs."""
        if self.mgr_pool is not None:
            return self.mgr_pool
        if self.filesystems:
            return self.filesystems[0].metadata_pool
        return self.block_pools[0].pool if self.block_pools else CephPool()

    @property
    def pools(self) -> tuple[tuple[str, str, CephPool], ...]:
        """(field path, Ceph pool name, pool) of every pool the cluster renders: filesystems, block pools, .mgr."""
        out = []
        for i, fs in enumerate(self.filesystems):
            out.append((f"filesystems.{i}.metadata_pool", fs.metadata_pool_name, fs.metadata_pool))
            out += [(f"filesystems.{i}.data_pools.{j}", f"{fs.name}-{p.name}", p) for j, p in enumerate(fs.data_pools)]
        out += [(f"block_pools.{i}", b.name, b.pool) for i, b in enumerate(self.block_pools)]
        if not self.external:
            out.append(("mgr_pool", MGR_POOL, self.effective_mgr_pool))
        return tuple(out)

    @property
    def classes(self) -> tuple[CephClass, ...]:
        """Every CephFilesystemProps and CephBlockPoolProps of the cluster: what renders a StorageClass."""
        return (*self.filesystems, *self.block_pools)

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
        pools = self.pools
        classes = {pool.device_class for _, _, pool in pools}
        if len(classes) > 1 and None in classes:
            where = next(key for key, _, pool in pools if pool.device_class is None)
            raise SpecError("filesystems" if where.startswith("filesystems") else where.split(".")[0],
                            sorted(map(str, classes)), "device_class is set on some pools and not on others (here:"
                            f" {where}); the pools without one would overlap the others' OSDs", "set device_class on"
                            " every pool (mgr_pool included) or on none")
        known = {d.device_class for _, d in self.osds()}
        for where, _, pool in pools:
            domains = self.failure_domains(pool)
            need = pool.width
            if len(domains) < need:
                what = "replicated.size" if pool.erasure_coded is None else "erasure_coded"
                kind = f"{pool.device_class} " if pool.device_class else ""
                unknown = ("; devices without deviceClass get the class Ceph detects (hdd, ssd or nvme), which is not"
                           " known here" if pool.device_class and None in known else "")
                raise SpecError(f"{where}.{what}", need if pool.erasure_coded is None else pool.layout,
                                f"needs {need} failure domains ({pool.failure_domain}) with {kind}devices, the"
                                f" cluster has {len(domains)}" + (f" ({', '.join(sorted(domains))})" if domains else "")
                                + unknown, "add nodes or devices, set deviceClass on the devices that have it, lower"
                                " the size, or use failure_domain: osd (test clusters)")
        for i, fs in enumerate(self.filesystems):
            servers = fs.metadata_server
            if 2 * servers.active_count > len(self.nodes):
                raise SpecError(f"filesystems.{i}.metadata_server.active_count", servers.active_count,
                                f"Rook runs {2 * servers.active_count} MDS pods, one per node, on {len(self.nodes)}"
                                " node(s)", f"use at most {len(self.nodes) // 2}, or add nodes")
        seen: dict[str, str] = {}
        for key, items, what in (("filesystems", self.filesystems, "filesystem"),
                                 ("block_pools", self.block_pools, "block pool")):
            for i, item in enumerate(items):
                for pool_name, _ in item.pools:
                    if pool_name in seen or pool_name == MGR_POOL:
                        raise SpecError(f"{key}.{i}.name", item.name, f"its Ceph pool '{pool_name}' is also a pool"
                                        f" of {seen.get(pool_name, 'Ceph itself')}", f"rename the {what} or a pool")
                    seen[pool_name] = f"{what} '{item.name}'"

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
    snapshot_controller: Optional[bool] = None  # install the CSI snapshot controller and CRDs; default: unless
                                                # cluster.distribution ships them (Platform.snapshot_controller)

    def __post_init__(self) -> None:
        checks.dns_label("operator_namespace", self.operator_namespace)

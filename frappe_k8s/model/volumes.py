"""Typed props of RwxVolume and its storage backends.

Plain frozen dataclasses with no cdk8s import, so the platform.yaml loader can build
them and the RwxVolume construct can consume them without either knowing the other.
Every default lives here, next to the field it belongs to.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Optional, Union

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks

READ_WRITE_MANY, READ_WRITE_ONCE, READ_ONLY_MANY = "ReadWriteMany", "ReadWriteOnce", "ReadOnlyMany"
ACCESS_MODES = (READ_WRITE_MANY, READ_WRITE_ONCE, READ_ONLY_MANY)
RETAIN, DELETE = "Retain", "Delete"

EFS_DRIVER = "efs.csi.aws.com"
NFS_DRIVER = "nfs.csi.k8s.io"
EFS_FILE_SYSTEM_ID = re.compile(r"^fs-[0-9a-f]{8,40}$")
EFS_ACCESS_POINT_ID = re.compile(r"^fsap-[0-9a-f]{8,40}$")
OCTAL_MODE = re.compile(r"^0?[0-7]{3}$")

VERIFY_JOB_SUFFIX = "-verify-rwx"  # Job names become a label value, so name + suffix <= 63
VERIFY_CLAIM_SIZE = "1Gi"          # the throwaway claim of the check (named like the Job): it writes a few bytes
DEFAULT_VERIFY_IMAGE = "busybox:1.37.0"  # needs only `sh`; pin by tag or digest
EFS_BASE_PATH_MAX = 100 - len("/pvc-00000000-0000-0000-0000-000000000000")  # the driver appends /<PV name>


@dataclass(frozen=True)
class ExistingStorageClass:
    """Claim from a StorageClass that exists in the cluster or is rendered elsewhere (e.g. CephFS)."""

    name: str

    def __post_init__(self) -> None:
        checks.dns_subdomain("storage_class", self.name)


@dataclass(frozen=True)
class EfsDynamic:
    """AWS EFS with dynamic provisioning: renders a StorageClass that creates one access point per claim.

    Every dynamic EFS volume is written with the access point's POSIX identity (uid/gid, or a gid
    from the range), whatever the pod's runAsUser or fsGroup says.
    """

    file_system_id: str
    storage_class_name: Optional[str] = None  # default: "<volume name>-efs"
    directory_perms: str = "700"              # mode of the access point's root directory
    base_path: Optional[str] = None           # default: the file system root
    uid: Optional[int] = None                 # default: the driver allocates a gid from the range, used as uid too
    gid: Optional[int] = None
    gid_range_start: Optional[int] = None     # default: driver's 50000
    gid_range_end: Optional[int] = None       # default: driver's 60000

    def __post_init__(self) -> None:
        _efs_file_system_id(self.file_system_id)
        if self.storage_class_name is not None:
            checks.dns_subdomain("storage_class_name", self.storage_class_name)
        if not isinstance(self.directory_perms, str) or not OCTAL_MODE.match(self.directory_perms):
            raise SpecError("directory_perms", self.directory_perms, "is not an octal file mode",
                            'quote a mode such as "700" or "775"')
        if self.base_path is not None and (not self.base_path.startswith("/") or len(self.base_path) > EFS_BASE_PATH_MAX
                                           or self.base_path.rstrip("/").count("/") > 3):
            raise SpecError("base_path", self.base_path, f"must be absolute, at most 3 directories deep and"
                            f" {EFS_BASE_PATH_MAX} characters (the access point root adds /<PV name>, and EFS allows"
                            " 100 characters and 4 directories)", "use a short path such as /sbd")
        for field in ("uid", "gid", "gid_range_start", "gid_range_end"):
            value = getattr(self, field)
            if value is not None and (not isinstance(value, int) or value < 0):
                raise SpecError(field, value, "must be a non-negative integer", "use a POSIX id such as 1000")
        if (self.gid_range_start is None) != (self.gid_range_end is None):
            raise SpecError("gid_range_start", self.gid_range_start,
                            "gid_range_start and gid_range_end go together (the driver rejects one alone)",
                            "set both or neither")
        if self.gid_range_start is not None and not 0 < self.gid_range_start < self.gid_range_end:
            raise SpecError("gid_range_end", self.gid_range_end,
                            f"must be greater than gid_range_start ({self.gid_range_start}), which must be > 0",
                            "use a range such as 50000..60000")


@dataclass(frozen=True)
class EfsStatic:
    """AWS EFS with static provisioning: renders a PersistentVolume for an existing file system.

    The claim is pre-bound to that volume (both sides use the empty storage class), so it can
    never fall through to a dynamic provisioner by accident.
    """

    file_system_id: str
    access_point_id: Optional[str] = None  # default: mount the file system (or `path`) directly
    path: Optional[str] = None             # default: the file system root
    encrypt_in_transit: bool = True        # the driver's default; False only on trusted networks

    def __post_init__(self) -> None:
        _efs_file_system_id(self.file_system_id)
        if self.access_point_id is not None and not EFS_ACCESS_POINT_ID.match(str(self.access_point_id)):
            raise SpecError("access_point_id", self.access_point_id, "is not an EFS access point id",
                            "use the id AWS shows, 'fsap-' followed by 8 to 40 hex digits")
        if self.path is not None and not str(self.path).startswith("/"):
            raise SpecError("path", self.path, "must be an absolute path inside the file system", "use /dir")

    @property
    def volume_handle(self) -> str:
        """`fs-id[:path][:fsap-id]`, the driver's classic handle grammar."""
        parts = [self.file_system_id, self.path or "", self.access_point_id or ""]
        while parts and not parts[-1]:
            parts.pop()
        return ":".join(parts)


@dataclass(frozen=True)
class NfsDynamic:
    """NFS through csi-driver-nfs, dynamic: renders a StorageClass that makes a sub-directory per claim."""

    server: str
    share: str
    sub_dir: Optional[str] = None              # default: the PV name; may use ${pvc.metadata.namespace} etc.
    mount_options: tuple[str, ...] = ("nfsvers=4.1",)
    mount_permissions: Optional[str] = None    # default: no chmod after mount
    on_delete: str = "retain"                  # keep the directory when the volume is deleted
    storage_class_name: Optional[str] = None   # default: "<volume name>-nfs"

    def __post_init__(self) -> None:
        _nfs_common(self)
        checks.one_of("on_delete", self.on_delete, ("retain", "delete", "archive"))
        if self.storage_class_name is not None:
            checks.dns_subdomain("storage_class_name", self.storage_class_name)


@dataclass(frozen=True)
class NfsStatic:
    """NFS through csi-driver-nfs, static: renders a PersistentVolume for an existing export directory."""

    server: str
    share: str
    sub_dir: Optional[str] = None              # default: the share itself
    mount_options: tuple[str, ...] = ("nfsvers=4.1",)
    mount_permissions: Optional[str] = None    # default: no chmod after mount

    def __post_init__(self) -> None:
        _nfs_common(self)
        if self.sub_dir and "${" in self.sub_dir:
            raise SpecError("sub_dir", self.sub_dir, "uses a template, which only dynamic provisioning expands",
                            "write the literal directory, or use provisioning: dynamic")

    @property
    def export_path(self) -> str:  # sub_dir is relative and never climbs out of the share (checked above)
        return posixpath.join(self.share, self.sub_dir) if self.sub_dir else self.share

    @property
    def volume_handle(self) -> str:
        """`server#share#subDir`, unique per directory as the driver asks."""
        return f"{self.server}#{self.share}#{self.sub_dir or ''}"


@dataclass(frozen=True)
class CephfsStatic:
    """A folder that already exists on a CephFS filesystem (seed 004's /mnt/cephfs/odoo_backups), mounted through a
    static PersistentVolume: a dynamic claim would be a new, empty subvolume.

    ceph-csi mounts `rootPath` of `fs_name` with the node user's key when `staticVolume: "true"`; it never creates,
    resizes, snapshots or deletes a static volume (ceph-csi docs/static-pvc.md, internal/cephfs/store/
    volumeoptions.go NewVolumeOptionsFromStaticVolume). The loader fills the cluster's values in from
    storage.cephClusters.
    """

    fs_name: str                      # the CephFS filesystem (external: as `ceph fs ls` names it)
    root_path: str                    # the folder inside it: /odoo_backups, or `ceph fs subvolume getpath` output
    cluster_id: str = "rook-ceph"     # the CephCluster's namespace
    driver: str = "rook-ceph.cephfs.csi.ceph.com"
    node_secret: str = "rook-csi-cephfs-node"  # needs userID and userKey: a static volume mounts as that user
    node_secret_namespace: str = "rook-ceph"

    def __post_init__(self) -> None:
        checks.dns_label("fs_name", self.fs_name)
        path = self.root_path
        if not isinstance(path, str) or not path.startswith("/") or path.rstrip("/") == "" \
                or ".." in path.split("/") or any(c.isspace() for c in path):
            raise SpecError("root_path", path, "must be an absolute folder inside the filesystem, not its root",
                            "write the folder as mounted under the filesystem's root, such as /odoo_backups")
        for key in ("cluster_id", "node_secret_namespace"):
            checks.dns_label(key, getattr(self, key))
        checks.dns_subdomain("node_secret", self.node_secret)

    @property
    def volume_handle(self) -> str:
        """Any unique string names a static CephFS volume; the cluster, filesystem and folder are unique."""
        return f"{self.cluster_id}:{self.fs_name}:{self.root_path.rstrip('/')}"


Backend = Union[ExistingStorageClass, EfsDynamic, EfsStatic, NfsDynamic, NfsStatic, CephfsStatic]
RENDERS_STORAGE_CLASS = (EfsDynamic, NfsDynamic)
RENDERS_PERSISTENT_VOLUME = (EfsStatic, NfsStatic, CephfsStatic)


@dataclass(frozen=True)
class RwxVolumeProps:
    """A shared volume: one PersistentVolumeClaim that pods on many nodes mount read-write."""

    name: str                        # the PersistentVolumeClaim's name
    namespace: str
    backend: Backend
    size: str = "10Gi"               # a Kubernetes quantity; EFS and NFS do not enforce it, CephFS does
    access_modes: tuple[str, ...] = (READ_WRITE_MANY,)
    allow_read_write_once: bool = False  # must be True for ReadWriteOnce: every pod must then share a node
    reclaim_policy: Optional[str] = None  # default Retain, for the StorageClass or PV this volume renders
    verify: bool = False             # render a Job that proves two nodes can share a volume of this kind
    verify_image: str = DEFAULT_VERIFY_IMAGE
    verify_uid: Optional[int] = 1000  # uid/gid/fsGroup of the verification pods (Frappe's uid); None: the ones
                                      # admission assigns (OpenShift's restricted-v2 refuses fixed ids)

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        checks.dns_label("namespace", self.namespace)
        checks.quantity("size", self.size)
        modes = self.access_modes
        if not isinstance(modes, tuple) or not modes or len(set(modes)) != len(modes):
            raise SpecError("access_modes", modes, "must be a non-empty list without repeats",
                            "use [ReadWriteMany], the default")
        for mode in modes:
            checks.one_of("access_modes", mode, ACCESS_MODES)
        if READ_WRITE_ONCE in modes and not self.allow_read_write_once:
            raise SpecError("access_modes", list(modes),
                            "ReadWriteOnce makes every pod that mounts the volume share one node",
                            "use ReadWriteMany on an RWX class (CephFS, EFS, NFS), or set"
                            " allow_read_write_once: true if one node is really what you want")
        if self.reclaim_policy is not None:
            checks.one_of("reclaim_policy", self.reclaim_policy, (RETAIN, DELETE))
            if isinstance(self.backend, ExistingStorageClass):
                raise SpecError("reclaim_policy", self.reclaim_policy,
                                f"is decided by the existing StorageClass '{self.backend.name}', not by this volume",
                                "remove reclaim_policy, or set it on that StorageClass")
            if isinstance(self.backend, RENDERS_PERSISTENT_VOLUME) and self.reclaim_policy != RETAIN:
                raise SpecError("reclaim_policy", self.reclaim_policy, "a statically provisioned volume has no"
                                " provisioner to delete it, so a released PV would only turn Failed",
                                "remove reclaim_policy (Retain is the default)")
        if self.verify:
            if READ_WRITE_MANY not in modes:
                raise SpecError("verify", self.verify, "the verification Job writes from two pods on two nodes,"
                                " which needs ReadWriteMany", "add ReadWriteMany to access_modes, or set verify: false")
            checks.dns_label("name", self.name, max_length=63 - len(VERIFY_JOB_SUFFIX))
            if isinstance(self.backend, (NfsStatic, CephfsStatic)) and self.verify_uid is None:
                raise SpecError("verify", self.verify, "a static volume has no class to make a throwaway claim of, so"
                                " the check would mount the volume itself, and the fsGroup admission assigns"
                                " (OpenShift) would re-group every file on it", "verify a dynamic volume of the same"
                                " driver instead, or remove verify")
        if self.verify_uid is not None and (not isinstance(self.verify_uid, int) or self.verify_uid <= 0):
            raise SpecError("verify_uid", self.verify_uid, "must be a positive uid (the pods run as non-root)",
                            "use 1000, Frappe's uid")

    @property
    def verify_on_throwaway_claim(self) -> bool:
        """A dynamic class can make a claim of its own for the check; a static volume has no class to make one."""
        return not isinstance(self.backend, RENDERS_PERSISTENT_VOLUME)

    @property
    def effective_reclaim_policy(self) -> str:
        return self.reclaim_policy or RETAIN

    @property
    def storage_class_name(self) -> str:
        """The class the claim names: the existing one, the rendered one, or "" for a pre-bound PV."""
        backend = self.backend
        if isinstance(backend, ExistingStorageClass):
            return backend.name
        if isinstance(backend, EfsDynamic):
            return backend.storage_class_name or f"{self.name}-efs"
        if isinstance(backend, NfsDynamic):
            return backend.storage_class_name or f"{self.name}-nfs"
        return ""

    @property
    def persistent_volume_name(self) -> str:
        """PVs are cluster-scoped, so the namespace is part of the name."""
        return f"{self.namespace}-{self.name}"

    @property
    def verify_job_name(self) -> str:
        return self.name + VERIFY_JOB_SUFFIX

    @property
    def verify_claim_name(self) -> Optional[str]:
        """The throwaway claim the check makes and keeps (it counts on the class), None when it makes none."""
        return self.verify_job_name if self.verify and self.verify_on_throwaway_claim else None


def _efs_file_system_id(value: str) -> None:
    if not isinstance(value, str) or not EFS_FILE_SYSTEM_ID.match(value):
        raise SpecError("file_system_id", value, "is not an EFS file system id",
                        "use the id AWS shows, 'fs-' followed by 8 to 40 hex digits")


def _nfs_common(backend: Union[NfsDynamic, NfsStatic]) -> None:
    if not isinstance(backend.server, str) or not backend.server.strip() or "/" in backend.server:
        raise SpecError("server", backend.server, "is not an NFS server address", "use a host name or IP address")
    if not isinstance(backend.share, str) or not backend.share.startswith("/"):
        raise SpecError("share", backend.share, "must be the absolute export path", "use a path such as /exports")
    if backend.sub_dir is not None and (not isinstance(backend.sub_dir, str) or backend.sub_dir.startswith("/")
                                        or ".." in backend.sub_dir.split("/") or not backend.sub_dir.strip("/")):
        raise SpecError("sub_dir", backend.sub_dir, "must be a relative directory inside the share",
                        "write it without a leading '/' and without '..', such as backups")
    if backend.mount_permissions is not None and not OCTAL_MODE.match(str(backend.mount_permissions)):
        raise SpecError("mount_permissions", backend.mount_permissions, "is not an octal file mode",
                        'quote a mode such as "0775"')

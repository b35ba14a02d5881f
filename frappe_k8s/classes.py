"""The StorageClasses a platform knows, and what each can do for backups (pure Python over the model, no cdk8s).

A class is rendered here (a Ceph filesystem's or block pool's, a volume's EFS or NFS class) or declared external.
What matters for backups: its provisioner, the VolumeSnapshotClass Velero picks for that driver (the one labelled
`velero.io/csi-volumesnapshot-class`, velero v1.18.1 pkg/util/csi/volume_snapshot.go GetVolumeSnapshotClass), and
whether its volumes are hostPath PersistentVolumes, which Velero's file-system backup skips (pkg/podvolume/
backupper.go isHostPathVolume). From these facts each Velero schedule gets its volume policies: one explicit action
per class (internal/resourcepolicies: the first policy whose conditions all match decides, and a matched action
overrides the pod annotations and defaultVolumesToFsBackup, internal/volumehelper/volume_policy_helper.go).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from frappe_k8s.backup_hooks import NO_BACKUP, NO_FILE_COPY, VOLUME_BACKUP_LABEL
from frappe_k8s.model import Platform
from frappe_k8s.model.backups import FILE_SYSTEM, FS_BACKUP, SKIP, SNAPSHOT, SNAPSHOT_ACTION, VeleroScheduleProps, \
    VolumePolicyRule
from frappe_k8s.model.cluster import HOST_PATH_PROVISIONERS
from frappe_k8s.model.volumes import (EFS_DRIVER, NFS_DRIVER, RENDERS_PERSISTENT_VOLUME, CephfsStatic, EfsDynamic,
                                      EfsStatic, NfsDynamic, NfsStatic)


@dataclass(frozen=True)
class ClassFacts:
    """One StorageClass as backups see it."""

    name: str
    provisioner: Optional[str]           # None: an external class whose provisioner is not declared
    origin: str                          # where it comes from, for messages: "Ceph filesystem shared-fs", "external"
    snapshot_class: Optional[str] = None  # the VolumeSnapshotClass Velero takes for its driver; None: no CSI snapshots
    host_path: bool = False              # its PersistentVolumes are hostPath: no file-system backup
    read_write_many: bool = True

    @property
    def snapshots(self) -> bool:
        return self.snapshot_class is not None


def storage_classes(platform: Platform) -> dict[str, ClassFacts]:
    """Every class the platform renders or declares, by name, in declaration order."""
    velero_classes: dict[str, str] = {}  # driver -> the first Velero-labelled VolumeSnapshotClass rendered for it
    for cluster in platform.storage.ceph_clusters:
        for item in cluster.classes:
            if item.snapshot_class.enabled and item.snapshot_class.velero:
                velero_classes.setdefault(item.driver, item.snapshot_class_name)
    out: dict[str, ClassFacts] = {}
    for cluster in platform.storage.ceph_clusters:
        for fs in cluster.filesystems:
            out[fs.storage_class_name] = ClassFacts(fs.storage_class_name, fs.driver, f"Ceph filesystem {fs.name}",
                                                    velero_classes.get(fs.driver))
        for pool in cluster.block_pools:
            out[pool.storage_class_name] = ClassFacts(pool.storage_class_name, pool.driver,
                                                      f"Ceph block pool {pool.name}", velero_classes.get(pool.driver),
                                                      read_write_many=False)
    for volume in platform.storage.volumes:
        backend = volume.backend
        if isinstance(backend, (EfsDynamic, NfsDynamic)):
            driver = EFS_DRIVER if isinstance(backend, EfsDynamic) else NFS_DRIVER
            out[volume.storage_class_name] = ClassFacts(volume.storage_class_name, driver,
                                                        f"rendered for volume {volume.namespace}/{volume.name}")
    for external in platform.storage.external_storage_classes:
        out[external.name] = ClassFacts(external.name, external.provisioner, "external",
                                        host_path=external.provisioner in HOST_PATH_PROVISIONERS,
                                        read_write_many=external.read_write_many)
    return out


def static_driver(backend: object) -> Optional[str]:
    """The CSI driver of a volume's pre-bound PersistentVolume, None for a volume on a class."""
    if isinstance(backend, EfsStatic):
        return EFS_DRIVER
    if isinstance(backend, NfsStatic):
        return NFS_DRIVER
    if isinstance(backend, CephfsStatic):
        return backend.driver
    return None


def static_drivers(platform: Platform) -> tuple[str, ...]:
    """The drivers of the static PersistentVolumes the platform renders, sorted."""
    return tuple(sorted({static_driver(v.backend) for v in platform.storage.volumes
                         if isinstance(v.backend, RENDERS_PERSISTENT_VOLUME)}))


def default_class(platform: Platform) -> Optional[str]:
    """The default StorageClass when this platform renders it (a Ceph class with isDefault)."""
    return next((item.storage_class_name for cluster in platform.storage.ceph_clusters for item in cluster.classes
                 if item.storage_class.is_default), None)


def volume_policy_rules(platform: Platform, schedule: VeleroScheduleProps) -> tuple[VolumePolicyRule, ...]:
    """The volume policies of one schedule, first match wins.

    Every schedule skips scratch claims (the RWX check's). A file-system schedule also skips a live database's
    claims (its files copied one by one are torn; the logical dumps protect it) and the classes whose volumes are
    hostPath, and copies the volumes of every other class and of the static volumes file by file. A snapshot
    schedule takes CSI snapshots of the classes whose driver has a Velero VolumeSnapshotClass (a database's too:
    an atomic snapshot is crash-consistent); the loader refuses snapshot schedules over any other claim.
    """
    classes = storage_classes(platform)
    rules = [VolumePolicyRule(SKIP, pvc_label=(VOLUME_BACKUP_LABEL, NO_BACKUP))]
    if schedule.strategy == SNAPSHOT:
        snapshots = tuple(sorted(name for name, c in classes.items() if c.snapshots))
        if snapshots:
            rules.append(VolumePolicyRule(SNAPSHOT_ACTION, storage_classes=snapshots))
        return tuple(rules)
    assert schedule.strategy == FILE_SYSTEM
    rules.append(VolumePolicyRule(SKIP, pvc_label=(VOLUME_BACKUP_LABEL, NO_FILE_COPY)))
    host_path = tuple(sorted(name for name, c in classes.items() if c.host_path))
    if host_path:
        rules.append(VolumePolicyRule(SKIP, storage_classes=host_path))
    copied = tuple(sorted(name for name, c in classes.items() if not c.host_path))
    if copied:
        rules.append(VolumePolicyRule(FS_BACKUP, storage_classes=copied))
    rules += [VolumePolicyRule(FS_BACKUP, csi_driver=driver) for driver in static_drivers(platform)]
    return tuple(rules)

"""CephFilesystem: a CephFS filesystem with its StorageClass and VolumeSnapshotClass."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.ceph import CephFilesystemProps, CephPool
from frappe_k8s.sync import protected_wave

APP_NAME = "ceph-filesystem"
FILESYSTEM_WAVE, CLASS_WAVE = -2, -1  # after the CephCluster (-3), before claims (0)
DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class"
DEFAULT_SNAPSHOT_CLASS = "snapshot.storage.kubernetes.io/is-default-class"
VELERO_SNAPSHOT_CLASS = "velero.io/csi-volumesnapshot-class"  # Velero picks a class per driver by this label key
CSI = "csi.storage.k8s.io"


class CephFilesystem(Construct):
    """Renders, named after the filesystem `<fs>`:

    - cluster mode: CephFilesystem `<fs>` (replicated metadata pool, data pools, MDS,
      `preserveFilesystemOnDelete: true`) and CephFilesystemSubVolumeGroup `<fs>-csi` (group `csi`,
      the one ceph-csi uses) unless `sub_volume_group` is false;
    - both modes: StorageClass `storage_class_name` with the CephFS CSI parameters and, unless
      disabled, VolumeSnapshotClass `snapshot_class_name` on the same driver and clusterID.

    Every object carries prune/delete protection; the custom resources skip Argo CD's dry run
    (their CRDs come from the operator chart) and sync in waves before the claims.
    """

    def __init__(self, scope: Construct, construct_id: str, props: CephFilesystemProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.filesystem = None if props.external else self._filesystem()
        self.sub_volume_group = None if props.external or not props.sub_volume_group else self._sub_volume_group()
        self.storage_class = self._storage_class()
        self.snapshot_class = self._snapshot_class() if props.snapshot_class.enabled else None

    def _labels(self) -> dict[str, str]:
        return standard_labels(APP_NAME, self.props.name, "storage")

    @staticmethod
    def _pool(pool: CephPool) -> dict:
        replicated = pool.replication
        ec = pool.erasure_coded
        return {"name": pool.name, "failureDomain": pool.failure_domain, "deviceClass": pool.device_class,
                "replicated": {"size": replicated.size,
                               "requireSafeReplicaSize": replicated.require_safe_replica_size} if replicated else None,
                "erasureCoded": {"dataChunks": ec.data_chunks, "codingChunks": ec.coding_chunks} if ec else None}

    def _filesystem(self):
        p = self.props
        servers = p.metadata_server
        spec = {
            "metadataPool": self._pool(p.metadata_pool),
            "dataPools": [self._pool(pool) for pool in p.data_pools],
            "preserveFilesystemOnDelete": True,  # deleting the CR keeps the filesystem and its pools
            "metadataServer": {
                "activeCount": servers.active_count, "activeStandby": servers.active_standby,
                "priorityClassName": "system-cluster-critical",
                # one MDS per node, so losing a node never takes an active MDS and its standby together
                "placement": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
                    "labelSelector": {"matchExpressions": [
                        {"key": "rook_file_system", "operator": "In", "values": [p.name]}]},
                    "topologyKey": "kubernetes.io/hostname"}]}},
            },
        }
        return k8s_object(self, "filesystem", api_version="ceph.rook.io/v1", kind="CephFilesystem", name=p.name,
                          namespace=p.namespace, labels=self._labels(),
                          annotations=protected_wave(FILESYSTEM_WAVE, custom_resource=True), spec=spec)

    def _sub_volume_group(self):
        p = self.props
        return k8s_object(self, "sub-volume-group", api_version="ceph.rook.io/v1",
                          kind="CephFilesystemSubVolumeGroup", name=f"{p.name}-csi", namespace=p.namespace,
                          labels=self._labels(), annotations=protected_wave(CLASS_WAVE, custom_resource=True),
                          spec={"name": "csi", "filesystemName": p.name, "pinning": {"distributed": 1}})

    def _storage_class(self):
        p, sc = self.props, self.props.storage_class
        ns = p.namespace
        parameters = {
            "clusterID": p.cluster_id, "fsName": p.name, "pool": p.class_pool_name,
            f"{CSI}/provisioner-secret-name": p.csi_provisioner_secret,
            f"{CSI}/provisioner-secret-namespace": ns,
            f"{CSI}/controller-expand-secret-name": p.csi_provisioner_secret,
            f"{CSI}/controller-expand-secret-namespace": ns,
            f"{CSI}/node-stage-secret-name": p.csi_node_secret,
            f"{CSI}/node-stage-secret-namespace": ns,
        }
        annotations = {**protected_wave(CLASS_WAVE), DEFAULT_CLASS: "true" if sc.is_default else "false"}
        return k8s_object(self, "storage-class", api_version="storage.k8s.io/v1", kind="StorageClass",
                          name=p.storage_class_name, labels=self._labels(), annotations=annotations,
                          provisioner=p.driver, parameters=parameters, reclaimPolicy=sc.reclaim_policy,
                          allowVolumeExpansion=sc.allow_volume_expansion, volumeBindingMode=sc.volume_binding_mode)

    def _snapshot_class(self):
        p, vsc = self.props, self.props.snapshot_class
        labels = {**self._labels(), **({VELERO_SNAPSHOT_CLASS: "true"} if vsc.velero else {})}
        annotations = {**protected_wave(CLASS_WAVE, custom_resource=True),
                       **({DEFAULT_SNAPSHOT_CLASS: "true"} if vsc.is_default else {})}
        return k8s_object(self, "snapshot-class", api_version="snapshot.storage.k8s.io/v1", kind="VolumeSnapshotClass",
                          name=p.snapshot_class_name, labels=labels, annotations=annotations, driver=p.driver,
                          deletionPolicy=vsc.deletion_policy,
                          parameters={"clusterID": p.cluster_id,
                                      f"{CSI}/snapshotter-secret-name": p.csi_provisioner_secret,
                                      f"{CSI}/snapshotter-secret-namespace": p.namespace})

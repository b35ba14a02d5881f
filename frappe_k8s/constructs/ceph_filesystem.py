"""CephFilesystem: a CephFS filesystem with its StorageClass and VolumeSnapshotClass."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.ceph_common import (CLASS_WAVE, POOL_WAVE, pool_spec, secret_parameters, snapshot_class,
                                               storage_class)
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.ceph import CephFilesystemProps
from frappe_k8s.sync import protected_wave

APP_NAME = "ceph-filesystem"
FILESYSTEM_WAVE = POOL_WAVE


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

    def _filesystem(self):
        p = self.props
        servers = p.metadata_server
        spec = {
            "metadataPool": pool_spec(p.metadata_pool),
            "dataPools": [pool_spec(pool) for pool in p.data_pools],
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
        p = self.props
        return storage_class(self, p, self._labels(), {"clusterID": p.cluster_id, "fsName": p.name,
                                                       "pool": p.class_pool_name, **secret_parameters(p)})

    def _snapshot_class(self):
        return snapshot_class(self, self.props, self._labels())

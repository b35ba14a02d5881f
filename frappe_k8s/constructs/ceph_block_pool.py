"""CephBlockPool: an RBD pool with its StorageClass and VolumeSnapshotClass, for ReadWriteOnce volumes."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.ceph_common import (CSI, POOL_WAVE, pool_spec, secret_parameters, snapshot_class,
                                               storage_class)
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.ceph import CephBlockPoolProps
from frappe_k8s.sync import protected_wave

APP_NAME = "ceph-block-pool"
# ceph-csi formats a new RBD volume with this filesystem; Rook's example warns that xfs can deadlock when the
# volume is mounted on a node that also runs OSDs, as it is on a hyperconverged cluster like this one.
FS_TYPE = "ext4"


class CephBlockPool(Construct):
    """Renders, named after the pool `<pool>`:

    - cluster mode: CephBlockPool `<pool>` (replicated, on its failure domain and device class);
    - both modes: StorageClass `storage_class_name` with the RBD CSI parameters of Rook v1.20.6's
      deploy/examples/csi/rbd/storageclass.yaml (image format 2, the image features, ext4, the provisioner,
      controller-expand, controller-publish and node-stage secrets) and, unless disabled, VolumeSnapshotClass
      `snapshot_class_name` on the same driver (csi/rbd/snapshotclass.yaml).

    RBD volumes are ReadWriteOnce (ReadWriteMany only as raw block devices, which nothing here uses); the loader
    refuses ReadWriteMany claims on these classes.
    """

    def __init__(self, scope: Construct, construct_id: str, props: CephBlockPoolProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        labels = standard_labels(APP_NAME, props.name, "storage")
        self.pool = None if props.external else k8s_object(
            self, "pool", api_version="ceph.rook.io/v1", kind="CephBlockPool", name=props.name,
            namespace=props.namespace, labels=labels, annotations=protected_wave(POOL_WAVE, custom_resource=True),
            spec={k: v for k, v in pool_spec(props.pool).items() if k != "name"})
        self.storage_class = storage_class(self, props, labels, {
            "clusterID": props.cluster_id, "pool": props.name, "imageFormat": "2",
            "imageFeatures": ",".join(props.image_features), f"{CSI}/fstype": FS_TYPE,
            **secret_parameters(props, publish=True)})
        self.snapshot_class = snapshot_class(self, props, labels) if props.snapshot_class.enabled else None

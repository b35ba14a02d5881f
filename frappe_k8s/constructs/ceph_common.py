"""What the Rook Ceph constructs share: a pool's spec, and the StorageClass and VolumeSnapshotClass of a CSI driver.

The classes of a CephFS filesystem and of an RBD block pool differ only in their driver and parameters; the rest
(default-class annotations, the Velero label, prune protection, sync waves) is written once, here.
"""
from __future__ import annotations

from typing import Mapping, Union

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.model.ceph import CephBlockPoolProps, CephFilesystemProps, CephPool
from frappe_k8s.sync import protected_wave

POOL_WAVE, CLASS_WAVE = -2, -1  # after the CephCluster (-3), before claims (0)
DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class"
DEFAULT_SNAPSHOT_CLASS = "snapshot.storage.kubernetes.io/is-default-class"
VELERO_SNAPSHOT_CLASS = "velero.io/csi-volumesnapshot-class"  # Velero picks a class per driver by this label key
CSI = "csi.storage.k8s.io"

ClassProps = Union[CephFilesystemProps, CephBlockPoolProps]


def pool_spec(pool: CephPool) -> dict:
    """The pool fields of a CephFilesystem's pools and of a CephBlockPool (Rook's PoolSpec)."""
    replicated = pool.replication
    ec = pool.erasure_coded
    return {"name": pool.name, "failureDomain": pool.failure_domain, "deviceClass": pool.device_class,
            "replicated": {"size": replicated.size,
                           "requireSafeReplicaSize": replicated.require_safe_replica_size} if replicated else None,
            "erasureCoded": {"dataChunks": ec.data_chunks, "codingChunks": ec.coding_chunks} if ec else None}


def secret_parameters(props: ClassProps, *, publish: bool = False) -> dict[str, str]:
    """The CSI secret names and namespaces a StorageClass of this driver passes to its provisioner and nodes."""
    ns = props.namespace
    uses = [("provisioner", props.csi_provisioner_secret), ("controller-expand", props.csi_provisioner_secret)]
    if publish:
        uses.append(("controller-publish", props.csi_provisioner_secret))
    uses.append(("node-stage", props.csi_node_secret))
    out = {}
    for use, secret in uses:
        out[f"{CSI}/{use}-secret-name"] = secret
        out[f"{CSI}/{use}-secret-namespace"] = ns
    return out


def storage_class(scope: Construct, props: ClassProps, labels: Mapping[str, str], parameters: Mapping[str, str]):
    """The StorageClass `props.storage_class_name` of the props' CSI driver."""
    sc = props.storage_class
    annotations = {**protected_wave(CLASS_WAVE), DEFAULT_CLASS: "true" if sc.is_default else "false"}
    return k8s_object(scope, "storage-class", api_version="storage.k8s.io/v1", kind="StorageClass",
                      name=props.storage_class_name, labels=dict(labels), annotations=annotations,
                      provisioner=props.driver, parameters=dict(parameters), reclaimPolicy=sc.reclaim_policy,
                      allowVolumeExpansion=sc.allow_volume_expansion, volumeBindingMode=sc.volume_binding_mode)


def snapshot_class(scope: Construct, props: ClassProps, labels: Mapping[str, str]):
    """The VolumeSnapshotClass of the same driver and clusterID, with the provisioner secret as snapshotter secret,
    and Velero's label when Velero should pick it for this driver."""
    vsc = props.snapshot_class
    labels = {**labels, **({VELERO_SNAPSHOT_CLASS: "true"} if vsc.velero else {})}
    annotations = {**protected_wave(CLASS_WAVE, custom_resource=True),
                   **({DEFAULT_SNAPSHOT_CLASS: "true"} if vsc.is_default else {})}
    return k8s_object(scope, "snapshot-class", api_version="snapshot.storage.k8s.io/v1", kind="VolumeSnapshotClass",
                      name=props.snapshot_class_name, labels=labels, annotations=annotations, driver=props.driver,
                      deletionPolicy=vsc.deletion_policy,
                      parameters={"clusterID": props.cluster_id,
                                  f"{CSI}/snapshotter-secret-name": props.csi_provisioner_secret,
                                  f"{CSI}/snapshotter-secret-namespace": props.namespace})

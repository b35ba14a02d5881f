"""VolumeSnapshotLocation: where a native snapshotter plugin takes volume snapshots."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder
from frappe_k8s.constructs.velero_common import location_object
from frappe_k8s.model.backups import VolumeSnapshotLocationProps


class VolumeSnapshotLocation(Construct):
    """A velero.io/v1 VolumeSnapshotLocation for EBS, GCE PD or Azure Disk snapshots (CSI volumes need
    none), protected from pruning like the storage locations."""

    def __init__(self, scope: Construct, construct_id: str, props: VolumeSnapshotLocationProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.location = location_object(self, "VolumeSnapshotLocation", "volume-snapshot-location", props)

"""VolumeSnapshotLocation: where a native snapshotter plugin takes volume snapshots."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.constructs.velero_common import APP_NAME, LOCATION_WAVE
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.backups import VolumeSnapshotLocationProps
from frappe_k8s.sync import protected_wave


class VolumeSnapshotLocation(Construct):
    """A velero.io/v1 VolumeSnapshotLocation for EBS, GCE PD or Azure Disk snapshots (CSI volumes need
    none), protected from pruning like the storage locations."""

    def __init__(self, scope: Construct, construct_id: str, props: VolumeSnapshotLocationProps):
        super().__init__(scope, construct_id)
        self.props = props
        self.location = k8s_object(
            self, "location", api_version="velero.io/v1", kind="VolumeSnapshotLocation", name=props.name,
            namespace=props.namespace, labels=standard_labels(APP_NAME, props.name, "volume-snapshot-location"),
            annotations=protected_wave(LOCATION_WAVE, custom_resource=True), spec={
                "provider": props.provider,
                "credential": props.credential.spec() if props.credential else None,
                "config": props.provider_config.config() or None,
            })

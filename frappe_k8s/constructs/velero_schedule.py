"""VeleroSchedule: one Velero Schedule, with the backup strategy decided in one option."""
from __future__ import annotations

from typing import Optional

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.constructs.velero_common import APP_NAME, SCHEDULE_WAVE
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.backups import FILE_SYSTEM, SNAPSHOT, VeleroScheduleProps
from frappe_k8s.sync import wave

SCHEDULE_LABEL = "frappe-k8s.io/velero-schedule"  # on every Backup the schedule makes


class VeleroSchedule(Construct):
    """A velero.io/v1 Schedule writing to `storage_location` (BackupsChart passes the default location's
    name when the props name none, so the Schedule never depends on the server's default flag), with the volume
    policies of the ConfigMap `volume_policy` when given.

    `strategy` sets the two switches Velero has for volume data: fileSystem backs every pod volume up
    with the node-agent (kopia) and takes no snapshots; snapshot takes CSI snapshots (and, with
    `snapshot_move_data`, copies them into the bucket). The backup template always carries its own
    labels: Backups would otherwise inherit the Schedule's, GitOps tracking labels included, and be
    pruned as strays. Backups never get owner references, so re-creating the Schedule keeps them.
    """

    def __init__(self, scope: Construct, construct_id: str, props: VeleroScheduleProps, storage_location: str,
                 volume_policy: Optional[str] = None):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        template = {
            "metadata": {"labels": {SCHEDULE_LABEL: props.name}},
            "ttl": props.ttl,
            "storageLocation": storage_location,
            "volumeSnapshotLocations": list(props.volume_snapshot_locations) or None,
            "snapshotVolumes": props.strategy == SNAPSHOT,
            "defaultVolumesToFsBackup": props.strategy == FILE_SYSTEM,
            "snapshotMoveData": props.snapshot_move_data if props.strategy == SNAPSHOT else None,
            "includedNamespaces": list(props.included_namespaces) or None,
            "excludedNamespaces": list(props.excluded_namespaces) or None,
            "includedResources": list(props.included_resources) or None,
            "excludedResources": list(props.excluded_resources) or None,
            "includeClusterResources": props.include_cluster_resources,
            "labelSelector": {"matchLabels": dict(props.label_selector)} if props.label_selector else None,
            # the ConfigMap of VeleroVolumePolicy: one explicit action per class (Velero matches kind case-blind)
            "resourcePolicy": {"kind": "configmap", "name": volume_policy} if volume_policy else None,
        }
        self.schedule = k8s_object(
            self, "schedule", api_version="velero.io/v1", kind="Schedule", name=props.name,
            namespace=props.namespace, labels=standard_labels(APP_NAME, props.name, "schedule"),
            annotations=wave(SCHEDULE_WAVE, custom_resource=True), spec={
                "schedule": props.schedule,
                "paused": props.paused,
                "useOwnerReferencesInBackup": False,
                "template": template,
            })

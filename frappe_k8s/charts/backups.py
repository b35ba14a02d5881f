"""The `backups` app: Velero's storage and snapshot locations and its schedules."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.classes import volume_policy_rules
from frappe_k8s.constructs.backup_storage_location import BackupStorageLocation
from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.constructs.velero_common import LOCATION_WAVE
from frappe_k8s.constructs.velero_schedule import VeleroSchedule
from frappe_k8s.constructs.velero_volume_policy import VeleroVolumePolicy
from frappe_k8s.constructs.volume_snapshot_location import VolumeSnapshotLocation
from frappe_k8s.model import Platform
from frappe_k8s.model.backups import VolumePolicyProps
from frappe_k8s.model.operators import repository_secret
from frappe_k8s.sync import protected_wave


class BackupsChart(AppChart):
    """Everything under platform.yaml `backups.velero` but Velero's install, into dist/backups/."""

    APP = "backups"

    def __init__(self, scope: Construct, platform: Platform):
        super().__init__(scope, self.APP, depends_on=("operators", "namespaces"))
        velero = platform.backups.velero
        if velero is None:
            return
        self.locations = [BackupStorageLocation(self, f"location.{loc.name}", loc) for loc in velero.locations]
        self.snapshot_locations = [VolumeSnapshotLocation(self, f"snapshot-location.{loc.name}", loc)
                                   for loc in velero.snapshot_locations]
        default = next((loc.name for loc in velero.locations if loc.default), None)
        self.volume_policies = [VeleroVolumePolicy(self, f"volume-policy.{s.name}", VolumePolicyProps(
            s.volume_policy_name, volume_policy_rules(platform, s), velero.namespace)) for s in velero.schedules]
        self.schedules = [VeleroSchedule(self, f"schedule.{s.name}", s, s.storage_location or default,
                                         s.volume_policy_name) for s in velero.schedules]
        # Velero installed another way: its repository password's source syncs here, before any schedule (with
        # the install, it comes with Velero's release; frappe_k8s.model.operators.velero_operator)
        secret = repository_secret(velero) if not velero.install else None
        if secret is not None:
            metadata = secret["metadata"]
            k8s_object(self, "repository-password", api_version=secret["apiVersion"], kind=secret["kind"],
                       name=metadata["name"], namespace=metadata["namespace"], labels=metadata["labels"],
                       annotations=protected_wave(LOCATION_WAVE, custom_resource=True), spec=secret["spec"])

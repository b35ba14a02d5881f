"""The `backups` app: Velero's storage and snapshot locations and its schedules."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.backup_storage_location import BackupStorageLocation
from frappe_k8s.constructs.velero_schedule import VeleroSchedule
from frappe_k8s.constructs.volume_snapshot_location import VolumeSnapshotLocation
from frappe_k8s.model import Platform


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
        self.schedules = [VeleroSchedule(self, f"schedule.{s.name}", s, s.storage_location or default)
                          for s in velero.schedules]

"""BackupStorageLocation: the bucket Velero writes backups to."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder
from frappe_k8s.constructs.velero_common import location_object
from frappe_k8s.model.backups import BackupStorageLocationProps


class BackupStorageLocation(Construct):
    """A velero.io/v1 BackupStorageLocation. The credential is a Secret reference only; the location
    is protected from pruning, so removing it from git never orphans the backups it lists."""

    def __init__(self, scope: Construct, construct_id: str, props: BackupStorageLocationProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.location = location_object(
            self, "BackupStorageLocation", "backup-storage-location", props,
            default=props.default, accessMode=props.access_mode,
            objectStorage={"bucket": props.bucket, "prefix": props.prefix},
            backupSyncPeriod=props.backup_sync_period, validationFrequency=props.validation_frequency)

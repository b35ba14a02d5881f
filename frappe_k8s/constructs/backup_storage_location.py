"""BackupStorageLocation: the bucket Velero writes backups to."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.constructs.velero_common import APP_NAME, LOCATION_WAVE
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.backups import BackupStorageLocationProps
from frappe_k8s.sync import protected_wave


class BackupStorageLocation(Construct):
    """A velero.io/v1 BackupStorageLocation. The credential is a Secret reference only; the location
    is protected from pruning, so removing it from git never orphans the backups it lists."""

    def __init__(self, scope: Construct, construct_id: str, props: BackupStorageLocationProps):
        super().__init__(scope, construct_id)
        self.props = props
        self.location = k8s_object(
            self, "location", api_version="velero.io/v1", kind="BackupStorageLocation", name=props.name,
            namespace=props.namespace, labels=standard_labels(APP_NAME, props.name, "backup-storage-location"),
            annotations=protected_wave(LOCATION_WAVE, custom_resource=True), spec={
                "provider": props.provider,
                "default": props.default,
                "accessMode": props.access_mode,
                "objectStorage": {"bucket": props.bucket, "prefix": props.prefix},
                "credential": props.credential.spec() if props.credential else None,
                "config": props.provider_config.config() or None,
                "backupSyncPeriod": props.backup_sync_period,
                "validationFrequency": props.validation_frequency,
            })

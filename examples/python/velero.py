"""The Velero constructs from your own cdk8s app: an S3 location and a nightly file-system backup of one namespace."""
import frappe_k8s  # first: points jsii at the Node.js wheel
import cdk8s
from frappe_k8s.constructs.backup_storage_location import BackupStorageLocation
from frappe_k8s.constructs.velero_schedule import VeleroSchedule
from frappe_k8s.model.backups import AwsStorage, BackupStorageLocationProps, SecretKeyRef, VeleroScheduleProps

app = cdk8s.App()
chart = cdk8s.Chart(app, "backups", disable_resource_name_hashes=True)
location = BackupStorageLocation(chart, "default", BackupStorageLocationProps(
    name="default", bucket="platform-backups", prefix="prod", default=True,
    provider_config=AwsStorage(region="eu-central-1"), credential=SecretKeyRef(name="velero-s3")))
VeleroSchedule(chart, "frappe-daily", VeleroScheduleProps(
    name="frappe-daily", schedule="0 2 * * *", included_namespaces=("frappe",)),
    storage_location=location.props.name)   # the Schedule names its location; it never relies on the default flag
app.synth()

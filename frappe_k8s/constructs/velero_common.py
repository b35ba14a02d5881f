"""What the Velero constructs share: their app label, their Argo CD waves, and the location object."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object
from frappe_k8s.labels import standard_labels
from frappe_k8s.sync import protected_wave

APP_NAME = "velero"
LOCATION_WAVE = -1  # locations before the schedules that write to them
SCHEDULE_WAVE = 0


def location_object(scope: Construct, kind: str, component: str, props, **spec: object):
    """A BackupStorageLocation or VolumeSnapshotLocation: provider, Secret reference and provider config,
    protected from pruning (removing it from git never orphans what it holds)."""
    return k8s_object(
        scope, "location", api_version="velero.io/v1", kind=kind, name=props.name, namespace=props.namespace,
        labels=standard_labels(APP_NAME, props.name, component),
        annotations=protected_wave(LOCATION_WAVE, custom_resource=True), spec={
            "provider": props.provider,
            "credential": props.credential.spec() if props.credential else None,
            "config": props.provider_config.config() or None,
            **spec,
        })

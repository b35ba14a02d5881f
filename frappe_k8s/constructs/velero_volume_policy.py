"""VeleroVolumePolicy: the volume policies of one Velero schedule, as the ConfigMap its Backups reference."""
from __future__ import annotations

import yaml
from constructs import Construct

from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.constructs.velero_common import APP_NAME, LOCATION_WAVE
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.backups import VolumePolicyProps
from frappe_k8s.sync import wave

POLICIES_KEY = "policies.yaml"  # Velero reads the one key of the ConfigMap, whatever its name
POLICIES_VERSION = "v1"         # the only version Velero 1.18 accepts (resource_policies.go Validate)


class VeleroVolumePolicy(Construct):
    """A ConfigMap in Velero's namespace holding `version: v1` and the rules as `volumePolicies`, in order (the
    first match decides). A Backup whose ConfigMap is missing fails validation, so it syncs with the locations,
    before the schedules; it is not protected from pruning (git holds all of it)."""

    def __init__(self, scope: Construct, construct_id: str, props: VolumePolicyProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        document = {"version": POLICIES_VERSION, "volumePolicies": [rule.as_policy() for rule in props.rules]}
        self.config_map = k8s_object(
            self, "config-map", api_version="v1", kind="ConfigMap", name=props.name, namespace=props.namespace,
            labels=standard_labels(APP_NAME, props.name, "volume-policy"), annotations=wave(LOCATION_WAVE),
            data={POLICIES_KEY: yaml.safe_dump(document, sort_keys=False, default_flow_style=False)})

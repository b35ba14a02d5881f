"""RedisServer: one Redis as a single-pod StatefulSet and a Service of the same name."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

from constructs import Construct

from frappe_k8s import backup_hooks
from frappe_k8s.constructs.k8s_object import k8s_object, inherit_recorder
from frappe_k8s.model.bench import Resources

PORT = 6379
DATA_PATH = "/data"
# The official image's user: uid 999, group 1000 on alpine. Running as it directly makes the entrypoint
# skip its root-only chown and su-exec, so the pod passes Pod Security "restricted".
UID, GID = 999, 1000


@dataclass(frozen=True)
class RedisServerProps:
    name: str                          # StatefulSet and Service name
    namespace: str
    labels: Mapping[str, str]          # on every object and the pod; the Service selects the pod by them
    image: str
    args: tuple[str, ...]              # redis-server and its options; the image's entrypoint still runs
    resources: Resources
    storage_size: Optional[str] = None  # default: no persistent volume (an emptyDir at /data)
    storage_class: Optional[str] = None  # default: the cluster's default StorageClass
    pull_policy: str = "IfNotPresent"
    annotations: Optional[Mapping[str, str]] = None  # e.g. Argo CD sync waves


class RedisServer(Construct):
    """A Redis the bench owns. Readiness asks Redis itself (PONG, so not while it loads its AOF);
    liveness only checks the port, so a long AOF load is never killed."""

    def __init__(self, scope: Construct, construct_id: str, props: RedisServerProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.host = f"{props.name}.{props.namespace}.svc.cluster.local"
        self.url = f"redis://{self.host}:{PORT}"
        labels = dict(props.labels)
        container = {
            "name": "redis",
            "image": props.image,
            "imagePullPolicy": props.pull_policy,
            "args": list(props.args),
            "ports": [{"name": "redis", "containerPort": PORT, "protocol": "TCP"}],
            "readinessProbe": {"exec": {"command": ["sh", "-c", "redis-cli ping | grep -q PONG"]},
                               "periodSeconds": 5, "timeoutSeconds": 3, "failureThreshold": 3},
            "livenessProbe": {"tcpSocket": {"port": PORT}, "initialDelaySeconds": 10, "periodSeconds": 10,
                              "timeoutSeconds": 3, "failureThreshold": 6},
            "resources": props.resources.as_k8s(),
            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}},
            "volumeMounts": [{"name": "data", "mountPath": DATA_PATH}],
        }
        pod_spec = {
            "automountServiceAccountToken": False,
            "enableServiceLinks": False,
            "securityContext": {"runAsNonRoot": True, "runAsUser": UID, "runAsGroup": GID, "fsGroup": GID,
                                "fsGroupChangePolicy": "OnRootMismatch", "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [container],
        }
        spec = {
            "replicas": 1,
            "serviceName": props.name,
            "selector": {"matchLabels": labels},
            "template": {"metadata": {"labels": labels}, "spec": pod_spec},
        }
        if props.storage_size:
            spec["volumeClaimTemplates"] = [{
                "metadata": {"name": "data"},
                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": props.storage_size}},
                         "storageClassName": props.storage_class}}]
            spec["persistentVolumeClaimRetentionPolicy"] = {"whenDeleted": "Retain", "whenScaled": "Retain"}
        else:
            pod_spec["volumes"] = [{"name": "data", "emptyDir": {}}]
            spec["template"]["metadata"]["annotations"] = backup_hooks.exclude_from_file_system_backup(["data"])
        self.stateful_set = k8s_object(self, "stateful-set", api_version="apps/v1", kind="StatefulSet",
                                       name=props.name, namespace=props.namespace, labels=labels,
                                       annotations=props.annotations, spec=spec)
        self.service = k8s_object(self, "service", api_version="v1", kind="Service", name=props.name,
                                  namespace=props.namespace, labels=labels, annotations=props.annotations, spec={
                                      "selector": labels,
                                      "ports": [{"name": "redis", "port": PORT, "targetPort": "redis",
                                                 "protocol": "TCP"}]})

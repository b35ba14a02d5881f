"""A mariadb-operator MariaDB set up for Frappe: a bench's own server, or a site's dedicated one."""
from __future__ import annotations

from typing import Mapping, Union

from cdk8s import ApiObject
from constructs import Construct

from frappe_k8s import backup_hooks
from frappe_k8s.constructs.k8s_object import RecordedObject, k8s_object
from frappe_k8s.model.checks import quantity_bytes
from frappe_k8s.model.server import MariaDBServer

MARIADB_PORT = 3306
STORAGE_VOLUME = "storage"  # mariadb-operator's data volume and claim template: claims storage-<name>-<ordinal>
MARIADB_UID = 999  # the official MariaDB image's `mysql` user and group
CONTAINER_SECURITY = {"allowPrivilegeEscalation": False, "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}


def root_secret(name: str) -> str:
    """The Secret the operator generates root's password into (key `password`) for the MariaDB `name`."""
    return f"{name}-root"


def mariadb_server(scope: Construct, construct_id: str, *, name: str, namespace: str, labels: Mapping[str, str],
                   server: MariaDBServer, pull_policy: str, annotations: Mapping[str, str]) -> Union[ApiObject, RecordedObject]:
    """utf8mb4 as Frappe needs it, restricted pods, and a root password the operator generates (never in dist/).

    InnoDB's files copied one by one while the server writes are torn, so Velero's file-system backup leaves the
    data volume alone: the claim carries frappe-k8s.io/volume-backup: no-file-copy, which the platform's volume
    policies skip (an atomic CSI snapshot is still taken), and the pods the opt-out annotation, for Velero setups
    without those policies. The sites' logical dumps protect the data. The operator copies the claim template's
    labels onto the claim (pkg/builder/statefulset_builder.go mariadbVolumeClaimTemplates) and keeps the template
    as written while `size` and `storageClassName` equal it (api/v1alpha1/mariadb_types.go, Storage.SetDefaults).
    """
    my_cnf = "\n".join([
        "[mariadb]",
        "character-set-server=utf8mb4",
        "collation-server=utf8mb4_unicode_ci",
        "skip-character-set-client-handshake",
        f"max_connections={server.max_connections}",
        f"innodb_buffer_pool_size={quantity_bytes(server.innodb_buffer_pool_size)}",
        "max_allowed_packet=256M",
    ]) + "\n"
    return k8s_object(scope, construct_id, api_version="k8s.mariadb.com/v1alpha1", kind="MariaDB", name=name,
                      namespace=namespace, labels=labels, annotations=annotations, spec={
                          "image": server.image,
                          "imagePullPolicy": pull_policy,
                          "rootPasswordSecretKeyRef": {"name": root_secret(name), "key": "password", "generate": True},
                          "port": MARIADB_PORT,
                          "replicas": 1,
                          "storage": {"size": server.storage_size, "storageClassName": server.storage_class,
                                      "volumeClaimTemplate": {
                                          "metadata": {"labels": {backup_hooks.VOLUME_BACKUP_LABEL:
                                                                  backup_hooks.NO_FILE_COPY}},
                                          "accessModes": ["ReadWriteOnce"],
                                          "resources": {"requests": {"storage": server.storage_size}},
                                          "storageClassName": server.storage_class}},
                          "podMetadata": {"annotations": backup_hooks.exclude_from_file_system_backup(
                              [STORAGE_VOLUME])},
                          "myCnf": my_cnf,
                          "resources": server.resources.as_k8s(),
                          "podSecurityContext": {"runAsNonRoot": True, "runAsUser": MARIADB_UID,
                                                 "runAsGroup": MARIADB_UID, "fsGroup": MARIADB_UID,
                                                 "seccompProfile": {"type": "RuntimeDefault"}},
                          "securityContext": dict(CONTAINER_SECURITY),
                      })


def mariadb_policy_spec(name: str, frappe_pod_label: str, operator_namespace: str) -> dict:
    """NetworkPolicy spec of the MariaDB `name`: port 3306 from Frappe pods of any namespace (pods that carry
    `frappe_pod_label`; benches may share a server through mariadbRef) and from mariadb-operator, which manages
    databases, users and grants over SQL. mariadb-operator v26.6.0 labels the server's pods with the MariaDB's
    selector labels (pkg/builder/labels/labels.go:13-19,56-59 WithMariaDBSelectorLabels; applied to the pod
    template by pkg/builder/pod_builder.go:47,215 and to the StatefulSet selector by statefulset_builder.go:73)."""
    return {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "mariadb", "app.kubernetes.io/instance": name}},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [
                {"namespaceSelector": {}, "podSelector": {"matchExpressions": [
                    {"key": frappe_pod_label, "operator": "Exists"}]}},
                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": operator_namespace}}}],
                "ports": [{"protocol": "TCP", "port": MARIADB_PORT}]}]}

"""RwxVolume: one ReadWriteMany volume on an existing StorageClass, AWS EFS, NFS or an existing CephFS folder."""
from __future__ import annotations

from typing import Optional, Sequence

from constructs import Construct

from frappe_k8s import rules
from frappe_k8s.backup_hooks import NO_BACKUP, VOLUME_BACKUP_LABEL
from frappe_k8s.constructs.k8s_object import compact, k8s_object, inherit_recorder
from frappe_k8s.labels import COMPONENT, INSTANCE, standard_labels
from frappe_k8s.model.volumes import (EFS_DRIVER, NFS_DRIVER, READ_WRITE_MANY, VERIFY_CLAIM_SIZE, CephfsStatic,
                                      EfsDynamic, EfsStatic, NfsDynamic, NfsStatic, RwxVolumeProps)
from frappe_k8s.sync import ADVISORY, JOB_ANNOTATIONS, job_name

APP_NAME = "rwx-volume"
VERIFY_COMPONENT = "verify-rwx"
VERIFY_MOUNT_PATH = "/data"
VERIFY_TIMEOUT_SECONDS = 240   # how long each pod waits for its peer's file
# Each pod's own deadline (spec.activeDeadlineSeconds), counted from the pod's start on its node (status.startTime,
# set by the kubelet): the time a pod waits unscheduled for its claim to bind, while Rook builds the cluster, is not
# in it. Image pull, mount and both waits are.
VERIFY_POD_DEADLINE_SECONDS = 300
VERIFY_RETRIES = 3             # backoffLimit: a pod that failed (a slow peer, a node down) is tried again

# Claims, volumes and classes hold or reach data: protected by the construct itself, so it is safe in
# any cdk8s app, not only behind frappe_k8s.rules (which applies the same annotations after synth).
KEEP_ON_DELETE = rules.protection_annotations()

# Two pods of one Indexed Job, forced onto different nodes. Each writes a random token to the
# shared volume, waits for the other's file, and checks it came from another node. Pod 1 then
# acknowledges; pod 0 waits for that and removes the run's folder. Any timeout fails the Job.
VERIFY_SCRIPT = """\
set -eu
run="${MOUNT_PATH}/.rwx-verify/${RUN_ID:?the pod has no batch.kubernetes.io/controller-uid label (Kubernetes < 1.27)}"
me="${JOB_COMPLETION_INDEX}"
peer=$((1 - me))
wait_for() {
  waited=0
  until [ -s "$1" ]; do
    waited=$((waited + 1))
    if [ "$waited" -gt "${TIMEOUT_SECONDS}" ]; then
      echo "FAIL: pod ${me} on ${NODE_NAME} waited ${TIMEOUT_SECONDS}s for $1; the volume is not shared between nodes"
      exit 1
    fi
    sleep 1
  done
}
mkdir -p "${run}"
token="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \\n')"
echo "${NODE_NAME} ${token}" > "${run}/from-${me}.tmp"
mv "${run}/from-${me}.tmp" "${run}/from-${me}"
sync
read -r own_node own_token < "${run}/from-${me}"
[ "${own_token}" = "${token}" ] || { echo "FAIL: pod ${me} read back a different token"; exit 1; }
wait_for "${run}/from-${peer}"
read -r peer_node peer_token < "${run}/from-${peer}"
if [ "${peer_node}" = "${NODE_NAME}" ]; then
  echo "FAIL: both pods ran on ${NODE_NAME}; the check needs two nodes"
  exit 1
fi
echo "pod ${me} on ${NODE_NAME} read the file pod ${peer} wrote on ${peer_node}"
if [ "${me}" = 1 ]; then
  echo ok > "${run}/ack-1"
else
  wait_for "${run}/ack-1"
  rm -rf "${run}"
fi
echo "PASS: ${NODE_NAME} and ${peer_node} share the volume read-write"
"""


class RwxVolume(Construct):
    """A PersistentVolumeClaim that pods on many nodes mount read-write, with what it needs around it.

    Renders, by backend: nothing more for an existing StorageClass; a StorageClass for dynamic
    EFS or NFS; a pre-bound PersistentVolume for static EFS, NFS or CephFS. With `verify`, also a Job
    that proves two nodes share a volume of this kind: on a throwaway claim of the same class (a static
    volume has no class: the Job then writes into the volume itself, in a folder it removes, and sets no
    fsGroup, so the kubelet never re-groups its files). Objects are named after the volume: the claim is
    `<name>`, a rendered class `<name>-efs`/`<name>-nfs` unless named, a PV `<namespace>-<name>`,
    the Job `<name>-verify-rwx-<hash of its spec>` and its throwaway claim `<name>-verify-rwx`.

    The verification, Job and throwaway claim, is advisory (frappe_k8s.sync.ADVISORY): it reports a volume that is
    not shared, but its failure holds back nothing, in Argo CD (left out of the app's health; the chart puts it in
    its app's last wave) or in Flux (left out of the health checks).
    """

    def __init__(self, scope: Construct, construct_id: str, props: RwxVolumeProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.storage_class = self._storage_class()
        self.persistent_volume = self._persistent_volume()
        self.claim = self._claim()
        self.verify_claim = self._verify_claim() if props.verify_claim_name else None
        self.verify_job = self._verify_job() if props.verify else None
        self.verify_network_policy = self._verify_network_policy() if props.verify else None

    @property
    def claim_name(self) -> str:
        return self.props.name

    def volume(self, volume_name: Optional[str] = None) -> dict:
        """The pod `volumes[]` entry for this claim."""
        return {"name": volume_name or self.props.name, "persistentVolumeClaim": {"claimName": self.props.name}}

    def mount(self, pod_spec: dict, path: str, *, containers: Optional[Sequence[str]] = None,
              volume_name: Optional[str] = None, read_only: bool = False, sub_path: Optional[str] = None) -> dict:
        """Add this volume to a pod spec or pod template (a dict) and mount it at `path` in the named
        containers (default: all, init containers included).

        Returns the same dict, so calls chain. Mounting twice under one volume name reuses the entry.
        """
        if "containers" not in pod_spec and isinstance(pod_spec.get("spec"), dict):  # a pod template
            self.mount(pod_spec["spec"], path, containers=containers, volume_name=volume_name,
                       read_only=read_only, sub_path=sub_path)
            return pod_spec
        entry = self.volume(volume_name)
        volumes = pod_spec.setdefault("volumes", [])
        existing = next((v for v in volumes if v.get("name") == entry["name"]), None)
        if existing is None:
            volumes.append(entry)
        elif existing != entry:
            raise ValueError(f"mount: the pod already has another volume named '{entry['name']}'; pass volume_name=")
        mount = compact({"name": entry["name"], "mountPath": path, "readOnly": read_only or None, "subPath": sub_path})
        targets = [c for c in pod_spec.get("initContainers", []) + pod_spec.get("containers", [])
                   if containers is None or c["name"] in containers]
        if not targets or (containers is not None and len(targets) != len(set(containers))):
            found = sorted(c["name"] for c in targets)
            raise ValueError(f"mount: containers {sorted(containers or [])} not all in the pod spec (found {found})")
        for container in targets:
            mounts = container.setdefault("volumeMounts", [])
            taken = next((m for m in mounts if m["mountPath"] == path), None)
            if taken is None:
                mounts.append(dict(mount))
            elif taken != mount:
                raise ValueError(f"mount: container '{container['name']}' already mounts '{taken['name']}' at {path}")
        return pod_spec

    # --- objects --------------------------------------------------------------------------------

    def _labels(self, component: str = "storage") -> dict[str, str]:
        return standard_labels(APP_NAME, self.props.name, component)

    def _storage_class(self):
        backend = self.props.backend
        if isinstance(backend, EfsDynamic):
            parameters = {"provisioningMode": "efs-ap", "fileSystemId": backend.file_system_id,
                          "directoryPerms": backend.directory_perms, "basePath": backend.base_path,
                          "uid": backend.uid, "gid": backend.gid, "gidRangeStart": backend.gid_range_start,
                          "gidRangeEnd": backend.gid_range_end}
            provisioner, extra = EFS_DRIVER, {}
        elif isinstance(backend, NfsDynamic):
            parameters = {"server": backend.server, "share": backend.share, "subDir": backend.sub_dir,
                          "mountPermissions": backend.mount_permissions, "onDelete": backend.on_delete}
            provisioner = NFS_DRIVER
            extra = {"mountOptions": list(backend.mount_options) or None, "allowVolumeExpansion": True}
        else:
            return None
        return k8s_object(self, "storage-class", api_version="storage.k8s.io/v1", kind="StorageClass",
                          name=self.props.storage_class_name, labels=self._labels(), annotations=KEEP_ON_DELETE,
                          provisioner=provisioner, parameters={k: str(v) for k, v in compact(parameters).items()},
                          reclaimPolicy=self.props.effective_reclaim_policy, volumeBindingMode="Immediate", **extra)

    def _persistent_volume(self):
        props, backend = self.props, self.props.backend
        if isinstance(backend, EfsStatic):
            attributes = None if backend.encrypt_in_transit else {"encryptInTransit": "false"}
            csi = {"driver": EFS_DRIVER, "volumeHandle": backend.volume_handle, "volumeAttributes": attributes}
            mount_options = None
        elif isinstance(backend, NfsStatic):
            csi = {"driver": NFS_DRIVER, "volumeHandle": backend.volume_handle,
                   "volumeAttributes": {"server": backend.server, "share": backend.export_path,
                                        "mountPermissions": backend.mount_permissions}}
            mount_options = list(backend.mount_options) or None
        elif isinstance(backend, CephfsStatic):
            # ceph-csi docs/static-pvc.md: the node-stage secret (userID/userKey) mounts rootPath of fsName
            csi = {"driver": backend.driver, "volumeHandle": backend.volume_handle,
                   "nodeStageSecretRef": {"name": backend.node_secret, "namespace": backend.node_secret_namespace},
                   "volumeAttributes": {"clusterID": backend.cluster_id, "fsName": backend.fs_name,
                                        "staticVolume": "true", "rootPath": backend.root_path}}
            mount_options = None
        else:
            return None
        spec = {"capacity": {"storage": props.size}, "accessModes": list(props.access_modes), "volumeMode": "Filesystem",
                "persistentVolumeReclaimPolicy": props.effective_reclaim_policy, "storageClassName": "",
                "claimRef": {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "namespace": props.namespace,
                             "name": props.name},
                "csi": csi, "mountOptions": mount_options}
        return k8s_object(self, "persistent-volume", api_version="v1", kind="PersistentVolume",
                          name=props.persistent_volume_name, labels=self._labels(), annotations=KEEP_ON_DELETE, spec=spec)

    def _claim(self):
        props = self.props
        spec = {"accessModes": list(props.access_modes), "volumeMode": "Filesystem",
                "resources": {"requests": {"storage": props.size}}, "storageClassName": props.storage_class_name}
        if self.persistent_volume is not None:
            spec["volumeName"] = props.persistent_volume_name
        return k8s_object(self, "claim", api_version="v1", kind="PersistentVolumeClaim", name=props.name,
                          namespace=props.namespace, labels=self._labels(), annotations=KEEP_ON_DELETE, spec=spec)

    def _verify_claim(self):
        """The throwaway claim the check writes to: the same class and access mode, nothing of value on it, so no
        schedule copies it (label frappe-k8s.io/volume-backup: none, matched by the Velero volume policies). Part of
        the verification, so advisory like its Job: a claim that does not bind holds back nothing."""
        props = self.props
        return k8s_object(self, "verify-claim", api_version="v1", kind="PersistentVolumeClaim",
                          name=props.verify_claim_name, namespace=props.namespace,
                          labels={**self._labels(VERIFY_COMPONENT), VOLUME_BACKUP_LABEL: NO_BACKUP},
                          annotations={**KEEP_ON_DELETE, **ADVISORY}, spec={
                              "accessModes": [READ_WRITE_MANY], "volumeMode": "Filesystem",
                              "resources": {"requests": {"storage": VERIFY_CLAIM_SIZE}},
                              "storageClassName": props.storage_class_name})

    def _verify_job(self):
        props = self.props
        labels = self._labels(VERIFY_COMPONENT)
        uid = props.verify_uid
        container = {
            "name": "verify",
            "image": props.verify_image,
            "imagePullPolicy": "IfNotPresent",
            "command": ["sh", "-c", VERIFY_SCRIPT],
            "env": [
                {"name": "MOUNT_PATH", "value": VERIFY_MOUNT_PATH},
                {"name": "TIMEOUT_SECONDS", "value": str(VERIFY_TIMEOUT_SECONDS)},
                {"name": "RUN_ID", "valueFrom": {"fieldRef": {
                    "fieldPath": "metadata.labels['batch.kubernetes.io/controller-uid']"}}},
                {"name": "NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
            ],
            "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "100m", "memory": "32Mi"}},
            "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}},
        }
        # Fixed ids where admission leaves them to the pod; none where it assigns them (OpenShift's restricted-v2
        # refuses ids outside the namespace's range). fsGroup only on the throwaway claim: on a static volume the
        # kubelet would re-group every file of the production data.
        security = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
        if uid is not None:
            security.update(runAsUser=uid, runAsGroup=uid)
            if self.verify_claim is not None:
                security.update(fsGroup=uid, fsGroupChangePolicy="OnRootMismatch")
        pod_spec = {
            "restartPolicy": "Never",
            "automountServiceAccountToken": False,
            "activeDeadlineSeconds": VERIFY_POD_DEADLINE_SECONDS,
            "securityContext": security,
            "affinity": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
                "labelSelector": {"matchLabels": {INSTANCE: labels[INSTANCE], COMPONENT: labels[COMPONENT]}},
                "topologyKey": "kubernetes.io/hostname"}]}},
            "containers": [container],
            "volumes": [{"name": "data", "persistentVolumeClaim": {
                "claimName": props.verify_claim_name or props.name}}],
        }
        container["volumeMounts"] = [{"name": "data", "mountPath": VERIFY_MOUNT_PATH}]
        spec = {"completionMode": "Indexed", "completions": 2, "parallelism": 2, "backoffLimit": VERIFY_RETRIES,
                "template": {"metadata": {"labels": labels}, "spec": pod_spec}}
        return k8s_object(self, "verify-job", api_version="batch/v1", kind="Job",
                          name=job_name(props.verify_job_name, spec), namespace=props.namespace, labels=labels,
                          annotations={**ADVISORY, **JOB_ANNOTATIONS}, spec=spec)

    def _verify_network_policy(self):
        """The verification pods talk to nobody (the volume is mounted by the kubelet, outside the pod's network):
        no traffic in or out, so a compromised image cannot use them (checkov CKV2_K8S_6)."""
        labels = self._labels(VERIFY_COMPONENT)
        return k8s_object(self, "verify-network-policy", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                          name=self.props.verify_job_name, namespace=self.props.namespace, labels=labels, spec={
                              "podSelector": {"matchLabels": {INSTANCE: labels[INSTANCE], COMPONENT: labels[COMPONENT]}},
                              "policyTypes": ["Ingress", "Egress"]})

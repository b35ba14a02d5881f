"""RwxVolume used from Python, as a user would in their own cdk8s app: objects per backend and their fields."""
import cdk8s
import pytest

from frappe_k8s.canonical import spec_hash
from frappe_k8s.constructs import (CephfsStatic, EfsDynamic, EfsStatic, ExistingStorageClass, NfsDynamic, NfsStatic,
                                   RwxVolume, RwxVolumeProps)
from frappe_k8s.errors import SpecError
from frappe_k8s.validate import Validator


def synth(props: RwxVolumeProps) -> tuple[RwxVolume, dict[str, dict]]:
    """The volume's objects by kind, its own claim (not the check's throwaway one) as the PersistentVolumeClaim."""
    chart = cdk8s.Chart(cdk8s.Testing.app(), "test", disable_resource_name_hashes=True)
    volume = RwxVolume(chart, "volume", props)
    return volume, {m["kind"]: m for m in chart.to_json() if m["metadata"]["name"] != f"{props.name}-verify-rwx"
                    or m["kind"] != "PersistentVolumeClaim"}


def synth_all(volume: RwxVolume) -> list[dict]:
    """Every object of the volume's chart, the throwaway claim included."""
    return list(volume.node.scope.to_json())


def assert_valid(objects):
    validator = Validator("1.33")
    assert [p for m in objects for p in validator.problems(m)] == []


def test_existing_class_renders_only_the_claim():
    volume, objects = synth(RwxVolumeProps(name="backups", namespace="saasodoo", size="500Gi",
                                           backend=ExistingStorageClass("cephfs")))
    assert list(objects) == ["PersistentVolumeClaim"]
    claim = objects["PersistentVolumeClaim"]
    assert claim["metadata"]["name"] == "backups" and claim["metadata"]["namespace"] == "saasodoo"
    assert claim["spec"] == {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "500Gi"}},
                             "storageClassName": "cephfs", "volumeMode": "Filesystem"}
    assert claim["metadata"]["labels"] == {"app.kubernetes.io/name": "rwx-volume",
                                           "app.kubernetes.io/instance": "backups",
                                           "app.kubernetes.io/component": "storage"}
    # protected by the construct itself, so it is safe in any cdk8s app
    assert claim["metadata"]["annotations"] == {"argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
                                                "argocd.argoproj.io/compare-options": "IgnoreExtraneous",
                                                "kustomize.toolkit.fluxcd.io/prune": "disabled"}
    assert volume.storage_class is None and volume.persistent_volume is None and volume.verify_job is None
    assert_valid(objects.values())


def test_efs_dynamic_renders_an_access_point_storage_class():
    _, objects = synth(RwxVolumeProps(name="sbd", namespace="sbd-system", backend=EfsDynamic(
        file_system_id="fs-0123abcd", base_path="/sbd", uid=1000, gid=1000)))
    sc = objects["StorageClass"]
    assert sc["metadata"]["name"] == "sbd-efs" and sc["provisioner"] == "efs.csi.aws.com"
    assert sc["parameters"] == {"provisioningMode": "efs-ap", "fileSystemId": "fs-0123abcd", "directoryPerms": "700",
                                "basePath": "/sbd", "uid": "1000", "gid": "1000"}
    assert sc["reclaimPolicy"] == "Retain" and sc["volumeBindingMode"] == "Immediate"
    assert objects["PersistentVolumeClaim"]["spec"]["storageClassName"] == "sbd-efs"
    assert "volumeName" not in objects["PersistentVolumeClaim"]["spec"]
    assert_valid(objects.values())


def test_efs_static_renders_a_pre_bound_volume_with_the_access_point_handle():
    _, objects = synth(RwxVolumeProps(name="sbd", namespace="sbd-system", size="20Gi", backend=EfsStatic(
        file_system_id="fs-0123abcd", access_point_id="fsap-0123abcd4567")))
    pv, claim = objects["PersistentVolume"], objects["PersistentVolumeClaim"]
    assert pv["metadata"]["name"] == "sbd-system-sbd" and "namespace" not in pv["metadata"]
    assert pv["spec"]["csi"] == {"driver": "efs.csi.aws.com", "volumeHandle": "fs-0123abcd::fsap-0123abcd4567"}
    assert pv["spec"]["claimRef"]["name"] == "sbd" and pv["spec"]["claimRef"]["namespace"] == "sbd-system"
    assert pv["spec"]["storageClassName"] == "" == claim["spec"]["storageClassName"]
    assert claim["spec"]["volumeName"] == "sbd-system-sbd"
    assert pv["spec"]["persistentVolumeReclaimPolicy"] == "Retain" and pv["spec"]["capacity"] == {"storage": "20Gi"}
    assert_valid(objects.values())


def test_efs_static_handle_variants():
    assert EfsStatic("fs-0123abcd").volume_handle == "fs-0123abcd"
    assert EfsStatic("fs-0123abcd", path="/dir").volume_handle == "fs-0123abcd:/dir"
    assert EfsStatic("fs-0123abcd", path="/d", access_point_id="fsap-0123abcd").volume_handle == \
        "fs-0123abcd:/d:fsap-0123abcd"
    _, objects = synth(RwxVolumeProps(name="x", namespace="ns", backend=EfsStatic("fs-0123abcd",
                                                                                 encrypt_in_transit=False)))
    assert objects["PersistentVolume"]["spec"]["csi"]["volumeAttributes"] == {"encryptInTransit": "false"}


def test_nfs_dynamic_renders_a_csi_driver_nfs_class():
    _, objects = synth(RwxVolumeProps(name="files", namespace="frappe", backend=NfsDynamic(
        server="10.0.0.2", share="/srv/nfs", sub_dir="${pvc.metadata.name}", mount_permissions="0775"),
        reclaim_policy="Delete"))
    sc = objects["StorageClass"]
    assert sc["metadata"]["name"] == "files-nfs" and sc["provisioner"] == "nfs.csi.k8s.io"
    assert sc["parameters"] == {"server": "10.0.0.2", "share": "/srv/nfs", "subDir": "${pvc.metadata.name}",
                                "mountPermissions": "0775", "onDelete": "retain"}
    assert sc["mountOptions"] == ["nfsvers=4.1"] and sc["reclaimPolicy"] == "Delete"
    assert_valid(objects.values())


def test_nfs_static_renders_a_volume_on_the_export_directory():
    _, objects = synth(RwxVolumeProps(name="legacy", namespace="frappe", backend=NfsStatic(
        server="nfs.local", share="/exports", sub_dir="legacy", mount_options=("nfsvers=4.2", "hard"))))
    pv = objects["PersistentVolume"]
    assert pv["spec"]["csi"] == {"driver": "nfs.csi.k8s.io", "volumeHandle": "nfs.local#/exports#legacy",
                                 "volumeAttributes": {"server": "nfs.local", "share": "/exports/legacy"}}
    assert pv["spec"]["mountOptions"] == ["nfsvers=4.2", "hard"]
    assert_valid(objects.values())


def test_verify_job_runs_two_pods_on_two_nodes_on_a_throwaway_claim():
    volume, objects = synth(RwxVolumeProps(name="backups", namespace="saasodoo", backend=ExistingStorageClass("cephfs"),
                                           verify=True, verify_uid=1001))
    job = objects["Job"]
    assert job["metadata"]["name"] == "backups-verify-rwx-" + spec_hash(job["spec"])  # a changed Job is a new one
    spec = job["spec"]
    assert (spec["completionMode"], spec["completions"], spec["parallelism"]) == ("Indexed", 2, 2)
    # retries, and no Job-wide deadline: that one would count the time the pods wait for their claim to bind
    assert spec["backoffLimit"] == 3 and "activeDeadlineSeconds" not in spec
    pod = spec["template"]["spec"]
    # each pod's deadline counts from its start on a node (status.startTime), after the claim is bound
    assert pod["activeDeadlineSeconds"] == 300
    (term,) = pod["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    assert term["topologyKey"] == "kubernetes.io/hostname"
    template_labels = spec["template"]["metadata"]["labels"]
    assert all(template_labels[k] == v for k, v in term["labelSelector"]["matchLabels"].items())
    assert pod["securityContext"] == {"runAsNonRoot": True, "runAsUser": 1001, "runAsGroup": 1001, "fsGroup": 1001,
                                      "fsGroupChangePolicy": "OnRootMismatch", "seccompProfile": {"type": "RuntimeDefault"}}
    (container,) = pod["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["volumeMounts"] == [{"name": "data", "mountPath": "/data"}]
    # the pods mount a claim of their own, of the same class: the production claim is never touched
    assert pod["volumes"] == [{"name": "data", "persistentVolumeClaim": {"claimName": "backups-verify-rwx"}}]
    (throwaway,) = [m for m in synth_all(volume) if m["kind"] == "PersistentVolumeClaim" and
                    m["metadata"]["name"] == "backups-verify-rwx"]
    assert throwaway["spec"] == {"accessModes": ["ReadWriteMany"], "volumeMode": "Filesystem",
                                 "resources": {"requests": {"storage": "1Gi"}}, "storageClassName": "cephfs"}
    assert throwaway["metadata"]["labels"]["frappe-k8s.io/volume-backup"] == "none"  # no backup copies it
    # advisory like its Job: a claim that does not bind holds back nothing (tests/test_gitops_sim.py)
    assert throwaway["metadata"]["annotations"]["argocd.argoproj.io/ignore-healthcheck"] == "true"
    script = container["command"][2]
    assert "FAIL" in script and "exit 1" in script and "PASS" in script
    # advisory: out of Argo CD's app health, out of Flux's health checks; never replaced at every sync
    assert job["metadata"]["annotations"] == {"argocd.argoproj.io/ignore-healthcheck": "true",
                                              "kustomize.toolkit.fluxcd.io/force": "enabled"}
    assert_valid(synth_all(volume))


def test_verify_on_a_static_volume_writes_into_it_without_regrouping():
    """A static volume has no class to make a throwaway claim of: the pods mount it, with no fsGroup."""
    volume, objects = synth(RwxVolumeProps(name="sbd", namespace="sbd-system", verify=True, backend=EfsStatic(
        file_system_id="fs-0123abcd", access_point_id="fsap-0123abcd4567")))
    assert volume.verify_claim is None
    pod = objects["Job"]["spec"]["template"]["spec"]
    assert pod["volumes"] == [{"name": "data", "persistentVolumeClaim": {"claimName": "sbd"}}]
    assert "fsGroup" not in pod["securityContext"] and "fsGroupChangePolicy" not in pod["securityContext"]


def test_verify_on_openshift_asks_for_no_ids():
    """restricted-v2 assigns uid and fsGroup from the namespace's range and refuses fixed ones outside it."""
    _, objects = synth(RwxVolumeProps(name="v", namespace="ns", backend=ExistingStorageClass("c"), verify=True,
                                      verify_uid=None))
    pod = objects["Job"]["spec"]["template"]["spec"]
    assert pod["securityContext"] == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    (container,) = pod["containers"]
    assert container["securityContext"] == {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                            "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}


def test_cephfs_static_renders_a_pre_bound_volume_of_the_ceph_driver():
    _, objects = synth(RwxVolumeProps(name="odoo-backups", namespace="saasodoo", size="20Gi", backend=CephfsStatic(
        fs_name="cephfs", root_path="/odoo_backups")))
    pv, claim = objects["PersistentVolume"], objects["PersistentVolumeClaim"]
    assert pv["spec"]["csi"] == {"driver": "rook-ceph.cephfs.csi.ceph.com", "volumeHandle": "rook-ceph:cephfs:/odoo_backups",
                                 "nodeStageSecretRef": {"name": "rook-csi-cephfs-node", "namespace": "rook-ceph"},
                                 "volumeAttributes": {"clusterID": "rook-ceph", "fsName": "cephfs",
                                                      "staticVolume": "true", "rootPath": "/odoo_backups"}}
    assert pv["spec"]["persistentVolumeReclaimPolicy"] == "Retain"  # ceph-csi never deletes a static volume
    assert claim["spec"]["volumeName"] == pv["metadata"]["name"] and claim["spec"]["storageClassName"] == ""
    assert_valid(objects.values())


def test_verify_pods_may_send_and_receive_nothing():
    """The verification pods need no network (the kubelet mounts the volume): a NetworkPolicy selects exactly them
    and allows no traffic either way."""
    _, objects = synth(RwxVolumeProps(name="backups", namespace="saasodoo", backend=ExistingStorageClass("cephfs"),
                                      verify=True))
    policy, job = objects["NetworkPolicy"], objects["Job"]
    assert (policy["metadata"]["name"], policy["metadata"]["namespace"]) == ("backups-verify-rwx", "saasodoo")
    assert policy["spec"] == {"podSelector": {"matchLabels": {"app.kubernetes.io/instance": "backups",
                                                             "app.kubernetes.io/component": "verify-rwx"}},
                              "policyTypes": ["Ingress", "Egress"]}
    selected = policy["spec"]["podSelector"]["matchLabels"].items()
    assert selected <= job["spec"]["template"]["metadata"]["labels"].items()
    _, plain = synth(RwxVolumeProps(name="backups", namespace="saasodoo", backend=ExistingStorageClass("cephfs")))
    assert "NetworkPolicy" not in plain and "Job" not in plain
    assert_valid(objects.values())


def test_verify_command_survives_kubernetes_variable_expansion():
    """Kubernetes rewrites $(NAME) of the container's env vars, and $$, in command and args."""
    _, objects = synth(RwxVolumeProps(name="v", namespace="ns", backend=ExistingStorageClass("c"), verify=True))
    (container,) = objects["Job"]["spec"]["template"]["spec"]["containers"]
    for argument in container["command"]:
        assert "$$" not in argument
        for env in container["env"]:
            assert f"$({env['name']})" not in argument


def test_verify_script_passes_on_a_shared_folder_and_fails_alone(tmp_path):
    """Run the Job's script with sh: two 'pods' sharing a folder pass; one alone times out and fails."""
    import subprocess

    from frappe_k8s.constructs.rwx_volume import VERIFY_SCRIPT

    def pod(index, node, timeout="5", run="run-1"):  # each Job has its own controller uid
        env = {"PATH": "/usr/bin:/bin", "MOUNT_PATH": str(tmp_path), "RUN_ID": run, "JOB_COMPLETION_INDEX": index,
               "NODE_NAME": node, "TIMEOUT_SECONDS": timeout}
        return subprocess.Popen(["sh", "-c", VERIFY_SCRIPT], env=env, stdout=subprocess.PIPE, text=True)

    pods = [pod("0", "node-a"), pod("1", "node-b")]
    outputs = [p.communicate(timeout=30)[0] for p in pods]
    assert [p.returncode for p in pods] == [0, 0], outputs
    assert "PASS: node-a and node-b share the volume read-write" in outputs[0]
    assert not (tmp_path / ".rwx-verify" / "run-1").exists()  # pod 0 cleans up

    same_node = [pod("0", "node-a", run="run-2"), pod("1", "node-a", run="run-2")]
    assert [p.wait(timeout=30) for p in same_node] == [1, 1]

    alone = pod("0", "node-a", timeout="1", run="run-3")
    out = alone.communicate(timeout=30)[0]
    assert alone.returncode == 1 and "the volume is not shared between nodes" in out

    # a retry: the Job re-creates failed pod 0 (same controller uid, so the same folder); its peer found the file
    # the first attempt wrote, and the second attempt passes with it
    late = [pod("1", "node-b", run="run-3"), pod("0", "node-c", run="run-3")]
    outputs = [p.communicate(timeout=30)[0] for p in late]
    assert [p.returncode for p in late] == [0, 0], outputs
    assert not (tmp_path / ".rwx-verify" / "run-3").exists()


def test_mount_adds_the_volume_once_and_mounts_it_where_asked():
    volume, _ = synth(RwxVolumeProps(name="sites", namespace="ns", backend=ExistingStorageClass("cephfs")))
    pod = {"initContainers": [{"name": "init"}], "containers": [{"name": "web"}, {"name": "worker"}]}
    volume.mount(pod, "/home/frappe/frappe-bench/sites", containers=["web", "init"])
    volume.mount(pod, "/backups", containers=["worker"], read_only=True, sub_path="backups")
    assert pod["volumes"] == [{"name": "sites", "persistentVolumeClaim": {"claimName": "sites"}}]
    assert pod["initContainers"][0]["volumeMounts"] == [{"name": "sites", "mountPath": "/home/frappe/frappe-bench/sites"}]
    assert pod["containers"][1]["volumeMounts"] == [{"name": "sites", "mountPath": "/backups", "readOnly": True,
                                                     "subPath": "backups"}]
    template = {"metadata": {"labels": {}}, "spec": {"containers": [{"name": "agent"}]}}
    assert volume.mount(template, "/shared") is template
    assert template["spec"]["containers"][0]["volumeMounts"] == [{"name": "sites", "mountPath": "/shared"}]
    assert template["spec"]["volumes"] == [{"name": "sites", "persistentVolumeClaim": {"claimName": "sites"}}]
    with pytest.raises(ValueError, match="not all in the pod spec"):
        volume.mount(pod, "/x", containers=["missing"])
    with pytest.raises(ValueError, match="not all in the pod spec"):
        volume.mount({"containers": []}, "/x")
    volume.mount(pod, "/backups", containers=["worker"], read_only=True, sub_path="backups")  # same again: no-op
    assert len(pod["containers"][1]["volumeMounts"]) == 1


def test_mount_refuses_what_kubernetes_would_reject():
    sites, _ = synth(RwxVolumeProps(name="sites", namespace="ns", backend=ExistingStorageClass("cephfs")))
    logs, _ = synth(RwxVolumeProps(name="logs", namespace="ns", backend=ExistingStorageClass("cephfs")))
    pod = {"containers": [{"name": "web"}]}
    sites.mount(pod, "/data", volume_name="data")
    with pytest.raises(ValueError, match="already has another volume named 'data'"):
        logs.mount(pod, "/logs", volume_name="data")
    with pytest.raises(ValueError, match="already mounts 'data' at /data"):
        logs.mount(pod, "/data")


@pytest.mark.parametrize("make, field", [
    (lambda: RwxVolumeProps(name="v", namespace="ns", backend=ExistingStorageClass("c"), size="10GB"), "size"),
    (lambda: RwxVolumeProps(name="V", namespace="ns", backend=ExistingStorageClass("c")), "name"),
    (lambda: EfsDynamic(file_system_id="fs-xyz"), "file_system_id"),
    (lambda: EfsDynamic(file_system_id="fs-0123abcd", directory_perms="rwx"), "directory_perms"),
    (lambda: EfsStatic(file_system_id="fs-0123abcd", access_point_id="ap-1"), "access_point_id"),
    (lambda: NfsDynamic(server="a", share="exports"), "share"),
    (lambda: NfsDynamic(server="a", share="/x", on_delete="keep"), "on_delete"),
    (lambda: NfsStatic(server="a", share="/x", sub_dir="../etc"), "sub_dir"),
    (lambda: RwxVolumeProps(name="v", namespace="ns", backend=ExistingStorageClass("c"), access_modes=()),
     "access_modes"),
    (lambda: RwxVolumeProps(name="v", namespace="ns", backend=ExistingStorageClass("c"),
                            access_modes=("ReadWriteOnce",)), "access_modes"),
    (lambda: RwxVolumeProps(name="v", namespace="ns", backend=NfsStatic(server="a", share="/x"),
                            reclaim_policy="Delete"), "reclaim_policy"),
])
def test_props_reject_bad_values_with_the_field_name(make, field):
    with pytest.raises(SpecError) as caught:
        make()
    assert caught.value.field == field and "Fix:" in str(caught.value)

"""Rook Ceph: the rendered cluster, filesystem, classes and operator sources, their CRD validity,
the external mode, every validation error, and the schema/reference kept in step with the model."""
import copy
import re
import shutil
import subprocess
from dataclasses import MISSING, fields

import cdk8s
import pytest
import yaml

from frappe_k8s import loader
from frappe_k8s.constructs.helm_operator import HelmOperator
from frappe_k8s.loader import PlatformError
from frappe_k8s.model import ceph, operators
from frappe_k8s.model.ceph import (CephBlockPoolProps, CephClusterProps, CephDevice, CephFilesystemProps, CephPool,
                                   CephSnapshotClass, CephStorageClass, MetadataServer, Mgr, Mon, Replicated,
                                   RookSettings)
from frappe_k8s.model.cluster import Cluster
from frappe_k8s.model.operators import HelmOperatorProps
from frappe_k8s.validate import Validator

from conftest import ROOT, load_objects, platform_problems, run_main

EXTERNAL_EXAMPLE = ROOT / "examples" / "external-ceph.yaml"
CEPH_KINDS = {"CephCluster", "CephFilesystem", "CephFilesystemSubVolumeGroup", "CephBlockPool", "VolumeSnapshotClass",
              "Application", "HelmRepository", "HelmRelease"}
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SECRETS = {"csi.storage.k8s.io/provisioner-secret-name": "rook-csi-cephfs-provisioner",
           "csi.storage.k8s.io/provisioner-secret-namespace": "rook-ceph",
           "csi.storage.k8s.io/controller-expand-secret-name": "rook-csi-cephfs-provisioner",
           "csi.storage.k8s.io/controller-expand-secret-namespace": "rook-ceph",
           "csi.storage.k8s.io/node-stage-secret-name": "rook-csi-cephfs-node",
           "csi.storage.k8s.io/node-stage-secret-namespace": "rook-ceph"}


def one(objects, kind, name):
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


@pytest.fixture(scope="module")
def external_dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("external") / "dist"
    result = run_main("--platform", str(EXTERNAL_EXAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


# --- rendered objects -----------------------------------------------------------------------------

def test_every_ceph_and_operator_object_is_valid_against_its_crd(example_objects, external_dist):
    validator = Validator("1.33")
    objects = example_objects + load_objects(external_dist)
    custom = [o for o in objects if o["kind"] in CEPH_KINDS]
    assert {o["kind"] for o in custom} == CEPH_KINDS
    for obj in custom:
        assert validator._validator(obj["apiVersion"], obj["kind"])[1], obj["kind"]  # judged by its CRD
        assert list(validator.problems(obj)) == [], obj["metadata"]["name"]
    broken = copy.deepcopy(one(example_objects, "CephFilesystem", "shared-fs"))
    broken["spec"]["metadataServer"]["activeCount"] = 0
    broken["spec"]["dataPools"][0]["replicas"] = 3
    problems = list(validator.problems(broken))
    assert any("activeCount: 0 is less than the minimum of 1" in p for p in problems), problems
    assert any("'replicas' was unexpected" in p for p in problems), problems


def test_cluster_mode_ceph_cluster(example_objects):
    cluster = one(example_objects, "CephCluster", "rook-ceph")
    spec = cluster["spec"]
    assert cluster["metadata"]["namespace"] == "rook-ceph"
    assert spec["cephVersion"] == {"image": "quay.io/ceph/ceph:v20.2.4", "allowUnsupported": False}
    assert spec["dataDirHostPath"] == "/var/lib/rook"
    assert spec["mon"] == {"count": 3, "allowMultiplePerNode": False}
    assert spec["mgr"] == {"count": 2, "allowMultiplePerNode": False}
    assert spec["dashboard"] == {"enabled": True, "ssl": True} and spec["crashCollector"] == {"disable": False}
    assert spec["cleanupPolicy"] == {"confirmation": "", "allowUninstallWithVolumes": False}
    storage = spec["storage"]
    assert storage["useAllNodes"] is False and storage["useAllDevices"] is False
    assert (storage["nearFullRatio"], storage["backfillFullRatio"], storage["fullRatio"]) == (0.85, 0.9, 0.95)
    # seed 004's lsblk: each node has /dev/sda (149G root, the new 150G /dev/sda2, boot partitions) and no other
    # disk, so the example claims no NVMe device that Rook would never find
    assert [n["name"] for n in storage["nodes"]] == ["vmi2887101", "vmi2887102", "vmi2887103"]
    for node in storage["nodes"]:
        assert node["devices"] == [{"name": "/dev/sda2"}]


def test_no_pool_names_a_device_class_the_nodes_lack(example_objects):
    """Rook creates a pool's CRUSH rule from its device class; a class no OSD has fails it ("device class nvme does
    not exist") and the filesystem never comes up. Every pool's class must be on at least `size` hosts."""
    cluster = one(example_objects, "CephCluster", "rook-ceph")["spec"]["storage"]["nodes"]
    hosts_of = {}
    for node in cluster:
        for device in node["devices"]:
            hosts_of.setdefault(device.get("config", {}).get("deviceClass"), set()).add(node["name"])
    pools = [o["spec"] for o in example_objects if o["kind"] == "CephBlockPool"]
    pools += [p for o in example_objects if o["kind"] == "CephFilesystem"
              for p in (o["spec"]["metadataPool"], *o["spec"]["dataPools"])]
    assert len(pools) == 4  # metadata, data0, replicapool, .mgr
    for pool in pools:
        hosts = set().union(*hosts_of.values()) if "deviceClass" not in pool else hosts_of.get(pool["deviceClass"], set())
        assert len(hosts) >= pool["replicated"]["size"], pool


def test_mgr_pool_is_rendered_with_the_cluster_and_follows_the_other_pools(example_objects, tmp_path):
    """Rook's pool-builtin-mgr.yaml: the CephBlockPool builtin-mgr with spec.name .mgr, created with the cluster,
    so the .mgr pool gets a failure domain and (with device classes) a class instead of spanning every OSD."""
    mgr = one(example_objects, "CephBlockPool", "builtin-mgr")
    assert mgr["spec"] == {"name": ".mgr", "failureDomain": "host",
                           "replicated": {"size": 3, "requireSafeReplicaSize": True}}
    assert mgr["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == \
        one(example_objects, "CephCluster", "rook-ceph")["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]
    out = tmp_path / "nvme"
    result = run_main("--platform", str(ROOT / "examples" / "nvme-metadata.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    nvme = one(load_objects(out / "storage"), "CephBlockPool", "builtin-mgr")
    assert nvme["spec"]["deviceClass"] == "nvme"
    platform = loader.load(ROOT / "examples" / "nvme-metadata.yaml")
    document = yaml.safe_load((ROOT / "examples" / "nvme-metadata.yaml").read_text())
    del document["storage"]["cephClusters"][0]["mgrPool"]  # by default it follows the metadata pool
    assert loader.parse(yaml.safe_dump(document)).storage.ceph_clusters[0].effective_mgr_pool == \
        platform.storage.ceph_clusters[0].filesystems[0].metadata_pool


def test_shared_fs_filesystem_and_its_sub_volume_group(example_objects):
    fs = one(example_objects, "CephFilesystem", "shared-fs")
    spec = fs["spec"]
    assert spec["metadataPool"] == {"failureDomain": "host", "replicated": {"size": 3, "requireSafeReplicaSize": True}}
    assert spec["dataPools"] == [{"name": "data0", "failureDomain": "host",
                                  "replicated": {"size": 3, "requireSafeReplicaSize": True}}]
    assert spec["preserveFilesystemOnDelete"] is True
    assert spec["metadataServer"]["activeCount"] == 1 and spec["metadataServer"]["activeStandby"] is True
    group = one(example_objects, "CephFilesystemSubVolumeGroup", "shared-fs-csi")
    assert group["metadata"]["namespace"] == "rook-ceph"
    assert group["spec"] == {"name": "csi", "filesystemName": "shared-fs", "pinning": {"distributed": 1}}


def test_block_pool_renders_rooks_rbd_pool_class_and_snapshot_class(example_objects):
    """MariaDB and the Redis queue sit on RBD, not CephFS: Rook v1.20.6 deploy/examples/csi/rbd/storageclass.yaml and
    snapshotclass.yaml, with the pool's layout."""
    pool = one(example_objects, "CephBlockPool", "replicapool")
    assert pool["metadata"]["namespace"] == "rook-ceph"
    assert pool["spec"] == {"failureDomain": "host", "replicated": {"size": 3, "requireSafeReplicaSize": True}}
    sc = one(example_objects, "StorageClass", "ceph-block")
    assert sc["provisioner"] == "rook-ceph.rbd.csi.ceph.com"
    rbd = {k.replace("cephfs", "rbd"): v for k, v in SECRETS.items()}
    assert sc["parameters"] == {
        "clusterID": "rook-ceph", "pool": "replicapool", "imageFormat": "2", "imageFeatures": "layering",
        "csi.storage.k8s.io/fstype": "ext4", **{k: v.replace("cephfs", "rbd") for k, v in rbd.items()},
        "csi.storage.k8s.io/controller-publish-secret-name": "rook-csi-rbd-provisioner",
        "csi.storage.k8s.io/controller-publish-secret-namespace": "rook-ceph"}
    assert sc["reclaimPolicy"] == "Retain" and sc["metadata"]["annotations"][
        "storageclass.kubernetes.io/is-default-class"] == "false"
    vsc = one(example_objects, "VolumeSnapshotClass", "ceph-block")
    assert vsc["driver"] == sc["provisioner"] and vsc["parameters"] == {
        "clusterID": "rook-ceph", "csi.storage.k8s.io/snapshotter-secret-name": "rook-csi-rbd-provisioner",
        "csi.storage.k8s.io/snapshotter-secret-namespace": "rook-ceph"}
    assert vsc["metadata"]["labels"]["velero.io/csi-volumesnapshot-class"] == "true"
    queue = one(example_objects, "StatefulSet", "production-bench-redis-queue")
    assert queue["spec"]["volumeClaimTemplates"][0]["spec"]["storageClassName"] == "ceph-block"
    mariadb = one(example_objects, "MariaDB", "production-bench-mariadb")
    assert mariadb["spec"]["storage"]["storageClassName"] == "ceph-block"
    assert pool["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"] == "disabled"  # it holds the images


def test_external_block_pool_renders_only_its_classes():
    document = yaml.safe_load(EXTERNAL_EXAMPLE.read_text())
    document["storage"]["cephClusters"][0]["blockPools"] = [
        {"name": "rbd.pool_1", "storageClass": {"name": "ceph-block"}, "csiNodeSecret": "rook-csi-rbd-node-k8s-rbd"}]
    platform = loader.parse(yaml.safe_dump(document))
    from frappe_k8s.render import synthesize

    storage = synthesize(platform)["storage"]
    assert not [o for o in storage if o["kind"] == "CephBlockPool"]  # the provider's pool, the classes only
    sc = one(storage, "StorageClass", "ceph-block")
    assert sc["parameters"]["pool"] == "rbd.pool_1"
    assert sc["parameters"]["csi.storage.k8s.io/node-stage-secret-name"] == "rook-csi-rbd-node-k8s-rbd"
    del document["storage"]["cephClusters"][0]["blockPools"][0]["storageClass"]
    (problem,) = platform_problems(yaml.safe_dump(document))
    assert "blockPools[0].storageClass.name: the pool name 'rbd.pool_1' is no StorageClass name" in problem


def test_storage_class_has_the_exact_cephfs_csi_parameters(example_objects):
    sc = one(example_objects, "StorageClass", "cephfs")
    assert sc["provisioner"] == "rook-ceph.cephfs.csi.ceph.com"
    assert sc["parameters"] == {"clusterID": "rook-ceph", "fsName": "shared-fs", "pool": "shared-fs-data0", **SECRETS}
    assert sc["reclaimPolicy"] == "Retain" and sc["allowVolumeExpansion"] is True
    assert sc["volumeBindingMode"] == "Immediate"
    assert sc["metadata"]["annotations"]["storageclass.kubernetes.io/is-default-class"] == "true"
    defaults = [o for o in example_objects if o["kind"] == "StorageClass"
                and o["metadata"].get("annotations", {}).get("storageclass.kubernetes.io/is-default-class") == "true"]
    assert defaults == [sc]
    claim = one(example_objects, "PersistentVolumeClaim", "odoo-backups-storage")
    assert claim["spec"]["storageClassName"] == "cephfs" and claim["spec"]["accessModes"] == ["ReadWriteMany"]


def test_snapshot_class_matches_the_storage_class_and_velero_finds_it(example_objects):
    sc = one(example_objects, "StorageClass", "cephfs")
    vsc = one(example_objects, "VolumeSnapshotClass", "cephfs")
    assert vsc["apiVersion"] == "snapshot.storage.k8s.io/v1"
    assert vsc["driver"] == sc["provisioner"] and vsc["deletionPolicy"] == "Delete"
    assert vsc["parameters"] == {"clusterID": sc["parameters"]["clusterID"],
                                 "csi.storage.k8s.io/snapshotter-secret-name": "rook-csi-cephfs-provisioner",
                                 "csi.storage.k8s.io/snapshotter-secret-namespace": "rook-ceph"}
    assert vsc["metadata"]["labels"]["velero.io/csi-volumesnapshot-class"] == "true"
    assert "snapshot.storage.kubernetes.io/is-default-class" not in vsc["metadata"]["annotations"]


def test_operators_are_pinned_helm_sources_for_argocd_and_flux(example_dist, example_objects, external_dist):
    argocd, flux = (load_objects(example_dist / f"operators-{tool}") for tool in ("argocd", "flux"))
    # one folder per tool: a folder with both would fail in each tool on the other's kinds
    assert {o["kind"] for o in argocd} == {"Application"} and {o["kind"] for o in flux} == {"HelmRepository",
                                                                                            "HelmRelease"}
    objects = argocd + flux
    names = ["ceph-csi-drivers", "rook-ceph", "velero"]  # velero: tests/test_velero.py; RKE2 has a snapshot controller
    for kind in ("Application", "HelmRepository", "HelmRelease"):
        assert sorted(o["metadata"]["name"] for o in objects if o["kind"] == kind) == names
    for release in (o for o in flux if o["kind"] == "HelmRelease"):  # Flux uninstalls a pruned release
        assert release["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"] == "disabled"
    app = one(objects, "Application", "rook-ceph")
    assert app["metadata"]["namespace"] == "argocd" and "finalizers" not in app["metadata"]
    # monitoring.enabled: the chart's Role and RoleBinding rook-ceph-monitoring, without which the operator cannot
    # create the mgr's ServiceMonitor that the CephCluster's spec.monitoring asks for
    assert app["spec"]["source"] == {"repoURL": "https://charts.rook.io/release", "chart": "rook-ceph",
                                     "targetRevision": "v1.20.6", "helm": {"releaseName": "rook-ceph", "valuesObject": {
                                         "crds": {"enabled": True}, "csi": {"installCsiOperator": True},
                                         "monitoring": {"enabled": True}}}}
    assert app["spec"]["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "rook-ceph"}
    assert app["spec"]["syncPolicy"]["automated"] == {"prune": False, "selfHeal": True}
    assert "CreateNamespace=true" in app["spec"]["syncPolicy"]["syncOptions"]
    assert app["spec"]["syncPolicy"]["retry"]["limit"] == 10
    drivers = one(objects, "HelmRelease", "ceph-csi-drivers")
    assert drivers["spec"]["chart"]["spec"] == {"chart": "ceph-csi-drivers", "version": "1.0.4", "sourceRef": {
        "kind": "HelmRepository", "name": "ceph-csi-drivers", "namespace": "flux-system"}}
    assert drivers["spec"]["dependsOn"] == [{"name": "rook-ceph"}]
    assert drivers["spec"]["targetNamespace"] == "rook-ceph" and drivers["spec"]["install"]["createNamespace"] is True
    sc = one(example_objects, "StorageClass", "cephfs")
    assert drivers["spec"]["values"]["drivers"]["cephfs"] == {"enabled": True, "name": sc["provisioner"]}
    assert one(objects, "HelmRepository", "ceph-csi-drivers")["spec"]["url"] == "https://ceph.github.io/ceph-csi-operator"
    # the external example runs on the same RKE2 cluster, which ships rke2-snapshot-controller: none is installed
    assert "snapshot-controller" not in {o["metadata"]["name"] for o in load_objects(external_dist)}


def test_a_generic_cluster_gets_the_snapshot_controller_and_rke2_refuses_a_second(tmp_path):
    document = yaml.safe_load(EXTERNAL_EXAMPLE.read_text())
    document["cluster"]["distribution"] = "generic"
    path = tmp_path / "generic.yaml"
    path.write_text(yaml.safe_dump(document))
    result = run_main("--platform", str(path), "--out", str(tmp_path / "dist"))
    assert result.returncode == 0, result.stderr
    flux = load_objects(tmp_path / "dist" / "operators-flux")
    snap = one(flux, "HelmRelease", "snapshot-controller")
    assert snap["spec"]["targetNamespace"] == "kube-system" and snap["spec"]["chart"]["spec"]["version"] == "5.2.0"
    assert one(flux, "HelmRepository", "snapshot-controller")["spec"]["url"] == "https://piraeus.io/helm-charts/"
    apps = load_objects(tmp_path / "dist" / "operators-argocd")
    assert int(one(apps, "Application", "snapshot-controller")["metadata"]["annotations"][
        "argocd.argoproj.io/sync-wave"]) <= int(one(apps, "Application", "rook-ceph")["metadata"][
            "annotations"]["argocd.argoproj.io/sync-wave"])
    document["cluster"]["distribution"] = "rke2"
    document["storage"]["rook"] = {"snapshotController": True}
    (problem,) = platform_problems(yaml.safe_dump(document))
    assert "storage.rook.snapshotController: installs a second CSI snapshot controller on rke2, which ships" \
        " rke2-snapshot-controller" in problem and "Fix:" in problem


def test_sync_waves_put_operators_before_cluster_before_classes_before_claims(example_objects):
    def wave(kind, name):
        return int(one(example_objects, kind, name)["metadata"].get("annotations", {})
                   .get("argocd.argoproj.io/sync-wave", "0"))

    assert wave("Application", "rook-ceph") < wave("Application", "ceph-csi-drivers") < 0
    assert wave("CephCluster", "rook-ceph") < wave("CephFilesystem", "shared-fs") < wave("StorageClass", "cephfs") \
        < wave("PersistentVolumeClaim", "odoo-backups-storage")
    assert wave("StorageClass", "cephfs") == wave("VolumeSnapshotClass", "cephfs") \
        == wave("CephFilesystemSubVolumeGroup", "shared-fs-csi")
    for kind, name in (("CephCluster", "rook-ceph"), ("CephFilesystem", "shared-fs"), ("VolumeSnapshotClass", "cephfs")):
        options = one(example_objects, kind, name)["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]
        assert options == "SkipDryRunOnMissingResource=true,Prune=false,Delete=false"


def test_cluster_keeps_csi_keys_mountable_by_current_kernels(example_objects):
    # aes256k keys (Ceph 20's default) need Linux 7.0+ for kernel CephFS mounts; Rook v1.20 sets aes
    assert one(example_objects, "CephCluster", "rook-ceph")["spec"]["security"] == {"cephx": {"csi": {"keyType": "aes"}}}


def test_external_mode_renders_no_filesystem_and_no_secret(external_dist):
    objects = load_objects(external_dist)
    cluster = one(objects, "CephCluster", "rook-ceph-external")
    assert cluster["spec"] == {"external": {"enable": True}, "crashCollector": {"disable": True},
                               "healthCheck": {"daemonHealth": {"mon": {"disabled": False, "interval": "45s"}}}}
    assert not [o for o in objects if o["kind"] in ("CephFilesystem", "CephFilesystemSubVolumeGroup", "Secret",
                                                     "ConfigMap")]
    sc = one(objects, "StorageClass", "cephfs")
    assert sc["parameters"] == {"clusterID": "rook-ceph", "fsName": "cephfs", "pool": "cephfs.cephfs.data", **SECRETS}
    text = "".join(p.read_text() for p in external_dist.rglob("*.yaml"))
    assert not re.search(r"userKey|admin-secret|mon-secret|AQ[A-Za-z0-9+/]{30,}==", text)  # no cephx keys
    kubectl = shutil.which("kubectl")
    for app in ("operators-argocd", "operators-flux", "storage"):
        result = subprocess.run([kubectl, "kustomize", str(external_dist / app)], capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        assert len([d for d in yaml.safe_load_all(result.stdout) if d]) == len(load_objects(external_dist / app))


def test_external_example_mounts_the_existing_backup_tree(external_dist):
    """Seed 004's /mnt/cephfs/odoo_backups/active/<customer>: a claim on the class would be a new, empty subvolume;
    the static volume mounts the folder itself (ceph-csi staticVolume, rootPath)."""
    objects = load_objects(external_dist / "storage")
    pv = one(objects, "PersistentVolume", "saasodoo-odoo-backups-storage")
    assert pv["spec"]["csi"]["volumeAttributes"] == {"clusterID": "rook-ceph", "fsName": "cephfs",
                                                     "staticVolume": "true", "rootPath": "/odoo_backups"}
    assert pv["spec"]["csi"]["nodeStageSecretRef"] == {"name": "rook-csi-cephfs-node", "namespace": "rook-ceph"}
    claim = one(objects, "PersistentVolumeClaim", "odoo-backups-storage")
    assert claim["spec"]["volumeName"] == pv["metadata"]["name"] and claim["spec"]["storageClassName"] == ""


def test_the_guides_exporter_command_runs_without_the_prometheus_module():
    """create-external-cluster-resources.py aborts ("can't find monitoring_endpoint, prometheus module might not be
    enabled") unless the mgr module is on or --skip-monitoring-endpoint is given (Rook v1.20.6)."""
    guide = (ROOT / "docs" / "how-to" / "external-ceph.md").read_text()
    command = guide.split("python3 create-external-cluster-resources.py")[1].split("```")[0]
    assert "--skip-monitoring-endpoint" in command and "--cephfs-filesystem-name cephfs" in command
    assert "--cephfs-data-pool-name cephfs.cephfs.data" in command
    example = yaml.safe_load(EXTERNAL_EXAMPLE.read_text())["storage"]["cephClusters"][0]["filesystems"][0]
    assert (example["name"], example["storageClass"]["pool"]) == ("cephfs", "cephfs.cephfs.data")


def test_gitops_tool_selects_the_sources(tmp_path):
    document = yaml.safe_load(EXTERNAL_EXAMPLE.read_text())
    for tool, kinds in (("argocd", {"Application"}), ("flux", {"HelmRepository", "HelmRelease"})):
        document["gitops"]["tool"] = tool
        path = tmp_path / f"{tool}.yaml"
        path.write_text(yaml.safe_dump(document))
        result = run_main("--platform", str(path), "--out", str(tmp_path / tool))
        assert result.returncode == 0, result.stderr
        assert {o["kind"] for o in load_objects(tmp_path / tool / f"operators-{tool}")} == kinds
        assert sorted(p.name for p in (tmp_path / tool).iterdir() if p.name.startswith("operators")) == \
            [f"operators-{tool}"]
    del document["gitops"]  # no gitops section: both
    path = tmp_path / "none.yaml"
    path.write_text(yaml.safe_dump(document))
    result = run_main("--platform", str(path), "--out", str(tmp_path / "none"))
    assert {o["kind"] for o in load_objects(tmp_path / "none" / "operators-argocd")} == {"Application"}
    assert {o["kind"] for o in load_objects(tmp_path / "none" / "operators-flux")} == {"HelmRepository", "HelmRelease"}


def test_helm_operator_is_reusable_from_python():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "ops", disable_resource_name_hashes=True)
    props = HelmOperatorProps(name="velero", namespace="velero", chart=operators.HelmChart(
        "https://vmware-tanzu.github.io/helm-charts", "velero", "12.1.0"), values={"deployNodeAgent": True},
        tool="flux", depends_on=("snapshot-controller",))
    operator = HelmOperator(chart, "velero", props)
    manifests = chart.to_json()
    assert [m["kind"] for m in manifests] == ["HelmRepository", "HelmRelease"] and operator.application is None
    assert manifests[1]["spec"]["values"] == {"deployNodeAgent": True}
    validator = Validator("1.33")
    assert [p for m in manifests for p in validator.problems(m)] == []
    with pytest.raises(Exception, match="is not one exact chart version"):
        HelmOperatorProps(name="x", namespace="x", chart=operators.HelmChart("https://e.x", "x", "^1.0"))


def test_no_secret_objects_anywhere_in_the_example(example_objects):
    assert not [o for o in example_objects if o["kind"] == "Secret"]


# --- validation errors ----------------------------------------------------------------------------

BASE = {"name": "demo", "storage": {
    "externalStorageClasses": [{"name": "ebs", "readWriteMany": False}],
    "cephClusters": [{
        "name": "rook-ceph",
        "nodes": [{"name": f"n{i}", "devices": [{"name": "/dev/sda2", "size": "150G"}]} for i in (1, 2, 3)],
        "filesystems": [{"name": "fs", "dataPools": [{"name": "data0"}], "storageClass": {"name": "cephfs"}}]}]}}


def problems_of(change) -> list[str]:
    document = copy.deepcopy(BASE)
    change(document["storage"]["cephClusters"][0], document)
    with pytest.raises(PlatformError) as caught:
        loader.parse(yaml.safe_dump(document, sort_keys=False), "platform.yaml")
    return caught.value.problems


def fs0(cluster):
    return cluster["filesystems"][0]


def test_base_document_is_valid():
    platform = loader.parse(yaml.safe_dump(BASE))
    fs = platform.storage.ceph_clusters[0].filesystems[0]
    assert fs.driver == "rook-ceph.cephfs.csi.ceph.com" and fs.class_pool_name == "fs-data0"


def _second_fs(cluster, **storage_class):
    second = copy.deepcopy(fs0(cluster))
    second.update(name="fs2", dataPools=[{"name": "data0"}], storageClass={"name": "other", **storage_class})
    cluster["filesystems"].append(second)
    return second


ERRORS = [
    ("replica size larger than the failure domains",
     lambda c, d: fs0(c)["dataPools"][0].update(replicated={"size": 4}),
     "storage.cephClusters[0].filesystems[0].dataPools[0].replicated.size: needs 4 failure domains (host) with"
     " devices, the cluster has 3 (n1, n2, n3) (got 4). Fix: add nodes or devices, set deviceClass on the devices"
     " that have it, lower the size, or use failureDomain: osd"),
    ("device class on too few hosts",
     lambda c, d: (c["nodes"][0]["devices"][0].update(deviceClass="nvme"),
                   [p.update(deviceClass="nvme") for p in [fs0(c).setdefault("metadataPool", {}), fs0(c)["dataPools"][0]]]),
     "filesystems[0].metadataPool.replicated.size: needs 3 failure domains (host) with nvme devices, the cluster has 1"),
    ("even mon count", lambda c, d: c.update(mon={"count": 2}),
     "storage.cephClusters[0].mon.count: is even; an odd count keeps a majority when one monitor is lost (4 tolerates"
     " one loss, like 3) (got 2). Fix: use 1 or 3"),
    ("mon count above nodes", lambda c, d: c.update(mon={"count": 5}),
     "storage.cephClusters[0].mon.count: Rook cannot start 5 mons on 3 node(s) when allowMultiplePerNode is false"),
    ("size 1 without requireSafeReplicaSize: false", lambda c, d: fs0(c)["dataPools"][0].update(replicated={"size": 1}),
     "filesystems[0].dataPools[0].replicated.size: keeps a single copy, so losing one disk loses the data (got 1)."
     " Fix: use size 3, or set requireSafeReplicaSize: false for a test cluster"),
    ("device path not absolute", lambda c, d: c["nodes"][1]["devices"][0].update(name="sdb"),
     "storage.cephClusters[0].nodes[1].devices[0].name: is not valid (got 'sdb'). Fix: write the absolute device path"),
    ("duplicate pool names", lambda c, d: fs0(c)["dataPools"].append({"name": "data0"}),
     "storage.cephClusters[0].filesystems[0].dataPools[1].name: is a duplicate pool name in this filesystem"),
    ("generated Ceph pool names collide across filesystems",
     lambda c, d: (fs0(c).update(name="a-b"), _second_fs(c).update(name="a", dataPools=[{"name": "b-data0"}])),
     "filesystems[1].name: its Ceph pool 'a-b-data0' is also a pool of filesystem 'a-b'"),
    ("StorageClass name used twice by two filesystems", lambda c, d: _second_fs(c, name="cephfs"),
     "filesystems[1].storageClass.name: StorageClass 'cephfs' is already the class of"
     " storage.cephClusters[0].filesystems[0]"),
    ("StorageClass name also declared external",
     lambda c, d: d["storage"]["externalStorageClasses"].append({"name": "cephfs"}),
     "filesystems[0].storageClass.name: StorageClass 'cephfs' is already declared external"),
    ("StorageClass name also rendered by a volume",
     lambda c, d: (d.update(cluster={"csiDrivers": ["nfs.csi.k8s.io"]}), d["storage"].update(volumes=[{
         "name": "v", "namespace": "ns", "nfs": {"server": "s", "share": "/x", "storageClassName": "cephfs"}}])),
     "storage.volumes[0].nfs.storageClassName: StorageClass 'cephfs' is already rendered by"
     " storage.cephClusters[0].filesystems[0]"),
    ("two default classes", lambda c, d: (fs0(c)["storageClass"].update(isDefault=True), _second_fs(c, isDefault=True)),
     "filesystems[1].storageClass.isDefault: a second default StorageClass ('other';"
     " storage.cephClusters[0].filesystems[0].storageClass is one already)"),
    ("two default snapshot classes for one driver",
     lambda c, d: (fs0(c).update(snapshotClass={"isDefault": True}),
                   _second_fs(c).update(snapshotClass={"isDefault": True})),
     "filesystems[1].snapshotClass.isDefault: a second default VolumeSnapshotClass for driver"
     " rook-ceph.cephfs.csi.ceph.com"),
    ("RWX volume on a class that cannot do RWX",
     lambda c, d: d["storage"].update(volumes=[{"name": "v", "namespace": "ns", "storageClass": "ebs"}]),
     "storage.volumes[0]: asks for ReadWriteMany on StorageClass 'ebs', declared readWriteMany: false"),
    ("erasure-coded first data pool",
     lambda c, d: fs0(c)["dataPools"][0].update(erasureCoded={"dataChunks": 2, "codingChunks": 1}),
     "filesystems[0].dataPools[0].erasureCoded: the first (default) data pool must be replicated"),
    ("replicated and erasure coded at once",
     lambda c, d: fs0(c)["dataPools"].append({"name": "ec", "replicated": {"size": 3},
                                               "erasureCoded": {"dataChunks": 2, "codingChunks": 1}}),
     "filesystems[0].dataPools[1].erasureCoded: a pool is either replicated or erasure coded"),
    ("erasure-coded metadata pool",
     lambda c, d: fs0(c).update(metadataPool={"erasureCoded": {"dataChunks": 2, "codingChunks": 1}}),
     "filesystems[0].metadataPool.erasureCoded: CephFS metadata must be replicated"),
    ("device class on some pools only", lambda c, d: (c["nodes"][0]["devices"][0].update(deviceClass="hdd"),
                                                      fs0(c)["dataPools"][0].update(deviceClass="hdd")),
     "storage.cephClusters[0].filesystems: device_class is set on some pools and not on others".replace(
         "device_class", "deviceClass")),
    ("too many active MDS for the nodes", lambda c, d: fs0(c).update(metadataServer={"activeCount": 2}),
     "filesystems[0].metadataServer.activeCount: Rook runs 4 MDS pods, one per node, on 3 node(s) (got 2)"),
    ("storage class pool that is not a data pool", lambda c, d: fs0(c)["storageClass"].update(pool="data9"),
     "filesystems[0].storageClass.pool: is not one of this filesystem's data pools (got 'data9'). Fix: use one of data0"),
    ("unpinned Ceph image", lambda c, d: c.update(cephImage="quay.io/ceph/ceph:latest"),
     "storage.cephClusters[0].cephImage: is not pinned to a version"),
    ("forbidden data dir", lambda c, d: c.update(dataDirHostPath="/var/log/ceph/rook"),
     "storage.cephClusters[0].dataDirHostPath: must be an absolute host path outside /etc/ceph"),
    ("ratios out of order", lambda c, d: c.update(nearFullRatio=0.92),
     "storage.cephClusters[0].fullRatio: needs 0 < nearFullRatio < backfillFullRatio < fullRatio <= 0.95"),
    ("node listed twice", lambda c, d: c["nodes"].append(copy.deepcopy(c["nodes"][0])),
     "storage.cephClusters[0].nodes[3].name: is listed twice"),
    ("device listed twice", lambda c, d: c["nodes"][0]["devices"].append({"name": "/dev/sda2", "size": "10G"}),
     "storage.cephClusters[0].nodes[0].devices[1].name: is listed twice on this node"),
    ("device too small", lambda c, d: c["nodes"][0]["devices"][0].update(size="4G"),
     "storage.cephClusters[0].nodes[0].devices[0].size: is below 5Gi, which ceph-volume skips"),
    ("device size in GB", lambda c, d: c["nodes"][0]["devices"][0].update(size="150GB"),
     "storage.cephClusters[0].nodes[0].devices[0].size: is not valid (got '150GB')"),
    ("data pool without a name", lambda c, d: fs0(c)["dataPools"].append({"replicated": {"size": 3}}),
     "storage.cephClusters[0].filesystems[0].dataPools[1].name: required field is missing"),
    ("external cluster with nodes", lambda c, d: c.update(external={"enable": True}),
     "storage.cephClusters[0].nodes: applies only to cluster mode; an external cluster's daemons and disks belong to"
     " the provider. Fix: remove nodes, or set external.enable: false"),
    ("external filesystem with pools", lambda c, d: (c.update(external={"enable": True}), c.pop("nodes")),
     "storage.cephClusters[0].filesystems[0].dataPools: applies only to cluster mode; an external filesystem lives on"
     " the provider. Fix: remove dataPools"),
    ("external filesystem without the provider pool",
     lambda c, d: (c.update(external={"enable": True}), c.pop("nodes"), fs0(c).pop("dataPools")),
     "storage.cephClusters[0].filesystems[0].storageClass.pool: an external filesystem needs the provider's data pool"),
    ("CSI secret names in cluster mode", lambda c, d: fs0(c).update(csiNodeSecret="mine"),
     "storage.cephClusters[0].filesystems[0].csiNodeSecret: applies only to external mode"),
    ("two clusters", lambda c, d: d["storage"]["cephClusters"].append(copy.deepcopy(c)),
     "storage.cephClusters: has 2 entries, at most 1 allowed. Fix: declare one Rook CephCluster"),
    ("unknown field", lambda c, d: fs0(c).update(metadataServers={"activeCount": 1}),
     "filesystems[0].metadataServers: unknown field. Fix: did you mean metadataServer?"),
    # seed 001's NVMe metadata pool on nodes that have only /dev/sda (seed 004): Rook would fail the CRUSH rule
    ("a device class no device has",
     lambda c, d: [p.update(deviceClass="nvme") for p in [fs0(c).setdefault("metadataPool", {}), fs0(c)["dataPools"][0]]],
     "filesystems[0].metadataPool.replicated.size: needs 3 failure domains (host) with nvme devices, the cluster has 0;"
     " devices without deviceClass get the class Ceph detects (hdd, ssd or nvme), which is not known here"),
    ("block pool", lambda c, d: c.update(blockPools=[{"name": "rbd", "replicated": {"size": 4}}]),
     "storage.cephClusters[0].blockPools[0].replicated.size: needs 4 failure domains (host) with devices"),
    ("ReadWriteMany on a block pool's class",
     lambda c, d: (c.update(blockPools=[{"name": "rbd"}]),
                   d["storage"].update(volumes=[{"name": "v", "namespace": "ns", "storageClass": "rbd"}])),
     "storage.volumes[0]: asks for ReadWriteMany on StorageClass 'rbd', an RBD block class (ReadWriteOnce). Fix: use"
     " an RWX class (CephFS, EFS, NFS), or accessModes: [ReadWriteOnce] with allowReadWriteOnce: true"),
    ("block pool named like the .mgr pool's object", lambda c, d: c.update(blockPools=[{"name": "builtin-mgr"}]),
     "storage.cephClusters[0].blockPools[0].name: is the CephBlockPool of Ceph's .mgr pool"),
    ("block pool whose Ceph pool is a filesystem's", lambda c, d: c.update(blockPools=[{"name": "fs-data0"}]),
     "storage.cephClusters[0].blockPools[0].name: its Ceph pool 'fs-data0' is also a pool of filesystem 'fs'"),
    ("block pool without layering", lambda c, d: c.update(blockPools=[{"name": "rbd", "imageFeatures": ["exclusive-lock"]}]),
     "storage.cephClusters[0].blockPools[0].imageFeatures: must list layering"),
    ("block pool class with a pool", lambda c, d: c.update(blockPools=[{"name": "rbd", "storageClass": {"pool": "x"}}]),
     "storage.cephClusters[0].blockPools[0].storageClass.pool: a block pool's class writes to the pool itself"),
    ("block pool layout in external mode",
     lambda c, d: (c.update(external={"enable": True}, blockPools=[{"name": "rbd", "failureDomain": "host"}]),
                   c.pop("nodes"), fs0(c).pop("dataPools"), fs0(c)["storageClass"].update(pool="p")),
     "storage.cephClusters[0].blockPools[0].failureDomain: applies only to cluster mode; an external pool's layout"
     " lives on the provider"),
    ("device class on a block pool only",
     lambda c, d: (c["nodes"][0]["devices"][0].update(deviceClass="hdd"),
                   c.update(blockPools=[{"name": "rbd", "deviceClass": "hdd"}])),
     "storage.cephClusters[0].filesystems: deviceClass is set on some pools and not on others"),
    ("mgrPool larger than the hosts", lambda c, d: c.update(mgrPool={"replicated": {"size": 5}}),
     "storage.cephClusters[0].mgrPool.replicated.size: needs 5 failure domains (host) with devices, the cluster has 3"),
    ("mgrPool with a name", lambda c, d: c.update(mgrPool={"name": "mine"}),
     "storage.cephClusters[0].mgrPool.name: the pool is always '.mgr'"),
    ("mgrPool in external mode", lambda c, d: (c.update(external={"enable": True}, mgrPool={}), c.pop("nodes")),
     "storage.cephClusters[0].mgrPool: applies only to cluster mode"),
]


@pytest.mark.parametrize("change, expected", [(c, e) for _, c, e in ERRORS], ids=[i for i, _, _ in ERRORS])
def test_ceph_errors_name_field_value_and_fix(change, expected):
    found = problems_of(change)
    assert len(found) == 1 and expected in found[0], found
    assert found[0].startswith("platform.yaml:") and "Fix:" in found[0]


def test_errors_carry_the_line_of_the_nested_field():
    text = yaml.safe_dump(BASE, sort_keys=False).replace("      - name: data0", "      - name: data0\n"
                                                                            "        replicated: {size: 5}")
    with pytest.raises(PlatformError) as caught:
        loader.parse(text, "platform.yaml")
    (message,) = caught.value.problems
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "size: 5" in l)
    assert message.startswith(f"platform.yaml:{line}: storage.cephClusters[0].filesystems[0].dataPools[0].replicated.size:")


def test_props_validate_themselves_for_python_users():
    with pytest.raises(Exception, match="is not an absolute device path"):
        CephDevice(name="sda2", size="150G")
    with pytest.raises(Exception, match="is even"):
        Mon(count=4)
    fs = CephFilesystemProps(name="fs", data_pools=(CephPool(name="d"),))
    with pytest.raises(Exception, match="needs 3 failure domains"):
        CephClusterProps(name="c", filesystems=(fs,), mon=Mon(count=1), mgr=Mgr(count=1),
                         nodes=(ceph.CephNode("a", (CephDevice("/dev/sdb", "10G"),)),))


# --- schema, model and reference in step ---------------------------------------------------------------

def _schema_defaults(node: dict) -> dict:
    return {name: prop["default"] for name, prop in node.get("properties", {}).items() if "default" in prop}


@pytest.mark.parametrize("schema_path, cls", [
    (("$defs", "cephCluster"), CephClusterProps),
    (("$defs", "cephCluster", "properties", "mon"), Mon),
    (("$defs", "cephCluster", "properties", "mgr"), Mgr),
    (("$defs", "cephPool"), CephPool),
    (("$defs", "cephReplicated"), Replicated),
    (("$defs", "cephFilesystem"), CephFilesystemProps),
    (("$defs", "cephFilesystem", "properties", "metadataServer"), MetadataServer),
    (("$defs", "cephStorageClass"), CephStorageClass),
    (("$defs", "cephSnapshotClass"), CephSnapshotClass),
    (("$defs", "cephBlockPool"), CephBlockPoolProps),
    (("properties", "storage", "properties", "rook"), RookSettings),
    (("properties", "cluster"), Cluster),
])
def test_ceph_schema_defaults_match_the_dataclass_defaults(schema_path, cls):
    node = loader.schema()
    for key in schema_path:
        node = node[key]
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    checked = 0
    for name, value in _schema_defaults(node).items():
        field = loader._snake(name)
        if field in defaults:
            expected = list(defaults[field]) if isinstance(defaults[field], tuple) else defaults[field]
            assert value == expected, f"{cls.__name__}.{field}: schema {value!r}, dataclass {defaults[field]!r}"
            checked += 1
    assert checked or cls in (CephPool, RookSettings)


def test_capacity_check_default_matches():
    from frappe_k8s.model import Storage

    assert loader.schema()["properties"]["storage"]["properties"]["capacityCheck"]["default"] == Storage.capacity_check


def test_ceph_schema_patterns_match_the_props_checks():
    defs = loader.schema()["$defs"]
    device = defs["cephNode"]["properties"]["devices"]["items"]["properties"]["name"]
    assert device["pattern"] == ceph.DEVICE_PATH.pattern
    assert defs["deviceClass"]["pattern"] == ceph.DEVICE_CLASS.pattern
    assert defs["cephCluster"]["properties"]["cephImage"]["default"] == ceph.DEFAULT_CEPH_IMAGE


def _paths(node: dict, defs: dict, prefix: str) -> list[tuple[str, dict]]:
    """(field path, schema) of every property below node, following $refs into $defs."""
    out = []
    for name, prop in node.get("properties", {}).items():
        target = defs[prop["$ref"].split("/")[-1]] if "$ref" in prop else prop
        if "items" in target:
            item = target["items"]
            target = defs[item["$ref"].split("/")[-1]] if "$ref" in item else item
            out.append((f"{prefix}.{name}", prop))
            out += _paths(target, defs, f"{prefix}.{name}[]")
        else:
            out.append((f"{prefix}.{name}", {**target, **prop}))
            out += _paths(target, defs, f"{prefix}.{name}")
    return out


def test_reference_documents_every_ceph_field_with_its_default():
    """docs/reference/platform/ has an entry (a table row or a section heading, anchored by the field path) for every
    Ceph field, showing its default."""
    text = "\n".join(p.read_text() for p in sorted((ROOT / "docs" / "reference" / "platform").glob("*.md")))
    defs = loader.schema()["$defs"]
    storage = loader.schema()["properties"]["storage"]
    fields_ = [(path, prop) for path, prop in _paths(storage, defs, "storage")
               if path.split(".")[1].split("[")[0] in ("rook", "capacityCheck", "cephClusters")]
    assert len(fields_) > 60
    for path, prop in fields_:
        anchor = path.replace("[]", "")
        entry = re.search(rf'<a id="{re.escape(anchor)}"></a>.*|.*\{{#{re.escape(anchor)}\}}\n\n.*', text)
        assert entry, f"the reference has no entry for `{path}`"
        if "default" in prop:
            default = prop["default"]
            shown = {str(default).lower() if isinstance(default, bool) else
                     "[" + ", ".join(default) + "]" if isinstance(default, list) else str(default)}
            if isinstance(default, float):
                shown.add(f"{default:.2f}")
            assert any(f"`{s}`" in entry.group(0) for s in shown), f"the entry of `{path}` lacks its default"


def test_python_example_runs(tmp_path):
    """examples/python/ceph.py (the Python API page's example) synthesizes as written, these exact kinds."""
    code = (ROOT / "examples" / "python" / "ceph.py").read_text()
    code = code.replace("cdk8s.App()", f"cdk8s.App(outdir={str(tmp_path / 'dist')!r})")  # jsii's cwd is fixed
    exec(compile(code, "examples/python/ceph.py", "exec"), {})
    docs = [d for d in yaml.safe_load_all((tmp_path / "dist" / "ceph.k8s.yaml").read_text()) if d]
    kinds = sorted({d["kind"] for d in docs})
    assert kinds == ["Application", "CephBlockPool", "CephCluster", "CephFilesystem", "CephFilesystemSubVolumeGroup",
                     "StorageClass", "VolumeSnapshotClass"]


def test_a_broken_cluster_reports_its_own_error_not_missing_classes():
    """Claims on the class of a filesystem whose cluster has an error get no second, misleading error."""
    (message,) = problems_of(lambda c, d: (c.update(mon={"count": 2}), d["storage"].update(
        volumes=[{"name": "v", "namespace": "ns", "storageClass": "cephfs"}])))
    assert "mon.count: is even" in message

"""The rendered dist/ of the bundled example, end to end: layout, fields, determinism, validity, safety."""
import os
import re
import shutil
import subprocess

import pytest
import yaml

from frappe_k8s import output, rules
from frappe_k8s.errors import ValidationFailure
from frappe_k8s.labels import COMPONENT, INSTANCE, MANAGED_BY, NAME, PART_OF
from frappe_k8s.validate import Validator, crd_schemas

from conftest import EXAMPLE, ROOT, load_objects, read_tree, run_main


def by_name(objects, kind, name):
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def test_example_layout_one_file_per_object_and_a_kustomization(example_dist):
    assert sorted(p.name for p in example_dist.iterdir()) == [
        "README.md", "backups", "bench-dev-bench", "bench-production-bench", "gitops", "monitoring", "namespaces",
        "operators-argocd", "operators-flux", "runbooks", "sites-production-bench", "storage"]
    assert sorted(p.name for p in (example_dist / "gitops").iterdir()) == ["argocd", "flux"]
    files = sorted(p.name for p in (example_dist / "storage").iterdir())
    assert files == [
        "CephBlockPool.rook-ceph.builtin-mgr.yaml",
        "CephBlockPool.rook-ceph.replicapool.yaml",
        "CephCluster.rook-ceph.rook-ceph.yaml",
        "CephFilesystem.rook-ceph.shared-fs.yaml",
        "CephFilesystemSubVolumeGroup.rook-ceph.shared-fs-csi.yaml",
        "Job.saasodoo.odoo-backups-storage-verify-rwx-ce78a228.yaml",
        "NetworkPolicy.saasodoo.odoo-backups-storage-verify-rwx.yaml",
        "PersistentVolumeClaim.frappe.frappe-site-backups.yaml",
        "PersistentVolumeClaim.saasodoo.odoo-backups-storage-verify-rwx.yaml",
        "PersistentVolumeClaim.saasodoo.odoo-backups-storage.yaml",
        "StorageClass.ceph-block.yaml",
        "StorageClass.cephfs.yaml",
        "VolumeSnapshotClass.ceph-block.yaml",
        "VolumeSnapshotClass.cephfs.yaml",
        "kustomization.yaml",
    ]
    kustomization = yaml.safe_load((example_dist / "storage" / "kustomization.yaml").read_text())
    assert kustomization["resources"] == files[:-1]
    for name in files[:-1]:  # each file holds exactly the object its name says
        (obj,) = list(yaml.safe_load_all((example_dist / "storage" / name).read_text()))
        assert output.file_name(obj) == name


def test_example_backup_volume_is_the_seeds_shared_cephfs_claim(example_objects):
    claim = by_name(example_objects, "PersistentVolumeClaim", "odoo-backups-storage")
    assert claim["metadata"]["namespace"] == "saasodoo"
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    assert claim["spec"]["storageClassName"] == "cephfs"
    assert claim["spec"]["resources"]["requests"]["storage"] == "40Gi"  # 500Gi exceeds the seed's Ceph (plan)
    # the RWX check writes to a throwaway claim of the same class, never to the backups
    (job,) = [o for o in example_objects if o["kind"] == "Job"
              and o["metadata"]["name"].startswith("odoo-backups-storage-verify-rwx-")]
    assert job["spec"]["template"]["spec"]["volumes"][0]["persistentVolumeClaim"]["claimName"] == \
        "odoo-backups-storage-verify-rwx"
    throwaway = by_name(example_objects, "PersistentVolumeClaim", "odoo-backups-storage-verify-rwx")
    assert throwaway["spec"]["storageClassName"] == "cephfs"


def test_the_example_describes_one_cluster_without_aws(example_objects):
    """The seeds' Contabo nodes are no AWS cluster: no EFS volume, and no driver nothing installs."""
    drivers = {o["provisioner"] for o in example_objects if o["kind"] == "StorageClass"}
    drivers |= {o["spec"]["csi"]["driver"] for o in example_objects if o["kind"] == "PersistentVolume"}
    assert drivers == {"rook-ceph.cephfs.csi.ceph.com", "rook-ceph.rbd.csi.ceph.com"}  # both from the platform
    assert not [o for o in example_objects if o["metadata"].get("namespace") == "sbd-system"]


@pytest.mark.parametrize("example", ["platform.yaml", *(f"examples/{p.name}" for p in sorted((ROOT / "examples").glob("*.yaml")))])
def test_every_example_renders_and_passes_the_reality_rules(example, tmp_path):
    """Each platform file renders (every rule, the capacity and the coverage check pass) and plans with exit 0."""
    out = tmp_path / "dist"
    result = run_main("--platform", str(ROOT / example), "--out", str(out), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    plan = run_main("plan", "--platform", str(ROOT / example))
    assert plan.returncode == 0, plan.stderr
    assert "UNPROTECTED" not in plan.stdout and "Backup coverage" in (out / "README.md").read_text()


def test_the_efs_example_is_an_openshift_cluster_in_aws(tmp_path):
    out = tmp_path / "dist"
    assert run_main("--platform", str(ROOT / "examples" / "sbd-efs-aws.yaml"), "--out", str(out)).returncode == 0
    objects = load_objects(out)
    claim = by_name(objects, "PersistentVolumeClaim", "sbd-shared")
    assert claim["metadata"]["namespace"] == "sbd-system" and claim["spec"]["volumeName"] == "sbd-system-sbd-shared"
    pv = by_name(objects, "PersistentVolume", "sbd-system-sbd-shared")
    assert pv["spec"]["csi"]["driver"] == "efs.csi.aws.com"
    assert re.fullmatch(r"fs-[0-9a-f]{8,40}::fsap-[0-9a-f]{8,40}", pv["spec"]["csi"]["volumeHandle"])
    (job,) = [o["spec"]["template"]["spec"] for o in objects if o["kind"] == "Job"
              and o["metadata"]["name"].startswith("sbd-shared-verify-rwx-")]
    # restricted-v2 assigns ids: none asked for; EFS applies no fsGroup, and the access point enforces identity
    assert job["securityContext"] == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    assert job["volumes"] == [{"name": "data", "persistentVolumeClaim": {"claimName": "sbd-shared"}}]


def test_every_object_has_the_standard_labels(example_objects):
    for obj in example_objects:
        labels = obj["metadata"]["labels"]
        assert {NAME, INSTANCE, COMPONENT, PART_OF, MANAGED_BY} <= set(labels), obj["metadata"]["name"]
        assert labels[PART_OF] == "saasodoo" and labels[MANAGED_BY] == "frappe-k8s"
        assert labels["example.com/team"] == "platform"  # defaults.labels


def test_stateful_objects_are_protected_from_pruning_and_others_are_not(example_objects):
    stateful = [o for o in example_objects if rules.is_stateful(o)]
    assert {o["kind"] for o in stateful} == {"Namespace", "PersistentVolumeClaim", "StorageClass", "CephBlockPool",
                                             "VolumeSnapshotClass", "CephCluster", "CephFilesystem",
                                             "CephFilesystemSubVolumeGroup", "MariaDB", "BackupStorageLocation",
                                             "HelmRelease", "Database", "User", "Grant", "ExternalSecret"}
    for obj in example_objects:
        annotations = obj["metadata"].get("annotations", {})
        protected = (annotations.get("argocd.argoproj.io/sync-options", "").count("Prune=false") == 1
                     and "Delete=false" in annotations.get("argocd.argoproj.io/sync-options", "")
                     and annotations.get("kustomize.toolkit.fluxcd.io/prune") == "disabled")
        assert protected == rules.is_stateful(obj), obj["metadata"]["name"]


def test_protection_keeps_existing_sync_options():
    metadata = {"annotations": {"argocd.argoproj.io/sync-options": "ServerSideApply=true, Prune=true"}}
    rules.protect(metadata)
    assert metadata["annotations"]["argocd.argoproj.io/sync-options"] == "ServerSideApply=true,Prune=false,Delete=false"


def test_rules_refuse_an_object_without_construct_labels():
    with pytest.raises(AssertionError, match="lacks labels"):
        rules.apply([{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "labels": {}}}], "p")


def test_output_has_no_hashes_addresses_or_timestamps(example_dist):
    for path in example_dist.rglob("*.yaml"):
        text = path.read_text()
        assert "cdk8s.io/metadata.addr" not in text and "creationTimestamp" not in text
        if not path.name.startswith("Job."):  # Jobs are named by a hash of their spec
            assert not re.search(r"-[0-9a-f]{8}(\.yaml)?$", path.stem), path.name  # cdk8s name hashes
        assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", text)


def test_two_renders_are_byte_identical(tmp_path):
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / f"dist-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = run_main("--platform", str(EXAMPLE), "--out", str(out), env=env)
        assert result.returncode == 0, result.stderr
        trees.append(read_tree(out))
    assert trees[0] == trees[1] and len(trees[0]) == len(read_tree(ROOT / "dist"))


def test_committed_dist_is_fresh(example_dist):
    """dist/ in git is what the example renders to (a stale dist/ in a pull request fails here)."""
    assert read_tree(ROOT / "dist") == read_tree(example_dist)


def test_kubectl_kustomize_builds_every_app_folder(example_dist):
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is needed (Debian package kubectl); .ci/run installs it"
    apps = sorted(p.parent for p in example_dist.rglob("kustomization.yaml"))
    assert [a.relative_to(example_dist).as_posix() for a in apps if "/" in a.relative_to(example_dist).as_posix()] \
        == ["gitops/argocd", "gitops/flux"]  # nested folders are built too
    for app in apps:
        result = subprocess.run([kubectl, "kustomize", str(app)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        built = [d for d in yaml.safe_load_all(result.stdout) if d]
        assert sorted((d["kind"], d["metadata"]["name"]) for d in built) == \
            sorted((o["kind"], o["metadata"]["name"]) for o in load_objects(app))


def test_validate_command_accepts_the_example(example_dist):
    result = run_main("validate", "--dist", str(example_dist), "--platform", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    count = sum(1 for p in example_dist.rglob("*.yaml") if p.name != "kustomization.yaml"
                and not p.name.endswith(".patch.yaml"))  # the argocd-cm patch is validated, not an object
    assert f"{count} objects" in result.stdout and "valid for Kubernetes 1.33" in result.stdout


def test_validate_command_reports_object_field_and_message(tmp_path, example_dist):
    broken = tmp_path / "dist"
    shutil.copytree(example_dist, broken)
    claim = broken / "storage" / "PersistentVolumeClaim.saasodoo.odoo-backups-storage.yaml"
    obj = yaml.safe_load(claim.read_text())
    obj["spec"]["accesModes"] = obj["spec"].pop("accessModes")
    claim.write_text(yaml.safe_dump(obj))
    (broken / "storage" / "extra.yaml").write_text(claim.read_text())
    result = run_main("validate", "--dist", str(broken), "--platform", str(EXAMPLE))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ("storage/PersistentVolumeClaim.saasodoo.odoo-backups-storage.yaml: PersistentVolumeClaim/saasodoo/"
            "odoo-backups-storage: spec: Additional properties are not allowed ('accesModes' was unexpected)"
            in result.stderr)
    assert "storage/kustomization.yaml: does not list exactly the object files" in result.stderr


def test_strict_kubernetes_validation_catches_wrong_types():
    bad = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j", "namespace": "n", "labels": {}},
           "spec": {"backoffLimit": "zero", "template": {"spec": {"containers": [{"name": "c", "imagee": "x"}]}}}}
    problems = list(Validator("1.33").problems(bad))
    assert any("spec.backoffLimit: 'zero' is not of type 'integer'" in p for p in problems), problems
    assert any("'imagee' was unexpected" in p for p in problems), problems


def test_crd_validation_checks_custom_resources_against_shared_crds():
    validator = Validator("1.33")
    good = {"apiVersion": "velero.io/v1", "kind": "Schedule", "metadata": {"name": "daily", "namespace": "velero"},
            "spec": {"schedule": "0 2 * * *", "template": {"ttl": "720h0m0s", "includedNamespaces": ["saasodoo"]}}}
    assert list(validator.problems(good)) == []
    bad = {**good, "spec": {"schedule": 5, "template": {"ttl": "720h", "includedNamespace": ["x"]}},
           "metadata": {"name": "daily", "labelz": {}}}
    problems = list(validator.problems(bad))
    assert any("spec.schedule: 5 is not of type 'string'" in p for p in problems), problems
    assert any("'includedNamespace' was unexpected" in p for p in problems), problems
    assert any("metadata: Additional properties are not allowed ('labelz'" in p for p in problems), problems
    unknown = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}
    assert "no schema for example.com/v1 Widget" in next(validator.problems(unknown))


def test_crd_folder_schemas_cover_every_served_version(tmp_path):
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
           "spec": {"group": "example.com", "names": {"kind": "Widget"}, "versions": [
               {"name": "v1", "served": True, "schema": {"openAPIV3Schema": {"type": "object"}}},
               {"name": "v1beta1", "served": False, "schema": {"openAPIV3Schema": {"type": "object"}}}]}}
    (tmp_path / "widget.yaml").write_text(yaml.safe_dump(crd))
    schemas = crd_schemas(tmp_path)
    assert ("example.com/v1", "Widget") in schemas and ("example.com/v1beta1", "Widget") not in schemas


def test_bad_platform_leaves_existing_dist_untouched(tmp_path, example_dist):
    out = tmp_path / "dist"
    shutil.copytree(example_dist, out)
    before = read_tree(out)
    bad = tmp_path / "platform.yaml"
    bad.write_text(EXAMPLE.read_text().replace("size: 40Gi", "size: 500GB"))
    result = run_main("--platform", str(bad), "--out", str(out))
    assert result.returncode == 1
    assert "storage.volumes[0].size: is not valid (got '500GB')" in result.stderr
    assert "Traceback" not in result.stderr
    assert read_tree(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["dist", "platform.yaml"]


def test_failed_validation_leaves_existing_dist_untouched(tmp_path, example_dist, monkeypatch):
    from frappe_k8s import loader, render

    out = tmp_path / "dist"
    shutil.copytree(example_dist, out)
    before = read_tree(out)
    original = render.synthesize_folders

    def broken(platform, folders):
        apps = original(platform, folders)
        next(m for folder, m in apps if folder.folder == "storage")[0]["spec"]["unknownField"] = True
        return apps

    monkeypatch.setattr(render, "synthesize_folders", broken)
    with pytest.raises(ValidationFailure, match="unknownField"):
        render.render(loader.load(EXAMPLE), out, None)
    assert read_tree(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_render_removes_stale_files(tmp_path):
    out = tmp_path / "dist"
    (out / "old-app").mkdir(parents=True)
    (out / "old-app" / "ConfigMap.gone.yaml").write_text("stale\n")
    smaller = tmp_path / "platform.yaml"
    smaller.write_text("name: demo\nstorage:\n  externalStorageClasses: [{name: cephfs}]\n"
                       "  volumes: [{name: v, namespace: ns, storageClass: cephfs}]\n"
                       "backups:\n  unprotected: [{namespace: ns, claim: v, reason: a test volume with nothing to keep}]\n")
    result = run_main("--platform", str(smaller), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(read_tree(out)) == ["README.md", "namespaces/Namespace.ns.yaml", "namespaces/kustomization.yaml",
                                      "storage/PersistentVolumeClaim.ns.v.yaml", "storage/kustomization.yaml"]


def test_two_objects_for_one_file_is_an_error():
    obj = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "n"}}
    other = {**obj, "apiVersion": "example.com/v1"}
    with pytest.raises(Exception, match="two objects of the same kind, namespace and name"):
        output.layout({"app": [obj, other]})


def test_yaml_output_style():
    text = output.dump({"spec": {"b": 1, "a": "line1\nline2\n"}, "metadata": {"name": "x"}, "kind": "K",
                        "apiVersion": "v1"})
    assert text == "apiVersion: v1\nkind: K\nmetadata:\n  name: x\nspec:\n  a: |\n    line1\n    line2\n  b: 1\n"

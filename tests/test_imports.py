"""imports/: generated bindings match cdk8s.yaml, import, and build objects their CRDs accept."""
import importlib
import importlib.util

import cdk8s
import pytest
import yaml

from frappe_k8s.validate import Validator

from conftest import ROOT


def import_table() -> dict:
    spec = importlib.util.spec_from_file_location("import_crds", ROOT / "scripts" / "import_crds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.IMPORTS


def test_cdk8s_yaml_is_a_python_app_listing_the_same_imports():
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    assert config["language"] == "python" and config["app"] == "python main.py"
    prefixes = [entry.split(":=")[0] for entry in config["imports"]]
    assert prefixes == list(import_table())
    assert all(entry.split(":=")[1].startswith("https://raw.githubusercontent.com/") for entry in config["imports"])


@pytest.mark.parametrize("prefix", list(import_table()))
def test_every_generated_package_imports(prefix):
    packages = [p for p in (ROOT / "imports" / prefix).rglob("__init__.py") if p.parent.name != "_jsii"]
    (package,) = packages
    module = importlib.import_module(".".join(package.parent.relative_to(ROOT).parts))
    assert any(isinstance(v, type) and issubclass(v, cdk8s.ApiObject) for v in vars(module).values())


def test_typed_bindings_build_objects_the_crds_accept():
    from imports.rook.io.rook import ceph
    from imports.snapshot_volumesnapshotclass.io.k8s.storage import snapshot
    from imports.velero_schedule.io import velero

    chart = cdk8s.Chart(cdk8s.Testing.app(), "imports", disable_resource_name_hashes=True)
    velero.Schedule(chart, "schedule", metadata={"name": "daily", "namespace": "velero"},
                    spec=velero.ScheduleSpec(schedule="0 2 * * *",
                                             template=velero.ScheduleSpecTemplate(ttl="720h0m0s")))
    ceph.CephFilesystem(chart, "fs", metadata={"name": "cephfs", "namespace": "rook-ceph"}, spec=ceph.CephFilesystemSpec(
        metadata_pool=ceph.CephFilesystemSpecMetadataPool(replicated=ceph.CephFilesystemSpecMetadataPoolReplicated(size=3)),
        data_pools=[ceph.CephFilesystemSpecDataPools(name="data0", replicated=ceph.CephFilesystemSpecDataPoolsReplicated(size=3))],
        metadata_server=ceph.CephFilesystemSpecMetadataServer(active_count=1)))
    snapshot.VolumeSnapshotClass(chart, "vsc", metadata={"name": "cephfs"}, driver="rook-ceph.cephfs.csi.ceph.com",
                                 deletion_policy=snapshot.VolumeSnapshotClassDeletionPolicy.RETAIN)
    manifests = chart.to_json()
    assert [m["kind"] for m in manifests] == ["Schedule", "CephFilesystem", "VolumeSnapshotClass"]
    validator = Validator("1.33")
    assert [p for m in manifests for p in validator.problems(m)] == []

"""The capacity planner: the seed's figures in GB and GiB, erasure coding, failure domains, requests, checks."""
import copy

import pytest
import yaml

from frappe_k8s import capacity, loader
from frappe_k8s.capacity import GB, GIB, class_capacity, max_per_domain, requests_by_class

from conftest import EXAMPLE, run_main

SEED = {"name": "demo", "storage": {"cephClusters": [{
    "name": "rook-ceph",
    "nodes": [{"name": f"node-{i}", "devices": [{"name": "/dev/sda2", "size": "150G", "deviceClass": "hdd"}]}
              for i in (1, 2, 3)],
    "filesystems": [{"name": "shared-fs", "metadataPool": {"deviceClass": "hdd"},
                     "dataPools": [{"name": "data0", "deviceClass": "hdd", "replicated": {"size": 3}}],
                     "storageClass": {"name": "cephfs"}}]}]}}


def platform_of(document: dict):
    return loader.parse(yaml.safe_dump(document, sort_keys=False))


def seed(**changes):
    document = copy.deepcopy(SEED)
    for key, value in changes.items():
        document["storage"]["cephClusters"][0]["filesystems"][0][key] = value
    return document


def capacity_of(document: dict):
    platform = platform_of(document)
    cluster = platform.storage.ceph_clusters[0]
    return class_capacity(cluster, cluster.filesystems[0])


def test_seed_three_by_150_gb_replicated_3x_host():
    """The issue's numbers: 150 GB = 139.7 GiB usable, 132.7 GiB writable, nearfull at 118.7 GiB."""
    c = capacity_of(SEED)
    assert c.raw_bytes == 450 * GB and round(c.raw_bytes / GIB, 1) == 419.1
    assert c.usable_bytes == 150 * GB and round(c.usable_bytes / GIB, 1) == 139.7
    assert round(c.writable_bytes / GIB, 1) == 132.7 and round(c.writable_bytes / GB, 1) == 142.5
    assert round(c.safe_bytes / GIB, 1) == 118.7 and round(c.safe_bytes / GB, 1) == 127.5
    assert c.pool == "shared-fs-data0" and c.layout == "replicated 3x" and c.osds == 3
    assert c.domains == ("node-1", "node-2", "node-3")
    assert any("nothing re-replicates" in n for n in c.notes)


def test_erasure_coding_2_plus_1_on_three_hosts():
    c = capacity_of(seed(dataPools=[{"name": "default", "deviceClass": "hdd"},
                                    {"name": "ec", "deviceClass": "hdd",
                                     "erasureCoded": {"dataChunks": 2, "codingChunks": 1}}]))
    assert c.pool == "shared-fs-ec" and c.layout == "erasure coded 2+1"  # the class writes to the EC pool
    assert c.usable_bytes == 300 * GB and round(c.usable_bytes / GIB, 1) == 279.4
    assert round(c.writable_bytes / GIB, 1) == 265.4 and round(c.safe_bytes / GIB, 1) == 237.5
    assert any("I/O stops" in n for n in c.notes) and any("m=1" in n for n in c.notes)


def test_unequal_hosts_are_bounded_by_the_smaller_ones():
    assert max_per_domain([200, 150, 100], 3) == 100  # each host holds one copy of everything
    assert max_per_domain([150, 150, 150], 3) == 150
    assert max_per_domain([300, 100, 100, 100], 3) == 150  # the big host holds at most one copy of each object
    assert max_per_domain([150, 150], 3) == 0  # fewer domains than copies: nothing fits


def test_osd_failure_domain_counts_disks_and_ratios_are_honoured():
    document = copy.deepcopy(SEED)
    cluster = document["storage"]["cephClusters"][0]
    cluster["nodes"] = [{"name": "solo", "devices": [{"name": f"/dev/sd{x}", "size": "100Gi", "deviceClass": "hdd"}
                                                     for x in "bcd"]}]
    cluster.update(mon={"count": 1}, mgr={"count": 1}, fullRatio=0.9, backfillFullRatio=0.85, nearFullRatio=0.8)
    fs = cluster["filesystems"][0]
    fs["metadataPool"]["failureDomain"] = "osd"
    fs["dataPools"][0]["failureDomain"] = "osd"
    fs["metadataServer"] = {"activeCount": 1}
    cluster["nodes"].append({"name": "other", "devices": [{"name": "/dev/sdb", "size": "10Gi", "deviceClass": "ssd"}]})
    c = capacity_of(document)
    assert c.usable_bytes == 100 * GIB and c.writable_bytes == 90 * GIB and c.safe_bytes == 80 * GIB
    assert c.osds == 3 and len(c.domains) == 3  # the ssd device is not in the hdd pool


def test_requests_by_class_sums_the_volumes_bench_and_site_claims_of_each_class():
    platform = loader.load(EXAMPLE)
    requests = requests_by_class(platform)
    assert [(r.namespace, r.name, r.bytes, r.source) for r in requests["cephfs"]] == [
        ("saasodoo", "odoo-backups-storage", 40 * GIB, "volume"),
        ("saasodoo", "odoo-backups-storage-verify-rwx", GIB, "verification"),  # the RWX check's own claim
        ("frappe", "frappe-site-backups", 10 * GIB, "volume"),
        ("frappe", "production-bench-sites", 20 * GIB, "bench sites")]
    # the databases and queues on the RBD block pool's class
    assert [(r.namespace, r.name, r.bytes, r.source) for r in requests["ceph-block"]] == [
        ("frappe-dev", "dev-bench-sites", 5 * GIB, "bench sites"),
        ("frappe", "data-production-bench-redis-queue-0", 2 * GIB, "bench redis queue"),
        ("frappe", "storage-production-bench-mariadb-0", 20 * GIB, "bench mariadb"),
        ("frappe", "storage-isolated-example-com-mariadb-0", 5 * GIB, "site mariadb"),
        ("frappe-dev", "data-dev-bench-redis-queue-0", 2 * GIB, "bench redis queue")]
    assert "" not in requests  # a pre-bound static PV uses no class


def test_claims_without_a_class_count_on_the_default_class():
    document = seed(storageClass={"name": "cephfs", "isDefault": True})
    document["benches"] = [{"name": "erp", "frappeVersion": "15", "sitesVolume": {"storageClass": "cephfs"},
                            "database": {"mariadb": {"storageSize": "30Gi"}}}]
    requests = requests_by_class(platform_of(document))
    assert {r.name: r.bytes for r in requests["cephfs"]} == {"erp-sites": 10 * GIB,
                                                             "data-erp-redis-queue-0": 2 * GIB,
                                                             "storage-erp-mariadb-0": 30 * GIB}


def test_requests_over_safe_capacity_are_a_problem_with_both_units():
    document = seed()
    document["storage"]["volumes"] = [{"name": "backups", "namespace": "ns", "size": "500Gi", "storageClass": "cephfs"}]
    (problem,) = capacity.problems(platform_of(document))
    assert problem.startswith("StorageClass 'cephfs': claims request 536.9 GB = 500.0 GiB, more than its safe"
                              " capacity 127.5 GB = 118.7 GiB")
    assert "storage.capacityCheck: warn" in problem
    document["storage"]["volumes"][0]["size"] = "118Gi"
    assert capacity.problems(platform_of(document)) == []


def test_classes_sharing_osds_are_checked_together():
    document = seed()
    second = copy.deepcopy(document["storage"]["cephClusters"][0]["filesystems"][0])
    second.update(name="other-fs", storageClass={"name": "other"})
    document["storage"]["cephClusters"][0]["filesystems"].append(second)
    document["storage"]["volumes"] = [{"name": "a", "namespace": "ns", "size": "70Gi", "storageClass": "cephfs"},
                                      {"name": "b", "namespace": "ns", "size": "70Gi", "storageClass": "other"}]
    (problem,) = capacity.problems(platform_of(document))
    assert "StorageClasses cephfs, other share the same OSDs and together request 118%" in problem


def test_block_pool_classes_are_planned_and_share_the_osds_of_the_filesystem():
    """An RBD pool on the same OSDs as CephFS: each class has the same figures, and their requests add up."""
    document = seed()
    document["storage"]["cephClusters"][0]["blockPools"] = [
        {"name": "rbd", "deviceClass": "hdd", "storageClass": {"name": "block"}}]
    rwo = {"accessModes": ["ReadWriteOnce"], "allowReadWriteOnce": True}
    document["storage"]["volumes"] = [{"name": "a", "namespace": "ns", "size": "70Gi", "storageClass": "cephfs"},
                                      {"name": "b", "namespace": "ns", "size": "60Gi", "storageClass": "block", **rwo}]
    platform = platform_of(document)
    cluster = platform.storage.ceph_clusters[0]
    block = class_capacity(cluster, cluster.block_pools[0])
    assert (block.source, block.pool, block.layout) == ("block pool rbd", "rbd", "replicated 3x")
    assert round(block.safe_bytes / GIB, 1) == 118.7
    (problem,) = capacity.problems(platform)
    assert "StorageClasses cephfs, block share the same OSDs and together request 109%" in problem
    document["storage"]["volumes"][1]["size"] = "40Gi"
    assert capacity.problems(platform_of(document)) == []
    # on NVMe devices of its own, the block pool is checked alone: 3 x 100 GB, 3x, safe 79.2 GiB
    for node in document["storage"]["cephClusters"][0]["nodes"]:
        node["devices"].append({"name": "/dev/nvme0n1", "size": "100G", "deviceClass": "nvme"})
    document["storage"]["cephClusters"][0]["blockPools"][0]["deviceClass"] = "nvme"
    document["storage"]["volumes"][1]["size"] = "75Gi"
    assert capacity.problems(platform_of(document)) == []
    document["storage"]["volumes"][1]["size"] = "80Gi"
    (problem,) = capacity.problems(platform_of(document))
    assert problem.startswith("StorageClass 'block': claims request")
    assert {r.pool: (r.device_class, len(r.osd_set)) for r in capacity.pools(platform_of(document))} == {
        "shared-fs-metadata": ("hdd", 3), "shared-fs-data0": ("hdd", 3), "rbd": ("nvme", 3), ".mgr": ("hdd", 3)}


def test_plan_command_prints_both_units_and_the_claims(tmp_path):
    result = run_main("plan", "--platform", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "GB = 10^9 bytes (how disks are sold); GiB = 2^30 bytes (how Ceph reports" in out
    assert "StorageClass cephfs: cluster rook-ceph, filesystem shared-fs, pool shared-fs-data0" in out
    rows = {line.split("  ")[1].strip(): line.split()[-2:] for line in out.splitlines()
            if line.startswith("  ") and line.split()[-1].replace(".", "").isdigit()}
    assert rows["raw (sum of its OSD devices)"] == ["450.0", "419.1"]
    assert rows["usable (replicated 3x)"] == ["150.0", "139.7"]
    assert rows["writable (fullRatio 0.95)"] == ["142.5", "132.7"]
    assert rows["safe (nearFullRatio 0.85)"] == ["127.5", "118.7"]
    assert "saasodoo/odoo-backups-storage (volume)" in out and "status: ok, 60% of safe capacity requested" in out
    assert "frappe/production-bench-sites (bench sites)" in out
    # the block pool's class is counted on the same three partitions, and so is every other pool
    assert "StorageClass ceph-block: cluster rook-ceph, block pool replicapool, pool replicapool" in out
    assert "status: ok, 29% of safe capacity requested" in out
    assert "StorageClasses cephfs, ceph-block share their OSDs: together 88% of safe capacity requested" in out
    pools = out.split("Pools of cluster rook-ceph")[1].split("Backup coverage")[0]
    assert [line.split()[0] for line in pools.splitlines()[1:5]] == ["shared-fs-metadata", "shared-fs-data0",
                                                                    "replicapool", ".mgr"]
    assert "every pool uses the same OSDs" in pools


def test_render_fails_or_warns_per_capacity_check(tmp_path):
    document = yaml.safe_load(EXAMPLE.read_text())
    document["storage"]["volumes"][0]["size"] = "500Gi"  # what the seed asked for
    bad = tmp_path / "platform.yaml"
    bad.write_text(yaml.safe_dump(document, sort_keys=False))
    result = run_main("--platform", str(bad), "--out", str(tmp_path / "dist"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: capacity: StorageClass 'cephfs': claims request 570.2 GB = 531.0 GiB" in result.stderr
    assert not (tmp_path / "dist").exists()
    assert run_main("plan", "--platform", str(bad)).returncode == 1  # CI can gate on plan too
    document["storage"]["capacityCheck"] = "warn"
    bad.write_text(yaml.safe_dump(document, sort_keys=False))
    result = run_main("--platform", str(bad), "--out", str(tmp_path / "dist"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("warning: capacity: StorageClass 'cephfs'") and (tmp_path / "dist").is_dir()
    plan = run_main("plan", "--platform", str(bad))
    assert "status: OVER safe capacity, 447% of safe capacity requested" in plan.stdout and plan.returncode == 0


@pytest.mark.parametrize("quantity, expected", [("150G", 150 * 10**9), ("139.7Gi", round(139.7 * 2**30)),
                                                ("1Ti", 2**40), ("500M", 5 * 10**8)])
def test_quantities_keep_decimal_and_binary_apart(quantity, expected):
    from frappe_k8s.model.checks import quantity_bytes

    assert quantity_bytes(quantity) == expected

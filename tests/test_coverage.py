"""The backup coverage report: how every claim is protected, read from the rendered objects, and the render that fails
on a claim nothing protects unless platform.yaml says why."""
import json

import pytest
import yaml

from frappe_k8s import coverage, loader
from frappe_k8s.coverage import (FILE_SYSTEM, LOGICAL_DUMPS, PROTECTED, RESTIC, SCRATCH, SNAPSHOT_MOVED, UNPROTECTED)
from frappe_k8s.render import synthesize

from conftest import EXAMPLE, load_objects, platform_with, read_tree, run_main


def report(platform_text: str) -> dict[str, coverage.ClaimCoverage]:
    platform = loader.parse(platform_text)
    return {row.key: row for row in coverage.coverage(platform, synthesize(platform))}


def example_with(change) -> dict[str, coverage.ClaimCoverage]:
    document = yaml.safe_load(EXAMPLE.read_text())
    change(document)
    return report(yaml.safe_dump(document, sort_keys=False))


def methods(row) -> set[str]:
    return {p.method for p in row.protections}


@pytest.fixture(scope="module")
def rows(example_dist) -> dict[str, coverage.ClaimCoverage]:
    platform = loader.load(EXAMPLE)
    apps = {p.name: load_objects(p) for p in example_dist.iterdir() if p.is_dir() and p.name != "gitops"}
    return {row.key: row for row in coverage.coverage(platform, apps)}


def test_every_claim_of_the_example_is_protected_and_says_how(rows):
    assert {key: (row.status, methods(row)) for key, row in rows.items()} == {
        "saasodoo/odoo-backups-storage": (PROTECTED, {SNAPSHOT_MOVED}),
        "saasodoo/odoo-backups-storage-verify-rwx": (SCRATCH, set()),
        "frappe/frappe-site-backups": (PROTECTED, {RESTIC}),
        "frappe/production-bench-sites": (PROTECTED, {FILE_SYSTEM}),
        "frappe/data-production-bench-redis-queue-0": (PROTECTED, {FILE_SYSTEM}),
        "frappe/storage-production-bench-mariadb-0": (PROTECTED, {LOGICAL_DUMPS}),
        "frappe/storage-isolated-example-com-mariadb-0": (PROTECTED, {LOGICAL_DUMPS}),
        "frappe-dev/dev-bench-sites": (PROTECTED, {FILE_SYSTEM}),
        "frappe-dev/data-dev-bench-redis-queue-0": (PROTECTED, {FILE_SYSTEM})}
    queue = rows["frappe/data-production-bench-redis-queue-0"].protections[0]
    assert queue.detail == "schedule frappe-daily through StatefulSet frappe/production-bench-redis-queue"
    # KEDA scales the workers to zero: only pods that always run count
    sites = rows["frappe/production-bench-sites"].protections[0].detail
    assert "gunicorn" in sites and "worker" not in sites
    assert rows["frappe/storage-production-bench-mariadb-0"].protections[0].detail == (
        "3 site database(s), dumped by each site's backup CronJob and the pre-backup hook of Deployment"
        " frappe/production-bench-scheduler")


def test_the_report_agrees_with_a_reading_of_dist_that_shares_no_code(rows, example_dist):
    """An independent reading of dist/: a claim protected by file-system backup is mounted by a Deployment or
    StatefulSet with replicas in a namespace a fileSystem Schedule covers; one by the data mover is in a namespace
    a snapshot Schedule with snapshotMoveData covers; every PVC of dist/ has a row."""
    objects = load_objects(example_dist)
    schedules = [o["spec"]["template"] for o in objects if o["kind"] == "Schedule"]
    fs_namespaces = {ns for t in schedules if t["defaultVolumesToFsBackup"] for ns in t["includedNamespaces"]}
    moved_namespaces = {ns for t in schedules if t.get("snapshotMoveData") for ns in t["includedNamespaces"]}
    mounted = set()
    for o in objects:
        if o["kind"] in ("Deployment", "StatefulSet") and o["spec"].get("replicas", 1) > 0:
            pod = o["spec"]["template"]["spec"]
            ns = o["metadata"]["namespace"]
            mounted |= {f"{ns}/{v['persistentVolumeClaim']['claimName']}" for v in pod.get("volumes", [])
                        if "persistentVolumeClaim" in v}
            mounted |= {f"{ns}/{t['metadata']['name']}-{o['metadata']['name']}-0"
                        for t in o["spec"].get("volumeClaimTemplates", [])}
    for key, row in rows.items():
        if FILE_SYSTEM in methods(row):
            assert key in mounted and row.namespace in fs_namespaces, key
        if SNAPSHOT_MOVED in methods(row):
            assert row.namespace in moved_namespaces, key
    claims = {f"{o['metadata']['namespace']}/{o['metadata']['name']}" for o in objects if o["kind"] == "PersistentVolumeClaim"}
    assert claims <= set(rows)


def test_the_report_is_in_plan_and_in_dist_readme(example_dist):
    readme = (example_dist / "README.md").read_text()
    table = readme.split("## Backup coverage")[1]
    assert "| `frappe/storage-production-bench-mariadb-0` | bench mariadb | `ceph-block` | protected | Frappe logical dumps:" in table
    assert "| `saasodoo/odoo-backups-storage-verify-rwx` | verification scratch | `cephfs` | scratch | – |" in table
    plan = run_main("plan", "--platform", str(EXAMPLE))
    assert plan.returncode == 0 and "Backup coverage" in plan.stdout
    assert "  frappe/frappe-site-backups (volume, class cephfs): protected\n    restic off-site copy:" in plan.stdout


def test_json_report_for_checks_of_their_own(rows):
    data = {f"{r['namespace']}/{r['claim']}": r for r in json.loads(coverage.as_json(list(rows.values())))}
    assert set(data) == set(rows)
    assert data["saasodoo/odoo-backups-storage-verify-rwx"]["status"] == "scratch"
    assert data["saasodoo/odoo-backups-storage"]["protections"] == [{"method": SNAPSHOT_MOVED,
                                                                     "detail": "schedule ceph-volumes-daily"}]


# --- gaps: each a negative control of one method -----------------------------------------------------------------

def test_a_host_path_class_is_not_copied_by_file_system_backup():
    """The seeds' old dev bench on local-path: hostPath volumes, which Velero's file-system backup skips."""
    def local_path(d):
        d["storage"]["externalStorageClasses"] = [{"name": "local-path", "readWriteMany": False,
                                                   "provisioner": "rancher.io/local-path"}]
        d["benches"][1]["sitesVolume"]["storageClass"] = "local-path"
        d["benches"][1]["redis"]["queue"]["storageClass"] = "local-path"
    rows = example_with(local_path)
    for key in ("frappe-dev/dev-bench-sites", "frappe-dev/data-dev-bench-redis-queue-0"):
        assert rows[key].status == UNPROTECTED
        assert "frappe-daily: its volume policy skips it (no file-by-file copy)" in rows[key].gaps


def test_a_volume_only_a_cron_job_mounts_is_not_copied_by_file_system_backup():
    """frappe-site-backups is mounted by the site backup CronJobs only: without restic nothing copies it."""
    rows = example_with(lambda d: d["benches"][0]["siteBackups"].pop("offsite"))
    backups = rows["frappe/frappe-site-backups"]
    assert backups.status == UNPROTECTED
    assert any(gap.startswith("frappe-daily: file-system backup copies only volumes of running pods, and only CronJob")
               for gap in backups.gaps)
    assert any(gap.startswith("site backups copied nowhere else: ") for gap in backups.gaps)
    # the dumps of the bench's MariaDB still reach a protected place through the pre-backup hook
    assert methods(rows["frappe/storage-production-bench-mariadb-0"]) == {LOGICAL_DUMPS}
    # a dedicated MariaDB's site is on no bench hook of its own bench... it is: the production bench hooks all sites
    assert rows["frappe/storage-isolated-example-com-mariadb-0"].status == PROTECTED


def test_mariadb_files_are_never_copied_file_by_file():
    """Without dumps, a MariaDB's claim is not protected by the file-system schedule that skips it."""
    def no_dumps(d):
        d["benches"][0]["siteBackups"].pop("offsite")
        d["benches"][0]["backupHook"] = {"enabled": False}
    rows = example_with(no_dumps)
    mariadb = rows["frappe/storage-production-bench-mariadb-0"]
    assert mariadb.status == UNPROTECTED
    assert "frappe-daily: its volume policy skips it (no file-by-file copy)" in mariadb.gaps
    assert any(gap.startswith("no protected dump of the databases of ") for gap in mariadb.gaps)


def test_a_snapshot_that_stays_in_the_cluster_protects_nothing():
    rows = example_with(lambda d: d["backups"]["velero"]["schedules"][1].pop("snapshotMoveData"))
    volume = rows["saasodoo/odoo-backups-storage"]
    assert volume.status == UNPROTECTED
    assert "ceph-volumes-daily: its CSI snapshot stays inside the cluster it protects (snapshotMoveData is off)" in \
        volume.gaps


def test_a_paused_schedule_and_a_namespace_no_schedule_covers_protect_nothing():
    rows = example_with(lambda d: d["backups"]["velero"]["schedules"][1].update(paused=True))
    assert rows["saasodoo/odoo-backups-storage"].gaps == ("no running Velero schedule covers its namespace",)
    rows = example_with(lambda d: d["backups"]["velero"]["schedules"][0].update(includedNamespaces=["frappe"]))
    assert rows["frappe-dev/dev-bench-sites"].status == UNPROTECTED


def test_a_pod_that_opts_out_or_a_selector_that_misses_it_protects_nothing():
    rows = example_with(lambda d: d["backups"]["velero"]["schedules"][0].update(labelSelector={"tier": "none"}))
    assert rows["frappe/production-bench-sites"].status == UNPROTECTED
    rows = example_with(lambda d: d["backups"]["velero"]["schedules"][0].update(excludedResources=["pods"]))
    assert rows["frappe/data-production-bench-redis-queue-0"].status == UNPROTECTED


# --- the render fails on a gap, unless acknowledged ----------------------------------------------------------------

def test_render_fails_on_an_unprotected_claim_and_leaves_dist_alone(tmp_path, example_dist):
    import shutil

    out = tmp_path / "dist"
    shutil.copytree(example_dist, out)
    before = read_tree(out)
    path = platform_with(tmp_path, lambda d: d["backups"]["velero"]["schedules"][1].pop("snapshotMoveData"))
    result = run_main("--platform", path, "--out", str(out))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: coverage: saasodoo/odoo-backups-storage (volume) is protected by nothing:"
                                    " ceph-volumes-daily: its CSI snapshot stays inside the cluster it protects")
    assert "Fix:" in result.stderr and read_tree(out) == before
    assert run_main("plan", "--platform", path).returncode == 1  # CI can gate on plan too


def test_an_acknowledged_gap_renders_and_says_why(tmp_path):
    def acknowledged(d):
        d["backups"]["velero"]["schedules"][1].pop("snapshotMoveData")
        d["backups"]["unprotected"] = [{"namespace": "saasodoo", "claim": "odoo-backups-storage",
                                        "reason": "odoo copies its archives to S3 itself"}]
    path = platform_with(tmp_path, acknowledged)
    result = run_main("--platform", path, "--out", str(tmp_path / "dist"))
    assert result.returncode == 0, result.stderr
    assert ("| `saasodoo/odoo-backups-storage` | volume | `cephfs` | acknowledged | acknowledged: odoo copies its"
            " archives to S3 itself |") in (tmp_path / "dist" / "README.md").read_text()


@pytest.mark.parametrize("entry, expected", [
    ({"namespace": "saasodoo", "claim": "odoo-backups-storage", "reason": "nothing to keep on it"},
     "backups.unprotected[0]: saasodoo/odoo-backups-storage is protected by Velero CSI snapshot + data mover (schedule"
     " ceph-volumes-daily) (got 'nothing to keep on it'). Fix: remove the entry"),
    ({"namespace": "saasodoo", "claim": "gone", "reason": "nothing to keep on it"},
     "backups.unprotected[0]: names no claim this platform makes (got 'saasodoo/gone'). Fix: remove the entry"),
])
def test_acknowledgements_stay_true(tmp_path, entry, expected):
    path = platform_with(tmp_path, lambda d: d["backups"].update(unprotected=[entry]))
    result = run_main("--platform", path, "--out", str(tmp_path / "dist"))
    assert result.returncode == 1 and expected in result.stderr, result.stderr
    assert not (tmp_path / "dist").exists()

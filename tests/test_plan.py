"""`frappe-k8s diff` as a plan: real changes to platform.yaml, both sides rendered, the consequences and the exit code
asserted per class, each with a negative control (a harmless change next to a harmful one, in the same plan)."""
import json
import re
import shutil
import subprocess

import pytest
import yaml

from frappe_k8s import capacity as planner
from frappe_k8s import loader
from frappe_k8s.cli import main
from frappe_k8s.consequences import capacity, immutable
from frappe_k8s.consequences.acknowledge import Acknowledgement, match, parse
from frappe_k8s.consequences.finding import DATA, REFUSED, Finding
from frappe_k8s.consequences.objects import Side
from frappe_k8s.consequences.plan import EXIT_BLOCKED, EXIT_CHANGES, EXIT_NO_CHANGES, EXIT_USAGE, make_plan
from frappe_k8s.consequences.formats import COMMENT_LIMIT, markdown
from frappe_k8s.errors import UserError
from frappe_k8s import schemas

from conftest import EXAMPLE, ROOT, platform_with, read_tree, run_main

SITES_CLAIM = "bench-production-bench/PersistentVolumeClaim.frappe.production-bench-sites.yaml"


def diff(capsys, platform, against, *args):
    """`frappe-k8s diff --format json` in this process: (exit code, the plan, stderr)."""
    code = main(["diff", "--platform", str(platform), "--against", str(against), "--format", "json", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


def changed(capsys, tmp_path, example_dist, change, *args):
    return diff(capsys, platform_with(tmp_path, change), example_dist, *args)


def more_storage(d):
    """The example with two more volumes, on classes this render does not make: files on an NFS export
    (csi-driver-nfs), and scratch space on RKE2's local-path class; neither is backed up, and both say so."""
    d["cluster"]["csiDrivers"] = ["nfs.csi.k8s.io"]
    d["storage"]["externalStorageClasses"] = [{"name": "local-path", "provisioner": "rancher.io/local-path"}]
    d["storage"]["volumes"] += [
        {"name": "shared-files", "namespace": "frappe", "size": "50Gi",
         "nfs": {"server": "10.0.0.2", "share": "/srv/nfs", "subDir": "${pvc.metadata.namespace}-${pvc.metadata.name}",
                 "mountOptions": ["nfsvers=4.1", "hard"], "mountPermissions": "0775"}},
        {"name": "scratch", "namespace": "frappe", "size": "5Gi", "storageClass": "local-path"}]
    d["backups"]["unprotected"] = [
        {"namespace": "frappe", "claim": "shared-files", "reason": "the NFS server's own backups copy the export"},
        {"namespace": "frappe", "claim": "scratch", "reason": "report scratch space, made again on demand"}]


@pytest.fixture(scope="module")
def more_storage_dist(tmp_path_factory):
    """The render of the example with more_storage, the old side of the tests of volumes of other drivers."""
    folder = tmp_path_factory.mktemp("more-storage")
    platform = platform_with(folder, more_storage)
    result = run_main("render", "--platform", platform, "--out", str(folder / "dist"))
    assert result.returncode == 0, result.stderr
    return folder / "dist"


def with_more_storage(change):
    return lambda d: (more_storage(d), change(d))


def of(plan, cls, blocked=None):
    """The findings of a class by object, optionally only the blocked (or not blocked) ones."""
    return {f["object"]: f for f in plan["findings"] if f["class"] == cls and (blocked is None or f["blocked"] == blocked)}


def text(finding):
    return "\n".join([finding["summary"], *finding["details"]])


# --- no change, harmless change --------------------------------------------------------------------------------

def test_no_change_exits_0_and_a_harmless_change_exits_1_with_nothing_blocked(capsys, tmp_path, example_dist):
    code, plan, _ = diff(capsys, EXAMPLE, example_dist)
    assert code == EXIT_NO_CHANGES and plan["status"] == "no changes" and plan["findings"] == []
    code, plan, _ = changed(capsys, tmp_path, example_dist,
                            lambda d: d["backups"]["velero"]["schedules"][0].update(schedule="30 1 * * *"))
    assert code == EXIT_CHANGES and plan["status"] == "changes"
    assert plan["summary"]["blocked"] == [] and [f for f in plan["findings"] if f["blocking"]] == []
    assert [o["path"] for o in plan["objects"]] == ["backups/Schedule.velero.frappe-daily.yaml"]
    assert plan["objects"][0]["fields"] == [{"path": "spec.schedule", "old": "0 2 * * *", "new": "30 1 * * *"}]


# --- refused at apply -------------------------------------------------------------------------------------------

def test_a_shrunk_claim_is_refused_and_a_grown_one_allowed(capsys, tmp_path, more_storage_dist):
    def change(d):
        d["benches"][0]["sitesVolume"]["size"] = "10Gi"                            # 20Gi -> 10Gi: refused
        d["storage"]["volumes"][1]["size"] = "15Gi"                                # frappe-site-backups grows (cephfs)
        d["benches"][1]["sitesVolume"]["size"] = "8Gi"                             # dev-bench grows (ceph-block)
        d["storage"]["volumes"][3]["size"] = "8Gi"                                 # scratch on local-path grows

    code, plan, _ = diff(capsys, platform_with(tmp_path, with_more_storage(change)), more_storage_dist)
    assert code == EXIT_BLOCKED
    refused = of(plan, REFUSED)
    shrunk = refused.pop(SITES_CLAIM)
    assert shrunk["blocked"] and shrunk["id"].startswith("refused-") and plan["summary"]["blocked"] == [shrunk["id"]]
    assert "spec.resources.requests.storage: 20Gi -> 10Gi: a claim cannot shrink" in shrunk["details"]
    assert any("ValidatePersistentVolumeClaimUpdate" in s for s in shrunk["sources"])
    # Flux stops the whole app and what waits for it; Argo CD fails the Application's sync
    assert "Flux: the Kustomization saasodoo-bench-production-bench fails its dry run, so nothing of " \
           "bench-production-bench/ is applied; waiting with it: saasodoo-sites-production-bench" in shrunk["details"]
    assert any(d.startswith("Argo CD: the Application saasodoo-bench-production-bench fails") for d in shrunk["details"])
    # the grown cephfs and ceph-block claims (their classes allow expansion) are allowed; the local-path one depends
    # on a class the plan cannot see: reported, not blocking
    local = refused.pop("storage/PersistentVolumeClaim.frappe.scratch.yaml")
    assert not local["blocking"] and "may be refused" in local["summary"] and "local-path" in text(local)
    assert refused == {}
    cephfs = of(plan, "capacity")["StorageClass cephfs"]
    assert "~ frappe/frappe-site-backups: 10.0 -> 15.0 GiB" in cephfs["details"]
    assert "~ frappe/production-bench-sites: 20.0 -> 10.0 GiB" in cephfs["details"]


def test_claim_class_and_statefulset_claim_templates_are_refused(capsys, tmp_path, example_dist):
    def change(d):
        d["storage"]["externalStorageClasses"] = [{"name": "nfs-rwx"}]
        d["benches"][0]["sitesVolume"]["storageClass"] = "nfs-rwx"
        d["benches"][0]["redis"]["queue"]["storageSize"] = "4Gi"
        d["benches"][0]["gunicorn"]["replicas"] = 3                               # mutable: rolls, not refused

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_BLOCKED
    refused = of(plan, REFUSED, blocked=True)
    assert sorted(refused) == [SITES_CLAIM,
                               "bench-production-bench/StatefulSet.frappe.production-bench-redis-queue.yaml"]
    assert "spec.storageClassName: cephfs -> nfs-rwx: the claim keeps the StorageClass that provisioned its volume" \
        in refused[SITES_CLAIM]["details"]
    redis = refused["bench-production-bench/StatefulSet.frappe.production-bench-redis-queue.yaml"]
    assert "spec.volumeClaimTemplates: a StatefulSet's volumeClaimTemplates cannot change" in redis["details"]
    assert "  spec.volumeClaimTemplates[0].spec.resources.requests.storage: 2Gi -> 4Gi" in redis["details"]
    assert any("--cascade=orphan" in d for d in redis["details"])
    assert any("ValidateStatefulSetUpdate" in s for s in redis["sources"])
    assert of(plan, "restarts")["bench-production-bench/Deployment.frappe.production-bench-gunicorn.yaml"]["summary"] \
        == "Deployment frappe/production-bench-gunicorn scales from 2 to 3 pod(s); the running pods stay"


def test_mariadb_operator_webhook_fields_are_refused(capsys, tmp_path, example_dist):
    def change(d):
        d["benches"][0]["database"]["mariadb"]["storageSize"] = "10Gi"             # cannot decrease
        d["benches"][0]["sites"][0]["database"] = {"mode": "dedicated"}            # Database, User, Grant change server
        d["benches"][0]["sites"][1]["database"]["mariadb"]["storageSize"] = "8Gi"  # grows: allowed

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_BLOCKED
    refused = of(plan, REFUSED, blocked=True)
    assert sorted(refused) == ["bench-production-bench/MariaDB.frappe.production-bench-mariadb.yaml",
                               "sites-production-bench/Database.frappe.customer-example-com.yaml",
                               "sites-production-bench/Grant.frappe.customer-example-com.yaml",
                               "sites-production-bench/User.frappe.customer-example-com.yaml"]
    assert "spec.storage.size: 20Gi -> 10Gi: mariadb-operator refuses a smaller storage size" in \
        refused["bench-production-bench/MariaDB.frappe.production-bench-mariadb.yaml"]["details"]
    database = refused["sites-production-bench/Database.frappe.customer-example-com.yaml"]
    assert any(d.startswith("spec.mariaDbRef: ") and "webhook refuses it" in d for d in database["details"])
    assert any("inmutable_webhook.go" in s for s in database["sources"])


def test_crd_transition_rules_and_storage_class_parameters_are_refused(capsys, tmp_path, more_storage_dist):
    def change(d):
        cluster = d["storage"]["cephClusters"][0]
        cluster["dataDirHostPath"] = "/var/lib/rook-prod"                          # CEL: self == oldSelf
        cluster["mgr"]["count"] = 1                                                # mutable
        d["storage"]["volumes"][2]["nfs"]["mountPermissions"] = "0770"             # a StorageClass parameter

    code, plan, _ = diff(capsys, platform_with(tmp_path, with_more_storage(change)), more_storage_dist)
    assert code == EXIT_BLOCKED
    refused = of(plan, REFUSED, blocked=True)
    assert sorted(refused) == ["storage/CephCluster.rook-ceph.rook-ceph.yaml",
                               "storage/StorageClass.shared-files-nfs.yaml"]
    cluster = refused["storage/CephCluster.rook-ceph.rook-ceph.yaml"]
    assert cluster["details"][0] == "spec.dataDirHostPath: /var/lib/rook -> /var/lib/rook-prod: DataDirHostPath is " \
                                    "immutable"
    assert cluster["sources"][-1].startswith("rook/rook v1.20.6 deploy/examples/crds.yaml: x-kubernetes-validations "
                                             "rule `self == oldSelf` at spec.dataDirHostPath")
    assert of(plan, "capacity") == {}  # nothing any claim asks changes
    storage_class = refused["storage/StorageClass.shared-files-nfs.yaml"]
    assert "parameters.mountPermissions" in text(storage_class) and \
        any("ValidateStorageClassUpdate" in s for s in storage_class["sources"])


def test_a_persistent_volume_source_is_refused(capsys, tmp_path):
    example = ROOT / "examples" / "sbd-efs-aws.yaml"  # the SBD platform on AWS: a static EFS volume
    old = tmp_path / "dist"
    assert run_main("render", "--platform", str(example), "--out", str(old)).returncode == 0
    change = lambda d: d["storage"]["volumes"][0]["efs"].update(accessPointId="fsap-0f0e0d0c0b0a09080")
    code, plan, _ = diff(capsys, platform_with(tmp_path, change, example), old)
    assert code == EXIT_BLOCKED
    (pv,) = of(plan, REFUSED, blocked=True).values()
    assert pv["object"] == "storage/PersistentVolume.sbd-system-sbd-shared.yaml"
    assert "a PersistentVolume's source cannot change" in text(pv) and "spec.csi" in pv["summary"]


# --- data ----------------------------------------------------------------------------------------------------------

def test_a_removed_claim_is_orphaned_and_kept_and_an_unprotected_one_deleted(capsys, tmp_path, more_storage_dist):
    def remove(d):  # shared-files, on NFS: its claim, PV and StorageClass go
        d["storage"]["volumes"].pop(2)
        d["backups"]["unprotected"].pop(0)

    code, plan, _ = diff(capsys, platform_with(tmp_path, with_more_storage(remove)), more_storage_dist)
    assert code == EXIT_BLOCKED
    claim = of(plan, DATA)["storage/PersistentVolumeClaim.frappe.shared-files.yaml"]
    assert claim["blocked"] and "orphaned: it stays with its volume and the files on it, unmanaged (kept by prune " \
                                "protection)" in claim["summary"]
    # IgnoreExtraneous on the kept claim leaves Argo CD Synced (argo-cd controller/state.go)
    assert "OutOfSync" not in str(claim["details"])
    kept = of(plan, DATA)["storage/"]  # stateful, no data: listed, not blocking
    assert not kept["blocking"] and "StorageClass shared-files-nfs" in kept["details"]
    assert "orphaned claims still hold 50.0 GiB" in of(plan, "capacity")["StorageClass shared-files-nfs"]["summary"]
    # an older render whose claim had no prune protection: the same change deletes it, data and all
    old = tmp_path / "old"
    shutil.copytree(more_storage_dist, old)
    path = old / "storage" / "PersistentVolumeClaim.frappe.shared-files.yaml"
    manifest = yaml.safe_load(path.read_text())
    del manifest["metadata"]["annotations"]
    path.write_text(yaml.safe_dump(manifest))
    code, plan, _ = diff(capsys, tmp_path / "platform.yaml", old)
    claim = of(plan, DATA)["storage/PersistentVolumeClaim.frappe.shared-files.yaml"]
    assert code == EXIT_BLOCKED and claim["blocked"]
    assert "deleted with its volume and the files on it (Argo CD and Flux delete it)" in claim["summary"]
    # kept, but without IgnoreExtraneous (a render before issue 16): Argo CD then stays OutOfSync
    manifest = yaml.safe_load((more_storage_dist / "storage" / "PersistentVolumeClaim.frappe.shared-files.yaml").read_text())
    del manifest["metadata"]["annotations"]["argocd.argoproj.io/compare-options"]
    path.write_text(yaml.safe_dump(manifest))
    code, plan, _ = diff(capsys, tmp_path / "platform.yaml", old)
    claim = of(plan, DATA)["storage/PersistentVolumeClaim.frappe.shared-files.yaml"]
    assert "Argo CD shows the Application OutOfSync until the object is deleted by hand" in claim["details"]


def test_a_bench_moved_to_another_namespace_starts_empty_and_orphans_its_data(capsys, tmp_path, example_dist):
    def change(d):
        d["benches"][0]["namespace"] = "frappe-prod"
        d["storage"]["volumes"][1]["namespace"] = "frappe-prod"                    # frappe-site-backups
        d["backups"]["velero"]["schedules"][0]["includedNamespaces"].append("frappe-prod")  # else nothing backs it up

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_BLOCKED
    data = of(plan, DATA, blocked=True)
    claim = data[SITES_CLAIM.replace(".frappe.", ".frappe-prod.")]
    assert claim["summary"].startswith("PersistentVolumeClaim frappe/production-bench-sites moves from namespace "
                                       "frappe to frappe-prod: the new one starts empty; the old one keeps its volume")
    redis = data["bench-production-bench/StatefulSet.frappe-prod.production-bench-redis-queue.yaml"]
    assert "whenDeleted: Retain keeps data-production-bench-redis-queue-0" in redis["summary"]
    assert "bench-production-bench/MariaDB.frappe-prod.production-bench-mariadb.yaml" in data
    assert "sites-production-bench/Database.frappe-prod.customer-example-com.yaml" in data
    # the space the orphans hold is counted: each class is within its safe capacity, but the filesystem's and the
    # block pool's pools use the same OSDs, and together they are over it after the move
    capacity = of(plan, "capacity")
    cephfs, block = capacity["StorageClass cephfs"]["summary"], capacity["StorageClass ceph-block"]["summary"]
    assert "orphaned claims still hold 30.0 GiB" in cephfs and not cephfs.endswith("OVER safe capacity")
    assert "orphaned claims still hold 27.0 GiB" in block and not block.endswith("OVER safe capacity")
    assert capacity["OSDs of StorageClasses cephfs, ceph-block"]["summary"] == \
        "StorageClasses cephfs, ceph-block share their OSDs: together 136% of their safe capacity requested, orphaned " \
        "claims included: OVER safe capacity"
    assert any(f["summary"].startswith("Job frappe-prod/production-bench-migrate-") and " runs: " in f["summary"]
               for f in of(plan, "runs").values())


def test_drop_data_and_a_restore_into_an_existing_site_block(capsys, tmp_path, example_dist):
    def change(d):
        sites = d["benches"][0]["sites"]
        next(s for s in sites if s["name"] == "old.example.com")["dropData"] = True
        sites[0]["restore"] = {"backup": "20261201T010000Z"}                      # customer.example.com exists
        sites.append({"name": "new.example.com", "restore": {"backup": "customer.example.com/20261201T010000Z"}})

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_BLOCKED
    data = {f["summary"].split(":")[0]: f for f in of(plan, DATA, blocked=True).values()}
    assert sorted(data) == ["site customer.example.com", "site old.example.com"]
    drop = data["site old.example.com"]
    assert re.search(r"dropData: Job old-example-com-drop-[0-9a-f]{8} backs the site up, then drops its database and "
                     r"files", drop["summary"])
    assert "mariadb-operator creates the database and user again" in drop["details"][0]
    assert "replaces the site's database and files with backup 20261201T010000Z" in \
        data["site customer.example.com"]["summary"]
    runs = " | ".join(f["summary"] for f in of(plan, "runs").values())
    # the new site's restore runs too, but loses nothing: it is not blocked (the negative control)
    assert "restores customer.example.com/20261201T010000Z into the site (new.example.com)" in runs
    assert "creates the site (`bench new-site`) unless it exists (new.example.com)" in runs


def test_removing_a_site_pairs_list_items_by_identity_and_shows_only_the_site_s(capsys, tmp_path, example_dist):
    """The review's 20 KB line: removing one site used to print the PrometheusRule's whole `rules` list twice."""
    code, plan, _ = changed(capsys, tmp_path, example_dist, lambda d: d["benches"][0]["sites"].pop(0))
    assert code == EXIT_BLOCKED  # the site's database stays, orphaned
    assert of(plan, DATA, blocked=True)["sites-production-bench/Database.frappe.customer-example-com.yaml"]
    (rules,) = [o for o in plan["objects"] if o["kind"] == "PrometheusRule"]
    paths = [f["path"] for f in rules["fields"]]
    assert paths == [
        "spec.groups[saasodoo-jobs].rules[FrappeSiteJobFailed].expr",
        "spec.groups[saasodoo-site-backups].rules[FrappeSiteBackupFailed{cronjob=customer-example-com-backup,"
        "site=customer.example.com}]",
        "spec.groups[saasodoo-site-backups].rules[FrappeSiteBackupMissing{cronjob=customer-example-com-backup,"
        "reason=stale,site=customer.example.com}]",
        "spec.groups[saasodoo-site-backups].rules[FrappeSiteBackupMissing{cronjob=customer-example-com-backup,"
        "reason=none-recorded,site=customer.example.com}]"]
    assert all("new" not in f for f in rules["fields"][1:])  # removed rules, nothing else of the list


def test_lists_pair_by_name_or_align_as_sequences():
    from frappe_k8s.diff import ABSENT, field_changes

    def paths(old, new):
        return [(c.path, c.old if c.old is not ABSENT else "-", c.new if c.new is not ABSENT else "-")
                for c in field_changes(old, new)]

    containers = [{"name": "a", "image": "x:1"}, {"name": "b", "image": "y:1"}]
    assert paths({"c": containers}, {"c": [containers[1], {"name": "a", "image": "x:2"}]}) == [("c[a].image", "x:1", "x:2")]
    assert paths({"p": ["SELECT", "INSERT", "DROP"]}, {"p": ["SELECT", "DROP", "ALTER"]}) == \
        [("p[1]", "INSERT", "-"), ("p[2]", "-", "ALTER")]  # old index, new index
    assert paths({"args": ["bash", "-c", "a"]}, {"args": ["bash", "-c", "b"]}) == [("args[2]", "a", "b")]


# --- runs, restarts --------------------------------------------------------------------------------------------------

def test_an_image_upgrade_runs_the_migration_and_rolls_the_pods(capsys, tmp_path, example_dist):
    code, plan, _ = changed(capsys, tmp_path, example_dist,
                            lambda d: d["benches"][0]["image"].update(tag="v15.42.0"))
    assert code == EXIT_CHANGES and plan["summary"]["blocked"] == []
    runs = {f["object"]: f["summary"] for f in of(plan, "runs").values()}
    migrate = next(s for s in runs.values() if "migrate" in s)
    assert migrate.startswith("Job frappe/production-bench-migrate-") and " runs: " in migrate
    assert migrate.endswith("on 4 site(s): customer.example.com, isolated.example.com, external.example.com, "
                            "production.example.com")  # not old.example.com: stopped sites are skipped
    # every Job is named after its whole spec: the site's create Job of the new image is a new Job, run once; no Job
    # is changed under its name, which Argo CD could not apply (frappe_k8s.sync)
    (create,) = [s for o, s in runs.items() if o.startswith("sites-production-bench/Job.frappe.customer-example-com-create-")]
    assert " runs: " in create and not [s for s in runs.values() if "runs again" in s]
    restarts = {f["object"]: f["summary"] for f in of(plan, "restarts").values()}
    assert restarts["bench-production-bench/Deployment.frappe.production-bench-gunicorn.yaml"] == \
        "Deployment frappe/production-bench-gunicorn: 2 pods, rolling update (maxUnavailable 0, maxSurge 1)"
    assert "0 to 10 pods (KEDA ScaledObject production-bench-worker-short)" in \
        restarts["bench-production-bench/Deployment.frappe.production-bench-worker-short.yaml"]
    assert "Recreate: every pod stops before the new ones start (downtime)" in \
        restarts["bench-production-bench/Deployment.frappe.production-bench-scheduler.yaml"]
    # the other bench, its Redis and the MariaDB run another image: they do not restart
    assert not [o for o in restarts if "dev-bench" in o or "redis" in o or "MariaDB" in o]


def test_a_new_volume_runs_its_verification_and_a_database_change_restarts_mariadb(capsys, tmp_path, example_dist):
    def change(d):
        d["storage"]["volumes"].append({"name": "reports", "namespace": "saasodoo", "size": "5Gi",
                                        "storageClass": "cephfs", "verify": True})  # ceph-volumes-daily backs it up
        d["benches"][0]["database"]["mariadb"]["maxConnections"] = 800

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_CHANGES
    (runs,) = [f for o, f in of(plan, "runs").items() if o.startswith("storage/Job.saasodoo.reports-verify-rwx-")]
    assert re.fullmatch(r"Job saasodoo/reports-verify-rwx-[0-9a-f]{8} runs: mounts a throwaway claim of the volume's "
                        r"class \(a static volume: the volume\) on two nodes at once to prove it is ReadWriteMany "
                        r"\(reports\)", runs["summary"])
    mariadb = of(plan, "restarts")["bench-production-bench/MariaDB.frappe.production-bench-mariadb.yaml"]
    assert mariadb["summary"] == "MariaDB frappe/production-bench-mariadb: mariadb-operator restarts its 1 pod(s) " \
                                 "(ReplicasFirstPrimaryLast): the database is down while it restarts"
    cephfs = of(plan, "capacity")["StorageClass cephfs"]["details"]
    assert "+ saasodoo/reports: 5.0 GiB" in cephfs and "+ saasodoo/reports-verify-rwx: 1.0 GiB" in cephfs


def test_a_changed_secret_reaches_pods_only_through_volumes():
    """No workload of ours reads a ConfigMap or Secret yet: two hand-made renders stand in for one that does."""
    def manifest(kind, name, **spec):
        return {"apiVersion": "apps/v1" if kind == "Deployment" else "v1", "kind": kind,
                "metadata": {"name": name, "namespace": "n"}, **spec}

    def deployment(name, container, volumes=()):
        return manifest("Deployment", name, spec={"replicas": 2, "template": {"spec": {
            "containers": [container], "volumes": list(volumes)}}})

    reads_env = deployment("env", {"name": "c", "envFrom": [{"secretRef": {"name": "s"}}]})
    mounts = deployment("mount", {"name": "c", "volumeMounts": [{"name": "v", "mountPath": "/s"}]},
                        [{"name": "v", "secret": {"secretName": "s"}}])
    other = deployment("other", {"name": "c", "envFrom": [{"secretRef": {"name": "t"}}]})
    tree = lambda secret: {f"app/{o['kind']}.n.{o['metadata']['name']}.yaml": yaml.safe_dump(o).encode()
                           for o in (reads_env, mounts, other, manifest("Secret", "s", stringData=secret))}
    plan = make_plan(tree({"k": "1"}), tree({"k": "2"}), loader.parse("name: p\n"))
    stale = {f.subject: f.summary for f in plan.of("restarts")}
    assert stale == {"app/Deployment.n.env.yaml": "Deployment n/env reads Secret s through environment variables: it "
                                                  "keeps the old values until its pods restart (`kubectl rollout "
                                                  "restart`)",
                     "app/Deployment.n.mount.yaml": "Deployment n/mount reads Secret s through a mounted volume: it "
                                                    "updates within about a minute (the kubelet's sync)"}


# --- exposure ------------------------------------------------------------------------------------------------------

def test_widened_admission_and_new_hosts_are_exposure(capsys, tmp_path, example_dist):
    def change(d):
        d["benches"][0]["networkPolicy"]["ingressNamespaces"].append("ingress-nginx")
        d["benches"][0]["sites"][2]["domains"] = ["shop.example.com"]

    code, plan, _ = changed(capsys, tmp_path, example_dist, change)
    assert code == EXIT_CHANGES
    exposure = of(plan, "exposure")
    policy = exposure["bench-production-bench/NetworkPolicy.frappe.production-bench-allow-nginx.yaml"]
    assert policy["details"] == ["Ingress: now admits every pod in namespace ingress-nginx -> TCP/8080"]
    hosts = exposure["sites-production-bench/Ingress.frappe.external-example-com-domains.yaml"]
    assert hosts["details"] == ["now served: shop.example.com -> Service production-bench-nginx:8080, TLS"]
    assert sorted(exposure) == sorted([policy["object"], hosts["object"]])  # nothing else widens


# --- acknowledgements, formats, exit codes -----------------------------------------------------------------------------

def shrink(d):
    d["benches"][0]["sitesVolume"]["size"] = "10Gi"


def test_an_acknowledgement_in_the_repository_unblocks_exactly_its_change(capsys, tmp_path, example_dist):
    code, plan, _ = changed(capsys, tmp_path, example_dist, shrink)
    (blocked,) = plan["summary"]["blocked"]
    assert code == EXIT_BLOCKED
    acks = tmp_path / "acknowledgements.yaml"
    acks.write_text(yaml.safe_dump({"acknowledgements": [
        {"id": blocked, "object": SITES_CLAIM, "reason": "re-created at 10Gi by hand and restored (OPS-42)"}]}))
    code, plan, _ = diff(capsys, tmp_path / "platform.yaml", example_dist)
    assert code == EXIT_CHANGES and plan["summary"]["accepted"] == [blocked] and plan["summary"]["blocked"] == []
    assert of(plan, REFUSED)[SITES_CLAIM]["acknowledged"]["reason"] == "re-created at 10Gi by hand and restored (OPS-42)"
    # the same entry does not fit another change of that claim: a different change has a different id
    code, plan, _ = changed(capsys, tmp_path, example_dist, lambda d: d["benches"][0]["sitesVolume"].update(size="5Gi"))
    assert code == EXIT_BLOCKED and plan["summary"]["blocked"] != [blocked]
    assert plan["acknowledgements"]["unused"][0]["id"] == blocked
    # an entry copied onto another object is an error, not a silent miss; so is a reason that says nothing
    for entry, problem in (({"id": blocked, "object": "storage/StorageClass.cephfs.yaml", "reason": "it is fine, really"},
                            f"{blocked} is the id of a change to {SITES_CLAIM}, not storage/StorageClass.cephfs.yaml"),
                           ({"id": blocked, "object": SITES_CLAIM, "reason": "ok"}, ".reason: does not say why")):
        acks.write_text(yaml.safe_dump({"acknowledgements": [entry]}))
        code, plan, err = changed(capsys, tmp_path, example_dist, shrink)
        assert code == EXIT_USAGE and plan is None and problem in err and err.count("error:") == 1


def test_accept_on_the_command_line(capsys, tmp_path, example_dist):
    code, plan, _ = changed(capsys, tmp_path, example_dist, shrink)
    (blocked,) = plan["summary"]["blocked"]
    code, plan, _ = changed(capsys, tmp_path, example_dist, shrink, "--accept", blocked)
    assert code == EXIT_CHANGES and plan["summary"]["accepted"] == [blocked]
    code, plan, _ = changed(capsys, tmp_path, example_dist, shrink, "--accept", "refused-00000000")
    assert code == EXIT_BLOCKED and plan["acknowledgements"]["unused"][0]["id"] == "refused-00000000"
    code, _, err = changed(capsys, tmp_path, example_dist, shrink, "--accept", "yes")
    assert code == EXIT_USAGE and "--accept 'yes' is not a plan id" in err


def git_repo(tmp_path, example_dist):
    """A GitOps repository holding the example platform and its render, committed."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(EXAMPLE, repo / "platform.yaml")
    shutil.copytree(example_dist, repo / "dist")
    git = lambda *a: subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *a], cwd=repo, check=True,
                                    capture_output=True)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "base")
    return repo, git


def test_against_a_git_ref_the_old_model_gives_capacity_before_and_old_acknowledgements_count_for_nothing(
        capsys, tmp_path, example_dist):
    repo, git = git_repo(tmp_path, example_dist)
    document = yaml.safe_load((repo / "platform.yaml").read_text())
    shrink(document)
    (repo / "platform.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    code, plan, _ = diff(capsys, repo / "platform.yaml", "HEAD", "--dist", str(repo / "dist"))
    assert code == EXIT_BLOCKED
    (cephfs,) = [c for c in plan["capacity"] if c["storageClass"] == "cephfs"]
    assert cephfs["safeBytes"]["before"] == cephfs["safeBytes"]["after"] > 0  # the planner ran on both models
    assert cephfs["requestedBytes"]["before"] - cephfs["requestedBytes"]["after"] == 10 * 2**30
    (blocked,) = plan["summary"]["blocked"]
    entry = {"id": blocked, "object": SITES_CLAIM, "reason": "re-created at 10Gi by hand first (OPS-42)"}
    (repo / "acknowledgements.yaml").write_text(yaml.safe_dump({"acknowledgements": [entry]}))
    code, plan, _ = diff(capsys, repo / "platform.yaml", "HEAD", "--dist", str(repo / "dist"))
    assert code == EXIT_CHANGES  # added by this change: it counts
    git("add", "acknowledgements.yaml")
    git("commit", "-qm", "an acknowledgement merged earlier")
    code, plan, _ = diff(capsys, repo / "platform.yaml", "HEAD", "--dist", str(repo / "dist"))
    assert code == EXIT_BLOCKED and plan["acknowledgements"]["alreadyMerged"][0]["id"] == blocked


def test_markdown_puts_the_summary_first_folds_each_app_and_fits_a_comment(capsys, tmp_path, example_dist):
    def change(d):
        d["benches"][0]["namespace"] = "frappe-prod"
        d["storage"]["volumes"][1]["namespace"] = "frappe-prod"                    # frappe-site-backups
        d["backups"]["velero"]["schedules"][0]["includedNamespaces"].append("frappe-prod")  # else nothing backs it up

    platform = platform_with(tmp_path, change)
    code = main(["diff", "--platform", platform, "--against", str(example_dist), "--format", "markdown"])
    text = capsys.readouterr().out
    assert code == EXIT_BLOCKED
    assert text.startswith("### frappe-k8s plan against ") and "**Blocked:** 9 change(s)" in text
    assert text.index("| consequence | findings |") < text.index("#### Blocked") < text.index("<details>")
    assert "<details><summary><b>bench-production-bench</b>" in text and text.count("<details>") == \
        text.count("</details>")
    assert len(text) <= COMMENT_LIMIT
    # a plan too large for a comment is cut to fit, the summary and the blocked list kept: everything removed
    plan = make_plan(read_tree(example_dist), {}, loader.load(EXAMPLE))
    small = markdown(plan, limit=20000)
    assert len(small) <= 20000 and "more app(s) left out to fit a pull-request comment" in small
    assert "#### Blocked" in small and "<details>" in small


def test_a_loader_error_is_printed_once_and_exits_2(tmp_path, example_dist):
    def change(d):  # the bench moves, its sites' backup volume does not: one problem, shared by six sites
        d["benches"][0]["namespace"] = "frappe-prod"

    result = run_main("diff", "--platform", platform_with(tmp_path, change), "--against", str(example_dist))
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert result.stderr.count("siteBackups.volume: volume 'frappe-site-backups' is not declared") == 1
    assert "Traceback" not in result.stderr
    assert run_main("diff", "--format", "yaml").returncode == 2  # argparse's usage error, the same code


def test_text_lists_consequences_then_objects_and_ends_with_the_exit_code(tmp_path, example_dist):
    result = run_main("diff", "--platform", platform_with(tmp_path, shrink), "--against", str(example_dist))
    lines = result.stdout.splitlines()
    assert result.returncode == EXIT_BLOCKED
    assert lines[1] == "  1 refused at apply (1 blocked), 0 data, 0 jobs that will run, 0 restarts, 2 capacity, " \
                       "0 exposure"
    assert lines.index("Refused at apply") < lines.index("Changes per object") < lines.index("Summary:")
    assert lines[-1] == "  exit 3: blocked, 1 change(s) not acknowledged"
    assert max(len(line) for line in lines) < 400  # long values are cut around what differs


# --- rules read from upstream, cross-checks ----------------------------------------------------------------------------

def test_every_transition_rule_of_the_vendored_crds_is_understood():
    """A new `oldSelf` rule in a re-vendored CRD must be taught to the plan (immutable.TRANSITIONS), not skipped."""
    rules = [(group, kind, rule) for group, kind in schemas.vendored_kinds()
             for version in schemas.entry(group, kind)["versions"]
             for rule in immutable.transition_rules(f"{group}/{version}", kind)]
    assert len(rules) >= 20 and all(r.understood for _, _, r in rules), [r for r in rules if not r[2].understood]
    (cel,) = [r for g, k, r in rules if k == "CephCluster" and r.path == ("spec", "dataDirHostPath")]
    assert not cel.passes("/var/lib/rook", "/srv/rook") and cel.passes("/var/lib/rook", "/var/lib/rook")
    assert cel.passes(immutable.ABSENT, "/srv/rook")  # CEL runs a transition rule only where both sides have the value


def test_claims_read_from_the_objects_are_the_planners(example_dist):
    """Capacity before and after is read from the rendered objects: they must say what the planner says."""
    side = Side(read_tree(example_dist))
    by_class: dict = {}
    for claim in capacity.claims(side):
        by_class.setdefault(claim.storage_class, set()).add((claim.namespace, claim.name, claim.bytes))
    platform = loader.load(EXAMPLE)
    expected = {name: {(r.namespace, r.name, r.bytes) for r in requests}
                for name, requests in planner.requests_by_class(platform).items()}
    assert by_class == expected


def test_acknowledgement_file_errors_name_the_entry():
    with pytest.raises(UserError, match=r"acks.yaml: acknowledgements\[0\]: needs exactly id, object and reason"):
        parse("acknowledgements:\n  - id: refused-0123abcd\n", "acks.yaml")
    with pytest.raises(UserError, match=r"acks.yaml: acknowledgements\[1\].id: refused-0123abcd is acknowledged twice"):
        entry = {"id": "refused-0123abcd", "object": "a/B.c.yaml", "reason": "done by hand before the sync"}
        parse(yaml.safe_dump({"acknowledgements": [entry, entry]}), "acks.yaml")
    with pytest.raises(UserError, match=r"acks.yaml:1: nests collections more than 64 deep"):
        parse("acknowledgements: " + "[" * 100 + "]" * 100, "acks.yaml")  # a pull request writes it: bounded
    finding = Finding(REFUSED, "a", "a/B.c.yaml", "s", blocking=True, key="k")
    ack = Acknowledgement(finding.id, "a/B.c.yaml", "done by hand before the sync", "acks.yaml entry 0")
    assert match([finding], [ack]).accepted == {finding.id: ack}
    assert match([finding], [ack], merged_ids={finding.id}).merged == (ack,)

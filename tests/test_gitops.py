"""GitOps wiring (Argo CD, Flux), the order as data, prune protection, and the reviewer's tools (diff, check,
plan, validate) on the example, end to end."""
import shutil
import subprocess

import pytest
import yaml

from frappe_k8s import rules
from frappe_k8s.model.gitops import AppFolder, GitOpsWiringProps, contents, wire
from frappe_k8s.sync import is_advisory
from frappe_k8s.validate import Validator

from conftest import EXAMPLE, ROOT, load_objects, platform_with, read_tree, run_main

ARGO_WAVE = "argocd.argoproj.io/sync-wave"


def by_kind(folder, kind):
    return {o["metadata"]["name"]: o for o in load_objects(folder) if o["kind"] == kind}


# --- the wiring, validated against the upstream CRDs ---------------------------------------------------------

def test_every_argocd_and_flux_object_validates_against_the_upstream_crds(example_dist):
    validator = Validator("1.33")
    objects = load_objects(example_dist / "gitops")
    assert {(o["apiVersion"], o["kind"]) for o in objects} == {
        ("argoproj.io/v1alpha1", "AppProject"), ("argoproj.io/v1alpha1", "Application"),
        ("source.toolkit.fluxcd.io/v1", "GitRepository"), ("kustomize.toolkit.fluxcd.io/v1", "Kustomization")}
    for obj in objects:
        assert list(validator.problems(obj)) == [], obj["metadata"]["name"]
    broken = by_kind(example_dist / "gitops" / "flux", "Kustomization")["saasodoo-storage"]
    broken["spec"]["dependsOn"] = [{"nam": "x"}]
    assert any("dependsOn.0" in p for p in validator.problems(broken))


def test_gitops_tool_chooses_the_folders_and_no_section_renders_none(tmp_path):
    for tool, folders in (("argocd", ["argocd"]), ("flux", ["flux"]), ("both", ["argocd", "flux"])):
        out = tmp_path / tool
        result = run_main("--platform", platform_with(tmp_path, lambda d: d["gitops"].update(tool=tool)),
                          "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in (out / "gitops").iterdir()) == folders
        if tool == "argocd":  # only the operators folder of the matching tool is wired
            paths = [a["spec"]["source"]["path"] for a in by_kind(out / "gitops" / "argocd", "Application").values()]
            assert "dist/operators-argocd" in paths and not [p for p in paths if "flux" in p]
    out = tmp_path / "none"
    result = run_main("--platform", platform_with(tmp_path, lambda d: (d.pop("gitops"), d.pop("monitoring"))), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "gitops").exists() and (out / "README.md").exists()


def test_repo_url_revision_and_path_come_from_platform_yaml(tmp_path):
    def change(d):
        d["gitops"].update(repoURL="ssh://git@git.example.com/ops/fleet.git", revision="refs/tags/v2", path="clusters/prod")
        d["monitoring"]["runbookBaseUrl"] = "https://git.example.com/ops/fleet/README.md"  # not derivable from ssh
    out = tmp_path / "out"
    assert run_main("--platform", platform_with(tmp_path, change), "--out", str(out)).returncode == 0
    source = by_kind(out / "gitops" / "flux", "GitRepository")["saasodoo"]["spec"]
    assert source["url"] == "ssh://git@git.example.com/ops/fleet.git" and source["ref"] == {"name": "refs/tags/v2"}
    storage = by_kind(out / "gitops" / "flux", "Kustomization")["saasodoo-storage"]["spec"]
    assert storage["path"] == "./clusters/prod/storage"
    app = by_kind(out / "gitops" / "argocd", "Application")["saasodoo-storage"]["spec"]["source"]
    assert app == {"repoURL": "ssh://git@git.example.com/ops/fleet.git", "targetRevision": "refs/tags/v2",
                   "path": "clusters/prod/storage"}


@pytest.mark.parametrize("revision, ref", [("main", {"branch": "main"}), ("a" * 40, {"commit": "a" * 40}),
                                           ("refs/tags/v1.0.0", {"name": "refs/tags/v1.0.0"})])
def test_flux_ref_per_revision(revision, ref):
    assert GitOpsWiringProps("p", "https://x/y.git", revision=revision).flux_ref == ref


# --- order ---------------------------------------------------------------------------------------------------

def test_argocd_waves_and_flux_depends_on_give_the_same_order(example_dist):
    apps = by_kind(example_dist / "gitops" / "argocd", "Application")
    waves = {a["spec"]["source"]["path"].removeprefix("dist/"): int(a["metadata"]["annotations"][ARGO_WAVE])
             for name, a in apps.items() if name != "saasodoo"}
    # what others wait for by stage; what nothing waits for (sites, backups, monitoring) in the last wave, where the
    # root waits for nothing, so its failure holds back no other app
    assert waves == {"namespaces": 0, "operators-argocd": 0, "storage": 1, "bench-production-bench": 2,
                     "sites-production-bench": 3, "backups": 3, "monitoring": 3,
                     "bench-dev-bench": 3}  # it has no sites
    kustomizations = by_kind(example_dist / "gitops" / "flux", "Kustomization")
    depends = {k["spec"]["path"].removeprefix("./dist/"): [d["name"] for d in k["spec"].get("dependsOn", [])]
               for k in kustomizations.values()}
    assert depends == {
        "gitops/flux": [], "namespaces": [], "operators-flux": [],
        "storage": ["saasodoo-namespaces", "saasodoo-operators-flux"],
        "backups": ["saasodoo-namespaces", "saasodoo-operators-flux"],
        "monitoring": ["saasodoo-namespaces"],  # alerts must not wait for what they watch
        "bench-dev-bench": ["saasodoo-storage"],  # not backups: an S3 outage must not hold back a bench
        "bench-production-bench": ["saasodoo-storage"],
        "sites-production-bench": ["saasodoo-bench-production-bench"]}
    awaited = {dep.removeprefix("saasodoo-") for deps in depends.values() for dep in deps}
    for k in kustomizations.values():  # safe defaults on every folder; only what others wait for is health-checked
        spec, folder = k["spec"], k["spec"]["path"].removeprefix("./dist/")
        assert spec["prune"] is True and spec["retryInterval"] == "2m"
        checked = spec["wait"] or bool(spec.get("healthChecks"))
        assert checked is (folder.replace("/", "-") in awaited), folder
    for name, app in apps.items():  # Flux dependsOn and Argo CD waves agree: a dependency is in an earlier wave
        for dep in depends.get(app["spec"]["source"]["path"].removeprefix("dist/"), []):
            dep_wave = waves.get(dep.removeprefix("saasodoo-").replace("operators-flux", "operators-argocd"))
            assert dep_wave < int(app["metadata"]["annotations"].get(ARGO_WAVE, 99))


def test_flux_timeouts_cover_the_longest_job_of_their_folder(example_dist):
    """A health check that gives up before a Job's own deadline fails a folder whose work is still on time."""
    for k in by_kind(example_dist / "gitops" / "flux", "Kustomization").values():
        folder = example_dist / k["spec"]["path"].removeprefix("./dist/")
        # every Job that gates its folder has a Job-wide deadline; an advisory one (a verification) is waited for by
        # nothing, and bounds each pod instead (its claim's binding is not in it)
        deadlines = [o["spec"]["activeDeadlineSeconds"] for o in load_objects(folder)
                     if o["kind"] == "Job" and not is_advisory(o)]
        timeout = k["spec"]["timeout"]
        hours, _, minutes = timeout.rpartition("h")
        seconds = int(hours or 0) * 3600 + int(minutes.rstrip("m") or 0) * 60
        assert seconds >= max(deadlines, default=0) + 600 and seconds >= 600, (folder.name, timeout)
    bench = by_kind(example_dist / "gitops" / "flux", "Kustomization")["saasodoo-bench-production-bench"]["spec"]
    assert bench["timeout"] == "1h10m"  # the migrate Job's 3600 s and a rollout


def test_a_folder_others_wait_for_leaves_its_advisory_objects_out_of_the_health_checks(example_dist):
    """storage/ holds an RWX verification, a Job and its throwaway claim: a failure must not hold back the benches
    (Flux dependsOn needs storage Ready), so Flux checks every other object by name, and Argo CD leaves them out of
    the app's health."""
    storage = by_kind(example_dist / "gitops" / "flux", "Kustomization")["saasodoo-storage"]["spec"]
    objects = load_objects(example_dist / "storage")
    advisory = {(o["kind"], o["metadata"]["name"]) for o in objects if is_advisory(o)}
    assert sorted(kind for kind, _ in advisory) == ["Job", "PersistentVolumeClaim"]
    assert storage["wait"] is False
    assert {(c["kind"], c["name"]) for c in storage["healthChecks"]} == \
        {(o["kind"], o["metadata"]["name"]) for o in objects} - advisory


def test_order_is_data_a_sites_app_wires_itself_and_gaps_keep_the_order():
    declared = [AppFolder("operators-argocd", tools=("argocd",), key="operators"),
                AppFolder("operators-flux", tools=("flux",), key="operators"),
                AppFolder("namespaces"), AppFolder("storage", ("operators", "namespaces")),
                AppFolder("backups", ("operators", "namespaces")), AppFolder("bench-erp", ("storage", "backups")),
                AppFolder("sites-erp", ("bench-erp",))]
    everything = [a.folder for a in declared]
    flux = {a.folder: (a.stage, a.depends_on) for a in wire(declared, "flux", everything)}
    assert flux["sites-erp"] == (3, ("bench-erp",)) and "operators-argocd" not in flux
    # no storage and no backups rendered: the bench still waits for what they waited for
    rendered = [f for f in everything if f not in ("storage", "backups")]
    argo = {a.folder: (a.stage, a.depends_on) for a in wire(declared, "argocd", rendered)}
    assert argo["bench-erp"] == (1, ("namespaces", "operators-argocd")) and argo["sites-erp"][0] == 2
    with pytest.raises(AssertionError, match="cycle: a -> b -> a"):
        wire([AppFolder("a", ("b",)), AppFolder("b", ("a",))], "flux", ["a", "b"])


# --- Argo CD specifics -----------------------------------------------------------------------------------------

def test_argocd_root_project_and_children(example_dist):
    folder = example_dist / "gitops" / "argocd"
    apps = by_kind(folder, "Application")
    root = apps.pop("saasodoo")
    assert root["spec"]["source"]["path"] == "dist/gitops/argocd" and root["spec"]["project"] == "default"
    assert "finalizers" not in root["metadata"]  # deleting the root leaves the platform running
    for name, app in apps.items():
        spec = app["spec"]
        assert app["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"]
        assert spec["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
        assert {"ServerSideApply=true", "ApplyOutOfSyncOnly=true"} <= set(spec["syncPolicy"]["syncOptions"])
        assert "PruneLast=true" not in spec["syncPolicy"]["syncOptions"]  # it would put pruning behind every Job
        # a cascade delete of the root keeps the children; every app diffs server-side
        assert app["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Delete=false"
        assert app["metadata"]["annotations"]["argocd.argoproj.io/compare-options"] == "ServerSideDiff=true"
        assert spec["syncPolicy"]["retry"] == {"limit": 10, "backoff": {"duration": "10s", "factor": 2,
                                                                       "maxDuration": "5m"}}
        assert spec["project"] == ("default" if name == "saasodoo-operators-argocd" else "saasodoo")
    # the root syncs itself in its last wave: no wave may wait for the root's own health (its own sync's)
    assert root["metadata"]["annotations"] == {"argocd.argoproj.io/compare-options": "ServerSideDiff=true",
                                               ARGO_WAVE: "3"}
    assert by_kind(folder, "AppProject")["saasodoo"]["metadata"]["annotations"][
        "argocd.argoproj.io/sync-options"] == "Delete=false"
    project = by_kind(folder, "AppProject")["saasodoo"]["spec"]
    platform_objects = [o for f in ("namespaces", "storage", "backups", "bench-dev-bench", "bench-production-bench",
                                    "sites-production-bench", "monitoring")
                        for o in load_objects(example_dist / f)]
    group = lambda o: o["apiVersion"].rpartition("/")[0]
    assert {(k["group"], k["kind"]) for k in project["namespaceResourceWhitelist"]} == \
        {(group(o), o["kind"]) for o in platform_objects if "namespace" in o["metadata"]}
    assert {(k["group"], k["kind"]) for k in project["clusterResourceWhitelist"]} == \
        {("", "Namespace"), ("storage.k8s.io", "StorageClass"), ("snapshot.storage.k8s.io", "VolumeSnapshotClass")}
    assert sorted(d["namespace"] for d in project["destinations"]) == \
        ["frappe", "frappe-dev", "rook-ceph", "saasodoo", "velero"]
    assert project["sourceRepos"] == ["https://git.example.com/saasodoo/platform.git"]


def test_replicas_owned_by_keda_are_ignored(example_dist):
    apps = by_kind(example_dist / "gitops" / "argocd", "Application")
    bench = apps["saasodoo-bench-production-bench"]["spec"]
    scaled = {o["spec"]["scaleTargetRef"]["name"] for o in load_objects(example_dist / "bench-production-bench")
              if o["kind"] == "ScaledObject"}
    assert {(i["kind"], i["name"], tuple(i["jsonPointers"])) for i in bench["ignoreDifferences"]} == \
        {("Deployment", name, ("/spec/replicas",)) for name in scaled} and len(scaled) == 2
    assert "RespectIgnoreDifferences=true" in bench["syncPolicy"]["syncOptions"]
    assert "ignoreDifferences" not in apps["saasodoo-storage"]["spec"]


def test_contents_reads_hpa_targets_and_scopes():
    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "n"},
           "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "s"}}}
    pv = {"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": "pv"}}
    c = contents("x", [hpa, pv])
    assert c.scaled == (("apps", "StatefulSet", "n", "s"),) and c.cluster_kinds == (("", "PersistentVolume"),)
    assert c.namespaced_kinds == (("autoscaling", "HorizontalPodAutoscaler"),) and c.home_namespace == "n"


# --- protection --------------------------------------------------------------------------------------------------

def test_protection_rule_covers_every_stateful_kind_over_the_whole_example(example_objects, example_dist, tmp_path):
    required = {("", "PersistentVolumeClaim"), ("", "PersistentVolume"), ("storage.k8s.io", "StorageClass"),
                ("k8s.mariadb.com", "MariaDB"), ("k8s.mariadb.com", "Database"), ("k8s.mariadb.com", "User"),
                ("k8s.mariadb.com", "Grant"), ("ceph.rook.io", "CephCluster"), ("ceph.rook.io", "CephFilesystem"),
                ("velero.io", "BackupStorageLocation"), ("external-secrets.io", "ExternalSecret"), ("", "Namespace")}
    assert required <= rules.STATEFUL_KINDS
    assert [o["metadata"]["name"] for o in example_objects if rules.unprotected(o)] == []
    assert {rules.group_of(o) for o in example_objects if rules.is_stateful(o)} >= {"", "ceph.rook.io", "velero.io"}
    # an ExternalSecret of a generated password is protected by the same rule
    secret = {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret",
              "metadata": {"name": "db", "namespace": "n", "labels": {"app.kubernetes.io/name": "x",
                                                                       "app.kubernetes.io/instance": "x",
                                                                       "app.kubernetes.io/component": "x"}}}
    assert rules.unprotected(secret)
    rules.apply([secret], part_of="p")
    assert not rules.unprotected(secret)
    # `validate` fails on a dist/ whose stateful object lost its protection
    broken = tmp_path / "dist"
    shutil.copytree(example_dist, broken)
    claim = broken / "storage" / "PersistentVolumeClaim.saasodoo.odoo-backups-storage.yaml"
    obj = yaml.safe_load(claim.read_text())
    del obj["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"]
    claim.write_text(yaml.safe_dump(obj))
    result = run_main("validate", "--dist", str(broken), "--platform", str(EXAMPLE))
    assert result.returncode == 1 and "odoo-backups-storage.yaml: a stateful kind without prune/delete" in result.stderr


# --- reviewer tools ------------------------------------------------------------------------------------------------

def change_schedule(d):
    d["backups"]["velero"]["schedules"][0]["schedule"] = "30 1 * * *"


def test_diff_reports_exactly_the_one_changed_object_and_field(tmp_path, example_dist):
    result = run_main("diff", "--platform", platform_with(tmp_path, change_schedule), "--against", str(example_dist))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line[:2] in ("+ ", "- ", "~ ")] == \
        ["~ backups/Schedule.velero.frappe-daily.yaml", "~ README.md"]
    assert "    spec.schedule: 0 2 * * * -> 30 1 * * *" in lines
    assert [line for line in lines if line.startswith("    ")] == ["    spec.schedule: 0 2 * * * -> 30 1 * * *"]
    assert "  backups: 0 added, 0 removed, 1 changed" in lines
    assert "  1 object(s) differ in 1 app(s); also README.md" in lines


def test_diff_against_a_git_ref_and_with_no_change(tmp_path, example_dist):
    repo = tmp_path / "repo"
    shutil.copytree(example_dist, repo / "dist")
    git = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True)
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "dist")
    shutil.rmtree(repo / "dist")  # the working tree does not matter, the commit does
    platform = platform_with(tmp_path, change_schedule)
    result = run_main("diff", "--platform", platform, "--dist", str(repo / "dist"), "--against", "HEAD")
    assert result.returncode == 1 and "~ backups/Schedule.velero.frappe-daily.yaml" in result.stdout, result.stderr
    same = run_main("diff", "--platform", str(EXAMPLE), "--dist", str(repo / "dist"), "--against", "HEAD")
    assert same.returncode == 0 and same.stdout.endswith("Summary:\n  no changes\n  exit 0: no changes\n"), same.stderr
    bad = run_main("diff", "--platform", str(EXAMPLE), "--dist", str(repo / "dist"), "--against", "no-such-ref")
    assert bad.returncode == 2 and "is neither a folder nor a git commit. Fix:" in bad.stderr  # 2: no plan
    assert "Traceback" not in bad.stderr


def test_check_fails_on_a_stale_dist_and_passes_on_a_fresh_one(tmp_path, example_dist):
    dist = tmp_path / "dist"
    shutil.copytree(example_dist, dist)
    fresh = run_main("check", "--platform", str(EXAMPLE), "--dist", str(dist))
    assert fresh.returncode == 0 and "is what" in fresh.stdout, fresh.stderr
    stale = run_main("check", "--platform", platform_with(tmp_path, change_schedule), "--dist", str(dist))
    assert stale.returncode == 1 and "backups: 0 added, 0 removed, 1 changed" in stale.stdout
    assert "is stale" in stale.stderr and "Fix: run `python main.py" in stale.stderr
    (dist / "storage" / "ConfigMap.leftover.yaml").write_text("apiVersion: v1\nkind: ConfigMap\n")
    (dist / "README.md").write_text((dist / "README.md").read_text() + " \n")
    stale = run_main("check", "--platform", str(EXAMPLE), "--dist", str(dist))
    assert stale.returncode == 1 and "- storage/ConfigMap.leftover.yaml" in stale.stdout and "~ README.md" in stale.stdout


@pytest.mark.parametrize("command", ["diff", "check", "plan", "validate"])
def test_help_of_reviewer_commands(command):
    result = run_main(command, "--help")
    assert result.returncode == 0 and f"usage: python main.py {command}" in result.stdout


def test_plan_lists_apps_in_order_with_kinds_and_sites_per_bench():
    result = run_main("plan", "--platform", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[2:12]]
    assert [(r[0], r[1]) for r in rows] == [("0", "namespaces"), ("0", "operators-argocd"), ("0", "operators-flux"),
                                            ("1", "backups"), ("1", "monitoring"), ("1", "storage"), ("2", "bench-dev-bench"),
                                            ("2", "bench-production-bench"), ("3", "sites-production-bench"),
                                            ("-", "gitops/argocd")]
    # storage: the Ceph cluster, its pools and classes, the two volumes and the RWX check of one
    assert rows[5][2:5] == ["argocd,flux", "namespaces,operators-argocd,operators-flux", "14"]
    assert "production-bench (frappe): 5 site(s): customer.example.com, isolated.example.com," in result.stdout
    assert "dev-bench (frappe-dev): 0 site(s)" in result.stdout
    assert "StorageClass cephfs: cluster rook-ceph" in result.stdout  # the capacity plan follows


# --- overview ------------------------------------------------------------------------------------------------------

def test_overview_is_deterministic_and_shows_order_benches_and_capacity(example_dist, tmp_path):
    text = (example_dist / "README.md").read_text()
    mermaid = text.split("```mermaid\n")[1].split("```")[0]
    assert "  storage --> bench_production_bench" in mermaid and "  operators_flux --> storage" in mermaid
    assert "| `production-bench` | `frappe` | `docker.io/frappe/erpnext:v15.41.2` | own MariaDB" in text
    assert "`frappe-daily` (`0 2 * * *`, fileSystem, keep 720h)" in text
    assert "| `cephfs` | shared-fs-data0, replicated 3x | 139.7 | 118.7 |" in text
    out = tmp_path / "again"
    assert run_main("--platform", str(EXAMPLE), "--out", str(out)).returncode == 0
    assert (out / "README.md").read_bytes() == (example_dist / "README.md").read_bytes()
    assert read_tree(ROOT / "dist")["README.md"] == (example_dist / "README.md").read_bytes()


def test_ci_recipe_runs_the_reviewer_commands():
    """The workflow `frappe-k8s init` writes: the renderer installed at a pinned version, never copied."""
    workflow = yaml.safe_load((ROOT / "frappe_k8s" / "scaffold" / "workflow.yaml").read_text())
    assert workflow[True] == {"pull_request": {"branches": ["main"]}}  # PyYAML reads the key `on` as True
    runs = "\n".join(step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"])
    for command in ('pip install --quiet "$FRAPPE_K8S"', "frappe-k8s plan", "frappe-k8s validate", "frappe-k8s check",
                    'frappe-k8s diff --against "origin/${{ github.base_ref }}" --format markdown',
                    "frappe-k8s schema --out", 'gh pr comment "${{ github.event.pull_request.number }}"'):
        assert command in runs, command
    steps = [step.get("name") for job in workflow["jobs"].values() for step in job["steps"]]
    assert steps[-1] == "Fail on blocked changes"  # after the comment is posted and every other check has run
    assert "requirements.txt" not in runs and "main.py" not in runs
    assert workflow["env"] == {"FRAPPE_K8S": "@RENDERER@"}
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}


def test_one_site_backup_schedule_change_is_a_one_object_byte_minimal_diff(tmp_path, example_dist):
    """The issue's reviewer story: one site's schedule changes, the diff names one CronJob and one field, and the
    rendered tree changes by exactly one line in that file (plus the overview's row for the site)."""
    def change(d):
        d["benches"][0]["sites"][1]["backup"] = {"schedule": "15 3 * * *"}  # isolated.example.com

    platform = platform_with(tmp_path, change)
    result = run_main("diff", "--platform", platform, "--against", str(example_dist))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line[:2] in ("+ ", "- ", "~ ")] == \
        ["~ sites-production-bench/CronJob.frappe.isolated-example-com-backup.yaml", "~ README.md"]
    assert [line for line in lines if line.startswith("    ")] == ["    spec.schedule: 26 1 * * * -> 15 3 * * *"]
    out = tmp_path / "dist"
    assert run_main("--platform", platform, "--out", str(out)).returncode == 0
    before, after = read_tree(example_dist), read_tree(out)
    changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    assert changed == ["README.md", "sites-production-bench/CronJob.frappe.isolated-example-com-backup.yaml"]
    for name in changed:
        old, new = before[name].decode().splitlines(), after[name].decode().splitlines()
        assert len(old) == len(new) and sum(a != b for a, b in zip(old, new)) == 1, name


def test_every_child_application_has_a_destination_its_project_allows(example_dist):
    """Argo CD refuses an Application whose destination namespace its project does not list, even for a folder of
    cluster-scoped objects only (namespaces/)."""
    folder = example_dist / "gitops" / "argocd"
    projects = {name: p["spec"] for name, p in by_kind(folder, "AppProject").items()}
    for name, app in by_kind(folder, "Application").items():
        spec = app["spec"]
        if spec["project"] == "default":
            continue
        allowed = {d["namespace"] for d in projects[spec["project"]]["destinations"]}
        assert spec["destination"].get("namespace") in allowed, name


def test_deleting_the_flux_root_orphans_the_children(example_dist):
    kustomizations = by_kind(example_dist / "gitops" / "flux", "Kustomization")
    policies = {name: k["spec"].get("deletionPolicy") for name, k in kustomizations.items()}
    assert policies.pop("saasodoo-gitops-flux") == "Orphan"
    assert set(policies.values()) == {None}  # a child removed from git still prunes what it applied

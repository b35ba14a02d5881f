"""Day 2 in Argo CD and in Flux, replayed by the sync simulator (tests/gitops_sim.py) over successive renders of the
example platform and variants of it: every sync after the first is as safe and as ordered as the first.

Each scenario asserts that the sync converges (every app synced at the last revision, the cluster equal to Git but
for what is kept on purpose), that each Job runs exactly once per change of its spec, that nothing ran out of order,
and that no unrelated app waited. Each guarantee has a negative control: the same scenario over a render changed
back to what the platform rendered before (Force/Replace Jobs, a gating verification Job, a bench after backups,
Certificates in a wave before the Jobs, ...) must fail the same assertion, or the model would prove nothing.
"""
import copy
from functools import lru_cache

import pytest
import yaml

from frappe_k8s import loader, render
from frappe_k8s.canonical import spec_hash
from frappe_k8s.rules import check_job_name

import gitops_sim as sim
from conftest import EXAMPLE, ROOT

TOOLS = (sim.ARGOCD, sim.FLUX)
HOUR, DAY = 3600, 86400
SITES = "sites-production-bench"
BENCH = "bench-production-bench"


# --- renders of the example and its variants ---------------------------------------------------------------------

def production(d):
    return next(b for b in d["benches"] if b["name"] == "production-bench")


def add_site(name):
    return lambda d: production(d)["sites"].append({"name": name})


def site(name, **fields):
    return lambda d: next(s for s in production(d)["sites"] if s["name"] == name).update(fields)


CHANGES = {
    "site added": add_site("new.example.com"),
    "second site added": add_site("other.example.com"),
    "image bumped": lambda d: production(d)["image"].update(tag="v15.42.0"),
    "customer absent": site("customer.example.com", state="absent"),
    "customer dropped": site("customer.example.com", state="absent", dropData=True),
    "more gunicorns": lambda d: production(d)["gunicorn"].update(replicas=3),
    "sites volume verified": lambda d: production(d)["sitesVolume"].update(verify=True),
}


@lru_cache(maxsize=None)
def rendered(*changes: str):
    """(folders, documents) of the example with these changes, rendered by the real renderer."""
    document = yaml.safe_load(EXAMPLE.read_text())
    for change in changes:
        CHANGES[change](document)
    tree = render.render_tree(loader.parse(yaml.safe_dump(document, sort_keys=False)), None)
    documents = {path: yaml.safe_load(text) for path, text in tree.documents.items() if path.endswith(".yaml")}
    return {folder: list(files.values()) for folder, files in tree.folders.items()}, documents


def revision(*changes: str, mutate=None):
    folders, documents = copy.deepcopy(rendered(*changes))
    if mutate is not None:
        mutate(folders)
    return folders, documents


def objects(folders, kind=None):
    return [m for ms in folders.values() for m in ms if kind is None or m["kind"] == kind]


def booted(tool: str, *changes: str, mutate=None, world=None) -> sim.Simulation:
    """The platform synced onto an empty cluster, run until it settled."""
    s = sim.Simulation(tool)
    if world is not None:
        world(s.world)
    s.commit(*revision(*changes, mutate=mutate))
    s.run(12 * HOUR)
    return s


def gating_failures(s: sim.Simulation) -> list[str]:
    """Failed Jobs but the advisory ones (verification), which gate nothing by design."""
    return [name for name in s.failed_jobs() if "-verify-rwx-" not in name]


def new_runs(s: sim.Simulation, before: dict) -> dict[str, int]:
    return {name: count - before.get(name, 0) for name, count in s.runs_of().items() if count > before.get(name, 0)}


# --- what the platform rendered before this issue, for the negative controls -------------------------------------

def full_syncs(folders):
    """Applications that apply, and wait for, every object at every sync, and prune last."""
    for app in objects(folders, "Application"):
        sync = app["spec"].get("syncPolicy", {})
        if "syncOptions" in sync:
            sync["syncOptions"] = [o for o in sync["syncOptions"] if o != "ApplyOutOfSyncOnly=true"] + ["PruneLast=true"]


def todays_jobs(folders):
    """Jobs with Force=true,Replace=true, in Applications that sync every object."""
    for job in objects(folders, "Job"):
        job["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] = "Force=true,Replace=true"
    full_syncs(folders)


def kept_objects_compared(folders):
    """Prune=false without compare-options IgnoreExtraneous."""
    for obj in objects(folders):
        obj["metadata"].get("annotations", {}).pop(sim.COMPARE_OPTIONS, None)


def gating_verification(folders):
    """The verification Job in the bench's second wave, in the app's health and in Flux's health checks, in apps
    that sync every object."""
    full_syncs(folders)
    for job in objects(folders, "Job"):
        if job["metadata"]["annotations"].pop(sim.IGNORE_HEALTH, None) and job["metadata"]["namespace"] == "frappe":
            job["metadata"]["annotations"][sim.SYNC_WAVE] = "1"
    for k in objects(folders, "Kustomization"):
        if k["spec"].pop("healthChecks", None) is not None:
            k["spec"]["wait"] = True


def bench_after_backups(folders):
    """Every bench dependsOn backups, which waits for its BackupStorageLocation to be Available."""
    for k in objects(folders, "Kustomization"):
        name = k["metadata"]["name"]
        if name.endswith("-backups"):
            k["spec"].update(wait=True, healthCheckExprs=[{"apiVersion": "velero.io/v1", "kind": "BackupStorageLocation",
                                                           "current": "status.phase == 'Available'",
                                                           "failed": "status.phase == 'Unavailable'"}])
        if "-bench-" in name:
            k["spec"]["dependsOn"].append({"name": name.split("-bench-")[0] + "-backups"})


def serving_before_jobs(folders):
    """The sites' former waves: routing and backups in wave 2, the Jobs in wave 3; every object applied each sync."""
    todays_jobs(folders)
    for obj in folders[SITES]:
        obj["metadata"]["annotations"][sim.SYNC_WAVE] = "3" if obj["kind"] == "Job" else (
            "2" if obj["kind"] in ("Ingress", "Certificate", "CronJob", "Route") else "0")


def sites_waiting(folders):
    """A sites Kustomization that waits for everything it applied, within a timeout as long as its longest Job."""
    for k in objects(folders, "Kustomization"):
        if k["metadata"]["name"].endswith(SITES):
            k["spec"]["wait"] = True


def ten_minute_timeouts(folders):
    for k in objects(folders, "Kustomization"):
        k["spec"]["timeout"] = "10m"


def site_jobs_not_waiting_for_their_bench(folders):
    for job in objects(folders, "Job"):
        job["spec"]["template"]["spec"].pop("initContainers", None)


def children_deleted_with_the_root(folders):
    for app in objects(folders, "Application"):
        app["metadata"].get("annotations", {}).pop(sim.SYNC_OPTIONS, None)


# --- the scenarios -----------------------------------------------------------------------------------------------

def dependencies(s: sim.Simulation) -> list[tuple[str, str]]:
    """(app, app it needs first), from the rendered Flux dependsOn, named as the tool names its apps."""
    edges = []
    for k in objects(s.revisions[0].folders, "Kustomization"):
        for dep in k["spec"].get("dependsOn", []):
            pair = (k["metadata"]["name"], dep["name"])
            edges.append(tuple(n.replace("operators-flux", "operators-argocd") for n in pair)
                         if s.tool == sim.ARGOCD else pair)
    return edges


@pytest.mark.parametrize("tool", TOOLS)
def test_bootstrap_on_an_empty_cluster_converges_in_order_and_runs_each_job_once(tool):
    s = booted(tool)
    assert s.not_converged() == []
    assert set(s.runs_of().values()) == {1} and s.reruns() == []
    assert gating_failures(s) == [] and s.world.violations == []
    for app, dep in dependencies(s):  # every app's first sync after what it needs synced, in both tools
        assert s.first_started[app] >= s.first_synced[dep], (app, dep)
    # Flux applies storage/ at once: the verification's pods wait unscheduled for their throwaway claim, which binds
    # once Ceph is up, and only then does each pod's deadline run; Argo CD's waves create them after Ceph
    assert s.failed_jobs() == []


def todays_verification_job(folders):
    """The verification Job as issue 16 found it: a Job-wide 600 s deadline, which counts the time its pods wait
    for their claim to bind, and no retry."""
    for job in objects(folders, "Job"):
        if "-verify-rwx-" in job["metadata"]["name"]:
            job["spec"].update(activeDeadlineSeconds=600, backoffLimit=0)
            job["spec"]["template"]["spec"].pop("activeDeadlineSeconds")


def test_negative_control_a_job_wide_deadline_fails_the_verification_while_flux_waits_for_ceph():
    s = booted(sim.FLUX, mutate=todays_verification_job)
    assert [name for name in s.failed_jobs() if name.startswith("odoo-backups-storage-verify-rwx-")]


def example_tools() -> list[tuple[str, str]]:
    """(example, tool) for each tool an example platform is synced with (gitops.tool; both by default, so an example
    without GitOps wiring fails here rather than going untested)."""
    pairs = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        tool = (yaml.safe_load(path.read_text()).get("gitops") or {}).get("tool", "both")
        pairs += [(path.name, t) for t in TOOLS if tool in (t, "both")]
    return pairs


@pytest.mark.parametrize("example, tool", example_tools())
def test_every_example_platform_bootstraps_in_the_tools_it_is_synced_with(example, tool):
    tree = render.render_tree(loader.load(ROOT / "examples" / example), None)
    s = sim.Simulation(tool)
    s.commit({folder: list(files.values()) for folder, files in tree.folders.items()},
             {path: yaml.safe_load(text) for path, text in tree.documents.items() if path.endswith(".yaml")})
    s.run(12 * HOUR)
    assert s.not_converged() == [] and s.reruns() == [] and gating_failures(s) == [] and s.world.violations == []


@pytest.mark.parametrize("tool", TOOLS)
def test_a_site_added_runs_its_jobs_once_and_nothing_else(tool):
    s = booted(tool)
    before = s.runs_of()
    s.commit(*revision("site added"))
    s.run(6 * HOUR)
    assert s.not_converged() == []
    ran = new_runs(s, before)
    assert set(ran.values()) == {1} and {name.rsplit("-", 2)[0] for name in ran} == {"new-example-com"}
    assert s.reruns() == [] and s.world.violations == []


def test_negative_control_todays_force_replace_jobs_run_again_at_every_sync():
    """Force=true,Replace=true deletes and re-creates every Job of the app at every sync: adding one site runs the
    Jobs of every site of the bench again."""
    s = booted(sim.ARGOCD, mutate=todays_jobs)
    s.commit(*revision("site added", mutate=todays_jobs))
    s.run(6 * HOUR)
    again = set(s.reruns())
    sites_jobs = {j["metadata"]["name"] for j in rendered()[0][SITES] if j["kind"] == "Job"}
    assert sites_jobs <= again


@pytest.mark.parametrize("tool", TOOLS)
def test_a_bench_image_bump_migrates_once_before_any_site_job_of_the_new_image(tool):
    s = booted(tool)
    before = s.runs_of()
    s.commit(*revision("image bumped"))
    s.run(12 * HOUR)
    assert s.not_converged() == [] and gating_failures(s) == []
    ran = new_runs(s, before)
    tasks = sorted(name.rsplit("-", 1)[0] for name in ran)
    assert tasks == ["customer-example-com-create", "external-example-com-create", "isolated-example-com-create",
                     "old-example-com-deactivate", "production-bench-configure",
                     "production-bench-migrate", "production-example-com-create", "production-example-com-restore"]
    assert set(ran.values()) == {1} and s.reruns() == []
    assert s.world.violations == []  # no site Job of the new image worked before its migration


def test_negative_control_site_jobs_that_do_not_wait_for_their_bench_run_during_the_migration():
    """Argo CD syncs the bench and its sites as two apps after the first sync (argo-cd#8778): without wait-ready a
    site's Job of the new image starts while the bench is still migrating."""
    s = booted(sim.ARGOCD, mutate=site_jobs_not_waiting_for_their_bench)
    s.commit(*revision("image bumped", mutate=site_jobs_not_waiting_for_their_bench))
    s.run(12 * HOUR)
    assert any("before [('migrated'" in v for v in s.world.violations)


@pytest.mark.parametrize("tool", TOOLS)
def test_a_site_made_absent_then_dropped_keeps_its_data_and_leaves_every_app_synced(tool):
    s = booted(tool)
    before = s.runs_of()
    s.commit(*revision("customer absent"))
    s.run(6 * HOUR)
    assert s.not_converged() == []
    assert [name.rsplit("-", 1)[0] for name in new_runs(s, before)] == ["customer-example-com-deactivate"]
    live = {(k[1], k[3]) for k in s.cluster}
    assert ("Ingress", "customer-example-com") not in live and ("CronJob", "customer-example-com-backup") not in live
    kept = {("Database", "customer-example-com"), ("User", "customer-example-com"), ("Grant", "customer-example-com"),
            ("ExternalSecret", "customer-example-com-db-password")}
    assert kept <= live
    before = s.runs_of()
    s.commit(*revision("customer dropped"))
    s.run(6 * HOUR)
    assert s.not_converged() == []  # the kept objects left Git: Argo CD stays Synced (IgnoreExtraneous)
    assert [name.rsplit("-", 1)[0] for name in new_runs(s, before)] == ["customer-example-com-drop"]
    assert kept <= {(k[1], k[3]) for k in s.cluster}  # and keeps them: the README's command deletes them
    assert s.reruns() == []


def test_negative_control_a_kept_object_without_ignore_extraneous_leaves_argo_cd_out_of_sync_forever():
    s = booted(sim.ARGOCD, mutate=kept_objects_compared)
    s.commit(*revision("customer dropped", mutate=kept_objects_compared))
    s.run(6 * HOUR)
    assert f"saasodoo-{SITES}: OutOfSync" in s.not_converged()


VERIFY_SITES = "production-bench-sites-verify-rwx"


def verify_fails_once(world):
    """One pod of the bench's verification fails (a slow peer, a node drained)."""
    world.fail_attempts[VERIFY_SITES] = 1


def verify_fails(world):
    """The bench's verification fails every attempt: the volume is not shared between nodes."""
    world.fail_attempts[VERIFY_SITES] = 99


@pytest.mark.parametrize("tool", TOOLS)
def test_a_verification_job_that_fails_once_passes_on_its_next_pod_and_runs_once(tool):
    s = booted(tool, "sites volume verified", world=verify_fails_once)
    assert s.not_converged() == [] and s.failed_jobs() == [] and s.reruns() == []
    (run,) = [r for r in s.world.runs if r.name.startswith(VERIFY_SITES)]
    assert (run.result, run.attempt) == ("Complete", 1)  # backoffLimit: a new pod, in the same Job


@pytest.mark.parametrize("tool", TOOLS)
def test_a_verification_job_that_fails_holds_back_no_bench_and_no_site(tool):
    s = booted(tool, "sites volume verified", world=verify_fails)
    assert s.not_converged() == [] and gating_failures(s) == []
    failed = s.failed_jobs()
    assert any(name.startswith("production-bench-sites-verify-rwx-") for name in failed)
    if tool == sim.ARGOCD:  # out of the app's health: the bench is Healthy, its sites were created after it
        assert s.apps[f"saasodoo-{BENCH}"].health == "Healthy"
    else:
        assert s.flux[f"saasodoo-{BENCH}"].ready is True
    assert all(r.result == "Complete" for r in s.world.runs if r.name.split("-")[-2] == "create")
    # what the README says to do: delete the failed Job; the tool creates it again, and it runs once more
    s.world.fail_attempts[VERIFY_SITES] = 0  # the volume was fixed
    for name in failed:
        s.delete_by_hand(name)
    s.run(HOUR)
    assert s.failed_jobs() == [] and s.reruns() == [] and s.not_converged() == []


@pytest.mark.parametrize("tool", TOOLS)
def test_negative_control_a_gating_verification_job_freezes_the_bench_and_its_sites(tool):
    """Argo CD: the bench's sync fails at the verification's wave, its first sync never succeeds, and the root never
    creates its sites; Flux: the bench, which waits for the failed Job, is never Ready, and its sites are never
    applied. Until a person deletes the Job."""
    s = booted(tool, "sites volume verified", mutate=gating_verification, world=verify_fails)
    assert any(problem.startswith(f"saasodoo-{BENCH}: ") for problem in s.not_converged())
    assert not [r for r in s.world.runs if "-create-" in r.name]  # no site was created


def verify_claim_unbound(world):
    """The bench's throwaway claim never binds (a ResourceQuota on claims refuses it, or its provisioner does)."""
    world.unbound.add(VERIFY_SITES)


@pytest.mark.parametrize("tool", TOOLS)
def test_a_throwaway_claim_that_never_binds_holds_back_no_bench_and_no_site(tool):
    """The verification's own claim is advisory like its Job: its pods wait unscheduled, and nothing waits for them."""
    s = booted(tool, "sites volume verified", world=verify_claim_unbound)
    assert s.not_converged() == [] and s.failed_jobs() == [] and s.world.violations == []
    (run,) = [r for r in s.world.runs if r.name.startswith(VERIFY_SITES)]
    assert run.result is None and run.pod_started is None  # still Pending, no deadline running
    assert all(r.result == "Complete" for r in s.world.runs if r.name.split("-")[-2] == "create")
    if tool == sim.ARGOCD:
        assert s.apps[f"saasodoo-{BENCH}"].health == "Healthy"
    else:
        assert s.flux[f"saasodoo-{BENCH}"].ready is True


def gating_throwaway_claim(folders):
    """The throwaway claims in their app's health (the bench's in its claim's wave, before the Jobs and workloads,
    as the merge of issues 16 and 19 first rendered it) and in Flux's health checks."""
    for claim in objects(folders, "PersistentVolumeClaim"):
        annotations, name = claim["metadata"]["annotations"], claim["metadata"]["name"]
        if annotations.pop(sim.IGNORE_HEALTH, None) is None:
            continue
        if sim.SYNC_WAVE in annotations:
            annotations[sim.SYNC_WAVE] = "1"
        folder = next(f for f, ms in folders.items() if claim in ms)
        for k in objects(folders, "Kustomization"):
            if k["spec"]["path"].endswith(f"/{folder}") and "healthChecks" in k["spec"]:
                k["spec"]["healthChecks"].append({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": name,
                                                  "namespace": claim["metadata"]["namespace"]})


@pytest.mark.parametrize("tool", TOOLS)
def test_negative_control_a_gating_throwaway_claim_freezes_the_bench_and_its_sites(tool):
    s = booted(tool, "sites volume verified", mutate=gating_throwaway_claim, world=verify_claim_unbound)
    assert any(problem.startswith(f"saasodoo-{BENCH}: ") for problem in s.not_converged())
    assert not [r for r in s.world.runs if "-create-" in r.name]  # no site was created


def outage(s: sim.Simulation, seconds: int):
    s.world.unavailable.append(("default", s.now, s.now + seconds))


@pytest.mark.parametrize("tool", TOOLS)
def test_a_backup_location_unavailable_for_an_hour_holds_back_no_bench_and_no_site(tool):
    s = booted(tool)
    outage(s, HOUR)
    s.run(5 * 60)
    head = s.commit(*revision("more gunicorns", "site added"))
    s.run(30 * 60)  # the location is still down
    for app in (BENCH, SITES):  # Argo CD Applications and Flux Kustomizations are both named <platform>-<folder>
        assert (f"saasodoo-{app}", head) in s.applied, app
    assert any(r.name.startswith("new-example-com-create-") and r.result == "Complete" for r in s.world.runs)
    s.run(2 * HOUR)
    assert s.not_converged() == []


def test_negative_control_a_bench_after_backups_waits_for_the_backup_location():
    s = booted(sim.FLUX, mutate=bench_after_backups)
    outage(s, HOUR)
    s.run(5 * 60)
    head = s.commit(*revision("more gunicorns", "site added", mutate=bench_after_backups))
    s.run(30 * 60)
    assert (f"saasodoo-{BENCH}", head) not in s.applied and (f"saasodoo-{SITES}", head) not in s.applied
    s.run(2 * HOUR)
    assert s.not_converged() == []  # it only waited


def slow_certificate(world):
    world.issue_seconds["new-example-com-tls"] = DAY


@pytest.mark.parametrize("tool", TOOLS)
def test_a_certificate_that_takes_a_day_holds_back_no_site_job(tool):
    s = booted(tool, world=slow_certificate)
    s.commit(*revision("site added"))
    s.run(HOUR)
    s.commit(*revision("site added", "second site added"))
    s.run(HOUR)
    done = {r.name.rsplit("-", 2)[0] for r in s.world.runs if r.result == "Complete"}
    assert {"new-example-com", "other-example-com"} <= done  # both sites exist, the certificate still pending
    s.run(DAY)
    assert s.not_converged() == [] and s.reruns() == []


@pytest.mark.parametrize("tool, mutate", [(sim.ARGOCD, serving_before_jobs), (sim.FLUX, sites_waiting)])
def test_negative_control_a_certificate_gating_the_jobs_holds_back_every_site_for_a_day(tool, mutate):
    """Argo CD with the Certificates a wave before the Jobs; Flux with a sites Kustomization that waits (the wait
    holds the Kustomization until the Certificate is issued, so the second site is not even applied)."""
    s = booted(tool, mutate=mutate, world=slow_certificate)
    s.commit(*revision("site added", mutate=mutate))
    s.run(HOUR)
    s.commit(*revision("site added", "second site added", mutate=mutate))
    s.run(HOUR)
    done = {r.name.rsplit("-", 2)[0] for r in s.world.runs if r.result == "Complete"}
    assert "other-example-com" not in done


def test_every_flux_wait_is_at_least_as_long_as_the_work_it_waits_for():
    s = booted(sim.FLUX)
    s.commit(*revision("image bumped"))
    s.run(12 * HOUR)
    assert s.world.violations == [] and s.not_converged() == []
    # negative control: the former 10-minute timeouts give up on a migration still within its deadline
    short = booted(sim.FLUX, mutate=ten_minute_timeouts)
    assert any("stopped waiting for Job" in v and "migrate" in v for v in short.world.violations)


def test_a_cascade_delete_of_the_argo_cd_root_keeps_every_app_and_the_platform():
    """`argocd app delete <root>` cascades (it adds the resources finalizer); Delete=false keeps the children."""
    for mutate, survives in ((None, True), (children_deleted_with_the_root, False)):
        s = booted(sim.ARGOCD, mutate=mutate)
        root = next(k for k in s.cluster if k[1] == "Application" and k[3] == "saasodoo")
        s.cluster[root].manifest["metadata"]["finalizers"] = ["resources-finalizer.argocd.argoproj.io"]
        s.delete(root)
        deployments = [k for k in s.cluster if k[1] == "Deployment"]
        assert (len(s.apps) == len([k for k in s.cluster if k[1] == "Application"]) > 5) is survives
        assert bool(deployments) is survives
        assert any(k[1] == "PersistentVolumeClaim" for k in s.cluster)  # data is kept either way


def test_a_job_changed_under_its_name_is_refused_by_the_render_and_would_stall_argo_cd():
    """The post-synth rule names every Job after its spec; a Job changed under its name (a hand-edited dist/) fails
    Argo CD's server-side diff, while Flux's force re-creates it: the render never lets that happen."""
    def edited(folders):  # the pod template of a Job is immutable (apis/batch/validation ValidateJobSpecUpdate)
        for job in objects(folders, "Job"):
            job["spec"]["template"]["metadata"].setdefault("annotations", {})["edited"] = "by hand"

    job = next(j for j in rendered()[0][BENCH] if j["kind"] == "Job")
    check_job_name(job)
    with pytest.raises(AssertionError, match="does not end in the hash of its spec"):
        check_job_name({**job, "spec": {**job["spec"], "backoffLimit": 9}})
    argocd = booted(sim.ARGOCD)
    argocd.commit(*revision(mutate=edited))
    argocd.run(2 * HOUR)
    assert any("field is immutable" in p for p in argocd.not_converged())
    flux = booted(sim.FLUX)
    before = flux.runs_of()
    flux.commit(*revision(mutate=edited))
    flux.run(2 * HOUR)
    assert flux.not_converged() == [] and set(new_runs(flux, before).values()) == {1}
    assert spec_hash(job["spec"]) in job["metadata"]["name"]

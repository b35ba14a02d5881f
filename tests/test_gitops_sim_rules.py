"""The sync simulator's own rules (tests/gitops_sim.py, A1-A7 and F1-F6), each on a tiny hand-made app: what Argo CD
and Flux do, as read in their sources, and what they do not. The platform's scenarios (test_gitops_sim.py) are only
as good as these."""
import gitops_sim as sim
from gitops_sim import ARGOCD, FLUX, Simulation

HOUR = 3600
LABELS = {"app.kubernetes.io/managed-by": "frappe-k8s", "app.kubernetes.io/component": "task"}


def meta(kind, name, namespace="ns", annotations=None, api_version="v1"):
    m = {"name": name, "labels": dict(LABELS), "annotations": dict(annotations or {})}
    if namespace:
        m["namespace"] = namespace
    return {"apiVersion": api_version, "kind": kind, "metadata": m}


def job(name, wave=0, deadline=600, backoff=0, annotations=None, waits_for_config=False):
    obj = meta("Job", name, annotations={sim.SYNC_WAVE: str(wave), **(annotations or {})}, api_version="batch/v1")
    container = {"name": "c", "image": "busybox", "env": []}
    obj["spec"] = {"backoffLimit": backoff, "activeDeadlineSeconds": deadline,
                   "template": {"spec": {"containers": [container], "restartPolicy": "Never"}}}
    return obj


def config_map(name, wave=0, annotations=None):
    return {**meta("ConfigMap", name, annotations={sim.SYNC_WAVE: str(wave), **(annotations or {})}), "data": {}}


def location(name, wave=0):
    obj = meta("BackupStorageLocation", name, annotations={sim.SYNC_WAVE: str(wave)}, api_version="velero.io/v1")
    return {**obj, "spec": {"provider": "aws"}}


NAMESPACE = meta("Namespace", "ns", namespace=None)
BSL_LUA = """hs = {status = "Progressing"}
if obj.status ~= nil and obj.status.phase == "Available" then hs.status = "Healthy" end
if obj.status ~= nil and obj.status.phase == "Unavailable" then hs.status = "Degraded" end
return hs
"""


def argocd(app_objects, options=("ServerSideApply=true",), retry=1, cm=None, app_annotations=None):
    """Argo CD with a root that syncs one child app `app` (folder `app`) plus the namespace."""
    def application(name, folder, wave, opts, annotations=None):
        a = meta("Application", name, namespace="argocd", api_version="argoproj.io/v1alpha1",
                 annotations={sim.SYNC_WAVE: str(wave), **(annotations or {})})
        a["metadata"]["finalizers"] = ["resources-finalizer.argocd.argoproj.io"]
        a["spec"] = {"source": {"path": f"dist/{folder}"}, "syncPolicy": {
            "automated": {"prune": True, "selfHeal": True}, "syncOptions": list(opts),
            "retry": {"limit": retry, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "1m"}}}}
        return a
    folders = {"namespaces": [NAMESPACE], "app": app_objects,
               "gitops/argocd": [application("root", "gitops/argocd", 9, ("ServerSideApply=true",)),
                                 application("namespaces", "namespaces", 0, ("ServerSideApply=true",)),
                                 application("app", "app", 1, options, app_annotations)]}
    docs = {"gitops/argocd/argocd-cm.patch.yaml": {"data": cm or {}}}
    return folders, docs


def flux(app_objects, wait=True, timeout="10m", health_checks=None, depends=True, dependency=()):
    def kustomization(name, folder, deps=(), **spec):
        k = meta("Kustomization", name, namespace="flux-system", api_version="kustomize.toolkit.fluxcd.io/v1")
        k["spec"] = {"path": f"./dist/{folder}", "interval": "10m", "retryInterval": "2m", "timeout": "10m",
                     "prune": True, "wait": False, **spec, "dependsOn": [{"name": d} for d in deps]}
        return k
    extra = {"healthChecks": health_checks} if health_checks else {}
    folders = {"namespaces": [NAMESPACE], "app": app_objects, "dep": list(dependency),
               "gitops/flux": [kustomization("root", "gitops/flux"), kustomization("namespaces", "namespaces"),
                               kustomization("dep", "dep", ("namespaces",), wait=True, timeout="1h"),
                               kustomization("app", "app", ("namespaces", "dep") if depends else ("namespaces",),
                                             wait=wait, timeout=timeout, **extra)]}
    return folders, {}


def runs(s, prefix=""):
    return s.runs_of(prefix)


def op_phase(s, app="app"):
    a = s.apps[app]
    return "Running" if a.operation else (a.last[1] if a.last else None)


# --- Argo CD -------------------------------------------------------------------------------------------------------

def test_a4_a_wave_waits_for_the_health_of_the_one_before_but_the_last_wave_waits_for_nothing():
    s = Simulation(ARGOCD)
    s.commit(*argocd([job("first", wave=0), config_map("after", wave=1)]))
    s.run(30)
    assert ("", "ConfigMap", "ns", "after") not in s.cluster and op_phase(s) == "Running"  # the Job still runs
    s.run(HOUR)
    assert ("", "ConfigMap", "ns", "after") in s.cluster and op_phase(s) == "Succeeded"
    last = Simulation(ARGOCD)
    last.commit(*argocd([config_map("before", wave=0), job("last", wave=1)]))
    last.run(40)
    assert op_phase(last) == "Succeeded" and last.world.runs[0].result is None  # synced while the Job runs


def test_a4_a2_a_degraded_task_fails_the_sync_and_the_failed_revision_is_not_synced_again():
    s = Simulation(ARGOCD)
    s.world.fail_attempts["broken"] = 99
    s.commit(*argocd([job("broken", wave=0), config_map("after", wave=1)], retry=1))
    s.run(2 * HOUR)
    assert op_phase(s) == "Failed" and ("", "ConfigMap", "ns", "after") not in s.cluster
    assert runs(s, "broken") == {"broken": 1}  # no Force/Replace: retries do not run it again
    s.commit(*argocd([job("broken", wave=0), config_map("after", wave=1), config_map("new", wave=1)], retry=1))
    s.run(HOUR)
    assert s.apps["app"].last == (1, "Failed")  # a new revision is tried, and fails on the same Job


def test_a3_apply_out_of_sync_only_leaves_an_unchanged_degraded_object_out_of_the_next_sync():
    objects = [job("broken", wave=0), config_map("after", wave=1)]
    for options, blocked in ((("ServerSideApply=true",), True),
                             (("ServerSideApply=true", "ApplyOutOfSyncOnly=true"), False)):
        s = Simulation(ARGOCD)
        s.world.fail_attempts["broken"] = 99
        s.commit(*argocd(objects, options=options))
        s.run(HOUR)
        s.commit(*argocd(objects + [config_map("new", wave=1)], options=options))
        s.run(HOUR)
        assert (("", "ConfigMap", "ns", "new") not in s.cluster) is blocked, options


def test_a5_force_replace_runs_a_job_again_at_every_sync_and_an_unchanged_job_is_left_alone():
    for annotations, expected in (({}, 1), ({sim.SYNC_OPTIONS: "Force=true,Replace=true"}, 2)):
        s = Simulation(ARGOCD)
        s.commit(*argocd([job("task", annotations=annotations)]))
        s.run(HOUR)
        s.commit(*argocd([job("task", annotations=annotations), config_map("unrelated")]))
        s.run(HOUR)
        assert runs(s, "task") == {"task": expected}, annotations
    s = Simulation(ARGOCD)
    s.commit(*argocd([job("task", annotations={sim.SYNC_OPTIONS: "Force=true"})]))
    s.run(HOUR)
    changed = job("task", deadline=601, annotations={sim.SYNC_OPTIONS: "Force=true"})
    s.commit(*argocd([changed]))
    s.run(HOUR)
    assert any("--force cannot be used with --server-side" in line for line in s.log)


def test_a1_a_kept_object_that_left_git_is_out_of_sync_unless_ignore_extraneous():
    for compare, status in (({}, "OutOfSync"), ({sim.COMPARE_OPTIONS: "IgnoreExtraneous"}, "Synced")):
        kept = config_map("kept", annotations={sim.SYNC_OPTIONS: "Prune=false", **compare})
        s = Simulation(ARGOCD)
        s.commit(*argocd([kept, config_map("other")]))
        s.run(HOUR)
        s.commit(*argocd([config_map("other")]))
        s.run(HOUR)
        assert ("", "ConfigMap", "ns", "kept") in s.cluster  # never pruned
        s.apps["app"].refresh()
        assert s.apps["app"].sync_status == status


def test_a1_a_job_changed_under_its_name_fails_the_server_side_diff():
    s = Simulation(ARGOCD)
    ssd = {sim.COMPARE_OPTIONS: "ServerSideDiff=true"}
    s.commit(*argocd([job("task")], app_annotations=ssd))
    s.run(HOUR)
    s.commit(*argocd([job("task", deadline=601)], app_annotations=ssd))
    s.run(HOUR)
    assert s.apps["app"].sync_status == "Unknown" and "immutable" in s.apps["app"].error


def test_a6_health_comes_from_the_rendered_lua_and_ignore_healthcheck_leaves_the_app_healthy():
    for cm, waits in (({}, False), ({"resource.customizations.health.velero.io_BackupStorageLocation": BSL_LUA}, True)):
        s = Simulation(ARGOCD)
        s.world.unavailable.append(("bsl", 0, 10 * HOUR))
        s.commit(*argocd([location("bsl", wave=0), config_map("after", wave=1)], cm=cm))
        s.run(HOUR)
        # no check: no health, the wave does not wait; with the Lua: Degraded, the sync fails
        assert (("", "ConfigMap", "ns", "after") in s.cluster) is not waits
    s = Simulation(ARGOCD)
    s.world.fail_attempts["advisory"] = 99
    s.commit(*argocd([config_map("c"), job("advisory", annotations={sim.IGNORE_HEALTH: "true"})]))
    s.run(HOUR)
    assert s.failed_jobs() == ["advisory"] and s.apps["app"].health == "Healthy"


def test_a7_pruning_an_application_deletes_its_objects_but_those_with_delete_false():
    s = Simulation(ARGOCD)
    s.commit(*argocd([config_map("gone"), config_map("kept", annotations={sim.SYNC_OPTIONS: "Delete=false"})]))
    s.run(HOUR)
    folders, docs = argocd([])
    folders["gitops/argocd"] = [a for a in folders["gitops/argocd"] if a["metadata"]["name"] != "app"]
    s.commit(folders, docs)
    s.run(HOUR)
    assert "app" not in s.apps
    assert ("", "ConfigMap", "ns", "kept") in s.cluster and ("", "ConfigMap", "ns", "gone") not in s.cluster


# --- Flux ----------------------------------------------------------------------------------------------------------

def test_f2_depends_on_needs_the_dependency_ready_at_the_same_revision():
    s = Simulation(FLUX)
    s.commit(*flux([config_map("c")], dependency=[job("slow")]))
    s.run(30)
    assert ("", "ConfigMap", "ns", "c") not in s.cluster  # the dependency's Job still runs
    s.run(HOUR)
    assert ("", "ConfigMap", "ns", "c") in s.cluster
    s.commit(*flux([config_map("c"), config_map("d")], dependency=[job("slow"), job("slower")]))
    s.run(30)
    assert ("", "ConfigMap", "ns", "d") not in s.cluster  # the dependency has not applied this revision yet
    s.run(HOUR)
    assert ("", "ConfigMap", "ns", "d") in s.cluster and s.not_converged() == []


def test_f3_an_immutable_change_fails_unless_force_which_recreates_the_job():
    for annotations, expected in (({}, None), ({sim.FLUX_FORCE: "enabled"}, 2)):
        s = Simulation(FLUX)
        s.commit(*flux([job("task", annotations=annotations)]))
        s.run(HOUR)
        s.commit(*flux([job("task", deadline=601, annotations=annotations)]))
        s.run(HOUR)
        if expected is None:
            assert s.flux["app"].ready is False and "immutable" in s.flux["app"].message
        else:
            assert runs(s, "task") == {"task": 2} and s.not_converged() == []


def test_f4_pruning_keeps_what_is_annotated_prune_disabled():
    s = Simulation(FLUX)
    s.commit(*flux([config_map("gone"), config_map("kept", annotations={sim.FLUX_PRUNE: "disabled"})]))
    s.run(HOUR)
    s.commit(*flux([]))
    s.run(HOUR)
    assert ("", "ConfigMap", "ns", "kept") in s.cluster and ("", "ConfigMap", "ns", "gone") not in s.cluster
    assert s.not_converged() == []


def test_f5_f6_the_health_check_waits_for_a_job_to_complete_and_holds_the_next_revision():
    s = Simulation(FLUX)
    s.commit(*flux([job("task", deadline=2 * HOUR)], timeout="3h", depends=False))
    s.run(20)
    s.world.runs[0].work = HOUR  # a Job that works for an hour
    s.commit(*flux([job("task", deadline=2 * HOUR), config_map("next")], timeout="3h", depends=False))
    s.run(30 * 60)
    assert ("", "ConfigMap", "ns", "next") not in s.cluster and s.flux["app"].ready is None
    s.run(HOUR)
    assert ("", "ConfigMap", "ns", "next") in s.cluster and s.not_converged() == []
    # with kustomize-controller's CancelHealthCheckOnNewRevision, the new revision interrupts the wait
    cancel = Simulation(FLUX, cancel_health_check_on_new_revision=True)
    cancel.commit(*flux([job("task", deadline=2 * HOUR)], timeout="3h", depends=False))
    cancel.run(20)
    cancel.world.runs[0].work = HOUR
    cancel.commit(*flux([job("task", deadline=2 * HOUR), config_map("next")], timeout="3h", depends=False))
    cancel.run(60)
    assert ("", "ConfigMap", "ns", "next") in cancel.cluster


def test_f5_a_timeout_shorter_than_the_job_fails_the_kustomization_and_fail_fast_stops_at_a_failed_job():
    s = Simulation(FLUX)
    s.commit(*flux([job("task", deadline=2 * HOUR)], timeout="10m", depends=False))
    s.run(20)
    s.world.runs[0].work = HOUR
    s.run(15 * 60)
    assert s.flux["app"].ready is False and "timeout" in s.flux["app"].message
    assert any("stopped waiting for Job task" in v for v in s.world.violations)
    failing = Simulation(FLUX)
    failing.world.fail_attempts["task"] = 99
    failing.commit(*flux([job("task")], timeout="1h", depends=False))
    failing.run(3 * 60)
    assert failing.flux["app"].ready is False and "failed" in failing.flux["app"].message


def test_f5_health_checks_leave_out_what_they_do_not_list_and_no_wait_is_ready_once_applied():
    refs = [{"apiVersion": "v1", "kind": "ConfigMap", "name": "c", "namespace": "ns"}]
    for wait, checks, ready in ((True, None, False), (False, refs, True), (False, None, True)):
        s = Simulation(FLUX)
        s.world.fail_attempts["advisory"] = 99
        s.commit(*flux([config_map("c"), job("advisory")], wait=wait, health_checks=checks, depends=False))
        s.run(HOUR)
        assert s.flux["app"].ready is ready, (wait, checks)


def test_the_model_runs_the_rendered_rules_lua_in_lua51_and_cel_in_cel_python():
    bsl = {"apiVersion": "velero.io/v1", "kind": "BackupStorageLocation", "metadata": {"name": "x"}}
    assert sim.run_lua(BSL_LUA, {**bsl, "status": {"phase": "Unavailable"}}) == "Degraded"
    assert sim.run_cel("status.phase == 'Available'", "status.phase == 'Unavailable'",
                       {"status": {"phase": "Unavailable"}}) == "failed"
    assert sim.run_cel("status.phase == 'Available'", None, {"status": {}}) == "in progress"


# --- the cluster ---------------------------------------------------------------------------------------------------

def claim(name, storage_class=None):
    return {**meta("PersistentVolumeClaim", name), "spec": {"storageClassName": storage_class}}


def test_the_cluster_runs_a_pod_deadline_from_the_pod_start_and_a_job_deadline_from_the_job_creation():
    """A pod whose claim is unbound stays unscheduled, with no startTime: its activeDeadlineSeconds (kubelet) is not
    running; the Job-wide one (Job controller, from the Job's start) is."""
    def mounting(name, pod_deadline=None, deadline=None):
        obj = job(name, deadline=deadline, backoff=0)
        if deadline is None:
            del obj["spec"]["activeDeadlineSeconds"]
        pod = obj["spec"]["template"]["spec"]
        pod["volumes"] = [{"name": "data", "persistentVolumeClaim": {"claimName": "late"}}]
        if pod_deadline is not None:
            pod["activeDeadlineSeconds"] = pod_deadline
        return obj
    s = Simulation(FLUX)
    s.world.unbound.add("late")
    s.commit(*flux([claim("late"), mounting("per-pod", pod_deadline=300), mounting("job-wide", deadline=600)],
                   wait=False, depends=False))
    s.run(HOUR)
    s.world.unbound.clear()
    s.run(HOUR)
    assert {r.name: r.result for r in s.world.runs} == {"per-pod": "Complete", "job-wide": "Failed"}
    slow = Simulation(FLUX)  # the pod deadline bounds the work once the pod runs
    slow.commit(*flux([claim("late"), mounting("per-pod", pod_deadline=300)], wait=False, depends=False))
    slow.run(20)
    slow.world.runs[0].work = 600
    slow.run(HOUR)
    assert slow.failed_jobs() == ["per-pod"]


def test_the_cluster_binds_an_rbd_claim_once_its_block_pool_is_ready():
    ceph = [{**meta("Namespace", "rook", namespace=None)},
            {**meta("CephCluster", "ceph", namespace="rook", api_version="ceph.rook.io/v1"), "spec": {}},
            {**meta("CephBlockPool", "pool", namespace="rook", api_version="ceph.rook.io/v1"), "spec": {}},
            {**meta("StorageClass", "block", namespace=None, api_version="storage.k8s.io/v1"),
             "provisioner": "rook.rbd.csi.ceph.com", "parameters": {"clusterID": "rook", "pool": "pool"}}]
    s = Simulation(FLUX)
    s.commit(*flux([*ceph, claim("data", "block")], timeout="1h", depends=False))  # waits: looks at each object
    s.run(HOUR)
    live = {k[1]: o for k, o in s.cluster.items() if k[1] in ("CephCluster", "CephBlockPool", "PersistentVolumeClaim")}
    assert s.world.status(live["CephBlockPool"])["phase"] == "Ready"
    pool_ready = live["CephBlockPool"].since["cluster"] + sim.POOL_SECONDS
    assert live["CephBlockPool"].since["cluster"] >= sim.CEPH_SECONDS  # Rook reconciles it once the cluster is up
    assert live["PersistentVolumeClaim"].since["bound"] >= pool_ready  # not when the cluster is: when the pool is
    # the rendered Lua and CEL read the phase Rook writes
    from frappe_k8s.health import checks_for
    (check,) = checks_for([("ceph.rook.io", "CephBlockPool")])
    pool = {"apiVersion": "ceph.rook.io/v1", "kind": "CephBlockPool", "metadata": {"name": "p"}}
    assert [sim.run_lua(check.lua, {**pool, "status": {"phase": p}}) for p in ("Progressing", "Ready", "Failure")] \
        == ["Progressing", "Healthy", "Degraded"]
    assert sim.run_cel(check.current, check.failed, {"status": {"phase": "Failure"}}) == "failed"

"""Health in the GitOps tools: the argocd-cm patch and Flux healthCheckExprs cover every custom kind we render,
and each rule, run for real (Argo CD's Lua with lua5.1, like Argo CD's gopher-lua; Flux's CEL with cel-python),
says Healthy / Degraded / Progressing for the status values the upstream controllers write."""
import pytest
import yaml

from frappe_k8s import health

import gitops_sim
from conftest import load_objects
from gitops_sim import LUA, run_lua
# The custom kinds issue 10 names, each with the status field values its controller writes (frappe_k8s.health).
REQUIRED = {("k8s.mariadb.com", k) for k in ("MariaDB", "Database", "User", "Grant")} | {
    ("external-secrets.io", "ExternalSecret"), ("velero.io", "BackupStorageLocation"), ("velero.io", "Schedule"),
    ("ceph.rook.io", "CephCluster"), ("ceph.rook.io", "CephFilesystem")}

READY = {"conditions": [{"type": "Ready", "status": "True", "reason": "Created", "message": "Created"}]}
FAILED = {"conditions": [{"type": "Ready", "status": "False", "reason": "Failed", "message": "Error creating"}]}
CASES = {  # kind -> [(status, Argo CD status, Flux status)]; None: no status yet
    "MariaDB": [(READY, None, "current"), (FAILED, None, "failed"), (None, None, "in progress")],
    "ExternalSecret": [({"conditions": [{"type": "Ready", "status": "True", "reason": "SecretSynced"}]}, None, "current"),
                       ({"conditions": [{"type": "Ready", "status": "False", "reason": "SecretSyncedError"}]}, None, "failed")],
    "BackupStorageLocation": [({"phase": "Available"}, "Healthy", "current"),
                              ({"phase": "Unavailable", "message": "bucket not found"}, "Degraded", "failed"),
                              (None, "Progressing", "in progress")],
    "Schedule": [({"phase": "Enabled"}, "Healthy", "current"), ({"phase": "FailedValidation"}, "Degraded", "failed"),
                 ({"phase": "New"}, "Progressing", "in progress"), (None, "Progressing", "in progress"),
                 # Velero never reconciles a paused schedule: no phase, and it must not hold a sync back
                 ({"__spec__": {"paused": True}}, "Healthy", "current")],
    "CephCluster": [({"state": "Created", "phase": "Ready", "ceph": {"health": "HEALTH_OK"}}, "Healthy", "current"),
                    ({"state": "Created", "phase": "Ready", "ceph": {"health": "HEALTH_WARN"}}, "Healthy", "current"),
                    ({"state": "Created", "phase": "Ready", "ceph": {"health": "HEALTH_ERR"}}, "Degraded", "failed"),
                    ({"state": "Error", "phase": "Failure"}, "Degraded", "failed"),
                    ({"state": "Creating", "phase": "Progressing"}, "Progressing", "in progress"),
                    (None, "Progressing", "in progress")],
    "CephFilesystem": [({"phase": "Ready"}, "Healthy", "current"), ({"phase": "Failure"}, "Degraded", "failed"),
                       ({"phase": "Progressing"}, "Progressing", "in progress")],
    "Application": [({"health": {"status": "Degraded", "message": "a Job failed"}}, "Degraded", None),
                    ({"health": {"status": "Healthy"}}, "Healthy", None), (None, "Progressing", None)],
}
CASES.update({kind: CASES["MariaDB"] for kind in ("Database", "User", "Grant")})


def run_cel(check: health.HealthCheck, obj: dict) -> str:
    return gitops_sim.run_cel(check.current, check.failed, obj)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_rule_reads_the_upstream_status_fields(kind):
    for check in [c for c in health.CHECKS if c.kind == kind]:
        for status, argocd, flux in CASES[kind]:
            obj = {"apiVersion": check.api_version, "kind": kind, "metadata": {"name": "x"}, "spec": {}}
            if status is not None and "__spec__" in status:
                obj["spec"] = status["__spec__"]
            elif status is not None:
                obj["status"] = status
            if argocd is not None:
                assert check.lua, kind
                if LUA is None:
                    pytest.skip("lua5.1 missing: apt-get install lua5.1 (.ci/run does)")
                assert run_lua(check.lua, obj) == argocd, (kind, status)
            if flux is not None:
                assert run_cel(check, obj) == flux, (kind, status)


def test_every_required_kind_has_a_check_and_argocd_builtins_are_named():
    assert REQUIRED <= {(c.group, c.kind) for c in health.CHECKS}
    for check in health.CHECKS:
        assert check.current or check.kind == "Application"
        assert check.lua or check.argocd_builtin, check.kind  # ours, or Argo CD's own (v3.5.1 path)
        assert not (check.lua and check.argocd_builtin) or check.why_override, check.kind


def test_argocd_cm_patch_covers_every_custom_kind_the_example_renders(example_dist, example_objects):
    rendered = {(o["apiVersion"].rpartition("/")[0], o["kind"]) for o in example_objects}
    assert REQUIRED <= rendered
    patch = yaml.safe_load((example_dist / "gitops/argocd/argocd-cm.patch.yaml").read_text())
    assert patch["metadata"] == {"name": "argocd-cm", "namespace": "argocd"} and "labels" not in patch["metadata"]
    for group, kind in REQUIRED | {("argoproj.io", "Application")}:
        [check] = [c for c in health.CHECKS if (c.group, c.kind) == (group, kind)]
        assert (patch["data"].get(f"resource.customizations.health.{group}_{kind}") is not None) == (check.lua is not None)
    # a patch, never an object of the folder: the root Application must not replace Argo CD's settings
    assert "argocd-cm.patch.yaml" not in (example_dist / "gitops/argocd/kustomization.yaml").read_text()


def test_health_checks_reach_argo_cd_however_it_is_installed(example_dist):
    """Plain manifests (a merge patch of argocd-cm), the Helm chart (configs.cm values) and argocd-operator (the ArgoCD
    resource's resourceHealthChecks) get the same checks; the patch removes the keys a render no longer needs."""
    folder = example_dist / "gitops/argocd"
    cm = yaml.safe_load((folder / "argocd-cm.patch.yaml").read_text())["data"]
    values = yaml.safe_load((folder / "argocd-helm-values.patch.yaml").read_text())["configs"]["cm"]
    operator = yaml.safe_load((folder / "argocd-operator.patch.yaml").read_text())["spec"]["resourceHealthChecks"]
    assert {k: v for k, v in cm.items() if v is not None} == values
    assert {f"resource.customizations.health.{c['group']}_{c['kind']}": c["check"] for c in operator} == values
    assert set(cm) == {c.key for c in health.CHECKS if c.lua}  # every key of ours: the unused ones as null
    no_ceph = health.argocd_cm_patch({("velero.io", "Schedule")})["data"]
    assert no_ceph["resource.customizations.health.ceph.rook.io_CephCluster"] is None  # removed by the merge patch
    assert health.argocd_cm_patch((), namespace="openshift-gitops")["metadata"]["namespace"] == "openshift-gitops"


def application(labels, status):
    return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", "metadata": {"name": "a", "labels": labels},
            "status": status}


@pytest.mark.skipif(LUA is None, reason="lua5.1 missing: apt-get install lua5.1 (.ci/run does)")
def test_an_app_of_apps_wave_waits_for_the_first_successful_sync_of_our_applications_only():
    ours, theirs = {"app.kubernetes.io/managed-by": "frappe-k8s"}, {"app.kubernetes.io/managed-by": "helm"}
    degraded_after_a_success = {"health": {"status": "Degraded"}, "history": [{"id": 0, "revision": "abc"}]}
    first_sync_failed = {"health": {"status": "Degraded"}, "operationState": {"phase": "Failed", "message": "boom"}}
    first_sync_running = {"health": {"status": "Progressing"}, "operationState": {"phase": "Running"}}
    lua = next(c.lua for c in health.CHECKS if c.kind == "Application")
    assert run_lua(lua, application(ours, degraded_after_a_success)) == "Healthy"  # gates no later wave
    assert run_lua(lua, application(ours, first_sync_failed)) == "Degraded"        # fails the root's sync: it retries
    assert run_lua(lua, application(ours, first_sync_running)) == "Progressing"
    assert run_lua(lua, application(ours, None)) == "Progressing"
    # any other Application keeps the check Argo CD's documentation gives: its own health
    assert run_lua(lua, application(theirs, degraded_after_a_success)) == "Degraded"
    assert run_lua(lua, application(None, {"health": {"status": "Healthy"}})) == "Healthy"


def test_flux_kustomizations_carry_the_exprs_of_the_kinds_they_check(example_dist):
    checked_somewhere = set()
    for path in sorted((example_dist / "gitops" / "flux").glob("Kustomization.*.yaml")):
        spec = yaml.safe_load(path.read_text())["spec"]
        folder = spec["path"].removeprefix("./dist/")
        if spec["wait"]:
            checked = load_objects(example_dist / folder)
        else:
            refs = {(c["kind"], c["name"]) for c in spec.get("healthChecks", [])}
            checked = [o for o in load_objects(example_dist / folder) if (o["kind"], o["metadata"]["name"]) in refs]
        kinds = {(o["apiVersion"].rpartition("/")[0], o["kind"]) for o in checked}
        checked_somewhere |= kinds
        expected = {(c.group, c.kind) for c in health.checks_for(kinds) if c.current}
        found = {(e["apiVersion"].rpartition("/")[0], e["kind"]) for e in spec.get("healthCheckExprs", [])}
        assert found == expected, folder
    # a bench's MariaDB and the Ceph kinds are checked; a folder nothing waits for (sites, backups) checks nothing
    assert {("k8s.mariadb.com", "MariaDB"), ("ceph.rook.io", "CephCluster")} <= checked_somewhere
    assert ("velero.io", "BackupStorageLocation") not in checked_somewhere

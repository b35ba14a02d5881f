"""Health in the GitOps tools: the argocd-cm patch and Flux healthCheckExprs cover every custom kind we render,
and each rule, run for real (Argo CD's Lua with lua5.1, like Argo CD's gopher-lua; Flux's CEL with cel-python),
says Healthy / Degraded / Progressing for the status values the upstream controllers write."""
import json
import shutil
import subprocess

import pytest
import yaml

from frappe_k8s import health

from conftest import load_objects

LUA = shutil.which("lua5.1")
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


def _lua(value) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{json.dumps(k)}] = {_lua(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "{" + ", ".join(_lua(v) for v in value) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "nil" if value is None else json.dumps(value)


def run_lua(script: str, obj: dict) -> str:
    program = f"obj = {_lua(obj)}\nlocal function check()\n{script}\nend\nlocal hs = check()\nio.write(hs.status)\n"
    result = subprocess.run([LUA, "-"], input=program, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_cel(check: health.HealthCheck, obj: dict) -> str:
    """Flux's order: inProgress, failed, current; an evaluation error leaves the object waiting."""
    import celpy

    env = celpy.Environment()
    activation = celpy.json_to_cel(obj)
    try:
        for name, expression in (("failed", check.failed), ("current", check.current)):
            if expression and env.program(env.compile(expression)).evaluate(activation):
                return name
    except celpy.CELEvalError:
        return "in progress"  # Flux: an expression that cannot be evaluated leaves the object waiting
    return "in progress"


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
        assert (f"resource.customizations.health.{group}_{kind}" in patch["data"]) == (check.lua is not None)
    # a patch, never an object of the folder: the root Application must not replace Argo CD's settings
    assert "argocd-cm.patch.yaml" not in (example_dist / "gitops/argocd/kustomization.yaml").read_text()


def test_flux_kustomizations_carry_the_exprs_of_the_kinds_of_their_folder(example_dist):
    for path in sorted((example_dist / "gitops" / "flux").glob("Kustomization.*.yaml")):
        kustomization = yaml.safe_load(path.read_text())
        folder = kustomization["spec"]["path"].removeprefix("./dist/")
        if not kustomization["spec"]["wait"]:
            assert "healthCheckExprs" not in kustomization["spec"]
            continue
        kinds = {(o["apiVersion"].rpartition("/")[0], o["kind"]) for o in load_objects(example_dist / folder)}
        expected = {(c.group, c.kind) for c in health.checks_for(kinds) if c.current}
        found = {(e["apiVersion"].rpartition("/")[0], e["kind"]) for e in kustomization["spec"].get("healthCheckExprs", [])}
        assert found == expected, folder
    sites = yaml.safe_load((example_dist / "gitops/flux/Kustomization.flux-system.saasodoo-sites-production-bench.yaml")
                           .read_text())
    assert {e["kind"] for e in sites["spec"]["healthCheckExprs"]} == {"MariaDB", "Database", "User", "Grant", "ExternalSecret"}

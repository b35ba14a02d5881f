"""Health of the custom resources we render, as Argo CD and Flux judge it (plain data, no cdk8s).

With no controller of ours, "is this bench / site up?" is answered by the GitOps tool's health of what it
applied: an app is Healthy only when every object in it is. Deployments, StatefulSets and Jobs are known
to both tools (a failed Job is Degraded / Failed, a running one Progressing). Custom resources are not,
or not always rightly, so each kind gets:

- an Argo CD Lua check (`resource.customizations.health.<group>_<Kind>` in `argocd-cm`), unless Argo CD
  ships one (`resource_customizations/<group>/<Kind>/health.lua` in argoproj/argo-cd v3.5.1, the release
  pinned in frappe_k8s/upstream.py) that says the same; the kinds it ships are listed with that path instead;
- Flux `healthCheckExprs` (CEL), because kstatus calls an object without conditions "Current" at once:
  a MariaDB that the operator has not even seen would pass.

Every rule reads status fields the upstream controller really writes (the `source` of each entry).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

ARGOCD_CM = "argocd-cm"
HEALTH_KEY = "resource.customizations.health.{group}_{kind}"


@dataclass(frozen=True)
class HealthCheck:
    group: str
    kind: str
    api_version: str                  # for Flux healthCheckExprs (only the group is matched)
    source: str                       # where the status fields and values were read upstream
    current: Optional[str] = None     # Flux CEL: ready; None: no Flux expression (Argo CD only)
    failed: Optional[str] = None      # Flux CEL: failed for good (the Kustomization fails, and retries)
    lua: Optional[str] = None         # Argo CD: our check; None: Argo CD's built-in below is right
    argocd_builtin: Optional[str] = None  # argo-cd path of the built-in check we rely on (or override)
    why_override: Optional[str] = None    # when `lua` replaces a built-in: why

    @property
    def key(self) -> str:
        return HEALTH_KEY.format(group=self.group, kind=self.kind)


def _ready_condition(failed_reason: Optional[str] = None) -> tuple[str, str]:
    current = "status.conditions.exists(e, e.type == 'Ready' && e.status == 'True')"
    reason = f" && e.reason == '{failed_reason}'" if failed_reason else ""
    return current, f"status.conditions.exists(e, e.type == 'Ready' && e.status == 'False'{reason})"


def _phase_lua(healthy: str, degraded: str, what: str, paused_is_healthy: bool = False) -> str:
    paused = ("""if obj.spec ~= nil and obj.spec.paused == true then
  return {status = "Healthy", message = "Paused"}
end
""" if paused_is_healthy else "")
    return f"""hs = {{status = "Progressing", message = "Waiting for the {what} to report status.phase"}}
{paused}if obj.status ~= nil and obj.status.phase ~= nil then
  hs.message = obj.status.phase
  if obj.status.message ~= nil then
    hs.message = hs.message .. ": " .. obj.status.message
  end
  if obj.status.phase == "{healthy}" then
    hs.status = "Healthy"
  elseif obj.status.phase == "{degraded}" then
    hs.status = "Degraded"
  end
end
return hs
"""


MARIADB_SOURCE = ("mariadb-operator api/v1alpha1/condition_types.go (ConditionTypeReady, ConditionReasonFailed) and"
                  " pkg/condition/ready.go: Ready True when created/ready, Ready False reason Failed on errors")
_MARIADB_CURRENT, _MARIADB_FAILED = _ready_condition("Failed")
_ESO_CURRENT, _ESO_FAILED = _ready_condition()

CHECKS: tuple[HealthCheck, ...] = (
    *(HealthCheck("k8s.mariadb.com", kind, "k8s.mariadb.com/v1alpha1", MARIADB_SOURCE, _MARIADB_CURRENT,
                  _MARIADB_FAILED, argocd_builtin=f"resource_customizations/k8s.mariadb.com/{kind}/health.lua")
      for kind in ("MariaDB", "Database", "User", "Grant")),
    HealthCheck("external-secrets.io", "ExternalSecret", "external-secrets.io/v1",
                "external-secrets apis/externalsecrets/v1/externalsecret_types.go: condition Ready, reasons"
                " SecretSynced / SecretSyncedError", _ESO_CURRENT, _ESO_FAILED,
                argocd_builtin="resource_customizations/external-secrets.io/ExternalSecret/health.lua"),
    HealthCheck("velero.io", "BackupStorageLocation", "velero.io/v1",
                "velero config/crd/v1/bases/velero.io_backupstoragelocations.yaml: status.phase enum Available,"
                " Unavailable; status.message", "status.phase == 'Available'", "status.phase == 'Unavailable'",
                lua=_phase_lua("Available", "Unavailable", "BackupStorageLocation controller")),
    HealthCheck("velero.io", "Schedule", "velero.io/v1",
                "velero config/crd/v1/bases/velero.io_schedules.yaml: status.phase enum New, Enabled,"
                " FailedValidation; the controller skips paused schedules (schedule_controller.go SetupWithManager),"
                " which then never get a phase. Argo CD v3.5.1 has no built-in check for it",
                # CEL's && and || absorb errors: a paused schedule with no status at all decides without reading it
                "(has(spec.paused) && spec.paused == true) || status.phase == 'Enabled'",
                "!(has(spec.paused) && spec.paused == true) && status.phase == 'FailedValidation'",
                lua=_phase_lua("Enabled", "FailedValidation", "Schedule controller", paused_is_healthy=True)),
    HealthCheck("ceph.rook.io", "CephCluster", "ceph.rook.io/v1",
                "rook v1.20.6 pkg/apis/ceph.rook.io/v1/types.go: ClusterState Creating, Created, Updating,"
                " Connecting, Connected, Error; status.ceph.health HEALTH_OK/WARN/ERR",
                "has(status.state) && status.state in ['Created', 'Connected'] && has(status.ceph)"
                " && has(status.ceph.health) && status.ceph.health in ['HEALTH_OK', 'HEALTH_WARN']",
                "(has(status.state) && status.state == 'Error') || (has(status.ceph) && has(status.ceph.health)"
                " && status.ceph.health == 'HEALTH_ERR')",
                lua="""hs = {status = "Progressing", message = "Waiting for Rook to report status"}
if obj.status == nil then
  return hs
end
local health = nil
if obj.status.ceph ~= nil then
  health = obj.status.ceph.health
end
hs.message = "state " .. (obj.status.state or "unknown") .. ", " .. (health or "no Ceph health yet")
if obj.status.message ~= nil then
  hs.message = hs.message .. ": " .. obj.status.message
end
if obj.status.state == "Error" or health == "HEALTH_ERR" then
  hs.status = "Degraded"
elseif (obj.status.state == "Created" or obj.status.state == "Connected") and (health == "HEALTH_OK" or health == "HEALTH_WARN") then
  hs.status = "Healthy"
end
return hs
""", argocd_builtin="resource_customizations/ceph.rook.io/CephCluster/health.lua",
                why_override="the built-in calls HEALTH_WARN Degraded, which stops every later sync wave (benches,"
                             " sites) on a warning such as clock skew or nearfull; here only HEALTH_ERR and state"
                             " Error are Degraded, and warnings reach you as Rook's alerts"),
    HealthCheck("ceph.rook.io", "CephFilesystem", "ceph.rook.io/v1",
                "rook v1.20.6 pkg/operator/ceph/file/controller.go: updateStatus with ConditionProgressing,"
                " ConditionReady or ConditionFailure (types.go: Progressing, Ready, Failure)",
                "status.phase == 'Ready'", "status.phase == 'Failure'",
                lua=_phase_lua("Ready", "Failure", "Rook operator")),
    HealthCheck("argoproj.io", "Application", "argoproj.io/v1alpha1",
                "argo-cd removed the Application health check in v1.8 (docs operator-manual/health.md,"
                " 'Argo CD App'); status.health.status of the child Application",
                lua="""hs = {status = "Progressing", message = ""}
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
"""),
)


def checks_for(kinds: Iterable[tuple[str, str]]) -> list[HealthCheck]:
    """The checks of the (group, kind) pairs given, in the table's order."""
    wanted = set(kinds)
    return [c for c in CHECKS if (c.group, c.kind) in wanted]


def argocd_cm_patch(kinds: Iterable[tuple[str, str]], namespace: str = "argocd") -> dict:
    """A patch of `argocd-cm` that adds our Lua checks and touches no other key: apply it with
    `kubectl patch --type merge --patch-file`, or list it under `patches:` of the kustomization that installs
    Argo CD. Never apply it as a ConfigMap: that would drop Argo CD's other settings."""
    data = {c.key: c.lua for c in checks_for(kinds) if c.lua is not None}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": ARGOCD_CM, "namespace": namespace},
            "data": dict(sorted(data.items()))}


def flux_health_exprs(kinds: Iterable[tuple[str, str]]) -> list[dict]:
    """`spec.healthCheckExprs` of a Kustomization applying these kinds (evaluated because it has `wait: true`)."""
    return [{"apiVersion": c.api_version, "kind": c.kind, "current": c.current, **({"failed": c.failed} if c.failed else {})}
            for c in checks_for(kinds) if c.current is not None]

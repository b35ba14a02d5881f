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

# For the Applications frappe-k8s renders (its managed-by label), the wave of an app of apps waits until the child has
# synced successfully once, not until it is healthy now: that orders the first sync of every app (and of a new one),
# while a child that is Degraded later (a failed migration, a backup location down) holds back no other app when the
# root syncs again. Any other Application keeps the check Argo CD's documentation gives (its own health), so one
# Argo CD can serve other app of apps unchanged.
APPLICATION_LUA = """local health = {status = "Progressing", message = ""}
if obj.status ~= nil and obj.status.health ~= nil then
  health.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    health.message = obj.status.health.message
  end
end
if obj.metadata.labels == nil or obj.metadata.labels["app.kubernetes.io/managed-by"] ~= "frappe-k8s" then
  return health
end
if obj.status ~= nil and obj.status.history ~= nil and #obj.status.history > 0 then
  return {status = "Healthy", message = "synced successfully at least once; health now " .. health.status}
end
if obj.status ~= nil and obj.status.operationState ~= nil then
  local phase = obj.status.operationState.phase
  if phase == "Failed" or phase == "Error" then
    return {status = "Degraded", message = "first sync " .. phase .. ": " .. (obj.status.operationState.message or "")}
  end
end
return {status = "Progressing", message = "waiting for the first successful sync"}
"""

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
    HealthCheck("ceph.rook.io", "CephBlockPool", "ceph.rook.io/v1",
                "rook v1.20.6 pkg/operator/ceph/pool/controller.go and status.go: updateStatus sets status.phase to"
                " Progressing, Ready or Failure. Argo CD v3.5.1 has no built-in check for it",
                "status.phase == 'Ready'", "status.phase == 'Failure'",
                lua=_phase_lua("Ready", "Failure", "Rook operator")),
    HealthCheck("argoproj.io", "Application", "argoproj.io/v1alpha1",
                "argo-cd removed the Application health check in v1.8 (docs operator-manual/health.md, 'Argo CD"
                " App'); status.health.status of the child Application; status.history gets an entry for each"
                " successful sync only (controller/sync.go, persistRevisionHistory), status.operationState.phase"
                " Failed or Error for a failed one",
                lua=APPLICATION_LUA),
)


def checks_for(kinds: Iterable[tuple[str, str]]) -> list[HealthCheck]:
    """The checks of the (group, kind) pairs given, in the table's order."""
    wanted = set(kinds)
    return [c for c in CHECKS if (c.group, c.kind) in wanted]


def argocd_checks(kinds: Iterable[tuple[str, str]]) -> list[HealthCheck]:
    """The Lua checks Argo CD needs for these kinds (ours, where Argo CD has none or a wrong one)."""
    return [c for c in checks_for(kinds) if c.lua is not None]


def argocd_cm_patch(kinds: Iterable[tuple[str, str]], namespace: str = "argocd") -> dict:
    """A merge patch of `argocd-cm` (plain manifests or kustomize): our Lua checks for these kinds, and `null` for
    every other key of ours, so a render that no longer needs one removes it; no other key is touched. Apply it with
    `kubectl patch --type merge --patch-file`, or list it under `patches:` of the kustomization that installs
    Argo CD. Never apply it as a ConfigMap: that would drop Argo CD's other settings."""
    ours = {c.key: None for c in CHECKS if c.lua is not None}
    data = ours | {c.key: c.lua for c in argocd_checks(kinds)}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": ARGOCD_CM, "namespace": namespace},
            "data": dict(sorted(data.items()))}


def argocd_helm_values(kinds: Iterable[tuple[str, str]]) -> dict:
    """Values for Argo CD's Helm chart (argo/argo-cd `configs.cm`): give it as one more `-f` file to `helm upgrade`.
    The chart writes argocd-cm from its values at every upgrade, so a key that a render drops goes with it, and a key
    patched in by hand would be lost: this is the way for Helm installs."""
    return {"configs": {"cm": {c.key: c.lua for c in argocd_checks(kinds)}}}


def argocd_operator_patch(kinds: Iterable[tuple[str, str]]) -> dict:
    """A merge patch of the `ArgoCD` custom resource of argocd-operator and OpenShift GitOps (`spec.
    resourceHealthChecks`, argoproj-labs/argocd-operator api/v1beta1 ArgoCDSpec): the operator writes argocd-cm from
    it and reverts hand edits of argocd-cm (argo-cd#5056). A merge patch replaces the whole list: merge it into your
    own list if the CR has one."""
    return {"spec": {"resourceHealthChecks": [{"group": c.group, "kind": c.kind, "check": c.lua}
                                              for c in argocd_checks(kinds)]}}


def flux_health_exprs(kinds: Iterable[tuple[str, str]]) -> list[dict]:
    """`spec.healthCheckExprs` of a Kustomization applying these kinds (evaluated because it has `wait: true`)."""
    return [{"apiVersion": c.api_version, "kind": c.kind, "current": c.current, **({"failed": c.failed} if c.failed else {})}
            for c in checks_for(kinds) if c.current is not None]

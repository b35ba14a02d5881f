"""A sync simulator: the behaviours of Argo CD and Flux that this platform relies on, replayed over successive
renders of a platform on a simulated cluster, with a clock. No Kubernetes API server runs here, so this model is the
evidence for README.md's "What each tool guarantees": tests/test_gitops_sim.py replays the scenarios, and its
negative controls (today's Force/Replace Jobs, a kept object without IgnoreExtraneous, a gating verification Job...)
must fail, or the model would prove nothing.

Versions modelled: Argo CD v3.5.1 (gitops-engine in its tree, gitops-engine/pkg/...; "argo-cd" below), Flux
kustomize-controller v1.9.4 ("kc") with fluxcd/pkg ssa v0.76.1 and runtime v0.110.1 ("pkg"). Every rule below
says where it was read; the code refers to the rules by their tag.

Argo CD
  A1 An app compares every object of its folder with the live one: missing, changed, or live but no longer in Git
     ("requires pruning") is OutOfSync, except a live-only object annotated compare-options IgnoreExtraneous
     (controller/state.go CompareAppState, `needsPruning`). With compare-options ServerSideDiff=true on the
     Application the diff is a server-side dry-run apply (controller/state.go; gitops-engine diff/diff.go
     serverSideDiff): a Job changed under its name fails that dry run (immutable spec), and the app's comparison
     fails.
  A2 Automated sync starts an operation when the app is OutOfSync and none runs; a revision whose last sync failed
     is not synced again (its retries are over); after a successful sync, selfHeal syncs again only what is OutOfSync
     (a selective sync), backing off; a sync that would prune everything is not started (allowEmpty)
     (controller/appcontroller.go autoSync, alreadyAttemptedSync). A successful sync of the whole
     app adds an entry to status.history (controller/sync.go, persistRevisionHistory).
  A3 A sync's tasks are every object of the folder and every live-only object (pruning); with ApplyOutOfSyncOnly=true
     only those that are not Synced (sync_context.go getSyncTasks, filterOutOfSyncTasks).
  A4 Tasks run by wave (sync-wave annotation, default 0); pruning runs in the waves reversed, with PruneLast=true after
     the last wave (sync_context.go getSyncTasks). After a wave is applied, the next one waits until every task of
     it is Healthy (or has no health); Degraded fails the sync. The last wave does not wait: "if it is the last
     phase/wave ... we are successful EVEN if those objects subsequently degrade" (sync_context.go Sync).
  A5 Applying: with sync-options Replace=true the object is replaced, and with Force=true deleted and created anew
     (applyObject -> ReplaceResource --force): a Job runs again. Otherwise a server-side apply: a no-op when nothing
     changed, an immutable-field error for a Job whose spec changed (applyObject -> ApplyResource; Force=true without
     Replace is refused with ServerSideApply: "--force cannot be used with --server-side", kube/resource_ops.go).
     Prune=false skips the pruning of the object (sync_context.go pruneObject). A failed sync is retried by the
     Application's retry policy, from scratch.
  A6 Health: Job (health/health_job.go), Deployment (health_deployment.go: ProgressDeadlineExceeded is Degraded),
     StatefulSet, PersistentVolumeClaim (Bound), Ingress (a load balancer address), CronJob, Certificate, MariaDB and
     its SQL kinds, ExternalSecret, ScaledObject (resource_customizations/<group>/<Kind>/health.lua): written below
     in Python; a kind with a check in the rendered argocd-cm patch runs that Lua in lua5.1 (Argo CD runs gopher-lua,
     a Lua 5.1). A kind with no check has no health and never holds a wave. The app's health is the worst of its
     objects', leaving out Missing ones and those annotated ignore-healthcheck (controller/health.go).
  A7 An Application is an app: applying one (the app of apps) creates it; pruning it with the resources finalizer
     deletes its objects but those with sync-options Delete=false (controller/appcontroller.go shouldBeDeleted).
     Deleting the root with `argocd app delete` cascades the same way.
  Not modelled: hooks (none rendered), the dry run of a sync (no effect since gitops-engine#633), the 2 s delay
  between waves, the 3 min refresh (the model refreshes at every step), ignoreDifferences.

Flux
  F1 A Kustomization reconciles when its source has a new revision, every `interval`, `retryInterval` after a failure,
     and every 30 s while a dependency is not ready (kc kustomization_controller.go Reconcile; --requeue-dependency).
  F2 dependsOn: every dependency must be Ready and have applied the same source revision, or nothing is applied
     (kc checkDependencies).
  F3 Apply is a server-side apply of every object: a no-op when nothing changed; an immutable-field error fails the
     reconciliation, unless the object is annotated kustomize.toolkit.fluxcd.io/force: enabled, which deletes and
     re-creates it (pkg ssa ApplyAllStaged, ForceSelector); ssa: IfNotPresent skips an existing object (kc apply).
  F4 Prune deletes what the last inventory had and the new one lacks, but objects annotated
     kustomize.toolkit.fluxcd.io/prune: disabled (kc prune).
  F5 Health: with `wait: true` every applied object but the skipped ones, else the objects `healthChecks` lists, until
     all are Current, one is Failed (fail fast, the default) or `timeout` passes; only then is the Kustomization Ready
     and lastAppliedRevision set (kc checkHealth, pkg ssa manager_wait.go WaitForSetWithContext). The wait holds the
     reconciliation: a new revision waits for it to end (CancelHealthCheckOnNewRevision is off by default, kc
     internal/features). Without either, Ready as soon as applied.
  F6 Status (kstatus, fluxcd/cli-utils v1.2.1 pkg/kstatus/status): Job Current only when Complete, Failed when Failed
     (pkg runtime/statusreaders/job.go); Deployment Failed on ProgressDeadlineExceeded; PVC Current when Bound;
     a custom kind by the rendered healthCheckExprs (CEL, run with cel-python), else its Ready condition (True:
     Current, False: InProgress), else Current.
  Not modelled: drift detection (nothing edits the cluster here), HelmRelease remediation (operators install once).

The cluster (what no GitOps tool decides, `World`): operators install their CRDs a minute after their release;
Ceph takes 15 minutes, then its filesystems and block pools a little more; a claim binds once its class can
provision (a Ceph class: its filesystem or pool Ready); a MariaDB takes two minutes once its claim's class can; a
Job's pod waits unscheduled until its claims are bound, then for what its scripts and init containers wait for
(bounded by their WAIT_SECONDS, the pod's activeDeadlineSeconds from its start, the Job's backoffLimit and its
activeDeadlineSeconds from its creation), then works, then completes and leaves its marker; a bench's pods become
available once their image is migrated. Scenarios add failures and delays (a verification Job that fails once or
for good, a claim that never binds, a backup location down for an hour, a Certificate that takes a day).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, Optional

STEP = 10                      # seconds between two looks of the controllers at the cluster
ARGOCD, FLUX = "argocd", "flux"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
COMPARE_OPTIONS = "argocd.argoproj.io/compare-options"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
IGNORE_HEALTH = "argocd.argoproj.io/ignore-healthcheck"
FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune"
FLUX_FORCE = "kustomize.toolkit.fluxcd.io/force"
FLUX_SSA = "kustomize.toolkit.fluxcd.io/ssa"
LUA = shutil.which("lua5.1")

# The cluster's pace (World): seconds from what an object needs to its being ready.
OPERATOR_SECONDS, CEPH_SECONDS, FILESYSTEM_SECONDS, POOL_SECONDS, MARIADB_SECONDS = 60, 900, 120, 30, 120
# Work of a Job once what it waits for is there, by its component label.
WORK_SECONDS = {"configure": 60, "migrate": 600, "create": 180, "restore": 1800, "deactivate": 30, "drop": 120,
                "verify-rwx": 30}
# The prerequisites of the cluster: operators the platform does not install (upstream.py), their kinds always known.
PREREQUISITE_GROUPS = {"", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "storage.k8s.io",
                       "k8s.mariadb.com", "external-secrets.io", "generators.external-secrets.io", "keda.sh",
                       "cert-manager.io", "monitoring.coreos.com", "gateway.networking.k8s.io", "route.openshift.io",
                       "bitnami.com", "argoproj.io", "kustomize.toolkit.fluxcd.io", "source.toolkit.fluxcd.io",
                       "helm.toolkit.fluxcd.io"}
# The API groups each operator chart installs (Rook's chart with crds.enabled, Velero's, the snapshot controller's).
CHART_GROUPS = {"rook-ceph": {"ceph.rook.io"}, "velero": {"velero.io"}, "snapshot-controller": {"snapshot.storage.k8s.io"},
                "ceph-csi-drivers": set()}
WORSE = ["Healthy", "Suspended", "Progressing", "Missing", "Degraded", "Unknown"]  # gitops-engine health.go healthOrder
# Namespaces there before the platform: the cluster's own and the GitOps tools'.
EXISTING_NAMESPACES = {"default", "kube-system", "kube-public", "argocd", "flux-system"}

Key = tuple[str, str, str, str]  # (group, kind, namespace, name)


def group_of(manifest: Mapping) -> str:
    return manifest["apiVersion"].rpartition("/")[0]


def key_of(manifest: Mapping) -> Key:
    metadata = manifest["metadata"]
    return group_of(manifest), manifest["kind"], metadata.get("namespace", ""), metadata["name"]


def annotations(manifest: Mapping) -> Mapping[str, str]:
    return manifest.get("metadata", {}).get("annotations") or {}


def options(manifest: Mapping, key: str) -> set[str]:
    return {o.strip() for o in annotations(manifest).get(key, "").split(",") if o.strip()}


def env_of(container: Mapping) -> dict[str, str]:
    return {e["name"]: e.get("value", "") for e in container.get("env", []) if "value" in e}


# --- the rules Argo CD and Flux run: Lua in lua5.1, CEL in cel-python ----------------------------------------------

def lua_table(value) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{json.dumps(k)}] = {lua_table(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "{" + ", ".join(lua_table(v) for v in value) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "nil" if value is None else json.dumps(value)


@lru_cache(maxsize=None)
def _run_lua(script: str, obj_json: str) -> str:
    program = (f"obj = {lua_table(json.loads(obj_json))}\nlocal function check()\n{script}\nend\n"
               "local hs = check()\nio.write(hs.status)\n")
    result = subprocess.run([LUA, "-"], input=program, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_lua(script: str, obj: Mapping) -> str:
    """The status an Argo CD Lua health check returns for obj (Argo CD runs gopher-lua, a Lua 5.1)."""
    assert LUA is not None, "lua5.1 missing: apt-get install lua5.1 (.ci/run does)"
    return _run_lua(script, json.dumps(obj, sort_keys=True))


@lru_cache(maxsize=None)
def _cel_program(expression: str):
    import celpy

    env = celpy.Environment()
    return env.program(env.compile(expression))


def run_cel(current: Optional[str], failed: Optional[str], obj: Mapping) -> str:
    """Flux's order for healthCheckExprs: failed, then current; an expression that cannot be evaluated leaves the
    object in progress (kc docs, healthCheckExprs)."""
    import celpy

    activation = celpy.json_to_cel(obj)
    try:
        for name, expression in (("failed", failed), ("current", current)):
            if expression and _cel_program(expression).evaluate(activation):
                return name
    except celpy.CELEvalError:
        return "in progress"
    return "in progress"


# --- the cluster -------------------------------------------------------------------------------------------------

@dataclass
class Live:
    """An object in the cluster: the manifest last applied, who applied it, and when it was created."""

    manifest: dict
    uid: int                       # a new one per creation: a Job's run
    created: int
    manager: str                   # the app (Argo CD) or Kustomization (Flux) that applies it
    rollout: int = 0               # when its spec last changed (Deployments roll out anew)
    since: dict = field(default_factory=dict)  # condition -> first time it held (the World's timers)
    run: Optional["JobRun"] = None


@dataclass
class JobRun:
    """One Job object's run: attempts that wait for what the Job needs, work, then succeed or fail."""

    name: str
    namespace: str
    spec_hash: str
    created: int
    waits: list                    # [(fact, seconds)]: what its init containers and scripts wait for
    work: int
    produces: list                 # facts it leaves when it completes (markers)
    requires: list                 # facts that must hold when its work starts (ordering), not waited for
    scheduling: list = field(default_factory=list)  # facts before its pod is scheduled: its claims bound
    pod_deadline: Optional[int] = None  # the pod's activeDeadlineSeconds, counted from its start on a node
    attempt: int = 0
    attempt_started: int = 0
    pod_started: Optional[int] = None  # when this attempt's pod started on a node (status.startTime)
    working_since: Optional[int] = None
    result: Optional[str] = None   # None: running; "Complete" or "Failed"
    finished: Optional[int] = None


class World:
    """What happens in the cluster without the GitOps tools: operators, Ceph, databases, Jobs, certificates."""

    def __init__(self, sim: "Simulation"):
        self.sim = sim
        self.facts: dict[tuple, int] = {}       # ("configured", ns) / ("migrated", ns, image id) / ... -> since
        self.fail_attempts: dict[str, int] = {}  # Job name prefix -> how many attempts fail
        self.unavailable: list[tuple[str, int, int]] = []  # (BackupStorageLocation name, from, to)
        self.issue_seconds: dict[str, int] = {}  # Certificate name -> seconds to issue (default 60)
        self.unbound: set[str] = set()           # claims that never bind (a quota, a provisioner refusing them)
        self.violations: list[str] = []          # ordering requirements broken
        self.runs: list[JobRun] = []

    # -- facts and readiness --

    def since(self, live: Live, condition: str, holds: bool) -> Optional[int]:
        """When `condition` first held for this object (None: not yet); remembered once it holds."""
        if holds and condition not in live.since:
            live.since[condition] = self.sim.now
        return live.since.get(condition)

    def after(self, start: Optional[int], seconds: int) -> bool:
        if start is None:
            return False
        self.sim.wake(start + seconds)
        return self.sim.now >= start + seconds

    def crd_known(self, group: str) -> bool:
        """Whether the API server serves the group: a prerequisite of the cluster, or installed by an operator's
        release that the platform renders (a chart it does not render, such as RKE2's snapshot controller, is the
        cluster's)."""
        rendered = {m["metadata"]["name"] for m in self.sim.rendered_objects()
                    if m["kind"] in ("HelmRelease", "Application") and m["metadata"]["name"] in CHART_GROUPS}
        owners = [chart for chart, groups in CHART_GROUPS.items() if group in groups]
        return (group in PREREQUISITE_GROUPS or any(chart not in rendered for chart in owners)
                or any(group in groups for groups in self.sim.installed_groups()))

    def class_ready(self, name: Optional[str]) -> bool:
        """A StorageClass that provisions: one of the cluster (local-path...), a rendered class of another driver, or a
        ceph-csi class once what it provisions in is ready: the CephFilesystem of its fsName (CephFS), the
        CephBlockPool whose Ceph pool is its pool (RBD: ceph-csi internal/rbd/rbd_journal.go reserveVol fails with
        ErrPoolNotFound until the pool exists, and kubernetes-csi external-provisioner retries CreateVolume with a
        back-off), or, when the platform renders neither (Rook's external mode), the CephCluster that connects to
        the provider's cluster (its namespace is the class's clusterID)."""
        if not name:
            return True
        live = self.sim.cluster.get(("storage.k8s.io", "StorageClass", "", name))
        if live is None:
            return name not in self.sim.rendered_classes  # local-path and other classes of the cluster exist
        parameters, provisioner = live.manifest.get("parameters", {}), live.manifest.get("provisioner", "")
        if provisioner.endswith(".cephfs.csi.ceph.com"):
            backing = ("CephFilesystem", lambda m: m["metadata"]["name"] == parameters["fsName"])
        elif provisioner.endswith(".rbd.csi.ceph.com"):
            backing = ("CephBlockPool", lambda m: m["spec"].get("name", m["metadata"]["name"]) == parameters["pool"])
        else:
            return True
        kind, matches = backing
        if any(m["kind"] == kind and matches(m) for m in self.sim.rendered_objects()):
            return any(self.ready(o) for k, o in self.sim.cluster.items() if k[1] == kind and matches(o.manifest))
        return any(self.ready(o) for k, o in self.sim.cluster.items() if k[1] == "CephCluster"
                   and k[2] == parameters.get("clusterID"))

    def ready(self, live: Live) -> bool:
        return self.status(live).get("_ready", False)

    def status(self, live: Live) -> dict:
        """The status the object's controller writes now (the keys the health rules read), and `_ready`."""
        m, now = live.manifest, self.sim.now
        kind, spec = m["kind"], m.get("spec", {})
        if kind == "CephCluster":
            start = self.since(live, "operator", self.crd_known("ceph.rook.io"))
            ok = self.after(start, CEPH_SECONDS)
            return {"state": "Created" if ok else "Creating", **({"ceph": {"health": "HEALTH_OK"}} if ok else {}),
                    "_ready": ok}
        if kind == "CephFilesystem":
            cluster = any(self.ready(o) for k, o in self.sim.cluster.items() if k[1] == "CephCluster")
            ok = self.after(self.since(live, "cluster", cluster), FILESYSTEM_SECONDS)
            return {"phase": "Ready" if ok else "Progressing", "_ready": ok}
        if kind == "CephBlockPool":
            # rook v1.20.6 pkg/operator/ceph/pool/controller.go: phase Progressing on the first reconcile, then nothing
            # until the CephCluster of its namespace reports HEALTH_OK or HEALTH_WARN (controller_utils.go
            # IsReadyToReconcile); Ready once the pool is created (status.go updateStatus)
            cluster = any(self.ready(o) for k, o in self.sim.cluster.items() if k[1] == "CephCluster"
                          and k[2] == live.manifest["metadata"]["namespace"])
            ok = self.after(self.since(live, "cluster", cluster), POOL_SECONDS)
            return {"phase": "Ready" if ok else "Progressing", "_ready": ok}
        if kind == "PersistentVolumeClaim":
            volume = spec.get("volumeName")
            ok = m["metadata"]["name"] not in self.unbound and (
                ("", "PersistentVolume", "", volume) in self.sim.cluster if volume is not None
                else self.class_ready(spec.get("storageClassName")))
            self.since(live, "bound", ok)
            return {"phase": "Bound" if "bound" in live.since else "Pending", "_ready": "bound" in live.since}
        if kind == "MariaDB":
            claim_class = spec.get("storage", {}).get("storageClassName")
            ok = self.after(self.since(live, "storage", self.class_ready(claim_class)), MARIADB_SECONDS)
            return {"conditions": [{"type": "Ready", "status": "True" if ok else "False",
                                    "reason": "StatefulSetReady" if ok else "StatefulSetNotReady"}], "_ready": ok}
        if kind in ("Database", "User", "Grant"):
            ref = spec.get("mariaDbRef", {})
            server = self.sim.cluster.get(("k8s.mariadb.com", "MariaDB", ref.get("namespace", live.manifest["metadata"]
                                                                                      ["namespace"]), ref.get("name")))
            ok = self.after(self.since(live, "server", server is not None and self.ready(server)), 10)
            return {"conditions": [{"type": "Ready", "status": "True" if ok else "False", "reason": "Created"
                                    if ok else "Pending"}], "_ready": ok}
        if kind == "ExternalSecret":
            ok = self.after(live.created, 5)
            return {"conditions": [{"type": "Ready", "status": "True" if ok else "False", "reason": "SecretSynced"}],
                    "_ready": ok}
        if kind == "BackupStorageLocation":
            down = any(n == m["metadata"]["name"] and start <= now < end for n, start, end in self.unavailable)
            for _, start, end in self.unavailable:
                self.sim.wake(start)
                self.sim.wake(end)
            ok = self.after(live.created, 30) and not down
            return {"phase": "Available" if ok else ("Unavailable" if down else None), "_ready": ok}
        if kind == "Schedule":
            ok = self.after(live.created, 10)
            return {"phase": "Enabled" if ok else "New", "_ready": ok}
        if kind == "Certificate":
            ok = self.after(live.created, self.issue_seconds.get(m["metadata"]["name"], 60))
            issuing = [] if ok else [{"type": "Issuing", "status": "True", "reason": "DoesNotExist"}]
            return {"conditions": [*issuing, {"type": "Ready", "status": "True" if ok else "False",
                                              "reason": "Ready" if ok else "DoesNotExist"}], "_ready": ok}
        if kind == "ScaledObject":
            ok = self.after(live.created, 5)
            return {"conditions": [{"type": "Ready", "status": "True" if ok else "False"}], "_ready": ok}
        if kind == "Ingress":
            ok = self.after(live.created, 10)
            return {"loadBalancer": {"ingress": [{"ip": "10.0.0.10"}]} if ok else {}, "_ready": ok}
        if kind == "StatefulSet":
            classes = [t.get("spec", {}).get("storageClassName") for t in spec.get("volumeClaimTemplates", [])]
            ok = self.after(self.since(live, "storage", all(self.class_ready(c) for c in classes)), 30)
            return {"_ready": ok}
        if kind == "Deployment":
            return self.deployment(live)
        if kind == "Job":
            return self.job(live)
        if kind in ("HelmRelease",):
            ok = self.after(live.created, OPERATOR_SECONDS)
            return {"conditions": [{"type": "Ready", "status": "True" if ok else "False"}], "_ready": ok}
        return {"_ready": True}

    def pod_waits(self, pod: Mapping, namespace: str) -> list:
        """What a pod's wait-ready init container waits for: the bench configured and migrated for its image."""
        waits = []
        for init in pod.get("initContainers", []):
            if init["name"] == "wait-ready":
                env = env_of(init)
                seconds = int(env.get("WAIT_SECONDS", "600"))
                waits += [(("configured", namespace), seconds), (("migrated", namespace, env["IMAGE_ID"]), seconds)]
        return waits

    def deployment(self, live: Live) -> dict:
        m = live.manifest
        pod = m["spec"]["template"]["spec"]
        waits = self.pod_waits(pod, m["metadata"]["namespace"])
        ok = self.after(self.since(live, f"available-{live.rollout}", all(f in self.facts for f, _ in waits)), 30)
        deadline = m["spec"].get("progressDeadlineSeconds", 600)  # Kubernetes' default
        exceeded = not ok and self.after(live.rollout, deadline)
        return {"conditions": [{"type": "Progressing", "status": "False" if exceeded else "True",
                                "reason": "ProgressDeadlineExceeded" if exceeded else "NewReplicaSetAvailable"}],
                "_ready": ok}

    # -- Jobs --

    def start_job(self, live: Live) -> None:
        from frappe_k8s.canonical import spec_hash

        m = live.manifest
        ns, labels = m["metadata"]["namespace"], m["metadata"]["labels"]
        pod = m["spec"]["template"]["spec"]
        container = pod["containers"][0]
        env = env_of(container)
        component = labels.get("app.kubernetes.io/component", "")
        wait_seconds = int(env.get("WAIT_SECONDS", "600"))
        waits = self.pod_waits(pod, ns)
        for target in env.get("WAIT_FOR", "").split():  # bench_scripts._WAIT_TCP
            host = target.split("=", 1)[1].rsplit(":", 1)[0]
            waits.append((("reachable", host), wait_seconds))
        produces, requires = [], []
        if component == "configure":
            produces.append(("configured", ns))
        elif component == "migrate":
            waits.append((("configured", ns), wait_seconds))  # bench_scripts.MIGRATE waits for the config
            produces.append(("migrated", ns, env["IMAGE_ID"]))
        elif "SITE" in env:
            # a site's Job must never run on a bench still migrating to the image it runs (README, "Site lifecycle")
            requires.append(("migrated", ns, spec_hash(container["image"])))
            if component == "create":
                if env.get("DB_SETUP") == "operator":
                    waits.append((("login", ns, env["DB_NAME"]), wait_seconds))  # site_scripts._WAIT_LOGIN
                produces.append(("site", ns, env["SITE"]))
            elif component == "restore":
                waits.append((("site", ns, env["SITE"]), wait_seconds))
        # kube-scheduler's VolumeBinding plugin leaves a pod whose claim is unbound Pending ("pod has unbound
        # immediate PersistentVolumeClaims"), with no status.startTime: the pod's activeDeadlineSeconds, which the
        # kubelet counts from that start (pkg/kubelet/active_deadline.go pastActiveDeadline), is not running yet
        scheduling = [("bound", ns, v["persistentVolumeClaim"]["claimName"]) for v in pod.get("volumes", [])
                      if "persistentVolumeClaim" in v]
        live.run = JobRun(m["metadata"]["name"], ns, spec_hash(m["spec"]), self.sim.now, waits,
                          WORK_SECONDS.get(component, 60), produces, requires, scheduling,
                          pod.get("activeDeadlineSeconds"))
        live.run.attempt_started = self.sim.now
        self.runs.append(live.run)

    def fact(self, fact: tuple) -> bool:
        """Facts the cluster itself establishes: a host is reachable, a claim bound, a site's user can log in."""
        if fact in self.facts:
            return True
        kind = fact[0]
        if kind == "reachable":
            host = fact[1]
            if not host.endswith(".svc.cluster.local"):
                return True  # an external database
            name, namespace = host.split(".")[:2]
            backing = [o for k, o in self.sim.cluster.items() if k[2] == namespace and k[3] == name
                       and k[1] in ("MariaDB", "StatefulSet")]
            return bool(backing) and all(self.ready(o) for o in backing)
        if kind == "bound":
            claim = self.sim.cluster.get(("", "PersistentVolumeClaim", fact[1], fact[2]))
            return claim is not None and self.ready(claim)
        if kind == "login":
            objects = [o for k, o in self.sim.cluster.items() if k[0] == "k8s.mariadb.com" and k[2] == fact[1]
                       and k[1] in ("Database", "User", "Grant") and o.manifest["spec"].get("name", o.manifest["spec"]
                                                                                      .get("username")) == fact[2]]
            return len(objects) >= 2 and all(self.ready(o) for o in objects)
        return False

    def advance_job(self, live: Live) -> None:
        run, spec, now = live.run, live.manifest["spec"], self.sim.now
        if run is None or run.result is not None:
            return
        deadline = run.created + spec.get("activeDeadlineSeconds", 10**9)
        self.sim.wake(deadline)
        if now >= deadline:
            self._finish(run, "Failed")
            return
        if run.pod_started is None:
            if not all(self.fact(f) for f in run.scheduling):
                self.sim.wake(now + STEP)
                return
            # a pod that mounts no claim is scheduled at once
            run.pod_started = max(now, run.attempt_started) if run.scheduling else run.attempt_started
        if run.pod_deadline is not None:  # the kubelet's DeadlineExceeded fails the pod, which backoffLimit counts
            end = run.pod_started + run.pod_deadline
            self.sim.wake(end)
            done_in_time = run.working_since is not None and run.working_since + run.work <= end
            if now >= end and not done_in_time:
                self._attempt_failed(run, spec)
                return
        if run.working_since is None:
            waited = now - run.pod_started
            if all(self.fact(f) for f, _ in run.waits):
                run.working_since = now
                self.sim.wake(now + run.work)
                self.sim.changed()
                missing = [f for f in run.requires if f not in self.facts]
                if missing:
                    self.violations.append(f"{run.name} started its work at {now}s before {missing}")
            elif any(waited >= seconds and not self.fact(f) for f, seconds in run.waits):
                self._attempt_failed(run, spec)
            else:
                self.sim.wake(now + STEP)
            return
        done = run.working_since + run.work
        self.sim.wake(done)
        if now >= done:
            failing = sum(n for prefix, n in self.fail_attempts.items() if run.name.startswith(prefix))
            if failing > 0:
                prefix = next(p for p, n in self.fail_attempts.items() if n > 0 and run.name.startswith(p))
                self.fail_attempts[prefix] -= 1
                self._attempt_failed(run, spec)
            else:
                for f in run.produces:
                    self.facts.setdefault(f, now)
                self._finish(run, "Complete")

    def _attempt_failed(self, run: JobRun, spec: Mapping) -> None:
        run.attempt += 1
        if run.attempt > spec.get("backoffLimit", 6):
            self._finish(run, "Failed")
            return
        # a new pod, after a back-off
        run.attempt_started, run.working_since, run.pod_started = self.sim.now + STEP, None, None
        self.sim.wake(run.attempt_started)

    def _finish(self, run: JobRun, result: str) -> None:
        run.result, run.finished = result, self.sim.now
        self.sim.changed()

    def job(self, live: Live) -> dict:
        run = live.run
        if run is None or run.result is None:
            return {"startTime": "t", "active": 1, "_ready": False}
        return {"conditions": [{"type": run.result, "status": "True"}], "_ready": run.result == "Complete"}


# --- health as each tool judges it -------------------------------------------------------------------------------

def argocd_builtin(kind: str, status: Mapping) -> Optional[str]:
    """A6: Argo CD's own checks (gitops-engine/pkg/health/*.go, resource_customizations/*/health.lua), in Python."""
    conditions = {c["type"]: c for c in status.get("conditions", [])}
    if kind == "Job":  # health_job.go
        if "Failed" in conditions:
            return "Degraded"
        return "Healthy" if "Complete" in conditions else "Progressing"
    if kind == "Deployment":  # health_deployment.go
        if conditions.get("Progressing", {}).get("reason") == "ProgressDeadlineExceeded":
            return "Degraded"
        return "Healthy" if status["_ready"] else "Progressing"
    if kind == "StatefulSet":
        return "Healthy" if status["_ready"] else "Progressing"
    if kind == "PersistentVolumeClaim":  # health_pvc.go
        return "Healthy" if status["phase"] == "Bound" else "Progressing"
    if kind == "Ingress":  # health_ingress.go
        return "Healthy" if status.get("loadBalancer", {}).get("ingress") else "Progressing"
    if kind == "CronJob":  # batch/CronJob/health.lua: never run yet is Healthy
        return "Healthy"
    if kind in ("Certificate", "ExternalSecret"):  # cert-manager.io/Certificate, external-secrets.io/ExternalSecret
        if conditions.get("Issuing", {}).get("status") == "True":  # the Certificate's check looks at Issuing first
            return "Progressing"
        ready = conditions.get("Ready", {}).get("status")
        return {"True": "Healthy", "False": "Degraded"}.get(ready, "Progressing")
    if kind in ("MariaDB", "Database", "User", "Grant"):  # k8s.mariadb.com/<Kind>/health.lua
        ready = conditions.get("Ready", {})
        if ready.get("status") == "False":
            return "Degraded" if ready.get("reason") == "Failed" else "Progressing"
        return "Healthy" if ready else "Progressing"
    if kind == "ScaledObject":  # keda.sh/ScaledObject/health.lua
        return "Healthy" if conditions.get("Ready", {}).get("status") == "True" else "Progressing"
    return None


def flux_status(kind: str, status: Mapping, expr: Optional[Mapping]) -> str:
    """F6: kstatus as Flux reads it: "current", "in progress" or "failed"."""
    conditions = {c["type"]: c for c in status.get("conditions", [])}
    if expr is not None:
        return run_cel(expr.get("current"), expr.get("failed"), {"status": {k: v for k, v in status.items()
                                                                              if not k.startswith("_")}})
    if kind == "Job":  # pkg runtime/statusreaders/job.go: Current only once complete
        return "failed" if "Failed" in conditions else ("current" if "Complete" in conditions else "in progress")
    if kind == "Deployment":  # kstatus core.go deploymentConditions
        if conditions.get("Progressing", {}).get("reason") == "ProgressDeadlineExceeded":
            return "failed"
        return "current" if status["_ready"] else "in progress"
    if kind == "StatefulSet":
        return "current" if status["_ready"] else "in progress"
    if kind == "PersistentVolumeClaim":
        return "current" if status["phase"] == "Bound" else "in progress"
    if "Ready" in conditions:  # kstatus checkReadyCondition
        return "current" if conditions["Ready"]["status"] == "True" else "in progress"
    return "current"


# --- Argo CD -----------------------------------------------------------------------------------------------------

@dataclass
class Task:
    key: Key
    target: Optional[dict]        # None: prune
    wave: int
    applied: bool = False


@dataclass
class Operation:
    revision: int
    tasks: list[Task]
    selective: bool = False
    attempt: int = 0
    retry_at: Optional[int] = None
    wave: Optional[int] = None     # the wave applied last, waiting for its health


class ArgoApp:
    """One Application: its folder at a revision, its sync operation, its history (A1-A5)."""

    def __init__(self, sim: "Simulation", manifest: dict):
        self.sim, self.name = sim, manifest["metadata"]["name"]
        self.manifest = manifest
        self.operation: Optional[Operation] = None
        self.last: Optional[tuple[int, str]] = None   # (revision, Succeeded/Failed) of the last operation
        self.history: list[int] = []                  # revisions of successful whole syncs
        self.sync_status, self.health = "Unknown", "Missing"
        self.error: Optional[str] = None
        self.self_heals, self.finished = 0, 0  # selfHeal attempts since the last whole sync; when the last op ended

    @property
    def spec(self) -> dict:
        return self.manifest["spec"]

    @property
    def folder(self) -> Optional[str]:
        path = self.spec["source"].get("path")
        return path.removeprefix(self.sim.path + "/") if path else None

    def sync_options(self) -> set[str]:
        return set(self.spec.get("syncPolicy", {}).get("syncOptions", []))

    def targets(self, revision: int) -> dict[Key, dict]:
        if self.folder is None:  # a Helm chart's Application (operators): its release, modelled by the World
            return {}
        return {key_of(m): m for m in self.sim.revisions[revision].folder(self.folder)}

    def managed(self) -> dict[Key, Live]:
        return {k: o for k, o in self.sim.cluster.items() if o.manager == self.name}

    def live(self, targets: Mapping[Key, dict]) -> dict[Key, Live]:
        """The live objects of the app: those it applied, and those of its targets' keys, whoever made them
        (gitops-engine cache GetManagedLiveObjs): the root finds itself, applied by kubectl."""
        return self.managed() | {k: self.sim.cluster[k] for k in targets if k in self.sim.cluster}

    def compare(self, revision: int) -> dict[Key, str]:
        """A1: per object Synced or OutOfSync; an error for a Job changed under its name with ServerSideDiff."""
        targets = self.targets(revision)
        live = self.live(targets)
        ssd = "ServerSideDiff=true" in options(self.manifest, COMPARE_OPTIONS)
        result, self.error = {}, None
        for key in targets.keys() | live.keys():
            target, obj = targets.get(key), live.get(key)
            if target is None:
                result[key] = "Synced" if "IgnoreExtraneous" in options(obj.manifest, COMPARE_OPTIONS) else "OutOfSync"
            elif obj is None:
                result[key] = "OutOfSync"
            elif target != obj.manifest:
                if ssd and key[1] == "Job" and target["spec"] != obj.manifest["spec"]:
                    self.error = f"server-side diff of Job {key[3]}: field is immutable"
                result[key] = "OutOfSync"
            else:
                result[key] = "Synced"
        return result

    def refresh(self) -> None:
        if self.folder is None:
            self.helm_release()
            return
        statuses = self.compare(self.sim.head)
        self.sync_status = "Unknown" if self.error else (
            "OutOfSync" if "OutOfSync" in statuses.values() else "Synced")
        self.health = self.aggregate_health()

    def helm_release(self) -> None:
        """An operator chart: synced once applied, healthy once its operator runs (World: OPERATOR_SECONDS)."""
        started = self.sim.helm_started.setdefault(self.name, self.sim.now)
        self.sim.wake(started + OPERATOR_SECONDS)
        done = self.sim.now >= started + OPERATOR_SECONDS
        self.sync_status, self.health = ("Synced", "Healthy") if done else ("OutOfSync", "Progressing")
        if done and not self.history:
            self.history.append(self.sim.head)
            self.last = (self.sim.head, "Succeeded")
            self.sim.changed()

    def aggregate_health(self) -> str:
        """A6, controller/health.go setApplicationHealth."""
        worst = "Healthy"
        for key, obj in self.managed().items():
            if annotations(obj.manifest).get(IGNORE_HEALTH) == "true":
                continue
            health = self.sim.argocd_health(obj)
            if health is not None and WORSE.index(health) > WORSE.index(worst):
                worst = health
        return worst

    def auto_sync(self) -> None:
        """A2."""
        if self.operation is not None or self.folder is None or self.sync_status != "OutOfSync":
            return
        head = self.sim.head
        statuses = self.compare(head)
        automated = self.spec.get("syncPolicy", {}).get("automated", {})
        if automated.get("prune") and not automated.get("allowEmpty") and statuses and \
                not self.targets(head):
            return  # "Skipping sync attempt ...: auto-sync will wipe out all resources"
        selective = False
        if self.last is not None and self.last[0] == head:
            if self.last[1] != "Succeeded":
                return  # "Skipping auto-sync: failed previous sync attempt"
            # selfHeal, backing off 2 s x 3^n up to 300 s (argocd-application-controller --self-heal-backoff-*)
            backoff = min(2 * 3 ** self.self_heals, 300)
            self.sim.wake(self.finished + backoff)
            if self.sim.now < self.finished + backoff:
                return
            self.self_heals += 1
            selective = True
        self.operation = self.new_operation(head, selective)
        self.sim.changed()

    def new_operation(self, revision: int, selective: bool, attempt: int = 0) -> Operation:
        """A3, A4: the tasks of a sync, with their waves."""
        statuses = self.compare(revision)
        targets = self.targets(revision)
        live = self.live(targets)
        only_out_of_sync = selective or "ApplyOutOfSyncOnly=true" in self.sync_options()
        tasks = []
        for key, status in statuses.items():
            if only_out_of_sync and status == "Synced":
                continue
            target = targets.get(key)
            obj = target or live[key].manifest
            tasks.append(Task(key, target, int(annotations(obj).get(SYNC_WAVE, "0"))))
        prunes = sorted({t.wave for t in tasks if t.target is None})
        reverse = dict(zip(prunes, reversed(prunes)))
        last = max([t.wave for t in tasks if t.target is not None] + [0])
        for task in tasks:
            if task.target is None:
                task.wave = last + 1 if "PruneLast=true" in self.sync_options() else reverse[task.wave]
        return Operation(revision, sorted(tasks, key=lambda t: (t.wave, t.key)), selective, attempt)

    def run_operation(self) -> None:
        """A4, A5: one look at the running sync."""
        op = self.operation
        if op is None:
            return
        if op.retry_at is not None:
            self.sim.wake(op.retry_at)
            if self.sim.now < op.retry_at:
                return
            self.operation = op = self.new_operation(op.revision, op.selective, op.attempt)
        waves = sorted({t.wave for t in op.tasks})
        if op.wave is not None:
            pending = [t for t in op.tasks if t.wave == op.wave]
            if len(waves) > 1 or any(t.applied for t in pending):  # multi-step: wait for the wave's health
                healths = [self.sim.argocd_health(self.sim.cluster[t.key]) for t in pending
                           if t.target is not None and t.key in self.sim.cluster]
                if "Degraded" in healths:
                    return self.fail(f"a task of wave {op.wave} is Degraded")
                if any(h not in (None, "Healthy") for h in healths):
                    return  # still Progressing: look again at the next step
        later = [w for w in waves if op.wave is None or w > op.wave]
        if not later:
            return self.succeed()
        op.wave = later[0]
        self.sim.changed()
        for task in [t for t in op.tasks if t.wave == op.wave]:
            error = self.sim.argocd_apply(self, task)
            task.applied = True
            if error:
                return self.fail(error)
        if len(later) == 1:  # the last wave: successful at once (A4)
            return self.succeed()

    def succeed(self) -> None:
        op = self.operation
        if not op.selective:
            self.history.append(op.revision)
            self.self_heals = 0
        self.last, self.operation, self.finished = (op.revision, "Succeeded"), None, self.sim.now
        self.sim.changed()

    def fail(self, message: str) -> None:
        op = self.operation
        retry = self.spec.get("syncPolicy", {}).get("retry", {"limit": 5})
        limit = retry.get("limit", 5)
        backoff = retry.get("backoff", {})
        base = parse_duration(backoff.get("duration", "5s"))
        delay = min(base * backoff.get("factor", 2) ** op.attempt, parse_duration(backoff.get("maxDuration", "3m")))
        self.sim.log.append(f"{self.sim.now}s argocd {self.name}: sync of revision {op.revision} failed: {message}")
        if op.attempt < limit:
            op.attempt += 1
            op.retry_at, op.wave = self.sim.now + delay, None
            for task in op.tasks:
                task.applied = False
        else:
            self.last, self.operation, self.finished = (op.revision, "Failed"), None, self.sim.now
        self.sim.changed()

    def status(self) -> dict:
        """What the Application's status says (for the app of apps' Lua health check)."""
        phase = "Running" if self.operation else (self.last[1] if self.last else None)
        status = {"health": {"status": self.health}, "sync": {"status": self.sync_status}}
        if self.history:
            status["history"] = [{"id": i, "revision": str(r)} for i, r in enumerate(self.history)]
        if phase:
            status["operationState"] = {"phase": phase, "message": ""}
        return status


# --- Flux --------------------------------------------------------------------------------------------------------

class FluxKustomization:
    """One Kustomization: dependsOn, apply, prune, health within timeout (F1-F6)."""

    def __init__(self, sim: "Simulation", manifest: dict):
        self.sim, self.name, self.manifest = sim, manifest["metadata"]["name"], manifest
        self.inventory: set[Key] = set()
        self.ready: Optional[bool] = None
        self.last_applied: Optional[int] = None
        self.next_at = sim.now                      # F1: reconcile now
        self.last_attempted: Optional[int] = None   # the revision of the last reconciliation
        self.waiting: Optional[tuple[int, int, list[Key]]] = None  # (revision, deadline, objects) of a health check
        self.message = ""

    @property
    def spec(self) -> dict:
        return self.manifest["spec"]

    @property
    def folder(self) -> str:
        return self.spec["path"].removeprefix(f"./{self.sim.path}/")

    def step(self) -> None:
        now, revision = self.sim.now, self.sim.source_revision
        if self.waiting is not None:
            return self.check_health()
        self.sim.wake(self.next_at)
        if now < self.next_at and self.last_attempted == revision:
            return
        self.last_attempted = revision
        for dep in self.spec.get("dependsOn", []):  # F2
            other = self.sim.flux.get(dep["name"])
            if other is None or not other.ready or other.last_applied != revision:
                self.next_at = now + 30
                self.message = f"dependency {dep['name']} is not ready"
                return
        error = self.sim.flux_apply(self, revision)  # F3, F4
        if error:
            return self.failed(error)
        checked = self.health_set(revision)
        if not checked:
            return self.succeeded(revision)
        self.waiting = (revision, now + parse_duration(self.spec["timeout"]), checked)
        self.check_health()

    def health_set(self, revision: int) -> list[Key]:
        """F5: what the health check waits for."""
        if self.spec.get("wait"):
            return sorted(k for k in self.inventory if annotations(self.sim.cluster[k].manifest).get(FLUX_SSA)
                          not in ("IfNotPresent", "Ignore") or self.sim.cluster[k].created == self.sim.now)
        return sorted((c["apiVersion"].rpartition("/")[0], c["kind"], c.get("namespace", ""), c["name"])
                      for c in self.spec.get("healthChecks", []))

    def check_health(self) -> None:
        revision, deadline, keys = self.waiting
        exprs = {(e["apiVersion"].rpartition("/")[0], e["kind"]): e for e in self.spec.get("healthCheckExprs", [])}
        states = {}
        for key in keys:
            obj = self.sim.cluster.get(key)
            states[key] = "in progress" if obj is None else flux_status(
                key[1], self.sim.world.status(obj), exprs.get((key[0], key[1])))
        self.sim.wake(deadline)
        failed = [k for k, s in states.items() if s == "failed"]
        if failed:
            return self.failed(f"health check failed: {failed[0][1]}/{failed[0][3]} failed")
        if all(s == "current" for s in states.values()):
            return self.succeeded(revision)
        if self.sim.now >= deadline:
            waiting = [k for k, s in states.items() if s != "current"]
            for key in waiting:  # a wait that gave up on work still within its own deadline (README: every wait
                obj = self.sim.cluster.get(key)  # is at least as long as the work it waits for)
                if obj is not None and obj.run is not None and obj.run.result is None:
                    self.sim.world.violations.append(f"Flux {self.name} stopped waiting for Job {key[3]} at "
                                                     f"{self.sim.now}s, within the Job's deadline")
            return self.failed(f"timeout waiting for {waiting[0][1]}/{waiting[0][3]}")

    def succeeded(self, revision: int) -> None:
        self.waiting, self.ready, self.last_applied = None, True, revision
        self.next_at, self.message = self.sim.now + parse_duration(self.spec["interval"]), ""
        self.sim.changed()

    def failed(self, message: str) -> None:
        self.waiting, self.ready, self.message = None, False, message
        self.next_at = self.sim.now + parse_duration(self.spec.get("retryInterval", self.spec["interval"]))
        self.sim.log.append(f"{self.sim.now}s flux {self.name}: {message}")
        self.sim.changed()


# --- the simulation ----------------------------------------------------------------------------------------------

def parse_duration(text: str) -> int:
    """A Go duration (1h10m, 30s, 5m) in seconds."""
    seconds, number = 0, ""
    units = {"h": 3600, "m": 60, "s": 1}
    for char in text:
        if char.isdigit():
            number += char
        else:
            seconds += int(number) * units[char]
            number = ""
    return seconds


@dataclass
class Revision:
    """One commit of dist/: its folders' objects, and the Argo CD health checks it ships."""

    folders: dict[str, list[dict]]
    argocd_cm: dict[str, str]

    def folder(self, name: str) -> list[dict]:
        return self.folders.get(name, [])


class Simulation:
    """Successive renders of a platform, synced by one tool onto one simulated cluster."""

    def __init__(self, tool: str, path: str = "dist", cancel_health_check_on_new_revision: bool = False):
        self.tool, self.path = tool, path
        self.now = 0
        self.revisions: list[Revision] = []
        self.head = -1
        self.cluster: dict[Key, Live] = {}
        self.world = World(self)
        self.apps: dict[str, ArgoApp] = {}
        self.flux: dict[str, FluxKustomization] = {}
        self.source_revision = -1
        self.helm_started: dict[str, int] = {}
        self.log: list[str] = []
        self.deleted_by_hand: list[str] = []   # Jobs a person deleted (to run them again)
        self.first_synced: dict[str, int] = {}  # app -> when its first sync (Argo CD) or apply (Flux) completed
        self.first_started: dict[str, int] = {}
        self.applied: dict[tuple[str, int], int] = {}  # (app, revision) -> when it was applied
        self.cancel_on_new_revision = cancel_health_check_on_new_revision
        self._uid = 0
        self._wakeups: set[int] = set()
        self._changes = 0

    # -- bookkeeping --

    def wake(self, at: int) -> None:
        if at > self.now:
            self._wakeups.add(at)

    def changed(self) -> None:
        self._changes += 1

    def rendered_objects(self) -> list[dict]:
        """Every object of the head revision."""
        return [m for ms in self.revisions[self.head].folders.values() for m in ms] if self.revisions else []

    @property
    def rendered_classes(self) -> set[str]:
        return {m["metadata"]["name"] for m in self.rendered_objects() if m["kind"] == "StorageClass"}

    def installed_groups(self) -> Iterable[set[str]]:
        """API groups whose CRDs an operator release installed (A: Helm Applications, F: HelmReleases)."""
        for name, started in self.helm_started.items():
            if self.now >= started + OPERATOR_SECONDS:
                yield CHART_GROUPS.get(name, set())
        for key, obj in self.cluster.items():
            if key[1] == "HelmRelease" and self.now >= obj.created + OPERATOR_SECONDS:
                yield CHART_GROUPS.get(key[3], set())

    # -- Git --

    def commit(self, folders: Mapping[str, list[dict]], documents: Mapping[str, dict] = {}) -> int:
        """A new revision of dist/ (a render): the first one bootstraps (the root Application, or `kubectl apply -k
        dist/gitops/flux`)."""
        patch = documents.get("gitops/argocd/argocd-cm.patch.yaml", {})
        cm = {k: v for k, v in (patch.get("data") or {}).items() if v is not None}
        self.revisions.append(Revision({f: [json.loads(json.dumps(m)) for m in ms] for f, ms in folders.items()}, cm))
        self.head = len(self.revisions) - 1
        if self.head == 0:
            self.bootstrap()
        self.changed()
        return self.head

    def bootstrap(self) -> None:
        folder = f"gitops/{self.tool}"
        if self.tool == ARGOCD:  # kubectl apply -f the root Application
            root = next(m for m in self.revisions[0].folder(folder) if m["kind"] == "Application"
                        and m["spec"]["source"]["path"] == f"{self.path}/{folder}")
            self.create(root, manager="kubectl")
        else:
            for manifest in self.revisions[0].folder(folder):
                self.create(manifest, manager=f"kubectl")

    # -- the cluster's API --

    def create(self, manifest: dict, manager: str) -> Optional[str]:
        key = key_of(manifest)
        if not self.world.crd_known(key[0]):
            return f"no matches for kind {key[1]} in group {key[0]}: its CRD is not installed"
        if key[2] and key[2] not in EXISTING_NAMESPACES and ("", "Namespace", "", key[2]) not in self.cluster:
            return f'namespaces "{key[2]}" not found'
        self._uid += 1
        live = Live(json.loads(json.dumps(manifest)), self._uid, self.now, manager, rollout=self.now)
        self.cluster[key] = live
        if key[1] == "Job":
            self.world.start_job(live)
        elif key[1] == "Application" and ARGOCD == self.tool:
            if key[3] in self.apps:
                self.apps[key[3]].manifest = live.manifest
            else:
                self.apps[key[3]] = ArgoApp(self, live.manifest)
        elif key[1] == "Kustomization" and FLUX == self.tool:
            self.flux[key[3]] = FluxKustomization(self, live.manifest)
        self.changed()
        return None

    def update(self, live: Live, manifest: dict) -> None:
        if live.manifest.get("spec") != manifest.get("spec"):
            live.rollout = self.now
        live.manifest = json.loads(json.dumps(manifest))
        kind, name = manifest["kind"], manifest["metadata"]["name"]
        if kind == "Application" and name in self.apps:
            self.apps[name].manifest = live.manifest
        if kind == "Kustomization" and name in self.flux:
            self.flux[name].manifest, self.flux[name].next_at = live.manifest, self.now
        self.changed()

    def delete(self, key: Key, cascade: bool = True) -> None:
        live = self.cluster.pop(key, None)
        if live is None:
            return
        if key[1] == "Application" and key[3] in self.apps:
            app = self.apps.pop(key[3])
            if cascade and "resources-finalizer.argocd.argoproj.io" in live.manifest["metadata"].get("finalizers", []):
                for child_key, child in list(app.managed().items()):  # A7
                    if "Delete=false" not in options(child.manifest, SYNC_OPTIONS):
                        self.delete(child_key)
        if key[1] == "Kustomization" and key[3] in self.flux:
            ks = self.flux.pop(key[3])
            if live.manifest["spec"].get("deletionPolicy") != "Orphan" and live.manifest["spec"].get("prune"):
                for child_key in list(ks.inventory):
                    child = self.cluster.get(child_key)
                    if child is not None and annotations(child.manifest).get(FLUX_PRUNE) != "disabled":
                        self.delete(child_key)
        self.changed()

    def delete_by_hand(self, name_prefix: str) -> None:
        """What the README tells a person to do with a failed Job: delete it, and the tool creates it again."""
        for key in [k for k in self.cluster if k[1] == "Job" and k[3].startswith(name_prefix)]:
            self.deleted_by_hand.append(key[3])
            self.delete(key)

    # -- Argo CD's and Flux's actions --

    def argocd_health(self, obj: Live) -> Optional[str]:
        kind = obj.manifest["kind"]
        if kind == "Application":
            app = self.apps.get(obj.manifest["metadata"]["name"])
            status = app.status() if app else {}
        else:
            status = self.world.status(obj)
        group = group_of(obj.manifest)
        script = self.revisions[self.head].argocd_cm.get(f"resource.customizations.health.{group}_{kind}")
        if script is not None:  # A6: the rendered Lua
            clean = {k: v for k, v in status.items() if not k.startswith("_") and v is not None}
            return run_lua(script, {"apiVersion": obj.manifest["apiVersion"], "kind": kind,
                                    "metadata": obj.manifest["metadata"], "spec": obj.manifest.get("spec", {}),
                                    **({"status": clean} if clean else {})})
        return argocd_builtin(kind, status)

    def argocd_apply(self, app: ArgoApp, task: Task) -> Optional[str]:
        """A5."""
        live = self.cluster.get(task.key)
        if task.target is None:
            if "Prune=false" not in options(live.manifest, SYNC_OPTIONS):
                self.delete(task.key)
            return None
        if live is None:
            return self.create(task.target, app.name)
        sync = options(task.target, SYNC_OPTIONS) | options(live.manifest, SYNC_OPTIONS)
        if {"Replace=true", "Force=true"} <= sync:  # kubectl replace --force: delete, then create; a Job runs again
            self.delete(task.key, cascade=False)
            return self.create(task.target, app.name)
        if "Force=true" in sync and "ServerSideApply=true" in app.sync_options():
            return "error validating options: --force cannot be used with --server-side"
        if task.key[1] == "Job" and task.target["spec"] != live.manifest["spec"]:
            return f"Job {task.key[3]}: field is immutable"
        live.manager = app.name
        if task.target != live.manifest:
            self.update(live, task.target)
        return None

    def flux_apply(self, ks: FluxKustomization, revision: int) -> Optional[str]:
        """F3 and F4."""
        objects = self.revisions[revision].folder(ks.folder)
        errors, inventory = [], set()
        for manifest in objects:
            key, live = key_of(manifest), self.cluster.get(key_of(manifest))
            ssa = annotations(manifest).get(FLUX_SSA)
            inventory.add(key)
            if ssa == "Ignore" or (ssa == "IfNotPresent" and live is not None):
                continue
            if live is None:
                error = self.create(manifest, ks.name)
                if error:
                    errors.append(error)
                continue
            live.manager = ks.name
            if key[1] == "Job" and manifest["spec"] != live.manifest["spec"]:
                if annotations(manifest).get(FLUX_FORCE) == "enabled":
                    self.delete(key, cascade=False)
                    self.create(manifest, ks.name)
                else:
                    errors.append(f"Job {key[3]}: field is immutable")
                continue
            if manifest != live.manifest:
                self.update(live, manifest)
        if errors:
            return errors[0]
        for key in ks.inventory - inventory:
            live = self.cluster.get(key)
            if live is not None and annotations(live.manifest).get(FLUX_PRUNE) != "disabled":
                self.delete(key)
        ks.inventory = inventory
        self.applied.setdefault((ks.name, revision), self.now)
        return None

    # -- time --

    def step(self) -> None:
        for obj in list(self.cluster.values()):
            if obj.run is not None:
                self.world.advance_job(obj)
        if self.tool == ARGOCD:
            for app in list(self.apps.values()):
                app.refresh()
                app.auto_sync()
                if app.operation is not None:
                    self.first_started.setdefault(app.name, self.now)
                app.run_operation()
                if app.history:
                    self.first_synced.setdefault(app.name, self.now)
                if app.last and app.last[1] == "Succeeded":
                    self.applied.setdefault((app.name, app.last[0]), self.now)
        else:
            if self.source_revision != self.head:  # the GitRepository polls every minute
                self.source_revision = self.head
                self.changed()
            for ks in list(self.flux.values()):
                if self.cancel_on_new_revision and ks.waiting and ks.waiting[0] != self.source_revision:
                    ks.waiting = None
                ks.step()
                if ks.last_applied is not None:
                    self.first_synced.setdefault(ks.name, self.now)
                if (ks.name, self.source_revision) in self.applied:
                    self.first_started.setdefault(ks.name, self.applied[(ks.name, self.source_revision)])

    def run(self, seconds: int) -> None:
        """Advance the clock: a look every STEP while anything changes, else straight to the next timer."""
        end, settle = self.now + seconds, 0
        while self.now < end:
            before = self._changes
            self.step()
            if self._changes != before or settle:
                # one controller may look before another's object changed within a step: look once more
                settle = 0 if self._changes != before else settle - 1
                self.now += STEP
                continue
            upcoming = [t for t in self._wakeups if t > self.now]
            self._wakeups = set(upcoming)
            self.now = min([end] + [max(t, self.now + STEP) for t in upcoming]) if upcoming else end
            settle = 2

    # -- what the scenarios check --

    def app_names(self) -> list[str]:
        return sorted(self.apps if self.tool == ARGOCD else self.flux)

    def not_converged(self) -> list[str]:
        """Apps that have not synced the head revision, or are OutOfSync, or whose objects differ from Git."""
        problems = []
        if self.tool == ARGOCD:
            for app in self.apps.values():
                app.refresh()
                if app.operation is not None:
                    problems.append(f"{app.name}: a sync is still running")
                elif app.sync_status != "Synced":
                    problems.append(f"{app.name}: {app.sync_status}{' (' + app.error + ')' if app.error else ''}")
        else:
            for ks in self.flux.values():
                if ks.last_applied != self.head or not ks.ready:
                    problems.append(f"{ks.name}: Ready={ks.ready}, applied revision {ks.last_applied} of {self.head}"
                                    f"{': ' + ks.message if ks.message else ''}")
        other = FLUX if self.tool == ARGOCD else ARGOCD  # operators-<other>/ and gitops/<other>/ are not its own
        for folder, manifests in self.revisions[self.head].folders.items():
            for manifest in manifests if not folder.endswith(other) else ():
                live = self.cluster.get(key_of(manifest))
                if live is None:
                    problems.append(f"{folder}/{manifest['kind']}/{manifest['metadata']['name']}: missing")
                elif live.manifest != manifest:
                    problems.append(f"{folder}/{manifest['kind']}/{manifest['metadata']['name']}: differs from Git")
        return problems

    def runs_of(self, name_prefix: str = "") -> dict[str, int]:
        """Job name -> how many times it ran (each creation is a run)."""
        counts: dict[str, int] = {}
        for run in self.world.runs:
            if run.name.startswith(name_prefix):
                counts[run.name] = counts.get(run.name, 0) + 1
        return counts

    def reruns(self) -> list[str]:
        """Jobs that ran more than once for one spec, but for the runs a person asked for by deleting the Job."""
        return sorted(name for name, count in self.runs_of().items()
                      if count > 1 + self.deleted_by_hand.count(name))

    def failed_jobs(self) -> list[str]:
        return sorted({r.name for r in self.world.runs if r.result == "Failed"}
                      - {r.name for r in self.world.runs if r.result == "Complete"})

"""Restarts: workloads whose pods roll, and configuration that changes under pods that keep the old values.

A Deployment, StatefulSet or DaemonSet whose pod template changes rolls its pods (by its update strategy). A
MariaDB whose pod-shaping fields change is rolled by mariadb-operator. A ConfigMap or Secret (or the ExternalSecret
or SealedSecret that writes one) whose content changes reaches running pods only through mounted volumes, within
the kubelet's sync period; environment variables and subPath mounts keep the old values until the pods restart.
"""
from __future__ import annotations

from typing import Iterator, Optional

from frappe_k8s.consequences.finding import RESTARTS, Context, Finding
from frappe_k8s.consequences.objects import Obj, ObjectChange, Side
from frappe_k8s.diff import format_change

WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet")
ROLLOUT_SOURCE = "kubernetes.io/docs/concepts/workloads/controllers (Deployment, StatefulSet update strategies)"
CONFIG_SOURCE = ("kubernetes.io/docs/concepts/configuration/configmap and /secret: mounted values are updated by the "
                 "kubelet; environment variables and subPath mounts are not, until the pod restarts")
MARIADB_SOURCE = ("mariadb-operator/mariadb-operator v26.6.0 api/v1alpha1/mariadb_types.go: UpdateStrategy (default "
                  "ReplicasFirstPrimaryLast, one pod at a time); ContainerTemplate and MariaDBPodTemplate shape the pod")
# MariaDB fields that end up in the operator's pod template (inline ContainerTemplate, MariaDBPodTemplate, myCnf).
MARIADB_POD_FIELDS = {"image", "imagePullPolicy", "imagePullSecrets", "command", "args", "env", "envFrom",
                      "volumeMounts", "livenessProbe", "readinessProbe", "startupProbe", "resources", "securityContext",
                      "lifecycle", "initContainers", "sidecarContainers", "podMetadata", "podSecurityContext",
                      "serviceAccountName", "affinity", "nodeSelector", "tolerations", "volumes", "priorityClassName",
                      "topologySpreadConstraints", "myCnf", "myCnfConfigMapKeyRef", "port", "timeZone"}
MAX_FIELDS = 3  # template changes shown per workload


def findings(ctx: Context) -> list[Finding]:
    out, rolling = [], set()
    for change in ctx.changes.of("changed"):
        obj = change.new
        if obj.group == "apps" and obj.kind in WORKLOADS and change.changed("spec.template"):
            out.append(_rolls(change, ctx))
            rolling.add(obj.identity)
        elif obj.group == "apps" and obj.kind in WORKLOADS and change.changed("spec.replicas"):
            before, after = change.old.spec.get("replicas", 1), obj.spec.get("replicas", 1)
            out.append(Finding(RESTARTS, obj.app, obj.path, f"{obj.kind} {obj.namespace}/{obj.name} scales from "
                               f"{before} to {after} pod(s); the running pods stay", (), (ROLLOUT_SOURCE,)))
        elif (obj.group, obj.kind) == ("k8s.mariadb.com", "MariaDB"):
            out += _mariadb(change)
    for change in ctx.changes.of("changed"):
        target = _config_target(change)
        if target is not None:
            out += [_stale(change, reader, how) for reader, how in _readers(ctx.new, *target)
                    if reader.identity not in rolling]
    return out


def _rolls(change: ObjectChange, ctx: Context) -> Finding:
    obj = change.new
    what = [line.strip() for c in change.changed("spec.template")[:MAX_FIELDS]
            for line in format_change(c, "")[:1]]
    more = len(change.changed("spec.template")) - MAX_FIELDS
    details = tuple(what + ([f"... and {more} more field change(s)"] if more > 0 else []))
    summary = f"{obj.kind} {obj.namespace}/{obj.name}: {replicas(obj, ctx.new)}, {_strategy(obj)}"
    return Finding(RESTARTS, obj.app, obj.path, summary, details, (ROLLOUT_SOURCE,))


def replicas(obj: Obj, side: Side) -> str:
    """`2 pods`, or the range an autoscaler (KEDA ScaledObject, HorizontalPodAutoscaler) keeps it in."""
    for scaler in side.of_kind("ScaledObject", "HorizontalPodAutoscaler"):
        target = scaler.spec.get("scaleTargetRef") or {}
        if scaler.namespace == obj.namespace and target.get("name") == obj.name and \
                target.get("kind", "Deployment") == obj.kind:
            if scaler.kind == "ScaledObject":  # keda.sh defaults: minReplicaCount 0, maxReplicaCount 100
                low, high = scaler.spec.get("minReplicaCount", 0), scaler.spec.get("maxReplicaCount", 100)
                return f"{low} to {high} pods (KEDA ScaledObject {scaler.name})"
            return f"{scaler.spec.get('minReplicas', 1)} to {scaler.spec.get('maxReplicas')} pods (HPA {scaler.name})"
    count = obj.spec.get("replicas", 1)
    return f"{count} pod{'s' if count != 1 else ''}"


def _strategy(obj: Obj) -> str:
    if obj.kind == "Deployment":
        strategy = obj.spec.get("strategy") or {}
        if strategy.get("type") == "Recreate":
            return "Recreate: every pod stops before the new ones start (downtime)"
        rolling = strategy.get("rollingUpdate") or {}
        return (f"rolling update (maxUnavailable {rolling.get('maxUnavailable', '25%')}, "
                f"maxSurge {rolling.get('maxSurge', '25%')})")
    strategy = obj.spec.get("updateStrategy") or {}
    if strategy.get("type") == "OnDelete":
        return "OnDelete: pods keep the old template until each is deleted"
    if obj.kind == "StatefulSet":
        return "rolling update, one pod at a time from the highest ordinal" + \
            (" (one pod: down while it restarts)" if obj.spec.get("replicas", 1) == 1 else "")
    return "rolling update, node by node"


def _mariadb(change: ObjectChange) -> list[Finding]:
    fields = [c for c in change.fields if c.path.startswith("spec.")
              and c.path.removeprefix("spec.").split(".")[0].split("[")[0] in MARIADB_POD_FIELDS]
    if not fields:
        return []
    obj = change.new
    strategy = (obj.spec.get("updateStrategy") or {}).get("type", "ReplicasFirstPrimaryLast")
    count = obj.spec.get("replicas", 1)
    summary = f"MariaDB {obj.namespace}/{obj.name}: mariadb-operator restarts its {count} pod(s) ({strategy})" + \
        (": the database is down while it restarts" if count == 1 else "")
    details = tuple(line.strip() for c in fields[:MAX_FIELDS] for line in format_change(c, "")[:1])
    return [Finding(RESTARTS, obj.app, obj.path, summary, details, (MARIADB_SOURCE,))]


def _config_target(change: ObjectChange) -> Optional[tuple[str, str, str]]:
    """(kind, namespace, name) of the ConfigMap or Secret whose content this change alters."""
    obj = change.new
    paths = [c.path for c in change.fields]
    if obj.kind in ("ConfigMap", "Secret") and obj.group == "" and \
            any(p.split(".")[0].split("[")[0] in ("data", "stringData", "binaryData") for p in paths):
        return obj.kind, obj.namespace, obj.name
    if (obj.group, obj.kind) == ("external-secrets.io", "ExternalSecret") and \
            any(p.startswith(("spec.data", "spec.dataFrom", "spec.target.template")) for p in paths):
        return "Secret", obj.namespace, (obj.spec.get("target") or {}).get("name") or obj.name
    if (obj.group, obj.kind) == ("bitnami.com", "SealedSecret") and any(p.startswith("spec.") for p in paths):
        return "Secret", obj.namespace, obj.name
    return None


def _readers(side: Side, kind: str, namespace: str, name: str) -> Iterator[tuple[Obj, str]]:
    """Long-running workloads that read the ConfigMap or Secret, and how (env or volume)."""
    ref, volume_key = ("secretKeyRef", "secret") if kind == "Secret" else ("configMapKeyRef", "configMap")
    env_from = "secretRef" if kind == "Secret" else "configMapRef"
    for workload in side.of_kind(*WORKLOADS):
        if workload.namespace != namespace:
            continue
        pod = (workload.spec.get("template") or {}).get("spec") or {}
        containers = (pod.get("containers") or []) + (pod.get("initContainers") or [])
        env = any((e.get("valueFrom") or {}).get(ref, {}).get("name") == name for c in containers
                  for e in c.get("env") or []) or \
            any((e.get(env_from) or {}).get("name") == name for c in containers for e in c.get("envFrom") or [])
        volumes = [v.get("name") for v in pod.get("volumes") or []
                   if (v.get(volume_key) or {}).get("secretName" if kind == "Secret" else "name") == name
                   or any((s.get(volume_key) or {}).get("name") == name
                          for s in (v.get("projected") or {}).get("sources") or [])]
        sub_path = any(m.get("name") in volumes and m.get("subPath") for c in containers
                       for m in c.get("volumeMounts") or [])
        if env or sub_path:
            yield workload, "environment variables" if env else "a subPath mount"
        elif volumes:
            yield workload, "a mounted volume"


def _stale(change: ObjectChange, reader: Obj, how: str) -> Finding:
    obj = change.new
    late = "updates within about a minute (the kubelet's sync)" if how == "a mounted volume" else \
        "keeps the old values until its pods restart (`kubectl rollout restart`)"
    summary = f"{reader.kind} {reader.namespace}/{reader.name} reads {obj.kind} {obj.name} through {how}: it {late}"
    return Finding(RESTARTS, reader.app, reader.path, summary, (), (CONFIG_SOURCE,))

"""Exposure: who can now reach what, which host names are served, and what may now do more.

- NetworkPolicies: the (peer, port) pairs each policy admits, before and after, so a new or widened admission and
  a removed restriction read as such (a policy that selects pods isolates them; removing it opens them again);
- routes: host names an Ingress, OpenShift Route or HTTPRoute serves, and the Service they lead to; Services that
  become reachable from outside the cluster (NodePort, LoadBalancer);
- privileges: database grants, RBAC rules and bindings, Argo CD project permissions, and the security settings of
  pod templates (privileged, root, capabilities, host namespaces, service account tokens).
"""
from __future__ import annotations

from typing import Mapping

from frappe_k8s.consequences.finding import EXPOSURE, Context, Finding
from frappe_k8s.consequences.objects import Obj, ObjectChange
from frappe_k8s.diff import ABSENT, show_value

NETWORK_SOURCE = ("kubernetes.io/docs/concepts/services-networking/network-policies: policies are additive; a pod "
                  "selected by a policy of a direction admits only what some policy allows")
# Pod template fields that widen what a container may do, matched by the end of their path.
SECURITY_FIELDS = ("securityContext.privileged", "securityContext.allowPrivilegeEscalation",
                   "securityContext.runAsNonRoot", "securityContext.runAsUser", "securityContext.runAsGroup",
                   "securityContext.readOnlyRootFilesystem", "capabilities.add", "capabilities.drop", "hostNetwork",
                   "hostPID", "hostIPC", "hostPath", "automountServiceAccountToken", "serviceAccountName",
                   "seccompProfile.type")
POD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "MariaDB")  # kinds that shape pods
PERMISSION_FIELDS = {("rbac.authorization.k8s.io", "Role"): ("rules",),
                     ("rbac.authorization.k8s.io", "ClusterRole"): ("rules",),
                     ("rbac.authorization.k8s.io", "RoleBinding"): ("subjects", "roleRef"),
                     ("rbac.authorization.k8s.io", "ClusterRoleBinding"): ("subjects", "roleRef"),
                     ("argoproj.io", "AppProject"): ("spec.sourceRepos", "spec.destinations",
                                                     "spec.clusterResourceWhitelist", "spec.namespaceResourceWhitelist",
                                                     "spec.namespaceResourceBlacklist"),
                     ("k8s.mariadb.com", "Grant"): ("spec.privileges", "spec.grantOption"),
                     ("", "ServiceAccount"): ("automountServiceAccountToken",)}


def findings(ctx: Context) -> list[Finding]:
    out = []
    for change in ctx.changes:
        obj = change.obj
        if (obj.group, obj.kind) == ("networking.k8s.io", "NetworkPolicy"):
            out += _network_policy(change)
        elif obj.kind in ("Ingress", "Route", "HTTPRoute"):
            out += _routes(change)
        elif (obj.group, obj.kind) == ("", "Service"):
            out += _service(change)
        elif (obj.group, obj.kind) in PERMISSION_FIELDS and change.status == "changed":
            out += _permissions(change)
        if change.status == "changed":
            out += _pod_security(change)
    return out


# --- NetworkPolicy ---------------------------------------------------------------------------------------------

def admitted(policy: Obj) -> dict[str, set[str]]:
    """Per direction the policy governs: the `peer -> port` pairs it admits (none: the pods are isolated)."""
    spec = policy.spec
    types = spec.get("policyTypes") or (["Ingress"] + (["Egress"] if "egress" in spec else []))
    out: dict[str, set[str]] = {}
    for direction in types:
        key, peers_key = direction.lower(), "from" if direction == "Ingress" else "to"
        pairs = set()
        for rule in spec.get(key) or []:
            peers = [_peer(p) for p in rule.get(peers_key) or []] or ["anyone"]
            ports = [_port(p) for p in rule.get("ports") or []] or ["any port"]
            pairs |= {f"{peer} -> {port}" for peer in peers for port in ports}
        out[direction] = pairs
    return out


def _labels(selector: Mapping) -> str:
    parts = [f"{k}={v}" for k, v in sorted((selector.get("matchLabels") or {}).items())]
    parts += [f"{e.get('key')} {e.get('operator')} {','.join(e.get('values') or [])}".strip()
              for e in selector.get("matchExpressions") or []]
    return ",".join(parts)


def _peer(peer: Mapping) -> str:
    if "ipBlock" in peer:
        block = peer["ipBlock"]
        return f"{block.get('cidr')}" + (f" except {','.join(block['except'])}" if block.get("except") else "")
    namespaces = peer.get("namespaceSelector")
    pods = peer.get("podSelector")
    where = "this namespace" if namespaces is None else \
        "every namespace" if not _labels(namespaces) else \
        f"namespace {namespaces['matchLabels']['kubernetes.io/metadata.name']}" \
        if list((namespaces.get("matchLabels") or {})) == ["kubernetes.io/metadata.name"] and \
        not namespaces.get("matchExpressions") else f"namespaces {_labels(namespaces)}"
    who = "every pod" if pods is None or not _labels(pods) else f"pods {_labels(pods)}"
    return f"{who} in {where}"


def _port(port: Mapping) -> str:
    end = f"-{port['endPort']}" if port.get("endPort") else ""
    return f"{port.get('protocol', 'TCP')}/{port.get('port', 'any')}{end}"


def _network_policy(change: ObjectChange) -> list[Finding]:
    obj = change.obj
    selected = _labels(obj.spec.get("podSelector") or {}) or "every pod"
    before = admitted(change.old) if change.old else {}
    after = admitted(change.new) if change.new else {}
    lines = []
    for direction in sorted(set(before) | set(after)):
        old, new = before.get(direction), after.get(direction)
        if old is None:
            lines.append(f"{direction}: isolates {selected}" + (f"; admits {', '.join(sorted(new))}" if new else
                                                                 " (admits nothing)"))
        elif new is None:
            lines.append(f"{direction}: no longer isolates {selected} (admitted {', '.join(sorted(old)) or 'nothing'})")
        else:
            lines += [f"{direction}: now admits {p}" for p in sorted(new - old)]
            lines += [f"{direction}: no longer admits {p}" for p in sorted(old - new)]
    if change.status == "changed":
        selectors = change.changed("spec.podSelector")
        if selectors:
            lines.append(f"now selects {_labels(change.new.spec.get('podSelector') or {}) or 'every pod'} "
                         f"(was {_labels(change.old.spec.get('podSelector') or {}) or 'every pod'})")
    if not lines:
        return []
    verb = {"added": "new", "removed": "removed", "changed": "changed"}[change.status]
    return [Finding(EXPOSURE, obj.app, obj.path, f"NetworkPolicy {obj.namespace}/{obj.name} ({verb})", tuple(lines),
                    (NETWORK_SOURCE,))]


# --- routes and Services ---------------------------------------------------------------------------------------

def served(obj: Obj) -> dict[str, str]:
    """Host name -> where it leads, for an Ingress, an OpenShift Route or an HTTPRoute."""
    spec = obj.spec
    if obj.kind == "Ingress":
        out = {}
        for rule in spec.get("rules") or []:
            backends = [((p.get("backend") or {}).get("service") or {}) for p in
                        (rule.get("http") or {}).get("paths") or []]
            out[rule.get("host", "*")] = ", ".join(sorted({f"Service {b.get('name')}:"
                                                           f"{(b.get('port') or {}).get('number') or (b.get('port') or {}).get('name')}"
                                                           for b in backends}))
        tls = {h for t in spec.get("tls") or [] for h in t.get("hosts") or []}
        return {host: target + (", TLS" if host in tls else ", plain HTTP") for host, target in out.items()}
    if obj.kind == "Route":
        tls = (spec.get("tls") or {}).get("termination")
        return {spec.get("host", "(generated)"): f"Service {(spec.get('to') or {}).get('name')}" +
                (f", TLS {tls}" if tls else ", plain HTTP")}
    parents = ", ".join(sorted(f"Gateway {p.get('namespace', obj.namespace)}/{p.get('name')}"
                               for p in spec.get("parentRefs") or []))
    return {host: f"through {parents}" for host in spec.get("hostnames") or ["*"]}


def _routes(change: ObjectChange) -> list[Finding]:
    obj = change.obj
    before = served(change.old) if change.old else {}
    after = served(change.new) if change.new else {}
    lines = [f"now served: {h} -> {after[h]}" for h in sorted(set(after) - set(before))]
    lines += [f"no longer served: {h}" for h in sorted(set(before) - set(after))]
    lines += [f"{h}: {before[h]} -> {after[h]}" for h in sorted(set(before) & set(after)) if before[h] != after[h]]
    if not lines:
        return []
    return [Finding(EXPOSURE, obj.app, obj.path, f"{obj.kind} {obj.namespace}/{obj.name}", tuple(lines))]


def _service(change: ObjectChange) -> list[Finding]:
    outside = ("NodePort", "LoadBalancer")
    before = change.old.spec.get("type", "ClusterIP") if change.old else None
    after = change.new.spec.get("type", "ClusterIP") if change.new else None
    if after not in outside or before == after:
        return []
    obj = change.new
    return [Finding(EXPOSURE, obj.app, obj.path, f"Service {obj.namespace}/{obj.name} becomes reachable from outside "
                    f"the cluster ({after}{', was ' + before if before else ''})")]


# --- privileges --------------------------------------------------------------------------------------------------

def _permissions(change: ObjectChange) -> list[Finding]:
    obj = change.new
    lines = []
    for prefix in PERMISSION_FIELDS[(obj.group, obj.kind)]:
        for c in change.changed(prefix):
            lines.append(_direction(c.path, c.old, c.new))
    if not lines:
        return []
    return [Finding(EXPOSURE, obj.app, obj.path, f"{obj.title}: permissions change", tuple(lines))]


def _direction(path: str, old: object, new: object) -> str:
    if old is ABSENT:
        return f"grants {path}: {show_value(new)}"
    if new is ABSENT:
        return f"revokes {path}: {show_value(old)}"
    return f"{path}: {show_value(old)} -> {show_value(new)}"


def _pod_security(change: ObjectChange) -> list[Finding]:
    obj = change.new
    if obj.kind not in POD_KINDS:
        return []
    fields = [c for c in change.fields
              if any(c.path.endswith(f) or f".{f}." in c.path or f".{f}[" in c.path for f in SECURITY_FIELDS)]
    if not fields:
        return []
    return [Finding(EXPOSURE, obj.app, obj.path, f"{obj.title}: security settings change",
                    tuple(_direction(c.path, c.old, c.new) for c in fields))]

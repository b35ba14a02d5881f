"""Refused at apply: changes that the API server, or an operator's admission webhook, refuses on an existing object.

Every rule names the upstream code that enforces it. Kubernetes rules are those of the releases the renderer
validates for (1.27 to 1.37 keep them); custom resources follow their vendored CRDs (transition rules, `oldSelf`)
and the admission webhooks of the operator releases pinned in frappe_k8s/upstream.py.

What a refusal does to a sync (frappe_k8s.consequences.syncing): Flux dry-runs every object of a Kustomization
before it applies any, so one refused object stops the whole app folder and every Kustomization that dependsOn it
waits; Argo CD fails that Application's sync and retries, and the waves after it wait. An object that both tools
replace instead (Argo CD `Replace=true`, Flux `kustomize.toolkit.fluxcd.io/force: enabled`; the Jobs) is deleted
and created again: a Job then runs again (runs.py), anything else starts over (a data-holding object empty).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from frappe_k8s import schemas
from frappe_k8s.consequences.finding import DATA, REFUSED, RESTARTS, Context, Finding
from frappe_k8s.consequences.objects import Obj, ObjectChange, quantity
from frappe_k8s.consequences.syncing import FLUX_SOURCE, argocd_replaces, flux_forces
from frappe_k8s.diff import ABSENT, format_change, show_value

K8S = "kubernetes/kubernetes"
SOURCES = {
    "pvc": f"{K8S} pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimUpdate: \"spec is immutable "
           "after creation except resources.requests and volumeAttributesClassName for bound claims\", \"field can "
           "not be less than previous value\"",
    "pvc-resize": f"{K8S} plugin/pkg/admission/storage/persistentvolume/resize/admission.go (PersistentVolumeClaimResize):"
                  " \"only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must "
                  "support resize\"",
    "pv": f"{K8S} pkg/apis/core/validation/validation.go ValidatePersistentVolumeUpdate: \"spec.persistentvolumesource "
          "is immutable after creation\"; volumeMode, and nodeAffinity once set",
    "statefulset": f"{K8S} pkg/apis/apps/validation/validation.go ValidateStatefulSetUpdate: \"updates to statefulset "
                   "spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', "
                   "'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\"",
    "deployment": f"{K8S} pkg/registry/apps/deployment/strategy.go ValidateUpdate: spec.selector is immutable "
                  "(apps/v1)",
    "job": f"{K8S} pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate: selector, template, completions, "
           "completionMode, podFailurePolicy, backoffLimitPerIndex, successPolicy and managedBy are immutable",
    "storageclass": f"{K8S} pkg/apis/storage/validation/validation.go ValidateStorageClassUpdate: \"updates to "
                    "parameters/provisioner/reclaimPolicy are forbidden\", volumeBindingMode immutable",
    "service": f"{K8S} pkg/apis/core/validation/validation.go ValidateServiceUpdate: spec.clusterIP may not change once "
               "set (pkg/registry/core/service/storage/storage.go patchAllocatedValues keeps it when omitted)",
    "mariadb": "mariadb-operator/mariadb-operator v26.6.0 api/v1alpha1/*_types.go `webhook:\"inmutable\"` and "
               "`webhook:\"inmutableinit\"` fields, refused by pkg/webhook/inmutable_webhook.go; "
               "internal/webhook/v1alpha1/mariadb_webhook.go validateUpdateStorage: \"Storage size cannot be decreased\"",
}
MAX_INNER = 5  # field changes shown under a refused list or mapping
FIX_STATEFULSET = ("before the sync, `kubectl delete statefulset {name} -n {namespace} --cascade=orphan` (its pods and "
                   "claims stay) and let the tool create it again; existing claims keep their size and class (grow "
                   "them with `kubectl patch pvc` where the class allows expansion)")


@dataclass(frozen=True)
class Refusal:
    """One field change an existing object cannot take. `certain` is False when it depends on something the plan
    cannot see (a StorageClass that is not rendered here)."""

    field: str
    old: object
    new: object
    why: str
    source: str
    certain: bool = True

    @property
    def line(self) -> str:
        return f"{self.field}: {_short(self.old)} -> {_short(self.new)}: {self.why}"


Rule = Callable[[Obj, Obj, Context], list[Refusal]]


def get(manifest: object, dotted: str) -> object:
    """The value at a dotted path (`spec.storage.size`), ABSENT when some part is missing."""
    for part in dotted.split("."):
        if not isinstance(manifest, dict) or part not in manifest:
            return ABSENT
        manifest = manifest[part]
    return manifest


def _short(value: object) -> str:
    text = show_value(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _fixed(old: Obj, new: Obj, fields: dict[str, object], why: str, source: str) -> list[Refusal]:
    """Fields that may not change; `fields` maps each dotted path to the value the API server defaults it to."""
    out = []
    for dotted, default in fields.items():
        before, after = get(old.manifest, dotted), get(new.manifest, dotted)
        if (default if before is ABSENT else before) != (default if after is ABSENT else after):
            out.append(Refusal(dotted, before, after, why.format(field=dotted.rpartition(".")[2]), source))
    return out


# --- core and apps ----------------------------------------------------------------------------------------

PVC_MUTABLE = {"resources", "volumeAttributesClassName"}
PVC_WHY = {"storageClassName": "the claim keeps the StorageClass that provisioned its volume",
           "accessModes": "a claim's access modes cannot change", "volumeName": "a bound claim keeps its volume",
           "volumeMode": "a claim's volume mode cannot change"}


def persistent_volume_claim(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    out = []
    before, after = dict(old.spec), dict(new.spec)
    for spec in (before, after):
        spec.setdefault("volumeMode", "Filesystem")
    for key in sorted((set(before) | set(after)) - PVC_MUTABLE):
        a, b = before.get(key, ABSENT), after.get(key, ABSENT)
        if a == b:
            continue
        if key == "storageClassName" and a is ABSENT and b == ctx.new.default_class:
            continue  # the DefaultStorageClass admission plugin wrote this very class into the claim at creation
        out.append(Refusal(f"spec.{key}", a, b, PVC_WHY.get(key, f"a claim's {key} cannot change"), SOURCES["pvc"]))
    limits = get(old.manifest, "spec.resources.limits"), get(new.manifest, "spec.resources.limits")
    if limits[0] != limits[1]:
        out.append(Refusal("spec.resources.limits", *limits, "only a claim's requests may change", SOURCES["pvc"]))
    size = "spec.resources.requests.storage"
    a, b = get(old.manifest, size), get(new.manifest, size)
    small, large = quantity(a), quantity(b)
    if small is not None and large is not None and small != large:
        if large < small:
            out.append(Refusal(size, a, b, "a claim cannot shrink", SOURCES["pvc"]))
        else:
            out += _growth(new, a, b, ctx)
    return out


def _growth(claim: Obj, before: object, after: object, ctx: Context) -> list[Refusal]:
    """A larger request passes validation; the resize admission plugin then wants the claim's class to allow it."""
    name = claim.spec.get("storageClassName", ctx.new.default_class)
    field = "spec.resources.requests.storage"
    if name == "":
        return [Refusal(field, before, after, "a pre-bound volume (no StorageClass) cannot be resized through its "
                        "claim; grow the volume at its source", SOURCES["pvc-resize"])]
    storage_class = ctx.new.find("StorageClass", "", name) if name else None
    if storage_class is None:
        return [Refusal(field, before, after, f"grows only if StorageClass {name or '(the cluster default)'} allows "
                        "volume expansion, and it is not rendered here (check `kubectl get storageclass "
                        f"{name or '<default>'} -o jsonpath='{{.allowVolumeExpansion}}'`)", SOURCES["pvc-resize"],
                        certain=False)]
    if storage_class.manifest.get("allowVolumeExpansion") is not True:
        return [Refusal(field, before, after, f"StorageClass {name} does not allow volume expansion",
                        SOURCES["pvc-resize"])]
    return []


PV_NOT_SOURCE = {"accessModes", "capacity", "claimRef", "mountOptions", "persistentVolumeReclaimPolicy",
                 "storageClassName", "volumeAttributesClassName", "nodeAffinity", "volumeMode"}


def persistent_volume(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    source = [k for k in sorted(set(old.spec) | set(new.spec)) if k not in PV_NOT_SOURCE]
    out = _fixed(old, new, {f"spec.{k}": ABSENT for k in source}, "a PersistentVolume's source cannot change",
                 SOURCES["pv"])
    out += _fixed(old, new, {"spec.volumeMode": "Filesystem"}, "a PersistentVolume's volume mode cannot change",
                  SOURCES["pv"])
    if "nodeAffinity" in old.spec:
        out += _fixed(old, new, {"spec.nodeAffinity": ABSENT}, "a PersistentVolume's node affinity cannot change "
                      "once set", SOURCES["pv"])
    return out


STATEFULSET_MUTABLE = {"replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy",
                       "minReadySeconds"}
STATEFULSET_DEFAULTS = {"podManagementPolicy": "OrderedReady", "revisionHistoryLimit": 10}  # pkg/apis/apps/v1/defaults.go


def stateful_set(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    fixed = sorted((set(old.spec) | set(new.spec)) - STATEFULSET_MUTABLE)
    return _fixed(old, new, {f"spec.{k}": STATEFULSET_DEFAULTS.get(k, ABSENT) for k in fixed},
                  "a StatefulSet's {field} cannot change", SOURCES["statefulset"])


def deployment(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    return _fixed(old, new, {"spec.selector": ABSENT}, "a Deployment's selector cannot change", SOURCES["deployment"])


JOB_FIXED = ("selector", "template", "completionMode", "podFailurePolicy", "backoffLimitPerIndex", "successPolicy",
             "managedBy")


def job(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    defaults = {"completionMode": "NonIndexed"}  # pkg/apis/batch/v1/defaults.go
    out = _fixed(old, new, {f"spec.{k}": defaults.get(k, ABSENT) for k in JOB_FIXED}, "a Job's {field} cannot change",
                 SOURCES["job"])
    elastic = new.spec.get("completionMode") == "Indexed" and new.spec.get("completions") == new.spec.get("parallelism")
    if not elastic:  # an Indexed Job may change completions together with parallelism (elastic Indexed Jobs)
        out += _fixed(old, new, {"spec.completions": ABSENT}, "a Job's completions cannot change", SOURCES["job"])
    return out


def storage_class(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    return _fixed(old, new, {"provisioner": ABSENT, "parameters": ABSENT, "reclaimPolicy": "Delete",
                             "volumeBindingMode": "Immediate"},
                  "a StorageClass's {field} cannot change (delete and re-create the class; volumes keep what they "
                  "were provisioned with)", SOURCES["storageclass"])


def service(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    before, after = old.spec.get("clusterIP", ABSENT), new.spec.get("clusterIP", ABSENT)
    if after is ABSENT or before == after or old.spec.get("type") == "ExternalName":
        return []  # an update that omits clusterIP keeps the allocated one
    return [Refusal("spec.clusterIP", before, after, "a Service's clusterIP cannot change once allocated (headless "
                    "`None` included): delete the Service and let the tool create it", SOURCES["service"])]


# --- mariadb-operator ----------------------------------------------------------------------------------------

IMMUTABLE, ONCE_SET, NO_DECREASE = "immutable", "immutable once set", "cannot decrease"
MARIADB = "k8s.mariadb.com"
# The `webhook:"inmutable"` (IMMUTABLE) and `webhook:"inmutableinit"` (ONCE_SET) fields of the kinds we render,
# as JSON paths, from api/v1alpha1/{database,user,grant,mariadb}_types.go at v26.6.0.
OPERATOR_FIELDS: dict[tuple[str, str], dict[str, str]] = {
    (MARIADB, "Database"): {"spec.mariaDbRef": IMMUTABLE, "spec.characterSet": IMMUTABLE, "spec.collate": IMMUTABLE,
                            "spec.name": IMMUTABLE},
    (MARIADB, "User"): {"spec.mariaDbRef": IMMUTABLE, "spec.name": IMMUTABLE, "spec.host": IMMUTABLE},
    (MARIADB, "Grant"): {"spec.mariaDbRef": IMMUTABLE, "spec.database": IMMUTABLE, "spec.table": IMMUTABLE,
                         "spec.username": IMMUTABLE, "spec.host": IMMUTABLE, "spec.grantOption": IMMUTABLE},
    (MARIADB, "MariaDB"): {"spec.storage.storageClassName": IMMUTABLE, "spec.storage.ephemeral": ONCE_SET,
                           "spec.storage.size": NO_DECREASE, "spec.rootPasswordSecretKeyRef": ONCE_SET,
                           "spec.rootEmptyPassword": ONCE_SET, "spec.database": IMMUTABLE, "spec.username": IMMUTABLE,
                           "spec.timeZone": IMMUTABLE, "spec.serviceAccountName": ONCE_SET,
                           "spec.metrics.username": ONCE_SET},
}


def _zero(value: object) -> object:
    """Go's zero values compare equal to a missing field: the webhook compares decoded structs."""
    return None if value is ABSENT or value in (None, "", False, 0) or value == {} or value == [] else value


def operator_fields(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    out = []
    for dotted, rule in OPERATOR_FIELDS.get((old.group, old.kind), {}).items():
        before, after = get(old.manifest, dotted), get(new.manifest, dotted)
        if rule == NO_DECREASE:
            small, large = quantity(before), quantity(after)
            refused = small is not None and large is not None and large < small
        else:
            refused = _zero(before) != _zero(after) and (rule == IMMUTABLE or _zero(before) is not None)
        if refused:
            why = "mariadb-operator refuses a smaller storage size" if rule == NO_DECREASE else \
                f"mariadb-operator's webhook refuses it: {dotted.rpartition('.')[2]} is {rule}"
            out.append(Refusal(dotted, before, after, why, SOURCES["mariadb"]))
    return out


# --- CRD transition rules (x-kubernetes-validations with oldSelf) ---------------------------------------------

# The transition rules of the vendored CRDs, by their exact text: whether the change from old to new passes.
TRANSITIONS: dict[str, Callable[[object, object], bool]] = {
    "self == oldSelf": lambda old, new: old == new,
    "self >= oldSelf": lambda old, new: new >= old,
    "self == '' || oldSelf == '' || self == oldSelf": lambda old, new: new == "" or old == "" or new == old,
}
KEPT_ONCE_SET = re.compile(r"^!has\(oldSelf\.(\w+)\) \|\| has\(self\.\1\)$")


@dataclass(frozen=True)
class TransitionRule:
    path: tuple[str, ...]  # property names from the object's root
    rule: str
    message: str

    @property
    def understood(self) -> bool:
        return self.rule in TRANSITIONS or KEPT_ONCE_SET.match(self.rule) is not None

    def passes(self, old: object, new: object) -> bool:
        """CEL evaluates a transition rule only where both the old and the new object have the value."""
        if old is ABSENT or new is ABSENT:
            return True
        kept = KEPT_ONCE_SET.match(self.rule)
        if kept:
            name = kept.group(1)
            return not (isinstance(old, dict) and name in old) or (isinstance(new, dict) and name in new)
        try:
            return TRANSITIONS[self.rule](old, new)
        except (KeyError, TypeError):
            return True


@lru_cache(maxsize=None)
def transition_rules(api_version: str, kind: str) -> tuple[TransitionRule, ...]:
    """The `oldSelf` rules of a vendored CRD version, on plain property paths (rules inside lists would need the
    list's items paired; none of the vendored CRDs has one)."""
    schema = schemas.openapi_schema(api_version, kind)
    out: list[TransitionRule] = []

    def walk(node: object, path: tuple[str, ...]) -> None:
        if not isinstance(node, dict):
            return
        for rule in node.get("x-kubernetes-validations") or []:
            if "oldSelf" in rule.get("rule", ""):
                out.append(TransitionRule(path, " ".join(rule["rule"].split()), rule.get("message", "")))
        for name, sub in (node.get("properties") or {}).items():
            walk(sub, path + (name,))

    walk(schema, ())
    return tuple(out)


def crd_transitions(old: Obj, new: Obj, ctx: Context) -> list[Refusal]:
    found = schemas.entry(new.group, new.kind)
    if found is None:
        return []
    origin = found["source"]
    out = []
    for rule in transition_rules(new.manifest.get("apiVersion", ""), new.kind):
        dotted = ".".join(rule.path)
        before, after = get(old.manifest, dotted), get(new.manifest, dotted)
        if rule.understood and not rule.passes(before, after):
            out.append(Refusal(dotted or "(object)", before, after, rule.message or rule.rule,
                               f"{origin['repository']} {origin['tag']} {origin['path']}: x-kubernetes-validations "
                               f"rule `{rule.rule}` at {dotted or 'the root'}"))
    return out


RULES: dict[tuple[str, str], Rule] = {
    ("", "PersistentVolumeClaim"): persistent_volume_claim, ("", "PersistentVolume"): persistent_volume,
    ("apps", "StatefulSet"): stateful_set, ("apps", "Deployment"): deployment, ("batch", "Job"): job,
    ("storage.k8s.io", "StorageClass"): storage_class, ("", "Service"): service,
}


def refusals(change: ObjectChange, ctx: Context) -> list[Refusal]:
    """Everything about an existing object's change that the API server or an admission webhook refuses."""
    old, new = change.old, change.new
    if old is None or new is None:
        return []
    rule = RULES.get((new.group, new.kind))
    out = rule(old, new, ctx) if rule else []
    return out + operator_fields(old, new, ctx) + crd_transitions(old, new, ctx)


# --- findings -------------------------------------------------------------------------------------------------

DATA_HOLDERS = {("", "PersistentVolumeClaim"), (MARIADB, "MariaDB"), (MARIADB, "Database")}


def findings(ctx: Context) -> list[Finding]:
    out = []
    for change in ctx.changes:
        found = refusals(change, ctx)
        if not found:
            continue
        new, sync = change.new, ctx.sync(change.new)
        replacers = {"Argo CD": argocd_replaces(new), "Flux": flux_forces(new)}
        refusing = [tool for tool in sync.tools if not replacers[tool]]
        if sync.tools and not refusing:
            if new.kind != "Job":  # a Job replaced is a Job that runs again: runs.py
                out.append(_replaced(change, found, ctx))
            continue
        out.append(_refused(change, found, refusing, ctx))
    return out


def _refused(change: ObjectChange, found: list[Refusal], refusing: list[str], ctx: Context) -> Finding:
    new, sync = change.new, ctx.sync(change.new)
    certain = any(r.certain for r in found)
    details = []
    for refusal in found:
        inner = change.changed(refusal.field) if isinstance(refusal.old, (dict, list)) else []
        if inner and not (len(inner) == 1 and inner[0].path == refusal.field):
            details.append(f"{refusal.field}: {refusal.why}")
            details += [line for c in inner[:MAX_INNER] for line in format_change(c, "  ")]
        else:
            details.append(refusal.line)
    if "Flux" in refusing:
        waiting = f"; waiting with it: {', '.join(sync.waiting)}" if sync.waiting else ""
        details.append(f"Flux: the Kustomization {sync.kustomization} fails its dry run, so nothing of {new.app}/ is "
                       f"applied{waiting}")
    if "Argo CD" in refusing:
        details.append(f"Argo CD: the Application {sync.application} fails to sync and retries; the waves after it "
                       "wait")
    if not sync.tools:
        details.append("kubectl apply fails for this object")
    if new.kind == "StatefulSet" and any(r.field == "spec.volumeClaimTemplates" for r in found):
        details.append("Fix: " + FIX_STATEFULSET.format(name=new.name, namespace=new.namespace))
    sources = sorted({r.source for r in found} | ({FLUX_SOURCE} if "Flux" in refusing else set()))
    summary = f"{new.title}: " + ("refused" if certain else "may be refused") + \
        f" ({', '.join(r.field for r in found)})"
    key = json.dumps([new.identity, [(r.field, show_value(r.old), show_value(r.new)) for r in found if r.certain]])
    return Finding(REFUSED, new.app, new.path, summary, tuple(details), tuple(sources), certain, key)


def _replaced(change: ObjectChange, found: list[Refusal], ctx: Context) -> Finding:
    new = change.new
    holds_data = (new.group, new.kind) in DATA_HOLDERS
    summary = f"{new.title}: deleted and created again (Argo CD Replace=true, Flux force)" + \
        (": the new one starts empty" if holds_data else "")
    key = json.dumps([new.identity, "replaced", [(r.field, show_value(r.new)) for r in found]])
    return Finding(DATA if holds_data else RESTARTS, new.app, new.path, summary, tuple(r.line for r in found),
                   (FLUX_SOURCE,), holds_data, key)

"""The API server's built-in object rules that OpenAPI does not express, for the kinds frappe-k8s emits.

Each rule cites where Kubernetes enforces it: kubernetes/kubernetes at release-1.33 (pkg/apis/<group>/validation/
validation.go, by function), and the helpers of k8s.io/apimachinery at commit eed236ce (file:line). What the server
refuses fails the sync, not the render; here it fails the render, with the field and the limit.
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, Callable, Iterator, Mapping, Optional

# k8s.io/apimachinery pkg/api/validate/content/dns.go:23,28,51,57 and pkg/util/validation/validation.go:232
DNS1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
DNS1123_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
DNS1035_LABEL = re.compile(r"[a-z]([-a-z0-9]*[a-z0-9])?")
# pkg/api/validate/content/kube.go:24-28,74-78: label keys (qualified names) and values
LABEL_NAME = re.compile(r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]")
# pkg/util/validation/validation.go:411 IsConfigMapKey, :377 IsEnvVarName (before relaxed names)
CONFIG_MAP_KEY = re.compile(r"[-._a-zA-Z0-9]+")
ENV_VAR_NAME = re.compile(r"[-._a-zA-Z][-._a-zA-Z0-9]*")
TOTAL_ANNOTATION_BYTES = 256 * 1024  # pkg/api/validation/objectmeta.go:39 TotalAnnotationSizeLimitB
MAX_CONFIG_BYTES = 1024 * 1024  # pkg/apis/core/types.go MaxSecretSize, applied to ConfigMaps by ValidateConfigMap
CRONJOB_NAME_MAX = 52  # pkg/apis/batch/validation/validation.go ValidateCronJobCreate: 63 - len("-<timestamp>")
POD_TEMPLATES = {"Deployment": ("spec", "template"), "StatefulSet": ("spec", "template"),
                 "DaemonSet": ("spec", "template"), "ReplicaSet": ("spec", "template"), "Job": ("spec", "template"),
                 "CronJob": ("spec", "jobTemplate", "spec", "template")}
RBAC = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"}

Problem = tuple[str, str]  # (field path, what is wrong)


def problems(manifest: Mapping, kubernetes_version: str = "1.33") -> Iterator[Problem]:
    """Every built-in rule `manifest` breaks, as (field path, problem)."""
    kind, metadata = manifest.get("kind"), manifest.get("metadata") or {}
    yield from _metadata(kind, metadata, "metadata")
    if kind in POD_TEMPLATES:
        where = ".".join(POD_TEMPLATES[kind])
        template = _at(manifest, POD_TEMPLATES[kind])
        if isinstance(template, Mapping):
            yield from _labels(template.get("metadata") or {}, f"{where}.metadata")
            # a StatefulSet's claim templates are volumes of its pods (pkg/apis/apps/validation ValidateStatefulSetSpec)
            claims = [(c.get("metadata") or {}).get("name") for c in (manifest.get("spec") or {}).get(
                "volumeClaimTemplates") or []] if kind == "StatefulSet" else []
            yield from _pod_spec(template.get("spec") or {}, f"{where}.spec", _minor(kubernetes_version), claims)
            yield from _restart_policy(kind, template.get("spec") or {}, f"{where}.spec.restartPolicy")
        if kind not in ("Job", "CronJob"):
            yield from _selector_matches(manifest.get("spec") or {}, template or {})
    checks = {"Service": _service, "ConfigMap": _config_map, "Secret": _config_map, "NetworkPolicy": _network_policy,
              "Ingress": _ingress, "PodDisruptionBudget": _pdb, "HorizontalPodAutoscaler": _hpa,
              "PersistentVolumeClaim": _pvc}
    if kind in checks:
        yield from checks[kind](manifest)


# --- object metadata ---------------------------------------------------------------------------------------------

def _name_rule(kind: Optional[str]) -> tuple[Callable[[str], Optional[str]], str]:
    """The name rule of a kind and where it is set (pkg/apis/core/validation/validation.go unless said)."""
    if kind == "Namespace":
        return _dns1123_label, "ValidateNamespaceName (NameIsDNSLabel)"
    if kind == "Service":
        return _dns1035_label, "ValidateServiceName (NameIsDNS1035Label)"
    if kind in RBAC:  # pkg/apis/rbac/validation/validation.go ValidateRBACName = path.IsValidPathSegmentName
        return _path_segment, "pkg/apis/rbac/validation ValidateRBACName"
    if kind == "CronJob":
        return lambda n: _dns1123_subdomain(n) or (f"must be no more than {CRONJOB_NAME_MAX} characters: the"
                                                   " controller names each Job <name>-<11-digit time>, at most 63"
                                                   if len(n) > CRONJOB_NAME_MAX else None), "ValidateCronJobCreate"
    if kind == "Job":  # the generated selector puts the name in the template's batch.kubernetes.io/job-name label
        return lambda n: _dns1123_subdomain(n) or _label_value(n), "pkg/apis/batch/validation ValidateJob"
    return _dns1123_subdomain, "ValidateObjectMeta (NameIsDNSSubdomain)"


def _metadata(kind: Optional[str], metadata: Mapping, where: str) -> Iterator[Problem]:
    rule, _ = _name_rule(kind)
    name = metadata.get("name")
    if isinstance(name, str) and (problem := rule(name)):
        yield f"{where}.name", f"{problem} (got {name!r})"
    namespace = metadata.get("namespace")
    if isinstance(namespace, str) and (problem := _dns1123_label(namespace)):  # ValidateObjectMeta
        yield f"{where}.namespace", f"{problem} (got {namespace!r})"
    yield from _labels(metadata, where)


def _labels(metadata: Mapping, where: str) -> Iterator[Problem]:
    """metav1 validation ValidateLabels (pkg/apis/meta/v1/validation/validation.go:115) and ValidateAnnotations
    (pkg/api/validation/objectmeta.go:47): qualified-name keys, label values, 256 KiB of annotations in all."""
    yield from _label_map(metadata.get("labels") or {}, f"{where}.labels")
    annotations = metadata.get("annotations") or {}
    for key in annotations:
        if problem := _qualified_name(key.lower()):
            yield f"{where}.annotations", f"annotation key {key!r}: {problem}"
    size = sum(len(k) + len(v) for k, v in annotations.items() if isinstance(v, str))
    if size > TOTAL_ANNOTATION_BYTES:
        yield f"{where}.annotations", f"are {size:,} bytes, more than the {TOTAL_ANNOTATION_BYTES:,} allowed in all"


# --- pods ---------------------------------------------------------------------------------------------------------

def _pod_spec(spec: Mapping, where: str, minor: int, claims: list) -> Iterator[Problem]:
    """ValidatePodSpec: containers, their ports, env, mounts, probes and resources; volumes."""
    volumes = [v.get("name") for v in spec.get("volumes") or []]
    for i, name in enumerate(volumes):  # ValidateVolumes
        if isinstance(name, str) and (problem := _dns1123_label(name)):
            yield f"{where}.volumes[{i}].name", f"{problem} (got {name!r})"
        if volumes.index(name) != i:
            yield f"{where}.volumes[{i}].name", f"duplicate volume name {name!r}"
    seen: set[str] = set()
    for group in ("initContainers", "containers"):  # validateInitContainers, validateContainers
        for i, container in enumerate(spec.get(group) or []):
            here = f"{where}.{group}[{i}]"
            name = container.get("name")
            if isinstance(name, str) and (problem := _dns1123_label(name)):
                yield f"{here}.name", f"{problem} (got {name!r})"
            if name in seen:
                yield f"{here}.name", f"duplicate container name {name!r} (init and regular containers share names)"
            seen.add(name)
            yield from _container(container, here, {*volumes, *claims}, minor)


def _container(container: Mapping, here: str, volumes: set, minor: int) -> Iterator[Problem]:
    names: set[str] = set()
    for j, port in enumerate(container.get("ports") or []):  # validateContainerPorts
        name = port.get("name")
        if name is not None:
            if problem := _port_name(name):
                yield f"{here}.ports[{j}].name", f"{problem} (got {name!r})"
            if name in names:
                yield f"{here}.ports[{j}].name", f"duplicate port name {name!r}"
            names.add(name)
        if isinstance(port.get("containerPort"), int) and not 1 <= port["containerPort"] <= 65535:
            yield f"{here}.ports[{j}].containerPort", f"must be between 1 and 65535 (got {port['containerPort']})"
    for j, env in enumerate(container.get("env") or []):  # ValidateEnv
        name = env.get("name")
        if isinstance(name, str) and (problem := _env_name(name, minor)):
            yield f"{here}.env[{j}].name", f"{problem} (got {name!r})"
    paths: set[str] = set()
    for j, mount in enumerate(container.get("volumeMounts") or []):  # ValidateVolumeMounts
        if mount.get("name") not in volumes:
            yield f"{here}.volumeMounts[{j}].name", f"no volume of the pod is named {mount.get('name')!r}"
        if mount.get("mountPath") in paths:
            yield f"{here}.volumeMounts[{j}].mountPath", f"{mount.get('mountPath')!r} is mounted twice"
        paths.add(mount.get("mountPath"))
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):  # validateProbe -> ValidatePortNumOrName
        for handler in ("httpGet", "tcpSocket"):
            port = ((container.get(probe) or {}).get(handler) or {}).get("port")
            if isinstance(port, str) and (problem := _port_name(port)):
                yield f"{here}.{probe}.{handler}.port", f"{problem} (got {port!r})"
    resources = container.get("resources") or {}
    limits, requests = resources.get("limits") or {}, resources.get("requests") or {}
    for resource, request in requests.items():  # ValidateResourceRequirements
        limit = limits.get(resource)
        if limit is not None and (r := _quantity(request)) is not None and (l := _quantity(limit)) is not None and r > l:
            yield f"{here}.resources.requests.{resource}", f"must be less than or equal to the {resource} limit" \
                                                            f" (got {request} > {limit})"


def _restart_policy(kind: str, spec: Mapping, where: str) -> Iterator[Problem]:
    """Jobs restart OnFailure or Never (pkg/apis/batch/validation ValidateJobSpec); apps workloads Always
    (pkg/apis/apps/validation ValidateDeploymentSpec, ValidateStatefulSetSpec, ...)."""
    allowed = ("OnFailure", "Never") if kind in ("Job", "CronJob") else ("Always",)
    policy = spec.get("restartPolicy", "Always")
    if policy not in allowed:
        yield where, f"must be {' or '.join(allowed)} for a {kind} (got {policy!r})"


def _selector_matches(spec: Mapping, template: Mapping) -> Iterator[Problem]:
    """pkg/apis/apps/validation ValidateDeploymentSpec (and the StatefulSet, DaemonSet, ReplicaSet ones): a non-empty
    selector that matches the template's labels."""
    selector = spec.get("selector") or {}
    labels = (template.get("metadata") or {}).get("labels") or {}
    if not selector.get("matchLabels") and not selector.get("matchExpressions"):
        yield "spec.selector", "empty selector is invalid: it would select every pod"
        return
    if not _selects(selector, labels):
        yield "spec.template.metadata.labels", "`selector` does not match template `labels`"


def _selects(selector: Mapping, labels: Mapping) -> bool:
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression.get("key"), expression.get("operator"), expression.get("values") or []
        if not {"In": lambda: labels.get(key) in values, "NotIn": lambda: labels.get(key) not in values,
                "Exists": lambda: key in labels, "DoesNotExist": lambda: key not in labels}.get(operator, lambda: True)():
            return False
    return True


# --- other kinds --------------------------------------------------------------------------------------------------

def _service(manifest: Mapping) -> Iterator[Problem]:
    """ValidateService: several ports each need a unique DNS-1123 label name; ports and target ports in range."""
    ports = (manifest.get("spec") or {}).get("ports") or []
    names: set[str] = set()
    for i, port in enumerate(ports):
        here, name = f"spec.ports[{i}]", port.get("name")
        if len(ports) > 1 and not name:
            yield f"{here}.name", "is required when a Service has more than one port"
        if name:
            if problem := _dns1123_label(name):
                yield f"{here}.name", f"{problem} (got {name!r})"
            if name in names:
                yield f"{here}.name", f"duplicate port name {name!r}"
            names.add(name)
        target = port.get("targetPort")
        if isinstance(target, str) and (problem := _port_name(target)):
            yield f"{here}.targetPort", f"{problem} (got {target!r})"
        for field in ("port", "targetPort"):
            if isinstance(port.get(field), int) and not 1 <= port[field] <= 65535:
                yield f"{here}.{field}", f"must be between 1 and 65535 (got {port[field]})"
    yield from _label_map((manifest.get("spec") or {}).get("selector") or {}, "spec.selector")


def _config_map(manifest: Mapping) -> Iterator[Problem]:
    """ValidateConfigMap and ValidateSecret: IsConfigMapKey keys (validation.go:411), 1 MiB of data in all."""
    size = 0
    for field in ("data", "binaryData", "stringData"):
        for key, value in (manifest.get(field) or {}).items():
            if not CONFIG_MAP_KEY.fullmatch(key) or len(key) > 253 or key in (".", "..") or key.startswith(".."):
                yield f"{field}", f"key {key!r} must be at most 253 of '-', '_', '.', letters and digits, not '.' or '..'"
            size += len(str(value).encode())
    if size > MAX_CONFIG_BYTES:
        yield "data", f"holds {size:,} bytes, more than the {MAX_CONFIG_BYTES:,} allowed"


def _network_policy(manifest: Mapping) -> Iterator[Problem]:
    """pkg/apis/networking/validation ValidateNetworkPolicyPort: named ports are IANA_SVC_NAMEs; selectors' labels."""
    spec = manifest.get("spec") or {}
    yield from _label_map((spec.get("podSelector") or {}).get("matchLabels") or {}, "spec.podSelector.matchLabels")
    for direction in ("ingress", "egress"):
        for i, rule in enumerate(spec.get(direction) or []):
            for j, port in enumerate(rule.get("ports") or []):
                if isinstance(port.get("port"), str) and (problem := _port_name(port["port"])):
                    yield f"spec.{direction}[{i}].ports[{j}].port", f"{problem} (got {port['port']!r})"


def _ingress(manifest: Mapping) -> Iterator[Problem]:
    """pkg/apis/networking/validation validateIngressRules and validateHTTPIngressRuleValue: hosts are DNS-1123
    subdomains (a leading `*.` allowed), Exact and Prefix paths are absolute, named backend ports IANA_SVC_NAMEs."""
    for i, rule in enumerate((manifest.get("spec") or {}).get("rules") or []):
        host = rule.get("host")
        if isinstance(host, str) and (problem := _dns1123_subdomain(host[2:] if host.startswith("*.") else host)):
            yield f"spec.rules[{i}].host", f"{problem} (got {host!r})"
        for j, path in enumerate((rule.get("http") or {}).get("paths") or []):
            here = f"spec.rules[{i}].http.paths[{j}]"
            if path.get("pathType") in ("Exact", "Prefix") and not str(path.get("path", "")).startswith("/"):
                yield f"{here}.path", f"must be an absolute path for pathType {path['pathType']} (got {path.get('path')!r})"
            name = (((path.get("backend") or {}).get("service") or {}).get("port") or {}).get("name")
            if isinstance(name, str) and (problem := _port_name(name)):
                yield f"{here}.backend.service.port.name", f"{problem} (got {name!r})"


def _pdb(manifest: Mapping) -> Iterator[Problem]:
    """pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec."""
    spec = manifest.get("spec") or {}
    if "minAvailable" in spec and "maxUnavailable" in spec:
        yield "spec", "minAvailable and maxUnavailable cannot be both set"


def _hpa(manifest: Mapping) -> Iterator[Problem]:
    """pkg/apis/autoscaling/validation validateHorizontalPodAutoscalerSpec."""
    spec = manifest.get("spec") or {}
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    if isinstance(low, int) and low < 1:
        yield "spec.minReplicas", f"must be at least 1 (got {low})"
    if isinstance(low, int) and isinstance(high, int) and high < low:
        yield "spec.maxReplicas", f"must be greater than or equal to minReplicas (got {high} < {low})"


def _pvc(manifest: Mapping) -> Iterator[Problem]:
    """ValidatePersistentVolumeClaimSpec: an access mode, and a storage request."""
    spec = manifest.get("spec") or {}
    if not spec.get("accessModes"):
        yield "spec.accessModes", "at least 1 access mode is required"
    if not spec.get("volumeName") and "storage" not in ((spec.get("resources") or {}).get("requests") or {}):
        yield "spec.resources.requests.storage", "is required"


# --- formats ------------------------------------------------------------------------------------------------------

def _dns1123_label(value: str) -> Optional[str]:
    """pkg/api/validate/content/dns.go:34 IsDNS1123Label."""
    if len(value) > 63 or not DNS1123_LABEL.fullmatch(value):
        return "must be a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending with" \
               " a letter or digit"
    return None


def _dns1123_subdomain(value: str) -> Optional[str]:
    """pkg/api/validate/content/dns.go:64 IsDNS1123Subdomain."""
    if len(value) > 253 or not DNS1123_SUBDOMAIN.fullmatch(value):
        return "must be a DNS-1123 subdomain: at most 253 lowercase letters, digits, '-' and '.', starting and" \
               " ending with a letter or digit"
    return None


def _dns1035_label(value: str) -> Optional[str]:
    """pkg/util/validation/validation.go:232 IsDNS1035Label: a label that starts with a letter."""
    if len(value) > 63 or not DNS1035_LABEL.fullmatch(value):
        return "must be a DNS-1035 label: at most 63 lowercase letters, digits and '-', starting with a letter"
    return None


def _path_segment(value: str) -> Optional[str]:
    """pkg/api/validate/content/path.go:37 IsPathSegmentName."""
    if value in (".", "..") or "/" in value or "%" in value:
        return "may not be '.' or '..' and may not contain '/' or '%'"
    return None


def _qualified_name(value: str) -> Optional[str]:
    """pkg/api/validate/content/kube.go:43 IsLabelKey: an optional DNS-1123 subdomain prefix and '/', then a name
    of at most 63 characters."""
    prefix, slash, name = value.rpartition("/") if "/" in value else ("", "", value)
    if slash and (not prefix or _dns1123_subdomain(prefix)):
        return "the prefix before '/' must be a DNS-1123 subdomain"
    if len(name) > 63 or not LABEL_NAME.fullmatch(name):
        return "the name must be at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"
    return None


def _label_value(value: str) -> Optional[str]:
    """pkg/api/validate/content/kube.go:85 IsLabelValue."""
    if len(value) > 63 or (value and not LABEL_NAME.fullmatch(value)):
        return "must be a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a" \
               " letter or digit"
    return None


def _label_map(labels: Mapping, where: str) -> Iterator[Problem]:
    """A selector's labels: the same keys and values as an object's labels (metav1 ValidateLabels)."""
    for key, value in labels.items():
        if problem := _qualified_name(key):
            yield where, f"label key {key!r}: {problem}"
        if isinstance(value, str) and (problem := _label_value(value)):
            yield f"{where}.{key}", f"{problem} (got {value!r})"


def _port_name(value: str) -> Optional[str]:
    """pkg/util/validation/validation.go:321 IsValidPortName (IANA_SVC_NAME)."""
    if len(value) > 15:
        return "must be no more than 15 characters (an IANA service name)"
    if not re.fullmatch(r"[-a-z0-9]+", value) or not re.search(r"[a-z]", value) or "--" in value \
            or value.startswith("-") or value.endswith("-"):
        return "must be an IANA service name: lowercase letters, digits and single '-' inside, with a letter"
    return None


def _env_name(value: str, minor: int) -> Optional[str]:
    """validation.go:377 IsEnvVarName, and from Kubernetes 1.32 (RelaxedEnvironmentVariableValidation on by default,
    validation.go:388 IsRelaxedEnvVarName) any printable ASCII but '='."""
    if minor >= 32:
        if not value or "=" in value or any(not 32 <= ord(c) <= 126 for c in value):
            return "must consist only of printable ASCII characters other than '='"
    elif not ENV_VAR_NAME.fullmatch(value):
        return "must consist of letters, digits, '_', '-' and '.', and not start with a digit"
    return None


SUFFIXES = {"m": Fraction(1, 1000), "": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15,
            "E": 10**18, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}


def _quantity(value: Any) -> Optional[Fraction]:
    """A resource.Quantity as an exact number (k8s.io/apimachinery pkg/api/resource/quantity.go), or None."""
    match = re.fullmatch(r"([+-]?[0-9]*\.?[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?[0-9]+)?", str(value))
    if not match:
        return None
    number, suffix = Fraction(match.group(1)), match.group(2) or ""
    return number * (Fraction(10) ** int(suffix[1:]) if suffix[:1] in ("e", "E") else SUFFIXES[suffix])


def _minor(version: str) -> int:
    return int(version.split(".")[1]) if re.fullmatch(r"1\.\d+", version) else 99


def _at(document: Any, path: tuple) -> Any:
    for part in path:
        document = document.get(part) if isinstance(document, Mapping) else None
    return document

"""The API server's built-in object rules (frappe_k8s/builtin_rules.py): the example passes every one, and each kind
of rule rejects a rendered object broken in that one way, through the validator every render runs."""
import copy

import pytest

from frappe_k8s import builtin_rules
from frappe_k8s.validate import Validator


def first(objects, kind, name_part=""):
    return copy.deepcopy(next(o for o in objects if o["kind"] == kind and name_part in o["metadata"]["name"]))


def container(obj):
    spec = obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]
    return spec["template"]["spec"]["containers"][0]


def test_the_rendered_example_breaks_no_builtin_rule(example_objects):
    assert [(o["kind"], p) for o in example_objects for p in builtin_rules.problems(o)] == []


CASES = [
    # object names per kind
    ("Namespace", lambda o: o["metadata"].update(name="Frappe"), "metadata.name: must be a DNS-1123 label"),
    ("Service", lambda o: o["metadata"].update(name="1st-service"), "metadata.name: must be a DNS-1035 label"),
    ("Deployment", lambda o: o["metadata"].update(name="a_b"), "metadata.name: must be a DNS-1123 subdomain"),
    ("CronJob", lambda o: o["metadata"].update(name="c" * 53), "metadata.name: must be no more than 52 characters"),
    ("Job", lambda o: o["metadata"].update(name="j" * 64), "metadata.name: must be a label value"),
    ("PersistentVolumeClaim", lambda o: o["metadata"].update(namespace="a.b"), "metadata.namespace: must be a DNS-1123 label"),
    # labels and annotations
    ("Deployment", lambda o: o["metadata"]["labels"].update({"team": "x" * 64}), "metadata.labels.team: must be a label value"),
    ("Deployment", lambda o: o["metadata"]["labels"].update({"-bad": "x"}), "metadata.labels: label key '-bad'"),
    ("Deployment", lambda o: o["metadata"]["labels"].update({"Example.com/a": "x"}),
     "metadata.labels: label key 'Example.com/a': the prefix before '/' must be a DNS-1123 subdomain"),
    ("Service", lambda o: o["metadata"].setdefault("annotations", {}).update(big="x" * 262_144),
     "bytes, more than the 262,144 allowed in all"),
    ("Deployment", lambda o: o["spec"]["template"]["metadata"]["labels"].update({"a": "b c"}),
     "spec.template.metadata.labels.a: must be a label value"),
    # containers, ports, env, mounts, probes, resources
    ("Deployment", lambda o: container(o).update(name="Nginx"), "spec.template.spec.containers[0].name: must be a DNS-1123 label"),
    ("Deployment", lambda o: container(o)["ports"][0].update(name="a-very-long-port"),
     "spec.template.spec.containers[0].ports[0].name: must be no more than 15 characters"),
    ("Deployment", lambda o: container(o)["ports"][0].update(name="8080"),
     "spec.template.spec.containers[0].ports[0].name: must be an IANA service name"),
    ("Deployment", lambda o: container(o).setdefault("env", []).append({"name": "A=B", "value": "1"}),
     "must consist only of printable ASCII characters other than '='"),
    ("Deployment", lambda o: container(o).setdefault("volumeMounts", []).append({"name": "nope", "mountPath": "/x"}),
     "no volume of the pod is named 'nope'"),
    ("Deployment", lambda o: o["spec"]["template"]["spec"]["volumes"].append(dict(o["spec"]["template"]["spec"]["volumes"][0])),
     "duplicate volume name"),
    ("Deployment", lambda o: container(o)["resources"]["requests"].update(cpu="3", memory=container(o)["resources"]["requests"]["memory"])
     or container(o)["resources"]["limits"].update(cpu="2500m"),
     "spec.template.spec.containers[0].resources.requests.cpu: must be less than or equal to the cpu limit (got 3 > 2500m)"),
    ("Deployment", lambda o: o["spec"]["template"]["spec"]["containers"].append(dict(container(o))),
     "duplicate container name"),
    ("Deployment", lambda o: container(o).update(readinessProbe={"tcpSocket": {"port": "Http"}}),
     "spec.template.spec.containers[0].readinessProbe.tcpSocket.port: must be an IANA service name"),
    # workloads: selectors and restart policies
    ("Deployment", lambda o: o["spec"]["selector"]["matchLabels"].update({"extra": "x"}),
     "spec.template.metadata.labels: `selector` does not match template `labels`"),
    ("StatefulSet", lambda o: o["spec"].update(selector={}), "spec.selector: empty selector is invalid"),
    ("Job", lambda o: o["spec"]["template"]["spec"].pop("restartPolicy"),
     "spec.template.spec.restartPolicy: must be OnFailure or Never for a Job (got 'Always')"),
    # Services, policies, ingresses, budgets, claims
    ("Service", lambda o: o["spec"]["ports"].append({"port": 81}), "spec.ports[1].name: is required when a Service"),
    ("Service", lambda o: o["spec"]["ports"][0].update(targetPort="HTTP"), "spec.ports[0].targetPort: must be an IANA"),
    ("NetworkPolicy", lambda o: o["spec"].setdefault("ingress", [{}])[0].update(ports=[{"port": "not_a_name"}]),
     "spec.ingress[0].ports[0].port: must be an IANA service name"),
    ("Ingress", lambda o: o["spec"]["rules"][0].update(host="Shop.Example.com"), "spec.rules[0].host: must be a DNS-1123 subdomain"),
    ("Ingress", lambda o: o["spec"]["rules"][0]["http"]["paths"][0].update(path="api"),
     "spec.rules[0].http.paths[0].path: must be an absolute path for pathType Prefix"),
    ("PodDisruptionBudget", lambda o: o["spec"].update(minAvailable=1, maxUnavailable=1),
     "spec: minAvailable and maxUnavailable cannot be both set"),
    ("PersistentVolumeClaim", lambda o: o["spec"].update(accessModes=[]), "spec.accessModes: at least 1 access mode is required"),
]


@pytest.mark.parametrize("kind, change, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_builtin_rule_rejects_a_bad_object(example_objects, kind, change, expected):
    validator = Validator("1.33")
    good = first(example_objects, kind)
    assert list(validator.problems(good)) == []  # the negative control: the rendered object as it is
    bad = copy.deepcopy(good)
    change(bad)
    found = list(validator.problems(bad))
    assert any(expected in problem for problem in found), found


def test_env_names_follow_the_kubernetes_version(example_objects):
    """Before 1.32 env names are C-like identifiers (IsEnvVarName); from 1.32 any printable ASCII but '='."""
    deployment = first(example_objects, "Deployment")
    container(deployment).setdefault("env", []).append({"name": "1X Y", "value": "1"})
    assert any("not start with a digit" in p for _, p in builtin_rules.problems(deployment, "1.31"))
    assert [p for _, p in builtin_rules.problems(deployment, "1.33")] == []


def test_quantities_compare_exactly():
    assert builtin_rules._quantity("500m") < builtin_rules._quantity("1") == builtin_rules._quantity("1000m")
    assert builtin_rules._quantity("1Gi") > builtin_rules._quantity("1G") == builtin_rules._quantity("1e9")
    assert builtin_rules._quantity("lots") is None


def test_config_map_keys_and_size():
    """ValidateConfigMap: IsConfigMapKey keys and 1 MiB of data (no ConfigMap is rendered today; the rule waits)."""
    good = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "n"}, "data": {"a.b_c-1": "x"}}
    assert list(Validator("1.33").problems(good)) == []
    assert list(builtin_rules.problems({**good, "data": {"bad key": "x", "..": "y"}})) == [
        ("data", "key 'bad key' must be at most 253 of '-', '_', '.', letters and digits, not '.' or '..'"),
        ("data", "key '..' must be at most 253 of '-', '_', '.', letters and digits, not '.' or '..'")]
    assert list(builtin_rules.problems({**good, "data": {"a": "x" * 2**20}})) == []
    assert list(builtin_rules.problems({**good, "data": {"a": "x" * 2**20, "b": "y"}})) == [
        ("data", "holds 1,048,577 bytes, more than the 1,048,576 allowed")]

"""The CRDs' x-kubernetes-validations rules, evaluated on every render with the API server's environment
(frappe_k8s/cel_rules.py): each kind of rule rejects a bad object, an unevaluable rule is reported by name."""
import copy
import json
import re

import pytest

from frappe_k8s import cel_rules, schemas
from frappe_k8s.cel_rules import CelRules, compile_rule, escape
from frappe_k8s.validate import Validator


def vendored_rules():
    """(file, rule) for every rule of every vendored schema."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            found.extend(r["rule"] for r in node.get("x-kubernetes-validations") or [])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for group, kind in schemas.vendored_kinds():
        walk(schemas.entry(group, kind)["versions"])
    return found


def test_every_vendored_rule_compiles_with_only_functions_evaluated_here():
    """A vendored schema that brings a function we lack fails here, naming it (not a silent pass at render)."""
    rules = vendored_rules()
    assert len(rules) > 250  # 307 rules in 21 kinds today
    missing = {rule: compile_rule(rule).missing or compile_rule(rule).error for rule in rules}
    assert {r: m for r, m in missing.items() if m} == {}
    used = {name for rule in rules for name in re.findall(r"\.(lowerAscii|split)\(", rule)}
    assert used == {"lowerAscii", "split"}  # the Kubernetes library functions the vendored rules call


def rules_of(api_version: str, kind: str) -> CelRules:
    return CelRules(schemas.openapi_schema(api_version, kind))


def problems(api_version, kind, spec, old=None, name="x"):
    manifest = {"apiVersion": api_version, "kind": kind, "metadata": {"name": name, "namespace": "ns"}, "spec": spec}
    return [f"{path}: {problem}" for path, problem in rules_of(api_version, kind).problems(manifest, old)]


ROUTE = {"to": {"kind": "Service", "name": "nginx"}, "host": "a.example.com"}
HTTPROUTE = {"parentRefs": [{"name": "gw", "namespace": "infra"}],
             "rules": [{"matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                        "backendRefs": [{"name": "nginx", "port": 8080}]}]}


@pytest.mark.parametrize("api_version, kind, good, change, expected", [
    # a plain field comparison (Route: passthrough TLS cannot allow insecure traffic)
    ("route.openshift.io/v1", "Route", ROUTE,
     lambda s: s.update(tls={"termination": "passthrough", "insecureEdgeTerminationPolicy": "Allow"}),
     "spec.tls: cannot have both spec.tls.termination: passthrough and spec.tls.insecureEdgeTerminationPolicy: Allow"),
    # the Kubernetes strings library: lowerAscii
    ("route.openshift.io/v1", "Route",
     {**ROUTE, "httpHeaders": {"actions": {"request": [{"name": "X-A", "action": {"type": "Delete"}}]}}},
     lambda s: s["httpHeaders"]["actions"]["request"][0].update(name="Cookie"),
     "spec.httpHeaders.actions.request[0].name: cookie header may not be modified"),
    # a default applied before the rule: path.type defaults to PathPrefix, whose value must start with '/'
    ("gateway.networking.k8s.io/v1", "HTTPRoute", HTTPROUTE,
     lambda s: s["rules"][0]["matches"][0].update(path={"value": "no-slash"}),
     "spec.rules[0].matches[0].path: value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"),
    # an escaped property name (namespace -> __namespace__) and a nested comprehension
    ("gateway.networking.k8s.io/v1", "HTTPRoute", HTTPROUTE,
     lambda s: s["parentRefs"].append({"name": "gw", "namespace": "infra"}),
     "spec.parentRefs: sectionName must be unique when parentRefs includes 2 or more references to the same parent"),
    # durations
    ("gateway.networking.k8s.io/v1", "HTTPRoute", HTTPROUTE,
     lambda s: s["rules"][0].update(timeouts={"request": "10s", "backendRequest": "1m"}),
     "spec.rules[0].timeouts: backendRequest timeout cannot be longer than request timeout"),
    # integers and a conditional
    ("keda.sh/v1alpha1", "ScaledObject", {"scaleTargetRef": {"name": "w"}, "triggers": [], "minReplicaCount": 1,
                                          "maxReplicaCount": 5},
     lambda s: s.update(minReplicaCount=6), "spec: minReplicaCount must be less than or equal to maxReplicaCount"),
    ("k8s.mariadb.com/v1alpha1", "MariaDB", {"replicas": 3, "galera": {"enabled": True}, "storage": {"size": "1Gi"}},
     lambda s: s.update(replicas=2), "spec: An odd number of MariaDB instances (mariadb.spec.replicas) is required"),
    # has() on exclusive fields
    ("helm.toolkit.fluxcd.io/v2", "HelmRelease",
     {"interval": "1h", "chart": {"spec": {"chart": "c", "sourceRef": {"kind": "HelmRepository", "name": "r"}}}},
     lambda s: s.update(chartRef={"kind": "OCIRepository", "name": "o"}), "spec: either chart or chartRef must be set"),
    # the strings library's split, in a map of annotations
    ("gateway.networking.k8s.io/v1", "Gateway",
     {"gatewayClassName": "c", "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}],
      "infrastructure": {"annotations": {"example.com/a": "1"}}},
     lambda s: s["infrastructure"]["annotations"].update({"a" * 253 + "/b": "1"}),
     "spec.infrastructure.annotations: If specified, the annotation key's prefix must be a DNS subdomain not longer than 253"),
])
def test_each_kind_of_rule_rejects_a_bad_object(api_version, kind, good, change, expected):
    assert problems(api_version, kind, good) == []  # the negative control: the same object, unchanged, passes
    bad = copy.deepcopy(good)
    change(bad)
    (problem,) = problems(api_version, kind, bad)
    assert problem.startswith(expected), problem


def test_transition_rules_wait_for_an_old_object():
    """`self == oldSelf` is not evaluated on create; with an old object (an update) it is."""
    spec = {"dataDirHostPath": "/var/lib/rook", "cephVersion": {"image": "quay.io/ceph/ceph:v19"}}
    assert problems("ceph.rook.io/v1", "CephCluster", spec) == []
    old = {"spec": {**spec, "dataDirHostPath": "/var/lib/other"}}
    (problem,) = problems("ceph.rook.io/v1", "CephCluster", spec, old=old)
    assert problem.startswith("spec.dataDirHostPath: DataDirHostPath is immutable")
    assert problems("ceph.rook.io/v1", "CephCluster", spec, old={"spec": spec}) == []


def schema_with(rule: str) -> dict:
    return {"type": "object", "properties": {"spec": {"type": "object", "properties": {"url": {"type": "string"}},
                                                      "x-kubernetes-validations": [{"rule": rule, "message": "m"}]}}}


@pytest.mark.parametrize("rule, named", [
    ("isURL(self.url)", "calls 'isURL', which frappe-k8s does not evaluate"),
    ("quantity(self.url).isGreaterThan(quantity('1'))", "calls 'isGreaterThan', 'quantity', which"),
    ("self.url.format('x') == ''", "calls 'format', which"),
    ("self.?url.orValue('') != ''", "cannot be parsed here"),
])
def test_a_rule_with_a_function_we_lack_is_reported_by_name(rule, named):
    manifest = {"spec": {"url": "https://example.com"}}
    (problem,) = CelRules(schema_with(rule)).problems(manifest)
    assert problem[0] == "spec" and named in problem[1] and "the API server's verdict is unknown" in problem[1]
    assert list(CelRules(schema_with(rule)).problems({})) == []  # a rule on an absent field never runs


def test_a_rule_that_errors_is_a_problem_not_a_pass():
    (problem,) = CelRules(schema_with("self.missing == 'x'")).problems({"spec": {"url": "u"}})
    assert "cannot be evaluated on this value" in problem[1]


def test_message_expression_is_used():
    schema = schema_with("self.url.startsWith('https://')")
    schema["properties"]["spec"]["x-kubernetes-validations"][0]["messageExpression"] = "'not https: ' + self.url"
    assert list(CelRules(schema).problems({"spec": {"url": "http://a"}})) == [
        ("spec", "not https: http://a (the CRD's rule \"self.url.startsWith('https://')\" is false)")]


@pytest.mark.parametrize("name, escaped", [("namespace", "__namespace__"), ("x-y", "x__dash__y"),
                                           ("a.b", "a__dot__b"), ("a/b", "a__slash__b"), ("a__b", "a__underscores__b"),
                                           ("plain_name", "plain_name"), ("1x", None), ("a b", None), ("", None)])
def test_property_names_are_escaped_as_the_api_server_does(name, escaped):
    """apiserver pkg/cel/escaping_test.go's cases."""
    assert escape(name) == escaped


def test_the_validator_runs_the_rules_of_rendered_objects(example_objects):
    """Integrated in validation (render, validate): the example's ScaledObject passes; broken, it fails."""
    validator = Validator("1.33")
    (scaled,) = [o for o in example_objects if o["kind"] == "ScaledObject"][:1]
    assert list(validator.problems(scaled)) == []
    bad = copy.deepcopy(scaled)
    bad["spec"]["minReplicaCount"] = bad["spec"]["maxReplicaCount"] + 1
    (problem,) = validator.problems(bad)
    assert problem.startswith(f"ScaledObject/{scaled['metadata']['namespace']}/{scaled['metadata']['name']}: spec:"
                              " minReplicaCount must be less than or equal to maxReplicaCount")


def test_library_functions_behave_as_kubernetes_documents():
    """The Kubernetes library functions evaluated here, on the examples of their upstream docs."""
    def run(rule, value):
        return bool(compile_rule(rule).program.evaluate({"self": cel_rules.to_cel(value, None)}))

    assert run("self.lowerAscii() == 'tacocat'", "TacoCAT") and run("'a,b,c'.split(',') == ['a', 'b', 'c']", "")
    assert run("'a,b,c'.split(',', 2) == ['a', 'b,c']", "") and run("'hello'.charAt(1) == 'e'", "")
    assert run("'hello mellow'.indexOf('ello', 2) == 7", "") and run("'hello'.substring(1, 3) == 'el'", "")
    assert run("[1, 2, 3].isSorted() && [1, 2, 3].sum() == 6 && [3, 1].min() == 1", "")
    assert run("'abc 123'.find('[0-9]+') == '123' && 'a1b2'.findAll('[0-9]') == ['1', '2']", "")
    assert run("' x '.trim() == 'x' && ['a', 'b'].join('-') == 'a-b' && 'aXa'.upperAscii() == 'AXA'", "")
    assert json.dumps(sorted(cel_rules.LIBRARY)) == json.dumps(sorted(set(cel_rules.LIBRARY)))

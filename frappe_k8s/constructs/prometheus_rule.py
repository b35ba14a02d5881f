"""PrometheusRule: alert groups for the Prometheus Operator (monitoring.coreos.com/v1, schema vendored in frappe_k8s/schemas/)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object
from frappe_k8s.labels import standard_labels

APP_NAME = "monitoring"


@dataclass(frozen=True)
class PrometheusRuleProps:
    """One PrometheusRule. `labels` are what the user's Prometheus `ruleSelector` matches."""

    name: str
    namespace: str
    groups: tuple[dict[str, Any], ...]           # spec.groups: {name, rules: [{alert, expr, for, labels, annotations}]}
    labels: tuple[tuple[str, str], ...] = ()


class PrometheusRule(Construct):
    """A PrometheusRule in the namespace of what it watches, so the namespace's owners find its alerts there.
    No status, so both GitOps tools call it healthy once applied."""

    def __init__(self, scope: Construct, construct_id: str, props: PrometheusRuleProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.rule = k8s_object(self, "rule", api_version="monitoring.coreos.com/v1", kind="PrometheusRule",
                               name=props.name, namespace=props.namespace,
                               labels={**dict(props.labels), **standard_labels(APP_NAME, props.name, "alerts")},
                               spec={"groups": list(props.groups)})

"""The `monitoring` app: alerts and scrape targets, only with platform.yaml `monitoring.enabled`."""
from __future__ import annotations

from typing import Mapping

from constructs import Construct

from frappe_k8s import alerts
from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.prometheus_rule import PrometheusRule, PrometheusRuleProps
from frappe_k8s.constructs.velero_monitors import VeleroMonitors, VeleroMonitorsProps
from frappe_k8s.model import Platform
from frappe_k8s.model.monitoring import runbook_template


class MonitoringChart(AppChart):
    """dist/monitoring/: one PrometheusRule `<platform>-alerts` per namespace it watches, and Velero's monitors.

    It depends on `namespaces` alone, on purpose: Argo CD waves and Flux dependsOn wait for the apps before to
    be healthy, and alerts must be in place exactly when a bench, a site or storage is not."""

    APP = "monitoring"

    def __init__(self, scope: Construct, platform: Platform, apps: Mapping[str, list[dict]]):
        super().__init__(scope, self.APP, depends_on=("namespaces",))
        m, g = platform.monitoring, platform.gitops
        template = runbook_template(m, g)
        assert template is not None, "the loader requires monitoring.runbookBaseUrl when it cannot derive it"
        groups = alerts.rule_groups(alerts.platform_rules(platform, apps), platform.name, template)
        self.rules = [PrometheusRule(self, f"rules.{namespace}", PrometheusRuleProps(
            name=f"{platform.name}-alerts", namespace=namespace, groups=tuple(namespace_groups), labels=m.labels))
            for namespace, namespace_groups in groups.items()]
        velero = platform.backups.velero
        self.velero = VeleroMonitors(self, "velero", VeleroMonitorsProps(
            namespace=velero.namespace, node_agent=velero.node_agent, labels=m.labels)) \
            if velero is not None and velero.install else None

"""VeleroMonitors: the scrape targets of Velero's server and node-agent for the Prometheus Operator."""
from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.operators import VELERO_RELEASE

APP_NAME = "monitoring"
# vmware-tanzu/helm-charts charts/velero 12.1.0: templates/service.yaml (Service <release>, port http-monitoring
# 8085, labels app.kubernetes.io/name: velero and instance: <release>, rendered while metrics.enabled, the chart's
# default) and templates/node-agent-daemonset.yaml (pods labelled name: node-agent, container port http-monitoring
# 8085). Velero's metrics address is :8085 in both (velero pkg/cmd/server/config/config.go, cmd/cli/nodeagent).
METRICS_PORT = "http-monitoring"
CHART_SELECTOR = {"app.kubernetes.io/name": "velero", "app.kubernetes.io/instance": VELERO_RELEASE}


@dataclass(frozen=True)
class VeleroMonitorsProps:
    namespace: str = "velero"
    node_agent: bool = False                 # file-system backups or the data mover run the node-agent
    labels: tuple[tuple[str, str], ...] = ()  # for the Prometheus serviceMonitorSelector / podMonitorSelector
    interval: str = "30s"


class VeleroMonitors(Construct):
    """A ServiceMonitor of the Velero server (its velero_backup_* metrics feed the backup alerts) and, with the
    node-agent, a PodMonitor of it (file-system backup and data mover metrics). The chart's own monitors
    (metrics.serviceMonitor, metrics.nodeAgentPodMonitor) stay off: these are rendered, reviewed and labelled
    like every other object here."""

    def __init__(self, scope: Construct, construct_id: str, props: VeleroMonitorsProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        p = props
        labels = lambda component: {**dict(p.labels), **standard_labels(APP_NAME, "velero", component)}
        self.service_monitor = k8s_object(
            self, "server", api_version="monitoring.coreos.com/v1", kind="ServiceMonitor", name="velero",
            namespace=p.namespace, labels=labels("velero-server"),
            spec={"selector": {"matchLabels": dict(CHART_SELECTOR)}, "namespaceSelector": {"matchNames": [p.namespace]},
                  "endpoints": [{"port": METRICS_PORT, "path": "/metrics", "interval": p.interval}]})
        self.pod_monitor = k8s_object(
            self, "node-agent", api_version="monitoring.coreos.com/v1", kind="PodMonitor", name="velero-node-agent",
            namespace=p.namespace, labels=labels("velero-node-agent"),
            spec={"selector": {"matchLabels": {**CHART_SELECTOR, "name": "node-agent"}},
                  "namespaceSelector": {"matchNames": [p.namespace]},
                  "podMetricsEndpoints": [{"port": METRICS_PORT, "path": "/metrics", "interval": p.interval}]}) \
            if p.node_agent else None

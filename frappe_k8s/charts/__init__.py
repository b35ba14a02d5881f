"""One cdk8s Chart per GitOps application folder in dist/. Charts read the typed model."""
from __future__ import annotations

from cdk8s import App, Chart

from frappe_k8s.charts.operators import OperatorsChart
from frappe_k8s.charts.storage import StorageChart
from frappe_k8s.model import Platform

CHARTS = (OperatorsChart, StorageChart)  # operators first: the others need their CRDs


def build(app: App, platform: Platform) -> list[Chart]:
    """Every app chart of the platform, in sync order."""
    return [chart(app, platform) for chart in CHARTS]

"""One cdk8s Chart per GitOps application folder in dist/. Charts read the typed model."""
from __future__ import annotations

from cdk8s import App, Chart

from frappe_k8s.charts.backups import BackupsChart
from frappe_k8s.charts.bench import BenchChart
from frappe_k8s.charts.operators import OperatorsChart, operator_tools
from frappe_k8s.charts.sites import SitesChart
from frappe_k8s.charts.storage import StorageChart
from frappe_k8s.model import Platform


def build(app: App, platform: Platform) -> list[Chart]:
    """Every app chart of the platform, in sync order: operators (the others need their CRDs), storage,
    backups, each bench, then the sites of each bench."""
    benches = [BenchChart(app, bench) for bench in platform.benches]
    return [*(OperatorsChart(app, platform, tool) for tool in operator_tools(platform)),
            StorageChart(app, platform), BackupsChart(app, platform), *benches,
            *(SitesChart(app, chart.bench) for chart in benches if chart.bench.props.sites)]

"""One cdk8s Chart per GitOps application folder in dist/. Charts read the typed model."""
from __future__ import annotations

from cdk8s import App

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.charts.backups import BackupsChart
from frappe_k8s.charts.bench import BenchChart
from frappe_k8s.charts.gitops import GitOpsChart
from frappe_k8s.charts.monitoring import MonitoringChart
from frappe_k8s.charts.namespaces import NamespacesChart
from frappe_k8s.charts.operators import OperatorsChart, operator_tools
from frappe_k8s.charts.sites import SitesChart
from frappe_k8s.charts.storage import StorageChart
from frappe_k8s.model import Platform
from frappe_k8s.model.gitops import TOOLS, AppFolder, GitOpsWiringProps, contents, wire

Synthesized = list[tuple[AppFolder, list[dict]]]


def build(app: App, platform: Platform) -> Synthesized:
    """Every app folder of the platform with its manifests: the platform's own charts, then the folders derived
    from what they rendered (the namespaces they use, and the GitOps wiring of them all)."""
    benches = [BenchChart(app, bench) for bench in platform.benches]
    charts: list[AppChart] = [*(OperatorsChart(app, platform, tool) for tool in operator_tools(platform)),
                              StorageChart(app, platform), BackupsChart(app, platform), *benches,
                              *(SitesChart(app, chart.bench) for chart in benches if chart.bench.props.sites)]
    apps = [(chart.app, list(chart.to_json())) for chart in charts]
    if platform.monitoring.enabled:  # derived from what the other folders render
        monitoring = MonitoringChart(app, platform, {folder.folder: manifests for folder, manifests in apps})
        apps.append((monitoring.app, list(monitoring.to_json())))
    used = {m["metadata"]["namespace"] for folder, manifests in apps if folder.tools == TOOLS
            for m in manifests if m["metadata"].get("namespace")}  # tool-specific folders live in the tool's namespace
    namespaces = NamespacesChart(app, used)
    apps.insert(0, (namespaces.app, list(namespaces.to_json())))
    if platform.gitops is not None:
        rendered = [folder.folder for folder, manifests in apps if manifests]
        inside = tuple(contents(folder.folder, manifests) for folder, manifests in apps if manifests)
        g = platform.gitops
        for tool in operator_tools(platform):
            props = GitOpsWiringProps(name=platform.name, repo_url=g.repo_url, revision=g.revision, path=g.path,
                                      apps=tuple(wire([f for f, _ in apps], tool, rendered)), contents=inside)
            chart = GitOpsChart(app, tool, props)
            apps.append((chart.app, list(chart.to_json())))
    return apps

"""One cdk8s Chart per GitOps application folder in dist/. Charts read the typed model."""
from __future__ import annotations

from typing import Collection, Optional

from cdk8s import App

from frappe_k8s.charts import app_chart
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
    apps = [(chart.app, list(chart.to_json())) for chart in primary(app, platform)]
    return derived(app, platform, apps)


def primary(app: App, platform: Platform, only: Optional[Collection[str]] = None) -> list[AppChart]:
    """The platform's own charts in build order, each independent of the others' output; with `only`, just those
    folders. A sites chart needs its bench's FrappeBench: the bench chart is built as its scope even when its own
    folder is not wanted (and then not returned)."""
    def wanted(folder: str) -> bool:
        return only is None or folder in only

    with app_chart.recording():
        charts: list[AppChart] = [OperatorsChart(app, platform, tool) for tool in operator_tools(platform)
                                  if wanted(f"operators-{tool}")]
        charts += [chart(app, platform) for chart in (StorageChart, BackupsChart) if wanted(chart.APP)]
        sites: list[AppChart] = []
        for bench in platform.benches:
            with_sites = bool(bench.sites) and wanted(f"sites-{bench.name}")
            if wanted(f"bench-{bench.name}") or with_sites:
                chart = BenchChart(app, bench)
                if wanted(chart.app.folder):
                    charts.append(chart)
                if with_sites:
                    sites.append(SitesChart(app, chart.bench))
    return charts + sites


def primary_folders(platform: Platform) -> list[str]:
    """The folders of `primary()`, in its order, without building anything."""
    return ([f"operators-{tool}" for tool in operator_tools(platform)] + [StorageChart.APP, BackupsChart.APP]
            + [f"bench-{b.name}" for b in platform.benches] + [f"sites-{b.name}" for b in platform.benches if b.sites])


def derived(app: App, platform: Platform, apps: Synthesized) -> Synthesized:
    """`apps` (the primary folders' output, in build order) with the folders derived from it: the monitoring of
    what they render, the namespaces first, the GitOps wiring of every folder last."""
    with app_chart.recording():
        return _derived(app, platform, list(apps))


def _derived(app: App, platform: Platform, apps: Synthesized) -> Synthesized:
    if platform.monitoring.enabled:
        monitoring = MonitoringChart(app, platform, {folder.folder: manifests for folder, manifests in apps})
        apps.append((monitoring.app, list(monitoring.to_json())))
    used = {m["metadata"]["namespace"] for folder, manifests in apps if folder.tools == TOOLS
            for m in manifests if m["metadata"].get("namespace")}  # tool-specific folders live in the tool's namespace
    namespaces = NamespacesChart(app, used)
    apps = [(namespaces.app, list(namespaces.to_json())), *apps]
    if platform.gitops is not None:
        rendered = [folder.folder for folder, manifests in apps if manifests]
        inside = tuple(contents(folder.folder, manifests) for folder, manifests in apps if manifests)
        g = platform.gitops
        for tool in operator_tools(platform):
            props = GitOpsWiringProps(name=platform.name, repo_url=g.repo_url, revision=g.revision, path=g.path,
                                      apps=tuple(wire([f for f, _ in apps], tool, rendered)), contents=inside,
                                      argocd_namespace=g.argocd_namespace, flux_namespace=g.flux_namespace)
            chart = GitOpsChart(app, tool, props)
            apps.append((chart.app, list(chart.to_json())))
    return apps

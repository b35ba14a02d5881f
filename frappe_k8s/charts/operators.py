"""The `operators-argocd` and `operators-flux` apps: upstream operator charts as GitOps sources, one folder
per tool (a folder holding both would fail in each tool on the other's kinds), synced before every other app."""
from __future__ import annotations

from dataclasses import replace

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.helm_operator import HelmOperator
from frappe_k8s.model import Platform
from frappe_k8s.model.operators import HelmOperatorProps, ceph_operators, velero_operator


def operator_releases(platform: Platform) -> tuple[HelmOperatorProps, ...]:
    """Every operator release the platform needs, in install order."""
    tool = platform.gitops.tool if platform.gitops else "both"
    releases: tuple[HelmOperatorProps, ...] = ()
    if platform.storage.ceph_clusters:
        releases += ceph_operators(platform.storage.rook.operator_namespace, platform.snapshot_controller, tool,
                                   monitoring=platform.monitoring.enabled)
    velero = platform.backups.velero
    if velero is not None and velero.install:
        cephfs = [fs.storage_class_name for c in platform.storage.ceph_clusters for fs in c.filesystems]
        after = [r.name for r in releases if r.name == "snapshot-controller"] if velero.csi else []
        releases += (velero_operator(velero, tool, cephfs, after),)
    return releases


def operator_tools(platform: Platform) -> tuple[str, ...]:
    """The GitOps tools to render sources for: gitops.tool, both when there is no gitops section."""
    tool = platform.gitops.tool if platform.gitops else "both"
    return ("argocd", "flux") if tool == "both" else (tool,)


class OperatorsChart(AppChart):
    """dist/operators-<tool>/: one HelmOperator per release (Rook, CSI, snapshot controller, Velero), as Argo CD
    Applications or as Flux HelmRepositories and HelmReleases."""

    def __init__(self, scope: Construct, platform: Platform, tool: str):
        super().__init__(scope, f"operators-{tool}", tools=(tool,), key="operators")
        g = platform.gitops
        namespaces = {"argocd_namespace": g.argocd_namespace, "flux_namespace": g.flux_namespace} if g else {}
        self.operators = [HelmOperator(self, release.name, replace(release, tool=tool, **namespaces))
                          for release in operator_releases(platform)]

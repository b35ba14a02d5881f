"""The `gitops/argocd` and `gitops/flux` folders: how each tool syncs the other app folders, in their order."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.argocd_app_of_apps import ArgoCdAppOfApps
from frappe_k8s.constructs.flux_kustomizations import FluxKustomizations
from frappe_k8s.model.gitops import ARGOCD, GitOpsWiringProps, gitops_folder


class GitOpsChart(AppChart):
    """dist/gitops/<tool>/: the one folder a user applies by hand; it is not itself a wired app."""

    def __init__(self, scope: Construct, tool: str, props: GitOpsWiringProps):
        super().__init__(scope, gitops_folder(tool), tools=())
        self.wiring = (ArgoCdAppOfApps if tool == ARGOCD else FluxKustomizations)(self, "wiring", props)

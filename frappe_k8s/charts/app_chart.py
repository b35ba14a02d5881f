"""AppChart: a cdk8s Chart that is one app folder of dist/, with its place in the sync order as data."""
from __future__ import annotations

from typing import Iterable, Optional

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.model.gitops import TOOLS, AppFolder


class AppChart(Chart):
    """One app folder. `depends_on` names the apps (their keys) that must be synced and healthy first; Argo CD
    waves, Flux `dependsOn`, the overview's diagram and `plan` are all derived from it (frappe_k8s.model.gitops)."""

    def __init__(self, scope: Construct, folder: str, *, depends_on: Iterable[str] = (),
                 tools: Iterable[str] = TOOLS, key: Optional[str] = None):
        super().__init__(scope, folder.replace("/", "-"), disable_resource_name_hashes=True)
        self.app = AppFolder(folder, tuple(depends_on), tuple(tools), key)

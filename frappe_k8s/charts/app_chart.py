"""AppChart: a cdk8s Chart that is one app folder of dist/, with its place in the sync order as data."""
from __future__ import annotations

from typing import Iterable, Optional

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.constructs.k8s_object import Recorder
from frappe_k8s.model.gitops import TOOLS, AppFolder

# False: constructs create real ApiObjects in these charts too, the slow path the tests compare recording with.
RECORD = True


class AppChart(Chart):
    """One app folder. `depends_on` names the apps (their keys) that must be synced and healthy first; Argo CD
    waves, Flux `dependsOn`, the overview's diagram and `plan` are all derived from it (frappe_k8s.model.gitops).

    It records: the objects its constructs create are plain Python (frappe_k8s.constructs.k8s_object) and join the
    chart's own ApiObjects in `to_json()`, which `app.synth()` calls too. That saves the jsii round trips of every
    object (about 1 ms each), which dominated a large render."""

    def __init__(self, scope: Construct, folder: str, *, depends_on: Iterable[str] = (),
                 tools: Iterable[str] = TOOLS, key: Optional[str] = None):
        super().__init__(scope, folder.replace("/", "-"), disable_resource_name_hashes=True)
        self.app = AppFolder(folder, tuple(depends_on), tuple(tools), key)
        self._recorder = Recorder() if RECORD else None

    def to_json(self) -> list:
        return [*super().to_json(), *(self._recorder.to_json() if self._recorder else ())]

"""AppChart: a cdk8s Chart that is one app folder of dist/, with its place in the sync order as data."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Optional

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.constructs.k8s_object import Recorder
from frappe_k8s.model.gitops import TOOLS, AppFolder

# Whether AppCharts created now record. Only the renderer's own builds do (`recording()`): charts a Python user
# creates hold real ApiObjects, which every cdk8s output type, `api_objects` and `node.find_all` see.
RECORD = False


@contextmanager
def recording() -> Iterator[None]:
    """AppCharts created inside record their objects (the renderer's builds: charts.build, primary, derived)."""
    global RECORD
    previous, RECORD = RECORD, True
    try:
        yield
    finally:
        RECORD = previous


class AppChart(Chart):
    """One app folder. `depends_on` names the apps (their keys) that must be synced and healthy first; Argo CD
    waves, Flux `dependsOn`, the overview's diagram and `plan` are all derived from it (frappe_k8s.model.gitops).

    Created inside `recording()` (the renderer does), it records: the objects its constructs create are plain Python
    (frappe_k8s.constructs.k8s_object) and join the chart's own ApiObjects in `to_json()`, which `app.synth()` calls
    too. That saves the jsii round trips of every object (about 1 ms each), which dominated a large render."""

    def __init__(self, scope: Construct, folder: str, *, depends_on: Iterable[str] = (),
                 tools: Iterable[str] = TOOLS, key: Optional[str] = None):
        super().__init__(scope, folder.replace("/", "-"), disable_resource_name_hashes=True)
        self.app = AppFolder(folder, tuple(depends_on), tuple(tools), key)
        self._recorder = Recorder() if RECORD else None

    def to_json(self) -> list:
        return [*super().to_json(), *(self._recorder.to_json() if self._recorder else ())]

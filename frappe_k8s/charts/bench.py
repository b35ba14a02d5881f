"""The `bench-<name>` apps: one per bench, so each syncs (and can be paused) on its own."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.frappe_bench import FrappeBench
from frappe_k8s.model.bench import FrappeBenchProps


class BenchChart(AppChart):
    """One FrappeBench, rendered into dist/bench-<name>/ once its volumes' classes (storage) and Velero (backups)
    are there."""

    def __init__(self, scope: Construct, bench: FrappeBenchProps):
        super().__init__(scope, f"bench-{bench.name}", depends_on=("storage", "backups"))
        self.bench = FrappeBench(self, "bench", bench)

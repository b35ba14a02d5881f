"""The `bench-<name>` apps: one per bench, so each syncs (and can be paused) on its own."""
from __future__ import annotations

from constructs import Construct

from frappe_k8s.charts.app_chart import AppChart
from frappe_k8s.constructs.frappe_bench import FrappeBench
from frappe_k8s.model.bench import FrappeBenchProps


class BenchChart(AppChart):
    """One FrappeBench, rendered into dist/bench-<name>/ once its volumes' classes are there (storage). Not after
    backups: Velero reads the bench's hook annotations when it backs up, and a backup location that is unavailable
    (an S3 outage) must not hold back a fix to a bench."""

    def __init__(self, scope: Construct, bench: FrappeBenchProps):
        super().__init__(scope, f"bench-{bench.name}", depends_on=("storage",))
        self.bench = FrappeBench(self, "bench", bench)

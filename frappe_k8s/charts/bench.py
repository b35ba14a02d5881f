"""The `bench-<name>` apps: one per bench, so each syncs (and can be paused) on its own."""
from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from frappe_k8s.constructs.frappe_bench import FrappeBench
from frappe_k8s.model.bench import FrappeBenchProps


class BenchChart(Chart):
    """One FrappeBench, rendered into dist/bench-<name>/."""

    def __init__(self, scope: Construct, bench: FrappeBenchProps):
        super().__init__(scope, f"bench-{bench.name}", disable_resource_name_hashes=True)
        self.bench = FrappeBench(self, "bench", bench)

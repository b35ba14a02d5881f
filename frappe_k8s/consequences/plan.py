"""The plan of a change: its object changes, their consequences, what is acknowledged, and the exit code."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Mapping, Optional

from frappe_k8s.consequences import capacity, data, exposure, immutable, restarts, runs
from frappe_k8s.consequences.acknowledge import Acknowledgement, Matching, match
from frappe_k8s.consequences.capacity import ClassFigures
from frappe_k8s.consequences.finding import CLASSES, Context, Finding
from frappe_k8s.consequences.objects import Changes, Side, pair
from frappe_k8s.consequences.syncing import app_syncs
from frappe_k8s.diff import TreeDiff, compare
from frappe_k8s.model import Platform

# Exit codes of `frappe-k8s diff`.
EXIT_NO_CHANGES = 0  # the renders are the same, byte for byte
EXIT_CHANGES = 1     # they differ, and nothing is blocked (or every blocked change is acknowledged)
EXIT_USAGE = 2       # no plan: a bad option, platform.yaml, render, git ref or acknowledgements file
EXIT_BLOCKED = 3     # a change is refused at apply, or destroys or orphans data, and is not acknowledged


@dataclass(frozen=True)
class Plan:
    against: str
    diff: TreeDiff
    changes: Changes
    findings: tuple[Finding, ...]
    capacity: tuple[ClassFigures, ...]
    acknowledgements: Matching
    notes: tuple[str, ...] = ()

    @cached_property
    def blocked(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and f.id not in self.acknowledgements.accepted]

    @cached_property
    def accepted(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and f.id in self.acknowledgements.accepted]

    @property
    def exit_code(self) -> int:
        if self.blocked:
            return EXIT_BLOCKED
        return EXIT_CHANGES if self.diff else EXIT_NO_CHANGES

    def of(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]


def make_plan(old_files: Mapping[str, bytes], new_files: Mapping[str, bytes], new_platform: Platform, *,
              old_platform: Optional[Platform] = None, acknowledgements: Iterable[Acknowledgement] = (),
              merged_ids: Optional[set[str]] = None, against: str = "", notes: Iterable[str] = ()) -> Plan:
    """Compare two renders and read every difference for its consequences."""
    diff = compare(old_files, new_files)
    old, new = Side(old_files), Side(new_files)
    changes = pair(old, new, diff)
    ctx = Context(old, new, changes, app_syncs(old, new), new_platform, old_platform)
    figures = capacity.figures(ctx) if diff else []
    found = [*immutable.findings(ctx), *data.findings(ctx), *runs.findings(ctx), *restarts.findings(ctx),
             *capacity.findings(ctx, figures), *exposure.findings(ctx)]
    order = list(CLASSES)
    found.sort(key=lambda f: (order.index(f.category), f.app, f.subject, f.summary))
    return Plan(against, diff, changes, tuple(found), tuple(figures), match(found, acknowledgements, merged_ids),
                tuple(notes))

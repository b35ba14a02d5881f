"""What the plan reports: findings, one consequence of the change each, in six classes, and what every rule that
finds them may read."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from frappe_k8s.consequences.objects import Changes, Obj, Side
from frappe_k8s.consequences.syncing import AppSync
from frappe_k8s.model import Platform

REFUSED, DATA, RUNS, RESTARTS, CAPACITY, EXPOSURE = "refused", "data", "runs", "restarts", "capacity", "exposure"
# The classes in the order the plan prints them, with their headings.
CLASSES = {REFUSED: "Refused at apply", DATA: "Data", RUNS: "Jobs that will run", RESTARTS: "Restarts",
           CAPACITY: "Capacity", EXPOSURE: "Exposure"}


@dataclass(frozen=True)
class Finding:
    """One consequence of the change.

    `subject` is the dist/ path of the object it is about (or `StorageClass <name>` for capacity). A blocking
    finding (refused at apply, data destroyed or orphaned) carries an id, derived from `key` (what exactly
    changes), that an acknowledgement names; the same change always gets the same id, another change another.
    """

    category: str
    app: str
    subject: str
    summary: str
    details: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # the upstream code or documents that decide it
    blocking: bool = False
    key: str = ""

    @property
    def id(self) -> Optional[str]:
        if not self.blocking:
            return None
        return f"{self.category}-{hashlib.sha256(self.key.encode()).hexdigest()[:8]}"


@dataclass(frozen=True)
class Context:
    """What a consequence rule reads: both renders, the objects that differ, how each app is synced, and the
    platform models (the old one is None when only the old render is known, `--against DIR`)."""

    old: Side
    new: Side
    changes: Changes
    syncs: dict[str, AppSync]
    new_platform: Platform
    old_platform: Optional[Platform] = None

    def sync(self, obj: Obj) -> AppSync:
        return self.syncs.get(obj.app) or AppSync(obj.app)

    def app_removed(self, obj: Obj) -> bool:
        return obj.app not in self.new.apps

"""`--shard I/N`: a deterministic share of the primary app folders, so a CI matrix can split a fleet's render.

Folders go to shards largest first, each to the shard with the least estimated work so far (ties: the lower
shard), so the shards are balanced and every runner computes the same assignment from the same platform.yaml.
Shard 1 also writes the derived folders (namespaces, gitops/<tool>) and README.md, which need every folder's
objects: it synthesizes the other shards' folders for that (no validation, no YAML), or takes them from the cache.
The union of all shards' output is the full render.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from frappe_k8s.errors import UserError
from frappe_k8s.model import Platform

SITE_OBJECTS = 10   # a site renders about ten objects (database, user, grant, passwords, Jobs, routing, ...)
FOLDER_OBJECTS = 25  # a bench, storage, backups or operators folder


@dataclass(frozen=True)
class Shard:
    index: int  # 1..count
    count: int


def parse_shard(value: str) -> Shard:
    """`I/N` with 1 <= I <= N; anything else is a user mistake with the fix in the message."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", value or "")
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise UserError(f"--shard {value!r} is not I/N with 1 <= I <= N. Fix: pass e.g. --shard 1/4 (the first of "
                        "four shards; in GitHub Actions --shard ${{ matrix.shard }}/4, in GitLab "
                        "--shard $CI_NODE_INDEX/$CI_NODE_TOTAL)")
    return Shard(int(match.group(1)), int(match.group(2)))


def estimated_objects(platform: Platform, folder: str) -> int:
    """About how many objects a primary folder renders: enough to balance work, never exact."""
    if folder.startswith("sites-"):
        bench = next(b for b in platform.benches if f"sites-{b.name}" == folder)
        return SITE_OBJECTS * len(bench.sites) + 2
    return FOLDER_OBJECTS


def balance(platform: Platform, folders: Sequence[str], parts: int) -> dict[str, int]:
    """folder -> its part (1..parts): largest first, each to the least loaded part (ties: the lower part)."""
    load = [0] * parts
    assigned = {}
    for folder in sorted(folders, key=lambda f: (-estimated_objects(platform, f), f)):
        least = load.index(min(load))
        assigned[folder] = least + 1
        load[least] += estimated_objects(platform, folder)
    return assigned

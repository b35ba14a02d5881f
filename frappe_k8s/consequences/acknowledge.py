"""Acknowledging blocked changes: an entry in the repository's acknowledgements file, reviewed with the change that
needs it, or `--accept ID` for one run.

    acknowledgements:
      - id: refused-3f9a2c1e
        object: bench-production-bench/PersistentVolumeClaim.frappe.production-bench-sites.yaml
        reason: the claim was re-created at 10Gi by hand and restored from backup (OPS-42)

An id is derived from exactly what changes (the object, the fields, the values), so an entry fits one change and
no other. With `--against GIT_REF`, entries the file already had at that ref acknowledge nothing: an
acknowledgement belongs to the pull request that makes its change, and one merged before cannot wave a later
change through. The plan lists those, and entries that match nothing, so they can be removed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

import yaml

from frappe_k8s import bounded_yaml
from frappe_k8s.consequences.finding import DATA, REFUSED, Finding
from frappe_k8s.errors import UserError

FILE_NAME = "acknowledgements.yaml"
ID = re.compile(rf"^({REFUSED}|{DATA})-[0-9a-f]{{8}}$")
KEYS = ("id", "object", "reason")
MIN_REASON = 10  # characters: a sentence that says why, not "ok"


@dataclass(frozen=True)
class Acknowledgement:
    id: str
    object: str
    reason: str
    where: str  # `acknowledgements.yaml` entry [i], or `--accept`


@dataclass(frozen=True)
class Matching:
    """Which findings the acknowledgements accept, and the acknowledgements that accept nothing."""

    accepted: dict[str, Acknowledgement] = field(default_factory=dict)  # finding id -> its acknowledgement
    unused: tuple[Acknowledgement, ...] = ()   # match no change of this plan
    merged: tuple[Acknowledgement, ...] = ()   # already on the base branch: they acknowledge nothing here


def parse(text: str, where: str) -> list[Acknowledgement]:
    """The entries of an acknowledgements file; a malformed one is an error naming the entry and the fix."""
    try:
        bounded_yaml.check(text)  # a pull request writes this file: read it within the YAML limits
        document = yaml.safe_load(text)
    except bounded_yaml.LimitExceeded as error:
        raise UserError(f"{where}{f':{error.line}' if error.line else ''}: {error.problem}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise UserError(f"{where}{f':{mark.line + 1}' if mark else ''}: not valid YAML. Fix: check indentation and "
                        "quoting") from None
    if document is None:
        return []
    if not isinstance(document, dict) or set(document) - {"acknowledgements"}:
        raise UserError(f"{where}: expected one key, acknowledgements, holding a list. Fix: write "
                        "`acknowledgements: [{id: ..., object: ..., reason: ...}]`")
    entries = document.get("acknowledgements") or []
    if not isinstance(entries, list):
        raise UserError(f"{where}: acknowledgements must be a list of entries. Fix: start each entry with `- id:`")
    out, seen = [], set()
    for i, entry in enumerate(entries):
        at = f"{where}: acknowledgements[{i}]"
        if not isinstance(entry, dict) or set(entry) != set(KEYS):
            got = sorted(entry) if isinstance(entry, dict) else entry
            raise UserError(f"{at}: needs exactly id, object and reason (got {got!r}). Fix: copy the entry the plan "
                            "prints and write the reason")
        ack_id, obj, reason = (entry[k] for k in KEYS)
        if not isinstance(ack_id, str) or not ID.match(ack_id):
            raise UserError(f"{at}.id: is not a plan id (got {ack_id!r}). Fix: copy the id the plan prints, such as "
                            "refused-3f9a2c1e")
        if ack_id in seen:
            raise UserError(f"{at}.id: {ack_id} is acknowledged twice. Fix: keep one entry")
        if not isinstance(obj, str) or not obj.strip():
            raise UserError(f"{at}.object: is missing (got {obj!r}). Fix: copy the object path the plan prints")
        if not isinstance(reason, str) or len(reason.strip()) < MIN_REASON or reason.strip().startswith("<"):
            raise UserError(f"{at}.reason: does not say why (got {reason!r}). Fix: write in a sentence why this change"
                            " is safe, or what was done by hand first")
        seen.add(ack_id)
        out.append(Acknowledgement(ack_id, obj, reason.strip(), f"{where} entry {i}"))
    return out


def from_options(ids: Iterable[str]) -> list[Acknowledgement]:
    """`--accept ID` (repeatable, or comma-separated)."""
    out = []
    for ack_id in (i.strip() for value in ids for i in value.split(",") if i.strip()):
        if not ID.match(ack_id):
            raise UserError(f"--accept {ack_id!r} is not a plan id. Fix: pass an id the plan prints, such as "
                            "refused-3f9a2c1e")
        out.append(Acknowledgement(ack_id, "", "accepted with --accept for this run", "--accept"))
    return out


def match(findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement],
          merged_ids: Optional[set[str]] = None) -> Matching:
    """Pair acknowledgements with the blocking findings whose id they name. An entry whose id belongs to a change of
    another object was copied wrong: that is an error, not a silent miss."""
    blocking = {f.id: f for f in findings if f.blocking}
    accepted, unused, merged = {}, [], []
    for ack in acknowledgements:
        if merged_ids is not None and ack.where != "--accept" and ack.id in merged_ids:
            merged.append(ack)
            continue
        found = blocking.get(ack.id)
        if found is None:
            unused.append(ack)
            continue
        if ack.object and ack.object != found.subject:
            raise UserError(f"{ack.where}: {ack.id} is the id of a change to {found.subject}, not {ack.object}. "
                            "Fix: copy the entry the plan prints")
        accepted.setdefault(ack.id, ack)
    return Matching(accepted, tuple(unused), tuple(merged))

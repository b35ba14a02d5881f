"""The plan as terminal text (the default), markdown for a pull-request comment, or JSON for tools."""
from __future__ import annotations

import json

import yaml

from frappe_k8s.consequences.acknowledge import FILE_NAME
from frappe_k8s.consequences.finding import CAPACITY, CLASSES, Finding
from frappe_k8s.consequences.plan import EXIT_BLOCKED, EXIT_CHANGES, Plan
from frappe_k8s.diff import ABSENT, app_of, format_change, report

FORMATS = ("text", "markdown", "json")
JSON_SCHEMA = "frappe-k8s.plan/v1"
COMMENT_LIMIT = 60000  # characters of a markdown plan: GitHub takes 65536 in a comment
STATUS = {0: "no changes", EXIT_CHANGES: "changes", EXIT_BLOCKED: "blocked"}


def render(plan: Plan, fmt: str, acknowledgements_file: str = FILE_NAME) -> str:
    if fmt == "json":
        return as_json(plan) + "\n"
    if fmt == "markdown":
        return markdown(plan, acknowledgements_file)
    return text(plan, acknowledgements_file)


# --- shared ------------------------------------------------------------------------------------------------------

def headline(plan: Plan) -> str:
    against = f" against {plan.against}" if plan.against else ""
    if not plan.diff:
        return f"frappe-k8s plan{against}: no changes"
    apps = {app_of(c.path) for c in plan.changes}
    return f"frappe-k8s plan{against}: {plan.diff.objects} object(s) differ in {len(apps)} app(s)"


def counts(plan: Plan) -> list[tuple[str, int, str]]:
    """(class heading, findings, note on blocked and accepted ones) per class."""
    out = []
    for category, heading in CLASSES.items():
        found = plan.of(category)
        blocked = sum(f in plan.blocked for f in found)
        accepted = sum(f in plan.accepted for f in found)
        note = ", ".join(part for part in (f"{blocked} blocked" if blocked else "",
                                           f"{accepted} accepted" if accepted else "") if part)
        out.append((heading, len(found), note))
    return out


def acknowledgement_entries(findings: list[Finding]) -> str:
    entries = [{"id": f.id, "object": f.subject, "reason": "<why this is safe, or what was done by hand first>"}
               for f in findings]
    return yaml.safe_dump({"acknowledgements": entries}, sort_keys=False, width=2**30)


def exit_line(plan: Plan) -> str:
    code = plan.exit_code
    if code == EXIT_BLOCKED:
        return f"exit {code}: blocked, {len(plan.blocked)} change(s) not acknowledged"
    if code == EXIT_CHANGES and plan.accepted:
        return f"exit {code}: changes; {len(plan.accepted)} blocked change(s) acknowledged"
    return f"exit {code}: {STATUS[code]}"


def sources(found: list[Finding]) -> list[str]:
    """The distinct sources of some findings, in order."""
    return list(dict.fromkeys(s for f in found for s in f.sources))


def _mark(plan: Plan, finding: Finding) -> str:
    if finding in plan.blocked:
        return f"BLOCKED [{finding.id}] "
    if finding in plan.accepted:
        return f"accepted [{finding.id}] "
    return ""


def _housekeeping(plan: Plan) -> list[str]:
    acks = plan.acknowledgements
    return [*(f"{a.where}: {a.id} matches no change of this plan: remove it" for a in acks.unused),
            *(f"{a.where}: {a.id} is on the base branch already and acknowledges nothing here: remove it"
              for a in acks.merged),
            *plan.notes]


# --- text -------------------------------------------------------------------------------------------------------

def text(plan: Plan, acknowledgements_file: str = FILE_NAME) -> str:
    lines = [headline(plan)]
    if plan.diff:
        lines.append("  " + ", ".join(f"{n} {heading.lower()}" + (f" ({note})" if note else "")
                                      for heading, n, note in counts(plan)))
    if plan.blocked:
        lines += ["", f"BLOCKED: {len(plan.blocked)} change(s) refused at apply or losing data; acknowledge each to "
                      "go ahead"]
        lines += [f"  {f.id}  {f.subject}" for f in plan.blocked]
        lines += [f"  To accept them, add to {acknowledgements_file} in this change (reviewed with it):"]
        lines += ["    " + line for line in acknowledgement_entries(plan.blocked).splitlines()]
        lines += ["  or pass --accept ID for one run."]
    for category, heading in CLASSES.items():
        found = plan.of(category)
        if not found:
            continue
        lines += ["", heading]
        for finding in found:
            lines.append(f"  {_mark(plan, finding) or '- '}{finding.summary}")
            lines += [f"      {d}" for d in finding.details]
            ack = plan.acknowledgements.accepted.get(finding.id) if finding.id else None
            if ack is not None:
                lines.append(f"      acknowledged: {ack.reason} ({ack.where})")
        if sources(found):
            lines += ["  sources:"] + [f"    {s}" for s in sources(found)]
    notes = _housekeeping(plan)
    if notes:
        lines += ["", "Notes"] + [f"  {n}" for n in notes]
    body = "\n".join(lines) + "\n"
    if plan.diff:
        body += "\nChanges per object\n"
    return body + report(plan.diff) + f"  {exit_line(plan)}\n"


# --- markdown ---------------------------------------------------------------------------------------------------

def markdown(plan: Plan, acknowledgements_file: str = FILE_NAME, limit: int = COMMENT_LIMIT) -> str:
    """Summary tables first, then what blocks, then details folded per app; within `limit` characters."""
    head = [f"### {_md(headline(plan))}", ""]
    if plan.blocked:
        head += [f"**Blocked:** {len(plan.blocked)} change(s) are refused at apply or lose data, and need an "
                 f"acknowledgement (exit {EXIT_BLOCKED}).", ""]
    elif plan.accepted:
        head += [f"Nothing blocked: {len(plan.accepted)} blocked change(s) are acknowledged.", ""]
    if not plan.diff:
        return "\n".join(head) + "\n"
    head += ["| consequence | findings | |", "|---|---:|---|"]
    head += [f"| {heading} | {n} | {note} |" for heading, n, note in counts(plan)]
    head += ["", "| app | added | removed | changed | blocked |", "|---|---:|---:|---:|---:|"]
    for app, (added, removed, changed) in _per_app(plan).items():
        blocked = sum(f.app == app for f in plan.blocked)
        head.append(f"| `{app}` | {added} | {removed} | {changed} | {blocked or ''} |")
    if plan.blocked:
        head += ["", "#### Blocked", ""]
        for finding in plan.blocked:
            head.append(f"- `{finding.id}` {_md(finding.summary)}")
        head += ["", f"To accept them, add to `{acknowledgements_file}` in this pull request (or pass `--accept ID`):",
                 "", "```yaml", acknowledgement_entries(plan.blocked).rstrip(), "```"]
    notes = _housekeeping(plan)
    if notes:
        head += ["", "#### Notes", ""] + [f"- {_md(n)}" for n in notes]
    out = "\n".join(head) + "\n"
    capacity = plan.of(CAPACITY)
    if capacity:
        out += "\n" + _fold("Capacity", _findings_md(plan, capacity)) + "\n"
    apps = sorted({f.app for f in plan.findings if f.app} | set(_per_app(plan)))
    for i, app in enumerate(apps):
        found = [f for f in plan.findings if f.app == app and f.category != CAPACITY]
        objects = [c for c in plan.changes if c.obj.app == app]
        body = _findings_md(plan, found)
        diff = _object_diff(objects)
        summary = f"<b>{app}</b>: {len(objects)} object(s)" + (f", {len(found)} finding(s)" if found else "")
        for attempt in (body + diff, body, ""):
            section = "\n" + _fold(summary, attempt or "(too long for a comment: see the job log)") + "\n"
            if len(out) + len(section) <= limit - 200:
                out += section
                break
        else:
            out += f"\n... {len(apps) - i} more app(s) left out to fit a pull-request comment: see the job log\n"
            break
    return out


def _per_app(plan: Plan) -> dict[str, tuple[int, int, int]]:
    out: dict[str, list[int]] = {}
    for change in plan.changes:
        slot = {"added": 0, "removed": 1, "changed": 2}[change.status]
        out.setdefault(change.path.rsplit("/", 1)[0] if "/" in change.path else ".", [0, 0, 0])[slot] += 1
    return {app: tuple(n) for app, n in sorted(out.items())}


def _findings_md(plan: Plan, found: list[Finding]) -> str:
    lines = []
    for category, heading in CLASSES.items():
        mine = [f for f in found if f.category == category]
        if not mine:
            continue
        lines += ["", f"**{heading}**", ""]
        for finding in mine:
            mark = {True: "⛔ ", False: ""}[finding in plan.blocked] + ("✅ " if finding in plan.accepted else "")
            ident = f"`{finding.id}` " if finding.id else ""
            lines.append(f"- {mark}{ident}{_md(finding.summary)}")
            lines += [f"  - {_md(d.strip())}" for d in finding.details]
            ack = plan.acknowledgements.accepted.get(finding.id) if finding.id else None
            if ack is not None:
                lines.append(f"  - acknowledged: {_md(ack.reason)} ({_md(ack.where)})")
    if found:
        lines += ["", "<sub>Sources: " + "; ".join(_md(s) for s in sources(found)) + "</sub>"]
    return "\n".join(lines)


def _object_diff(changes) -> str:
    if not changes:
        return ""
    lines = []
    for change in changes:
        mark = {"added": "+", "removed": "-", "changed": "~"}[change.status]
        lines.append(f"{mark} {change.path}" + (f" (from {change.old.path})" if change.moved else ""))
        lines += [line for c in change.fields for line in format_change(c)] if change.status == "changed" else []
    return "\n\n```\n" + "\n".join(lines).replace("```", "` ` `") + "\n```"


def _fold(summary: str, body: str) -> str:
    return f"<details><summary>{summary}</summary>\n{body}\n\n</details>"


def _md(text: str) -> str:
    """Plain text inside markdown: no HTML tags, no table breaks."""
    return text.replace("<", "&lt;").replace("|", "\\|")


# --- json -------------------------------------------------------------------------------------------------------

def as_json(plan: Plan) -> str:
    acks = plan.acknowledgements
    document = {
        "schema": JSON_SCHEMA,
        "against": plan.against,
        "exitCode": plan.exit_code,
        "status": STATUS[plan.exit_code],
        "summary": {
            "objects": {s: len(plan.changes.of(s)) for s in ("added", "removed", "changed")},
            "otherFiles": plan.diff.other, "formattingOnly": plan.diff.byte_only,
            "findings": {c: len(plan.of(c)) for c in CLASSES},
            "blocked": [f.id for f in plan.blocked], "accepted": [f.id for f in plan.accepted]},
        "apps": [{"app": app, "added": a, "removed": r, "changed": c} for app, (a, r, c) in _per_app(plan).items()],
        "findings": [_finding(plan, f) for f in plan.findings],
        "objects": [_object(c) for c in plan.changes],
        "capacity": [{"storageClass": f.storage_class,
                      "requestedBytes": {"before": f.requested_before, "after": f.requested_after},
                      "safeBytes": {"before": f.safe_before, "after": f.safe_after}, "orphanedBytes": f.orphaned}
                     for f in plan.capacity],
        "acknowledgements": {"unused": [_ack(a) for a in acks.unused], "alreadyMerged": [_ack(a) for a in acks.merged]},
        "notes": list(plan.notes),
    }
    return json.dumps(document, indent=2, sort_keys=False, default=str, ensure_ascii=False)


def _finding(plan: Plan, finding: Finding) -> dict:
    ack = plan.acknowledgements.accepted.get(finding.id) if finding.id else None
    return {"class": finding.category, "id": finding.id, "blocking": finding.blocking,
            "blocked": finding in plan.blocked, "app": finding.app or None, "object": finding.subject,
            "summary": finding.summary, "details": list(finding.details), "sources": list(finding.sources),
            "acknowledged": _ack(ack) if ack else None}


def _ack(ack) -> dict:
    return {"id": ack.id, "object": ack.object or None, "reason": ack.reason, "by": ack.where}


def _object(change) -> dict:
    obj = change.obj
    out = {"path": change.path, "app": obj.app, "apiVersion": obj.manifest.get("apiVersion"), "kind": obj.kind,
           "namespace": obj.namespace or None, "name": obj.name, "change": change.status}
    if change.moved:
        out["oldPath"] = change.old.path
    out["fields"] = [{"path": c.path, **_values(c.old, c.new)} for c in change.fields]
    return out


def _values(old: object, new: object) -> dict:
    return {**({"old": old} if old is not ABSENT else {}), **({"new": new} if new is not ABSENT else {})}

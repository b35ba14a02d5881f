"""Comparing two rendered trees, per object: what `diff` and `check` print.

Objects are paired by their file path (`<app>/<Kind>.<namespace>.<name>.yaml`: the path is the identity),
then compared field by field; list items that all have a `name` are paired by it, others by position.
"""
from __future__ import annotations

import difflib
import subprocess
import tarfile
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Mapping, Optional

import yaml

from frappe_k8s.output import is_patch

from frappe_k8s.errors import UserError

KUSTOMIZATION = "kustomization.yaml"
ABSENT = object()
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_tree(folder: Path) -> dict[str, bytes]:
    """Relative POSIX path -> bytes of every file under folder (nothing when it does not exist)."""
    folder = Path(folder)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} \
        if folder.is_dir() else {}


def tree_at(ref: str, folder: Path) -> dict[str, bytes]:
    """The files of `folder` as committed at git `ref` (`git archive <ref> -- <folder>`); nothing when the
    ref has no such folder (a first render)."""
    folder = Path(folder).resolve()
    anchor = folder if folder.is_dir() else folder.parent
    top = _git(anchor if anchor.is_dir() else Path.cwd(), "rev-parse", "--show-toplevel",
               error=f"{anchor} is not in a git repository. Fix: run inside the repository, or pass --against DIR")
    root = Path(top.decode().strip())
    try:
        relative = folder.relative_to(root).as_posix()
    except ValueError:
        raise UserError(f"{folder} is outside the git repository {root}. Fix: pass a --dist inside it") from None
    _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
         error=f"--against {ref!r} is neither a folder nor a git commit. Fix: pass a branch, tag or commit such as "
               "origin/main, or an existing folder")
    listed = _git(root, "ls-tree", "-d", "--name-only", ref, "--", relative, error="")
    if not listed.strip():
        return {}
    archive = _git(root, "archive", "--format=tar", ref, "--", relative, error=f"git archive {ref} failed")
    out = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                out[PurePosixPath(member.name).relative_to(relative).as_posix()] = tar.extractfile(member).read()
    return dict(sorted(out.items()))


def _git(cwd: Path, *args: str, error: str) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120)
    except FileNotFoundError:
        raise UserError("git is not installed. Fix: install git, or pass --against DIR") from None
    if result.returncode != 0:
        raise UserError(error or result.stderr.decode().strip())
    return result.stdout


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: object
    new: object


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)      # object files
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[FieldChange]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)      # documents and kustomization.yaml files that differ
    byte_only: list[str] = field(default_factory=list)  # objects equal as data, different as bytes

    @property
    def objects(self) -> int:
        return len(self.added) + len(self.removed) + len(self.changed)

    def __bool__(self) -> bool:
        return bool(self.objects or self.other or self.byte_only)


def is_object(path: str) -> bool:
    return path.endswith(".yaml") and PurePosixPath(path).name != KUSTOMIZATION and "/" in path \
        and not is_patch(path)


def compare(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> TreeDiff:
    diff = TreeDiff()
    for path in sorted(set(old) | set(new)):
        before, after = old.get(path), new.get(path)
        if before == after:
            continue
        if not is_object(path):
            diff.other.append(path)
        elif before is None:
            diff.added.append(path)
        elif after is None:
            diff.removed.append(path)
        else:
            changes = field_changes(_load(before), _load(after))
            if changes:
                diff.changed[path] = changes
            else:
                diff.byte_only.append(path)
    return diff


def _load(data: bytes) -> object:
    try:
        return yaml.load(data, Loader=_LOADER)
    except yaml.YAMLError:
        return data.decode(errors="replace")  # not YAML: compared as text


def field_changes(old: object, new: object, path: str = "") -> list[FieldChange]:
    """Leaf-most differences between two values, as dotted paths (`spec.containers[web].image`)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [c for key in sorted(set(old) | set(new), key=str)
                for c in field_changes(old.get(key, ABSENT), new.get(key, ABSENT), f"{path}.{key}" if path else str(key))]
    if isinstance(old, list) and isinstance(new, list):
        names = _names(old), _names(new)
        if names[0] is not None and names[1] is not None:
            by_old, by_new = dict(zip(names[0], old)), dict(zip(names[1], new))
            order = names[0] + [n for n in names[1] if n not in by_old]
            return [c for n in order for c in field_changes(by_old.get(n, ABSENT), by_new.get(n, ABSENT), f"{path}[{n}]")]
        if len(old) == len(new):
            return [c for i, (a, b) in enumerate(zip(old, new)) for c in field_changes(a, b, f"{path}[{i}]")]
    return [] if old == new else [FieldChange(path or "(object)", old, new)]


def _names(items: list) -> Optional[list]:
    names = [item.get("name") if isinstance(item, dict) else None for item in items]
    return names if None not in names and len(set(names)) == len(names) else None


def app_of(path: str) -> str:
    parent = PurePosixPath(path).parent.as_posix()
    return "." if parent == "." else parent


def _value(value: object) -> str:
    if value is ABSENT:
        return "(absent)"
    return yaml.safe_dump(value, default_flow_style=True, width=2**30, allow_unicode=True).strip().removesuffix("\n...")


def format_change(change: FieldChange) -> list[str]:
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new):
        body = difflib.unified_diff(old.splitlines(), new.splitlines(), "before", "after", lineterm="", n=2)
        return [f"    {change.path}:"] + [f"      {line}" for line in list(body)[2:]]
    return [f"    {change.path}: {_value(old)} -> {_value(new)}"]


def summary(diff: TreeDiff) -> list[str]:
    """One line per app with changes, then a total."""
    apps: dict[str, list[int]] = {}
    for index, paths in enumerate((diff.added, diff.removed, list(diff.changed))):
        for path in paths:
            apps.setdefault(app_of(path), [0, 0, 0])[index] += 1
    lines = [f"{app}: {a} added, {r} removed, {c} changed" for app, (a, r, c) in sorted(apps.items())]
    if not diff:
        return ["no changes"]
    total = f"{diff.objects} object(s) differ in {len(apps)} app(s)"
    if diff.other:
        total += f"; also {', '.join(diff.other)}"
    if diff.byte_only:
        total += f"; {len(diff.byte_only)} file(s) differ only in formatting"
    return lines + [total]


def report(diff: TreeDiff) -> str:
    """Per object: `+` added, `-` removed, `~` changed with its field changes; then the summary."""
    lines = [f"+ {p}" for p in diff.added] + [f"- {p}" for p in diff.removed]
    for path, changes in diff.changed.items():
        lines.append(f"~ {path}")
        lines += [line for change in changes for line in format_change(change)]
    lines += [f"~ {p} (formatting only)" for p in diff.byte_only]
    lines += [f"~ {p}" for p in diff.other]
    return "\n".join(lines + ([""] if lines else []) + ["Summary:"] + [f"  {s}" for s in summary(diff)]) + "\n"

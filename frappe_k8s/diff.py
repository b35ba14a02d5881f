"""Comparing two rendered trees, per object: what `diff` and `check` print.

Objects are paired by their file path (`<app>/<Kind>.<namespace>.<name>.yaml`: the path is the identity),
then compared field by field. List items are paired by identity (their `name`, an alert's or recording rule's
name, a host, a mount path...) when every item has one; other lists are aligned as sequences, so a change
inside a list shows only the items that changed, never the whole list.
"""
from __future__ import annotations

import difflib
import io
import json
import subprocess
import tarfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Mapping, Optional

import yaml

from frappe_k8s.errors import UserError
from frappe_k8s.output import is_patch

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
    root = _root(anchor)
    try:
        relative = folder.relative_to(root).as_posix()
    except ValueError:
        raise UserError(f"{folder} is outside the git repository {root}. Fix: pass a --dist inside it") from None
    _verify(root, ref)
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


def file_at(ref: str, path: Path) -> Optional[str]:
    """The text of one file as committed at git `ref`; None when it is not in that commit or not in a repository."""
    path = Path(path).resolve()
    try:
        root = _root(path.parent if path.parent.is_dir() else Path.cwd())
        _verify(root, ref)
        relative = path.relative_to(root).as_posix()
        return _git(root, "show", f"{ref}:{relative}", error="").decode()
    except (UserError, ValueError, UnicodeDecodeError):
        return None


def _root(anchor: Path) -> Path:
    top = _git(anchor if anchor.is_dir() else Path.cwd(), "rev-parse", "--show-toplevel",
               error=f"{anchor} is not in a git repository. Fix: run inside the repository, or pass --against DIR")
    return Path(top.decode().strip())


def _verify(root: Path, ref: str) -> None:
    _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
         error=f"--against {ref!r} is neither a folder nor a git commit. Fix: pass a branch, tag or commit such as "
               "origin/main, or an existing folder")


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
        ids = _identities(old, new)
        if ids is not None:
            by_old, by_new = dict(zip(ids[0], old)), dict(zip(ids[1], new))
            order = ids[0] + [i for i in ids[1] if i not in by_old]
            return [c for i in order
                    for c in field_changes(by_old.get(i, ABSENT), by_new.get(i, ABSENT), f"{path}[{i[1]}]")]
        return _sequence_changes(old, new, path)
    return [] if old == new else [FieldChange(path or "(object)", old, new)]


# Keys that name a list item, in order of preference: containers, env and volumes by `name`, Prometheus rules by
# `alert` or `record`, Ingress rules by `host`, mounts by `mountPath`, Secret items by `key`, ports by number.
IDENTITY_KEYS = ("name", "alert", "record", "host", "mountPath", "devicePath", "key", "containerPort", "port", "path")


def _names(items: list) -> Optional[list[tuple[str, object]]]:
    """(key, value) naming each item; None when some item has no such name."""
    names = []
    for item in items:
        key = next((k for k in IDENTITY_KEYS if isinstance(item, dict) and isinstance(item.get(k), (str, int))
                    and not isinstance(item.get(k), bool)), None)
        if key is None:
            return None
        names.append((key, item[key]))
    return names


def _identities(old: list, new: list) -> Optional[tuple[list, list]]:
    """What names each item of two lists, the same item alike on both sides: its name, and where several items share
    a name (one alert per claim or per site) the labels that tell them apart (`FrappeSiteBackupMissing{site=a}`);
    None when the items cannot be told apart that way."""
    names = _names(old), _names(new)
    if names[0] is None or names[1] is None or not _same_keys(names[0] + names[1]):
        return None
    items, all_names = old + new, names[0] + names[1]
    shared = {n for side in names for n in side if side.count(n) > 1}
    telling: dict[tuple, list[str]] = {}
    for name in shared:
        group = [(i.get("labels") or {}) if isinstance(i.get("labels"), dict) else {}
                 for i, n in zip(items, all_names) if n == name]
        telling[name] = sorted(k for k in {k for labels in group for k in labels}
                               if len({str(labels.get(k)) for labels in group}) > 1)

    def identity(item: dict, name: tuple) -> tuple:
        if name not in telling:
            return name
        labels = item.get("labels") if isinstance(item.get("labels"), dict) else {}
        return name[0], f"{name[1]}{{{','.join(f'{k}={labels.get(k)}' for k in telling[name])}}}"

    ids = [identity(i, n) for i, n in zip(old, names[0])], [identity(i, n) for i, n in zip(new, names[1])]
    return ids if all(len(set(side)) == len(side) for side in ids) else None


def _same_keys(ids: list[tuple[str, object]]) -> bool:
    """Items named by one kind of key, or by an alert's or recording rule's name (one rule group mixes both)."""
    keys = {k for k, _ in ids}
    return len(keys) <= 1 or keys <= {"alert", "record"}


def _sequence_changes(old: list, new: list, path: str) -> list[FieldChange]:
    """Items of two unnamed lists aligned as sequences: equal runs say nothing, a run replaced by one as long is
    compared item by item, anything else is items removed (at their old index) and added (at their new one)."""
    def canonical(item: object) -> str:
        return json.dumps(item, sort_keys=True, default=str)

    out: list[FieldChange] = []
    matcher = difflib.SequenceMatcher(None, [canonical(i) for i in old], [canonical(i) for i in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += [c for k in range(i2 - i1) for c in field_changes(old[i1 + k], new[j1 + k], f"{path}[{j1 + k}]")]
            continue
        out += [FieldChange(f"{path}[{i}]", old[i], ABSENT) for i in range(i1, i2)]
        out += [FieldChange(f"{path}[{j}]", ABSENT, new[j]) for j in range(j1, j2)]
    return out


def app_of(path: str) -> str:
    parent = PurePosixPath(path).parent.as_posix()
    return "." if parent == "." else parent


def show_value(value: object) -> str:
    if value is ABSENT:
        return "(absent)"
    return yaml.safe_dump(value, default_flow_style=True, width=2**30, allow_unicode=True).strip().removesuffix("\n...")


INLINE_WIDTH = 160  # a change longer than this prints its values as YAML blocks, one line per field


def format_change(change: FieldChange, indent: str = "    ") -> list[str]:
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new):
        body = difflib.unified_diff(old.splitlines(), new.splitlines(), "before", "after", lineterm="", n=2)
        return [f"{indent}{change.path}:"] + [f"{indent}  {line}" for line in list(body)[2:]]
    line = f"{indent}{change.path}: {show_value(old)} -> {show_value(new)}"
    if len(line) <= INLINE_WIDTH:
        return [line]
    if isinstance(old, str) and isinstance(new, str):
        old, new = _around_difference(old, new)
        return [f"{indent}{change.path}:", f"{indent}  before: {old}", f"{indent}  after: {new}"]
    return [f"{indent}{change.path}:"] + _block(f"{indent}  before", old) + _block(f"{indent}  after", new)


CONTEXT = 40  # characters kept around the difference of two long one-line strings


def _around_difference(old: str, new: str) -> tuple[str, str]:
    """Two long strings cut down to what differs and a little around it, `...` where text is left out."""
    start = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    first = max(0, start - CONTEXT)

    def cut(text: str) -> str:
        last = min(len(text), len(text) - end + CONTEXT)
        return ("..." if first else "") + text[first:last] + ("..." if last < len(text) else "")

    return cut(old), cut(new)


def _block(label: str, value: object) -> list[str]:
    """`label: value`, or `label:` and the value as block YAML below it when it is a mapping or a list."""
    if not isinstance(value, (dict, list)) or not value:
        return [f"{label}: {show_value(value)}"]
    text = yaml.safe_dump(value, default_flow_style=False, width=2**30, allow_unicode=True, sort_keys=False)
    pad = " " * (len(label) - len(label.lstrip()) + 2)
    return [f"{label}:"] + [pad + line for line in text.splitlines()]


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

"""The objects of two rendered trees, read on demand and paired by their identity in the cluster.

A file path (`<app>/<Kind>.<namespace>.<name>.yaml`) names an object within one render. The cluster knows an
object by API group, kind, namespace and name, whatever folder it sits in and whatever API version it is written
in, so an object that moves to another app folder is the same object there (its new app adopts it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator, Mapping, Optional

import yaml

from frappe_k8s.diff import FieldChange, TreeDiff, app_of, field_changes, is_object
from frappe_k8s.model.checks import quantity_bytes

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Identity = tuple[str, str, str, str]  # (API group, kind, namespace or "", name)


@dataclass(frozen=True)
class Obj:
    """One rendered object and the file it is written to."""

    path: str
    manifest: Mapping

    @property
    def app(self) -> str:
        return app_of(self.path)

    @property
    def kind(self) -> str:
        return self.manifest.get("kind", "")

    @property
    def group(self) -> str:
        api_version = self.manifest.get("apiVersion", "")
        return api_version.split("/")[0] if "/" in api_version else ""

    @property
    def name(self) -> str:
        return self.metadata.get("name", "")

    @property
    def namespace(self) -> str:
        return self.metadata.get("namespace") or ""

    @property
    def metadata(self) -> Mapping:
        return self.manifest.get("metadata") or {}

    @property
    def identity(self) -> Identity:
        return self.group, self.kind, self.namespace, self.name

    @property
    def spec(self) -> Mapping:
        return self.manifest.get("spec") or {}

    def label(self, key: str) -> Optional[str]:
        return (self.metadata.get("labels") or {}).get(key)

    def annotation(self, key: str) -> Optional[str]:
        return (self.metadata.get("annotations") or {}).get(key)

    @property
    def title(self) -> str:
        """`Kind namespace/name`, as kubectl would name it."""
        return f"{self.kind} {self.namespace + '/' if self.namespace else ''}{self.name}"


class Side:
    """One rendered tree (file path -> bytes); each object file is parsed the first time it is asked for."""

    def __init__(self, files: Mapping[str, bytes]):
        self.files = files
        self._parsed: dict[str, Optional[Obj]] = {}

    def get(self, path: str) -> Optional[Obj]:
        if path not in self._parsed:
            data = self.files.get(path)
            manifest = None
            if data is not None and is_object(path):
                try:
                    manifest = yaml.load(data, Loader=_LOADER)
                except yaml.YAMLError:
                    manifest = None
            self._parsed[path] = Obj(path, manifest) if isinstance(manifest, dict) else None
        return self._parsed[path]

    @cached_property
    def _paths_by_kind(self) -> dict[str, list[str]]:
        """Object files by kind, read from the file name, which starts with the kind (frappe_k8s.output)."""
        out: dict[str, list[str]] = {}
        for path in self.files:
            if is_object(path):
                out.setdefault(path.rpartition("/")[2].split(".", 1)[0], []).append(path)
        return out

    def of_kind(self, *kinds: str) -> Iterator[Obj]:
        """Objects of these kinds."""
        for kind in kinds:
            for path in self._paths_by_kind.get(kind, ()):
                obj = self.get(path)
                if obj is not None and obj.kind == kind:
                    yield obj

    def find(self, kind: str, namespace: str, name: str) -> Optional[Obj]:
        return next((o for o in self.of_kind(kind) if o.namespace == namespace and o.name == name), None)

    @cached_property
    def apps(self) -> set[str]:
        return {app_of(path) for path in self.files if is_object(path)}

    @cached_property
    def default_class(self) -> Optional[str]:
        """The cluster's default StorageClass when this render makes it (`storageclass.kubernetes.io/is-default-class`)."""
        return next((o.name for o in self.of_kind("StorageClass")
                     if o.annotation("storageclass.kubernetes.io/is-default-class") == "true"), None)


def quantity(value: object) -> Optional[int]:
    """A Kubernetes quantity in bytes (`20Gi`), None when it is none."""
    try:
        return quantity_bytes(str(value))
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class ObjectChange:
    """One object before and after: added (no old), removed (no new) or changed, with its field changes."""

    old: Optional[Obj]
    new: Optional[Obj]
    fields: tuple[FieldChange, ...] = ()

    @property
    def status(self) -> str:
        return "added" if self.old is None else "removed" if self.new is None else "changed"

    @property
    def obj(self) -> Obj:
        return self.new or self.old

    @property
    def path(self) -> str:
        return self.obj.path

    @property
    def moved(self) -> bool:
        """The same object in another app folder."""
        return self.old is not None and self.new is not None and self.old.path != self.new.path

    def changed(self, prefix: str) -> list[FieldChange]:
        """The field changes at or below a dotted path (`spec.template`)."""
        return [c for c in self.fields if c.path == prefix or c.path.startswith((prefix + ".", prefix + "["))]


@dataclass
class Changes:
    """Every object that differs between two renders, paired by identity."""

    old: Side
    new: Side
    items: list[ObjectChange] = field(default_factory=list)

    def of(self, status: str) -> list[ObjectChange]:
        return [c for c in self.items if c.status == status]

    def __iter__(self) -> Iterator[ObjectChange]:
        return iter(self.items)


def pair(old: Side, new: Side, diff: TreeDiff) -> Changes:
    """The object changes of a tree diff: changed files compared field by field, and a removed and an added file
    holding the same object (moved to another app folder) joined into one change."""
    changes = Changes(old, new)
    for path, fields in diff.changed.items():
        before, after = old.get(path), new.get(path)
        if before is not None and after is not None:
            changes.items.append(ObjectChange(before, after, tuple(fields)))
    added = {o.identity: o for o in _objects(new, diff.added)}
    for before in _objects(old, diff.removed):
        after = added.pop(before.identity, None)
        if after is None:
            changes.items.append(ObjectChange(before, None))
        else:
            fields = field_changes(before.manifest, after.manifest)
            changes.items.append(ObjectChange(before, after, tuple(fields)))
    changes.items += [ObjectChange(None, after) for after in added.values()]
    changes.items.sort(key=lambda c: c.path)
    return changes


def _objects(side: Side, paths: Iterable[str]) -> Iterator[Obj]:
    for path in paths:
        obj = side.get(path)
        if obj is not None:
            yield obj

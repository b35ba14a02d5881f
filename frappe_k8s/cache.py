"""The render cache: each primary app folder's validated output, keyed by a hash of everything it is made of.

A key covers the project (its version and the bytes of its source, so any code change misses), the Kubernetes
version and CRD files validated against, what the post-synth rules add (platform name, extra labels), and the
part of the model the folder is built from: one bench's props (its sites included) for bench-<name> and
sites-<name>, the platform without its benches for operators, storage and backups. A pull request that changes
one site therefore re-renders sites-<bench> and bench-<bench> only (the bench key covers its sites, which is
safe and cheap); objects whose YAML the folder's last render already validated are not validated again. Entries live outside dist/ (default `.cache/render/` beside platform.yaml), one JSON file per
folder (its last render: the objects, their YAML, and the keys); a full render removes the entries of folders it no
longer has. Deleting the folder is always safe. Entries are data only: a cache restored from an untrusted CI cache
cannot run code here (pickle could), and what it holds never reaches `check` or `diff`, which render cold.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import frappe_k8s
from frappe_k8s.model import Platform

PACKAGE = Path(frappe_k8s.__file__).resolve().parent
# the installed libraries whose versions shape the output (an installed renderer has no requirements file beside it)
LIBRARIES = ("cdk8s", "constructs", "pyyaml", "jsonschema", "referencing", "kubernetes-validate", "cel-python")


def canonical(value: object) -> object:
    """JSON-able and independent of hash seeds: dataclasses by class and fields, sets and dict items sorted."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}]
    if isinstance(value, dict):
        return ["dict", sorted(([canonical(k), canonical(v)] for k, v in value.items()), key=json.dumps)]
    if isinstance(value, (set, frozenset)):
        return ["set", sorted((canonical(v) for v in value), key=json.dumps)]
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return ["repr", repr(value)]


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(canonical(parts), sort_keys=True).encode()).hexdigest()


@lru_cache(maxsize=1)
def source_digest() -> str:
    """The project's version and source (every file of the package: code, schemas, templates, runbooks) and the
    versions of the libraries that shape the output."""
    h = hashlib.sha256(frappe_k8s.__version__.encode())
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        h.update(path.relative_to(PACKAGE.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        h.update(f"{library}=={importlib.metadata.version(library)}\0".encode())
    return h.hexdigest()


def crd_digest(crd_dir: Optional[Path]) -> str:
    h = hashlib.sha256()
    if crd_dir is not None:
        for path in sorted(Path(crd_dir).rglob("*.yaml")):
            h.update(path.relative_to(crd_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def global_key(platform: Platform, crd_dir: Optional[Path]) -> str:
    """What every folder's output depends on besides its own part of the model."""
    return digest(source_digest(), crd_digest(crd_dir), platform.defaults.kubernetes_version, platform.name,
                  platform.defaults.labels)


def folder_key(base: str, platform: Platform, folder: str) -> str:
    for bench in platform.benches:
        if folder in (f"bench-{bench.name}", f"sites-{bench.name}"):
            return digest(base, folder, bench)
    return digest(base, folder, dataclasses.replace(platform, benches=()))


def text_digest(text: str) -> bytes:
    """Identifies an object's YAML among the validated ones (a validated object stays valid while the global key,
    which covers the schemas and the validator, holds)."""
    return hashlib.sha256(text.encode()).digest()


FORMAT = "frappe-k8s/render-cache/1"


@dataclasses.dataclass
class CacheEntry:
    """The last render of one folder: its key, the global key it was rendered under, and its output."""

    key: str
    global_key: str
    output: object  # frappe_k8s.render.FolderOutput


class RenderCache:
    """One JSON file per folder: the folder's last render as data. Nothing in an entry is ever executed or
    imported, and an entry that is not exactly what this renderer writes (unreadable, truncated, another format or
    version, written for another folder, its digest not matching its content, a field of the wrong type) is a
    miss: the folder renders again."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, folder: str) -> Path:
        return self.root / (folder.replace("/", "_") + ".json")

    def get(self, folder: str) -> Optional[CacheEntry]:
        try:
            return _decode(json.loads(self._path(folder).read_bytes()), folder)
        except Exception:  # absent, not JSON, nested past the parser's depth, or not an entry of ours
            return None

    def put(self, folder: str, entry: CacheEntry) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(_encode(entry, folder), f, sort_keys=True, separators=(",", ":"))
        os.replace(tmp, self._path(folder))

    def keep_only(self, folders: Iterable[str]) -> None:
        """Remove the entries of folders a full render no longer has (a removed bench), and the pickles that
        renderers before the data-only format wrote (never read)."""
        keep = {self._path(folder).name for folder in folders}
        if self.root.is_dir():
            for path in [*self.root.glob("*.json"), *self.root.glob("*.pickle")]:
                if path.name not in keep:
                    path.unlink(missing_ok=True)


def _payload_digest(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _encode(entry: CacheEntry, folder: str) -> dict:
    output = entry.output
    payload = {"format": FORMAT, "folder": folder, "key": entry.key, "global_key": entry.global_key,
               "app": dataclasses.asdict(output.app), "manifests": output.manifests, "texts": output.texts}
    return {"digest": _payload_digest(payload), "payload": payload}


def _decode(data: object, folder: str) -> Optional[CacheEntry]:
    """The entry in `data`, or None unless every field has the type and value this renderer writes."""
    from frappe_k8s.model.gitops import AppFolder
    from frappe_k8s.render import FolderOutput

    payload = data.get("payload") if isinstance(data, dict) else None
    if not isinstance(payload, dict) or data.get("digest") != _payload_digest(payload):
        return None
    if payload.get("format") != FORMAT or payload.get("folder") != folder:
        return None
    key, global_key, app = payload.get("key"), payload.get("global_key"), payload.get("app")
    manifests, texts = payload.get("manifests"), payload.get("texts")
    strings = (isinstance(key, str) and isinstance(global_key, str) and isinstance(app, dict)
               and set(app) == {f.name for f in dataclasses.fields(AppFolder)}
               and isinstance(app["folder"], str) and isinstance(app["key"], (str, type(None)))
               and all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                       for v in (app["depends_on"], app["tools"])))
    shapes = (isinstance(manifests, list) and all(isinstance(m, dict) for m in manifests)
              and (texts is None or (isinstance(texts, dict) and all(isinstance(t, str) for t in texts.values()))))
    if not (strings and shapes and app["folder"] == folder):
        return None
    app = AppFolder(folder=app["folder"], depends_on=tuple(app["depends_on"]), tools=tuple(app["tools"]),
                    key=app["key"])
    return CacheEntry(key, global_key, FolderOutput(app, manifests, texts))

"""The render cache: each primary app folder's validated output, keyed by a hash of everything it is made of.

A key covers the project (its version and the bytes of its source, so any code change misses), the Kubernetes
version and CRD files validated against, what the post-synth rules add (platform name, extra labels), and the
part of the model the folder is built from: one bench's props (its sites included) for bench-<name> and
sites-<name>, the platform without its benches for operators, storage and backups. A pull request that changes
one site therefore re-renders sites-<bench> and bench-<bench> only (the bench key covers its sites, which is
safe and cheap); objects whose YAML the folder's last render already validated are not validated again. Entries live outside dist/ (default `.cache/render/` beside platform.yaml), one pickle per
folder (its last render); a full render removes the entries of folders it no longer has. Deleting the folder is always safe.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import frappe_k8s
from frappe_k8s.model import Platform

PACKAGE = Path(frappe_k8s.__file__).resolve().parent
# the installed libraries whose versions shape the output (an installed renderer has no requirements file beside it)
LIBRARIES = ("cdk8s", "constructs", "pyyaml", "jsonschema", "referencing", "kubernetes-validate")


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


@dataclasses.dataclass
class CacheEntry:
    """The last render of one folder: its key, the global key it was rendered under, and its output."""

    key: str
    global_key: str
    output: object  # frappe_k8s.render.FolderOutput


class RenderCache:
    """One pickled CacheEntry per folder in one folder of files. A broken or unreadable entry is a miss."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, folder: str) -> Path:
        return self.root / (folder.replace("/", "_") + ".pickle")

    def get(self, folder: str) -> Optional[CacheEntry]:
        try:
            entry = pickle.loads(self._path(folder).read_bytes())
        except Exception:  # absent, truncated, or written by another version: render it again
            return None
        return entry if isinstance(entry, CacheEntry) else None

    def put(self, folder: str, entry: CacheEntry) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(entry, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self._path(folder))

    def keep_only(self, folders: Iterable[str]) -> None:
        """Remove the entries of folders a full render no longer has (a removed bench)."""
        keep = {self._path(folder).name for folder in folders}
        if self.root.is_dir():
            for path in self.root.glob("*.pickle"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)

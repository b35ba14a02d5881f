"""The CRD schemas vendored with the renderer, pinned to the releases in `frappe_k8s.upstream`.

One JSON file per custom kind, `<group>/<kind lowercased>.json`, holds the `openAPIV3Schema` of each served
version and its provenance (PROVENANCE.md has the table). `scripts/vendor_schemas.py` writes them; nothing
here reads anything outside the package, so an installed renderer validates with no CRD files beside it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

SCHEMAS = Path(__file__).resolve().parent


def schema_file(group: str, kind: str) -> Path:
    return SCHEMAS / group / f"{kind.lower()}.json"


@lru_cache(maxsize=None)
def entry(group: str, kind: str) -> Optional[dict]:
    """The vendored file of one kind (group, kind, scope, source, versions), or None."""
    path = schema_file(group, kind)
    return json.loads(path.read_text()) if path.is_file() else None


def openapi_schema(api_version: str, kind: str) -> Optional[dict]:
    """The vendored openAPIV3Schema of `kind` at `api_version` (group/version), or None."""
    group, _, version = api_version.rpartition("/")
    found = entry(group, kind) if group else None
    return found["versions"].get(version) if found else None


def vendored_kinds() -> list[tuple[str, str]]:
    """(group, kind) of every vendored schema, sorted."""
    return sorted((e["group"], e["kind"]) for e in (json.loads(p.read_text()) for p in SCHEMAS.glob("*/*.json")))

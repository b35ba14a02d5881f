"""The canonical form of rendered data, without cdk8s: what an object looks like once synthesized (`compact`) and
the short hash that names objects after their content (`spec_hash`)."""
from __future__ import annotations

import hashlib
import json


def compact(value: object) -> object:
    """The value without None-valued keys, recursively (lists keep their items): as cdk8s synthesizes it."""
    if isinstance(value, dict):
        return {k: compact(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [compact(v) for v in value]
    return value


def spec_hash(value: object) -> str:
    """Eight hex digits of SHA-256 over the value as canonical JSON: a short, stable name suffix."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:8]

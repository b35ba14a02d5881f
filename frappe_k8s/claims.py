"""The PersistentVolumeClaims a rendered object makes: a claim itself, a StatefulSet's claim templates
(`<template>-<statefulset>-<ordinal>`, Kubernetes' naming) and mariadb-operator's storage
(`storage-<mariadb>-<ordinal>`, mariadb-operator v26.6.0 pkg/builder/statefulset_builder.go
mariadbVolumeClaimTemplates). Read by the backup coverage (frappe_k8s/coverage.py) and the capacity consequences of
a plan (frappe_k8s/consequences/capacity.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

MARIADB_STORAGE = "storage"  # mariadb-operator's data volume and claim template


@dataclass(frozen=True)
class RenderedClaim:
    namespace: str
    name: str
    labels: Mapping[str, str]
    storage_class: Optional[str]   # None: the cluster's default class; "": pre-bound to a volume, on no class
    size: Optional[str]            # the requested quantity as written, None when none is
    volume_name: Optional[str] = None


def _size(spec: Mapping) -> Optional[str]:
    return ((spec.get("resources") or {}).get("requests") or {}).get("storage")


def claims_of(manifest: Mapping) -> list[RenderedClaim]:
    """The claims `manifest` makes; a StatefulSet scaled to zero keeps the claims of its ordinal 0."""
    kind, meta, spec = manifest.get("kind"), manifest.get("metadata") or {}, manifest.get("spec") or {}
    namespace, name = meta.get("namespace", ""), meta.get("name", "")
    if kind == "PersistentVolumeClaim":
        return [RenderedClaim(namespace, name, meta.get("labels") or {}, spec.get("storageClassName"), _size(spec),
                              spec.get("volumeName"))]
    replicas = range(spec.get("replicas", 1) or 1)
    if kind == "StatefulSet":
        templates = [(t.get("metadata") or {}, t.get("spec") or {}) for t in spec.get("volumeClaimTemplates") or []]
        return [RenderedClaim(namespace, f"{t_meta.get('name')}-{name}-{i}", t_meta.get("labels") or {},
                              t_spec.get("storageClassName"), _size(t_spec))
                for t_meta, t_spec in templates for i in replicas]
    if kind == "MariaDB" and not (spec.get("storage") or {}).get("ephemeral"):
        storage = spec.get("storage") or {}
        template = storage.get("volumeClaimTemplate") or {}
        return [RenderedClaim(namespace, f"{MARIADB_STORAGE}-{name}-{i}",
                              (template.get("metadata") or {}).get("labels") or {},
                              storage.get("storageClassName") or template.get("storageClassName") or None,
                              storage.get("size") or _size(template))
                for i in replicas]
    return []

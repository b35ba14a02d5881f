"""Validation after synth: every object against the strict Kubernetes schemas of the target
version, every custom resource against its CRD's openAPIV3Schema: the schema vendored with the renderer
(`frappe_k8s/schemas/`, pinned to the operator releases of `frappe_k8s.upstream`), or the CRD of the same
kind in a folder given with `--crds` (a cluster that runs another release).

Schemas are loaded once and one validator is built per (apiVersion, kind), then reused:
about 0.5 ms per object instead of 11 ms for kubernetes_validate.validate() per call.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional

import jsonschema
import kubernetes_validate
import yaml
from referencing import Registry, Resource

from frappe_k8s import builtin_rules, schemas
from frappe_k8s.cel_rules import CelRules
from frappe_k8s.errors import UserError

KUBERNETES_SCHEMAS = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
DEFINITIONS_ID = "https://kubernetes.io/api/_definitions.json"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml reads the 6.9 MB of CRDs 5x faster
OBJECT_META = {"$ref": DEFINITIONS_ID + "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}


class Validator:
    """Validates rendered objects; `problems()` yields 'Kind/namespace/name: field.path: message' lines."""

    def __init__(self, kubernetes_version: str, crd_dir: Optional[Path] = None):
        folder = KUBERNETES_SCHEMAS / f"v{kubernetes_version}.0-local-strict"
        if not folder.is_dir():
            raise UserError(f"no strict Kubernetes schemas for version {kubernetes_version} in kubernetes-validate. "
                            "Fix: set defaults.kubernetesVersion to a version between 1.27 and 1.37")
        self.folder = folder
        self.kubernetes_version = kubernetes_version
        definitions = json.loads((folder / "_definitions.json").read_text())
        self.registry = Resource.from_contents(definitions) @ Registry()
        self.crd_dir = crd_dir
        self._validators: dict[tuple[str, str], tuple[Optional[jsonschema.protocols.Validator], bool]] = {}
        self._cel: dict[tuple[str, str], CelRules] = {}  # the CEL rules of each custom kind that has any
        self._meta = jsonschema.Draft202012Validator(OBJECT_META, registry=self.registry)

    def problems(self, manifest: Mapping) -> Iterator[str]:
        if not isinstance(manifest, Mapping):
            yield f"is not a Kubernetes object (a YAML {type(manifest).__name__}). Fix: render it again"
            return
        ident = describe(manifest)
        api_version, kind = manifest.get("apiVersion"), manifest.get("kind")
        if not isinstance(api_version, str) or not isinstance(kind, str):
            yield f"{ident}: apiVersion and kind are required"
            return
        validator, custom = self._validator(api_version, kind)
        if validator is None:
            where = f" nor in --crds {self.crd_dir}" if self.crd_dir else ""
            yield (f"{ident}: no schema for {api_version} {kind}: neither a Kubernetes {self.folder.name[1:5]} kind nor a "
                   f"vendored CRD (frappe_k8s/schemas){where}. Fix: check apiVersion and kind, or pass --crds DIR "
                   "with the CRD of that kind")
            return
        errors = [((), e) for e in validator.iter_errors(manifest)]
        if custom:  # a CRD schema leaves metadata open; Kubernetes does not
            errors += [(("metadata",), e) for e in self._meta.iter_errors(manifest.get("metadata", {}))]
        for prefix, error in sorted(errors, key=lambda pe: [str(p) for p in pe[0] + tuple(pe[1].absolute_path)]):
            path = ".".join(str(p) for p in prefix + tuple(error.absolute_path)) or "(object)"
            yield f"{ident}: {path}: {error.message}"
        if errors:
            return  # the rules below assume the shapes the schema promises
        rules = self._cel.get((api_version, kind))
        if rules is not None:
            for path, problem in rules.problems(manifest):
                yield f"{ident}: {path}: {problem}"
        for path, problem in builtin_rules.problems(manifest, self.kubernetes_version):
            yield f"{ident}: {path}: {problem}"

    def _validator(self, api_version: str, kind: str):
        key = (api_version, kind)
        if key not in self._validators:
            self._validators[key] = self._build(api_version, kind)
        return self._validators[key]

    def _build(self, api_version: str, kind: str):
        """(validator or None, whether the kind is a custom resource)."""
        path = _kubernetes_schema_file(self.folder, api_version, kind)
        if path.exists():
            return jsonschema.Draft202012Validator(json.loads(path.read_text()), registry=self.registry), False
        openapi = crd_schema(self.crd_dir, api_version, kind) if self.crd_dir else None
        openapi = openapi or schemas.openapi_schema(api_version, kind)
        if openapi is None:
            return None, True
        if "x-kubernetes-validations" in json.dumps(openapi):
            self._cel[(api_version, kind)] = CelRules(openapi)
        return jsonschema.Draft202012Validator(strict_crd_schema(openapi)), True


def describe(manifest: Mapping) -> str:
    metadata = manifest.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    parts = [manifest.get("kind", "?"), metadata.get("namespace"), metadata.get("name", "?")]
    return "/".join(p for p in parts if p)


def _kubernetes_schema_file(folder: Path, api_version: str, kind: str) -> Path:
    # rbac.authorization.k8s.io/v1 -> rbac-v1, as kubernetes-validate names its files
    return folder / (f"{kind.lower()}-" + re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version) + ".json")


def crd_schema(crd_dir: Path, api_version: str, kind: str) -> Optional[dict]:
    """The openAPIV3Schema of one kind in a folder of CRD files: from `<group>/<kind>.yaml` when that file has it
    (the layout `scripts/vendor_schemas.py --from` reads), else from a scan of every file."""
    path = Path(crd_dir) / api_version.split("/")[0] / f"{kind.lower()}.yaml"
    schema = _file_schemas(path).get((api_version, kind)) if path.is_file() else None
    return schema or crd_schemas(crd_dir).get((api_version, kind))


@lru_cache(maxsize=4)
def crd_schemas(crd_dir: Path) -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> openAPIV3Schema, for every served version of every CRD in the folder."""
    schemas = {}
    for path in sorted(Path(crd_dir).rglob("*.yaml")):
        schemas.update(_file_schemas(path))
    return schemas


@lru_cache(maxsize=256)
def _file_schemas(path: Path) -> dict[tuple[str, str], dict]:
    schemas = {}
    for doc in yaml.load_all(path.read_text(), Loader=_YAML_LOADER):
        if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
            continue
        spec = doc["spec"]
        for version in spec.get("versions", []):
            if version.get("served", True) and "schema" in version:
                schemas[(f"{spec['group']}/{version['name']}", spec["names"]["kind"])] = version["schema"]["openAPIV3Schema"]
    return schemas


def strict_crd_schema(openapi: Mapping) -> dict:
    """A CRD version's openAPIV3Schema as the strict JSON Schema of its objects (metadata is checked apart)."""
    schema = strict(openapi)
    schema.setdefault("properties", {})["metadata"] = {"type": "object"}
    return schema


def strict(node: object) -> object:
    """OpenAPI v3 as the API server applies it, as JSON Schema: unknown fields are errors
    (the server would silently prune them) unless x-kubernetes-preserve-unknown-fields."""
    if isinstance(node, list):
        return [strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if value is None and key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            continue  # an empty keyword (OpenShift's Route CRD has `anyOf: null`) means no constraint
        if key == "properties":
            out[key] = {name: strict(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = strict(value)
        elif key == "nullable" or key.startswith("x-kubernetes-"):
            continue
        else:
            out[key] = value
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    if node.get("x-kubernetes-int-or-string") and "anyOf" not in out:
        out["type"] = ["integer", "string"]
    if "properties" in out and "additionalProperties" not in out and not node.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def validate_all(objects: Iterable[tuple[str, Mapping]], kubernetes_version: str,
                 crd_dir: Optional[Path]) -> list[str]:
    """Problems of all (where, manifest) pairs; `where` is the file the object is written to."""
    validator = Validator(kubernetes_version, crd_dir)
    return [f"{where}: {problem}" for where, manifest in objects for problem in validator.problems(manifest)]

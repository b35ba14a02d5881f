"""platform.yaml -> schema check -> typed model -> cross-field checks.

Knows nothing of cdk8s. Every problem is reported as `file:line: field.path: problem (got
value). Fix: ...`, all of them at once, before anything renders.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import jsonschema
import yaml

from frappe_k8s.errors import SpecError, UserError
from frappe_k8s.model import Defaults, ExternalStorageClass, GitOps, Images, Platform, Storage
from frappe_k8s.model.volumes import (READ_WRITE_MANY, RENDERS_STORAGE_CLASS, EfsDynamic, EfsStatic,
                                      ExistingStorageClass, NfsDynamic, NfsStatic, RwxVolumeProps)

SCHEMA_PATH = Path(__file__).with_name("platform.schema.json")
Path_ = tuple  # a field path inside the document: ("storage", "volumes", 0, "size")


class PlatformError(UserError):
    """Everything wrong with one platform file."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def load(path: str | Path) -> Platform:
    """Read, check and type one platform file; raise PlatformError listing every problem."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as error:
        raise PlatformError([f"{path}: cannot read the platform file ({error.strerror}). "
                             "Fix: pass an existing file with --platform"]) from None
    return parse(text, str(path))


def parse(text: str, filename: str = "platform.yaml") -> Platform:
    try:
        document = yaml.safe_load(text)
        lines = _line_index(yaml.compose(text))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{filename}:{mark.line + 1}" if mark else filename
        raise PlatformError([f"{where}: not valid YAML: {getattr(error, 'problem', error)}. "
                             "Fix: check indentation and quoting near that line"]) from None
    if document is None:
        document = {}

    def located(path: Path_, message: str) -> str:
        line = next((lines[path[:n]] for n in range(len(path), -1, -1) if path[:n] in lines), None)
        return f"{filename}{f':{line}' if line else ''}: {_dotted(path) or '(top level)'}: {message}"

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise PlatformError([located(*_explain(error)) for error in errors])
    builder = _Builder(document)
    platform = builder.build()
    problems = builder.problems + _cross_field_problems(platform, builder)
    if problems:
        raise PlatformError([located(path, message) for path, message in problems])
    return platform


# --- schema errors ------------------------------------------------------------------------

def _explain(error: jsonschema.ValidationError) -> tuple[Path_, str]:
    path, value, keyword = tuple(error.absolute_path), error.instance, error.validator
    hint = error.schema.get("x-hint") if isinstance(error.schema, dict) else None
    if keyword == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message).group(1)
        return path + (missing,), f"required field is missing. Fix: add {missing}"
    if keyword == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extras = sorted(set(value) - set(allowed))
        guesses = {e: difflib.get_close_matches(e, allowed, n=1) for e in extras}
        unknown = extras[0]
        guess = f"did you mean {guesses[unknown][0]}? " if guesses[unknown] else ""
        return path + (unknown,), (f"unknown field. Fix: {guess}allowed fields here are {', '.join(allowed)}")
    if keyword == "enum":
        return path, f"is not allowed (got {value!r}). Fix: use one of {', '.join(map(str, error.validator_value))}"
    if keyword == "type":
        return path, f"must be of type {error.validator_value} (got {value!r}). Fix: {hint or 'change the value'}"
    if keyword in ("maxItems", "maxProperties") and error.validator_value == 0:
        return path, f"is not supported yet. Fix: {hint}"
    if keyword == "minimum":
        return path, f"must be at least {error.validator_value} (got {value!r}). Fix: use a larger number"
    if hint:
        return path, f"is not valid (got {value!r}). Fix: {hint}"
    return path, f"{error.message}. Fix: see frappe_k8s/platform.schema.json"


def _line_index(node: yaml.Node | None, path: Path_ = (), index: dict | None = None) -> dict:
    """Map every field path to the line it is written on, for error messages."""
    index = {} if index is None else index
    if node is None:
        return index
    index.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            index[path + (key.value,)] = key.start_mark.line + 1
            _line_index(value, path + (key.value,), index)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, path + (i,), index)
    return index


def _dotted(path: Iterable) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _camel(name: str) -> str:
    head, *rest = name.split(".")
    first, *words = head.split("_")
    return ".".join([first + "".join(w.title() for w in words)] + [_camel(r) for r in rest])


# --- model ----------------------------------------------------------------------------------

EFS_STATIC_ONLY = ("accessPointId", "path", "encryptInTransit")
EFS_DYNAMIC_ONLY = ("storageClassName", "directoryPerms", "basePath", "uid", "gid", "gidRangeStart", "gidRangeEnd")
NFS_DYNAMIC_ONLY = ("onDelete", "storageClassName")


class _Builder:
    """Turns the schema-checked document into the typed model, collecting SpecErrors with their path."""

    def __init__(self, document: dict):
        self.document = document
        self.problems: list[tuple[Path_, str]] = []

    def make(self, path: Path_, cls: Callable, raw: dict, **extra: Any) -> Any:
        """cls(**raw in snake_case, **extra); a SpecError is recorded at path + its field."""
        known = {f.name for f in fields(cls)}
        kwargs = {snake: value for key, value in raw.items() if (snake := _snake(key)) in known}
        kwargs.update(extra)
        try:
            return cls(**kwargs)
        except SpecError as error:
            self.problems.append((path + tuple(_camel(error.field).split(".")),
                                  f"{error.problem} (got {error.value!r}). Fix: {error.fix}"))
            return None

    def build(self) -> Platform:
        doc = self.document
        raw_defaults = doc.get("defaults", {})
        defaults = Defaults(
            kubernetes_version=raw_defaults.get("kubernetesVersion", Defaults.kubernetes_version),
            storage_class=raw_defaults.get("storageClass"),
            domain_suffix=raw_defaults.get("domainSuffix"),
            labels=tuple(sorted(raw_defaults.get("labels", {}).items())),
            images=Images(**{_snake(k): v for k, v in raw_defaults.get("images", {}).items()}),
        )
        raw_storage = doc.get("storage", {})
        classes = tuple(ExternalStorageClass(name=c["name"], read_write_many=c.get("readWriteMany", True))
                        for c in raw_storage.get("externalStorageClasses", []))
        volumes = tuple(self.volume(("storage", "volumes", i), raw, defaults)
                        for i, raw in enumerate(raw_storage.get("volumes", [])))
        raw_gitops = doc.get("gitops")
        gitops = GitOps(**{("repo_url" if k == "repoURL" else k): v for k, v in raw_gitops.items()}) \
            if raw_gitops else None
        return Platform(name=doc["name"], defaults=defaults, gitops=gitops,
                        storage=Storage(external_storage_classes=classes,
                                        volumes=tuple(v for v in volumes if v is not None)))

    def volume(self, path: Path_, raw: dict, defaults: Defaults) -> RwxVolumeProps | None:
        chosen = [key for key in ("storageClass", "efs", "nfs") if key in raw]
        if len(chosen) > 1:
            self.problems.append((path + (chosen[1],), f"a volume has one backend, this one names {' and '.join(chosen)}."
                                  " Fix: keep one of storageClass, efs, nfs"))
            return None
        backend = self.backend(path, raw, chosen[0] if chosen else None, defaults)
        if backend is None:
            return None
        props = {k: v for k, v in raw.items() if k not in ("storageClass", "efs", "nfs")}
        return self.make(path, RwxVolumeProps, props, backend=backend, verify_image=defaults.images.verify)

    def backend(self, path: Path_, raw: dict, kind: str | None, defaults: Defaults):
        if kind is None:
            if defaults.storage_class is None:
                self.problems.append((path, "no storage backend. Fix: set storageClass, efs or nfs on the volume,"
                                      " or defaults.storageClass for all volumes"))
                return None
            return self.make(("defaults",), ExistingStorageClass, {"name": defaults.storage_class})
        if kind == "storageClass":
            return self.make(path, ExistingStorageClass, {}, name=raw["storageClass"])
        spec, where = raw[kind], path + (kind,)
        dynamic = spec.get("provisioning", "dynamic") == "dynamic"
        wrong = [k for k in spec if k in ((EFS_STATIC_ONLY if dynamic else EFS_DYNAMIC_ONLY) if kind == "efs"
                                          else (() if dynamic else NFS_DYNAMIC_ONLY))]
        if wrong:
            mode = "dynamic" if dynamic else "static"
            self.problems.append((where + (wrong[0],), f"does not apply to {mode} provisioning."
                                  f" Fix: remove {wrong[0]}, or set provisioning: {'static' if dynamic else 'dynamic'}"))
            return None
        cls = {("efs", True): EfsDynamic, ("efs", False): EfsStatic,
               ("nfs", True): NfsDynamic, ("nfs", False): NfsStatic}[kind, dynamic]
        values = {k: v for k, v in spec.items() if k != "provisioning"}
        if "mountOptions" in values:
            values["mountOptions"] = tuple(values["mountOptions"])
        return self.make(where, cls, values)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --- cross-field rules -------------------------------------------------------------------------

def _cross_field_problems(platform: Platform, builder: _Builder) -> list[tuple[Path_, str]]:
    """Rules that span fields: unique names, classes that exist, RWX only where the class allows it."""
    problems: list[tuple[Path_, str]] = []
    raw_volumes = builder.document.get("storage", {}).get("volumes", [])
    volume_paths = {(raw["namespace"], raw["name"]): ("storage", "volumes", i) for i, raw in enumerate(raw_volumes)}

    external: dict[str, ExternalStorageClass] = {}
    for i, cls in enumerate(platform.storage.external_storage_classes):
        if cls.name in external:
            problems.append((("storage", "externalStorageClasses", i, "name"),
                             f"'{cls.name}' is declared twice. Fix: keep one entry"))
        external[cls.name] = cls

    rendered: dict[str, Path_] = {}
    seen_claims: set = set()
    seen_pvs: dict[str, str] = {}
    for volume in platform.storage.volumes:
        path = volume_paths[(volume.namespace, volume.name)]
        key = (volume.namespace, volume.name)
        if key in seen_claims:
            problems.append((path + ("name",), f"volume '{volume.name}' is declared twice in namespace"
                             f" '{volume.namespace}'. Fix: give each volume its own name"))
        seen_claims.add(key)
        pv = volume.persistent_volume_name
        if not isinstance(volume.backend, ExistingStorageClass) and pv in seen_pvs:
            problems.append((path + ("name",), f"its PersistentVolume name '{pv}' is also that of volume "
                             f"'{seen_pvs[pv]}'. Fix: rename one of the volumes"))
        seen_pvs[pv] = f"{volume.namespace}/{volume.name}"
        if isinstance(volume.backend, RENDERS_STORAGE_CLASS):
            name = volume.storage_class_name
            field = path + (("efs" if isinstance(volume.backend, EfsDynamic) else "nfs"), "storageClassName")
            if name in rendered or name in external:
                problems.append((field, f"StorageClass '{name}' is already "
                                 f"{'declared external' if name in external else 'rendered by another volume'}."
                                 " Fix: set a unique storageClassName, or claim the existing class with storageClass"))
            rendered[name] = field

    for volume in platform.storage.volumes:
        if not isinstance(volume.backend, ExistingStorageClass):
            continue
        path = volume_paths[(volume.namespace, volume.name)]
        name = volume.backend.name
        where = path + ("storageClass",) if "storageClass" in builder.document["storage"]["volumes"][path[2]] \
            else ("defaults", "storageClass")
        if name not in external and name not in rendered:
            problems.append((where, f"StorageClass '{name}' is neither declared nor rendered here. Fix: add"
                             f" {{name: {name}}} to storage.externalStorageClasses if it exists in the cluster"))
        elif name in external and volume.access_mode == READ_WRITE_MANY and not external[name].read_write_many:
            problems.append((path, f"asks for ReadWriteMany on StorageClass '{name}', declared readWriteMany: false."
                             " Fix: use an RWX class (CephFS, EFS, NFS), or accessMode: ReadWriteOnce with"
                             " allowReadWriteOnce: true"))
    return problems

"""platform.yaml -> schema check -> typed model -> cross-field checks.

Knows nothing of cdk8s. Every problem is reported as `file:line: field.path: problem (got
value). Fix: ...`, all of them at once, before anything renders.
"""
from __future__ import annotations

import dataclasses
import difflib
import json
import re
import typing
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import jsonschema
import yaml

from frappe_k8s import bounded_yaml
from frappe_k8s.capacity import VERIFICATION, platform_claims
from frappe_k8s.classes import default_class, storage_classes
from frappe_k8s.errors import SpecError, UserError
from frappe_k8s.model import Backups, Defaults, ExternalStorageClass, GitOps, Images, Platform, Storage, Unprotected
from frappe_k8s.model import backups as backups_model
from frappe_k8s.model.backups import (SNAPSHOT, SNAPSHOT_CONFIGS, STORAGE_CONFIGS, BackupStorageLocationProps,
                                      RepositoryPassword, Velero, VeleroScheduleProps, VolumeSnapshotLocationProps)
from frappe_k8s.model import bench as bench_model
from frappe_k8s.model.monitoring import Monitoring, runbook_template
from frappe_k8s.model.bench import (MariaDBServer, ExternalDatabase, FrappeBenchProps, FrappeImage, MariaDBRef, Redis,
                                    Resources, SitesStorage, redis_address)
from frappe_k8s.model import site as site_model
from frappe_k8s.model.site import (DEDICATED, EXTERNAL, PRESENT, ROUTE, ROUTE_API, SHARED, FrappeSiteProps, Routing,
                                   SecretRef, SiteBackup, SiteConfigValue, SiteDatabase,
                                   SiteExternalDatabase)
from frappe_k8s.model.ceph import (CephBlockPoolProps, CephClusterProps, CephDevice, CephFilesystemProps, CephNode,
                                   CephPool, CephSnapshotClass, CephStorageClass, ErasureCoded, MetadataServer, Mgr,
                                   Mon, Replicated, RookSettings)
from frappe_k8s.model.cluster import CLOUD_PROVISIONERS, Cluster
from frappe_k8s.model.volumes import (EFS_DRIVER, NFS_DRIVER, READ_WRITE_MANY, RENDERS_PERSISTENT_VOLUME,
                                      RENDERS_STORAGE_CLASS, CephfsStatic, EfsDynamic, EfsStatic, ExistingStorageClass,
                                      NfsDynamic, NfsStatic, RwxVolumeProps)

SCHEMA_PATH = Path(__file__).with_name("platform.schema.json")
Path_ = tuple  # a field path inside the document: ("storage", "volumes", 0, "size")


class PlatformError(UserError):
    """Everything wrong with one platform file."""

    def __init__(self, problems: list[str]):
        self.problems = list(dict.fromkeys(problems))  # each problem once: a bench's rule may fail for every site
        super().__init__("\n".join(self.problems))


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def load(path: str | Path) -> Platform:
    """Read, check and type one platform file; raise PlatformError listing every problem."""
    path = Path(path)
    try:
        with path.open("rb") as file:  # never more than the limit: the path may be a pipe or /dev/zero
            data = file.read(bounded_yaml.LIMITS.max_bytes + 1)
        bounded_yaml.check_size(len(data))
        text = data.decode("utf-8")
    except bounded_yaml.LimitExceeded as error:
        raise PlatformError([f"{path}: {error.problem}"]) from None
    except OSError as error:
        raise PlatformError([f"{path}: cannot read the platform file ({error.strerror}). "
                             "Fix: pass an existing file with --platform"]) from None
    except UnicodeDecodeError as error:
        raise PlatformError([f"{path}: is not UTF-8 text (byte {error.start}). Fix: save the file as UTF-8"]) from None
    return parse(text, str(path))


def parse(text: str, filename: str = "platform.yaml") -> Platform:
    try:
        bounded_yaml.check(text)  # before composing, on the parser's events: the bounds hold whatever composes
        loader = _UniqueKeyLoader(text)  # parse once: the node tree gives both the lines and the document
        try:
            node = loader.get_single_node()
            document = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
        lines = _line_index(node)
    except bounded_yaml.LimitExceeded as error:
        raise PlatformError([f"{filename}{f':{error.line}' if error.line else ''}: {error.problem}"]) from None
    except _DuplicateKey as error:
        raise PlatformError([f"{filename}:{error.line}: {error.key!r} is written twice in one mapping; YAML would"
                             " silently keep the last. Fix: keep one"]) from None
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


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int):
        self.key, self.line = key, line


class _UniqueKeyLoader(yaml.SafeLoader):
    """safe_load that refuses a key written twice in one mapping (YAML would keep the last silently).

    Keys that a `<<` merge brings in may be overridden, as YAML intends.
    """

    def compose_node(self, parent, index):
        node = super().compose_node(parent, index)
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    if (key.tag, key.value) in seen:
                        raise _DuplicateKey(key.value, key.start_mark.line + 1)
                    seen.add((key.tag, key.value))
        return node

    def construct_yaml_int(self, node):
        """An integer of more digits than Python converts (4,300) is a YAML error at its line, not a crash."""
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            raise yaml.constructor.ConstructorError(None, None, f"the number {node.value[:20]}... is too long",
                                                    node.start_mark) from None


_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _UniqueKeyLoader.construct_yaml_int)


# --- schema errors ------------------------------------------------------------------------

def _explain(error: jsonschema.ValidationError) -> tuple[Path_, str]:
    path, value, keyword = tuple(error.absolute_path), error.instance, error.validator
    hint = error.schema.get("x-hint") if isinstance(error.schema, dict) else None
    if keyword == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message).group(1)
        return path + (missing,), f"required field is missing. Fix: add {missing}"
    if keyword == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        unknown = sorted(str(key) for key in value if key not in allowed)[0]
        guesses = difflib.get_close_matches(unknown, allowed, n=1)
        guess = f"did you mean {guesses[0]}? " if guesses else ""
        return path + (unknown,), f"unknown field. Fix: {guess}allowed fields here are {', '.join(allowed)}"
    if keyword == "enum":
        return path, f"is not allowed (got {_shown(value)}). Fix: use one of {', '.join(map(str, error.validator_value))}"
    if keyword == "type":
        return path, f"must be of type {error.validator_value} (got {_shown(value)}). Fix: {hint or 'change the value'}"
    if keyword == "maxItems":
        return path, f"has {len(value)} entries, at most {error.validator_value} allowed. Fix: {hint or 'remove some'}"
    if keyword == "minimum":
        return path, f"must be at least {error.validator_value} (got {_shown(value)}). Fix: use a larger number"
    if hint:
        return path, f"is not valid (got {_shown(value)}). Fix: {hint}"
    return path, f"{_clip(error.message)}. Fix: see frappe_k8s/platform.schema.json"


def _clip(text: str, limit: int = 120) -> str:
    """Messages quote the value they are about: a huge one (a hostile file's) is cut, not printed whole."""
    return text if len(text) <= limit else text[:limit] + f"... ({len(text):,} characters)"


def _shown(value: object) -> str:
    return _clip(repr(value))


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

BACKENDS = {("efs", "dynamic"): EfsDynamic, ("efs", "static"): EfsStatic,
            ("nfs", "dynamic"): NfsDynamic, ("nfs", "static"): NfsStatic}
OTHER_MODE = {"dynamic": "static", "static": "dynamic"}
BENCH_CLASSES = tuple(c for c in vars(bench_model).values() if dataclasses.is_dataclass(c))
BACKUP_CLASSES = tuple(c for c in vars(backups_model).values() if dataclasses.is_dataclass(c))
CEPH_PROPS_CLASSES = (CephClusterProps, CephNode, CephDevice, CephFilesystemProps, CephBlockPoolProps, CephPool,
                      Replicated, ErasureCoded, MetadataServer, CephStorageClass, CephSnapshotClass, Mon, Mgr,
                      RookSettings)
SITE_CLASSES = tuple(c for c in vars(site_model).values() if dataclasses.is_dataclass(c))
PROPS_CLASSES = (RwxVolumeProps, ExistingStorageClass, *BACKENDS.values(), CephfsStatic, *CEPH_PROPS_CLASSES,
                 *BENCH_CLASSES, *BACKUP_CLASSES, *SITE_CLASSES, Monitoring, Cluster, Unprotected)
DATABASES = {"mariadbRef": MariaDBRef, "mariadb": MariaDBServer, "external": ExternalDatabase}
# snake_case names of props fields, so messages raised in Python read as the YAML field names
FIELD_NAMES = re.compile(r"\b(" + "|".join(sorted({f.name for c in PROPS_CLASSES for f in fields(c) if "_" in f.name},
                                                  key=len, reverse=True)) + r")\b")


def _yaml_words(text: str) -> str:
    return FIELD_NAMES.sub(lambda m: _camel(m.group(1)), text)


def _only_for(kind: str, provisioning: str) -> set[str]:
    """Fields (camelCase) that one provisioning mode of a backend has and the other has not."""
    other = OTHER_MODE[provisioning]
    names = {f.name for f in fields(BACKENDS[kind, provisioning])} - {f.name for f in fields(BACKENDS[kind, other])}
    return {_camel(n) for n in names}


class _Builder:
    """Turns the schema-checked document into the typed model, collecting SpecErrors with their path."""

    def __init__(self, document: dict):
        self.document = document
        self.problems: list[tuple[Path_, str]] = []
        self.volume_paths: list[tuple[Path_, RwxVolumeProps]] = []  # every built volume with where it is written
        self.ceph_paths: list[tuple[Path_, CephFilesystemProps]] = []  # every built Ceph filesystem, likewise
        self.ceph_classes: dict[str, Path_] = {}  # StorageClass names of Ceph filesystems, even ones with errors
        self.bench_paths: list[tuple[Path_, FrappeBenchProps]] = []
        self.ceph_fs_names: set[str] = set()  # filesystem names as written, even of clusters with errors
        self.filesystems: dict[str, CephFilesystemProps] = {}
        self.cluster = Cluster()

    def make(self, path: Path_, cls: Callable, raw: dict, **extra: Any) -> Any:
        """cls(**raw in snake_case, **extra); a SpecError is recorded at path + its field."""
        known = {f.name for f in fields(cls)}
        kwargs = {snake: tuple(value) if isinstance(value, list) else value
                  for key, value in raw.items() if (snake := _snake(key)) in known}
        kwargs.update(extra)
        try:
            return cls(**kwargs)
        except SpecError as error:
            self.record(path, error)
            return None

    def record(self, path: Path_, error: SpecError) -> None:
        """A props class's SpecError, at its field's path under `path`, worded with the YAML field names."""
        value = list(error.value) if isinstance(error.value, tuple) else error.value
        self.problems.append((path + tuple(int(p) if p.isdigit() else p for p in _camel(error.field).split(".")),
                              _yaml_words(f"{error.problem} (got {_shown(value)}). Fix: {error.fix}")))

    def build(self) -> Platform:
        doc = self.document
        raw_defaults = doc.get("defaults", {})
        defaults = Defaults(
            kubernetes_version=raw_defaults.get("kubernetesVersion", Defaults.kubernetes_version),
            storage_class=raw_defaults.get("storageClass"),
            domain_suffix=raw_defaults.get("domainSuffix"),
            routing=self.routing(("defaults", "routing"), raw_defaults["routing"]) or Routing()
            if "routing" in raw_defaults else Routing(),
            labels=tuple(sorted(raw_defaults.get("labels", {}).items())),
            images=Images(**{_snake(k): v for k, v in raw_defaults.get("images", {}).items()}),
            cluster_apis=tuple(raw_defaults.get("clusterApis", ())),
        )
        self.cluster = self.make(("cluster",), Cluster, doc.get("cluster", {})) or Cluster()
        raw_storage = doc.get("storage", {})
        classes = tuple(ExternalStorageClass(name=c["name"], read_write_many=c.get("readWriteMany", True),
                                             provisioner=c.get("provisioner"))
                        for c in raw_storage.get("externalStorageClasses", []))
        rook = self.make(("storage", "rook"), RookSettings, raw_storage.get("rook", {})) or RookSettings()
        clusters = tuple(c for i, raw in enumerate(raw_storage.get("cephClusters", []))
                         if (c := self.ceph_cluster(("storage", "cephClusters", i), raw, rook)) is not None)
        self.filesystems = {fs.name: fs for cluster in clusters for fs in cluster.filesystems}
        for i, raw in enumerate(raw_storage.get("volumes", [])):
            path = ("storage", "volumes", i)
            volume = self.volume(path, raw, defaults)
            if volume is not None:
                self.volume_paths.append((path, volume))
        for i, raw in enumerate(doc.get("benches", [])):
            path = ("benches", i)
            bench = self.bench(path, raw, defaults)
            if bench is not None:
                self.bench_paths.append((path, bench))
                self.volume_paths.append((path + ("sitesVolume",), bench.sites_claim))
                if bench.logs_claim is not None:
                    self.volume_paths.append((path + ("logs",), bench.logs_claim))
        raw_velero = doc.get("backups", {}).get("velero")
        self.velero_config = self.velero(("backups", "velero"), raw_velero) if raw_velero is not None else None
        unprotected = tuple(u for i, raw in enumerate(doc.get("backups", {}).get("unprotected", []))
                            if (u := self.make(("backups", "unprotected", i), Unprotected, raw)) is not None)
        raw_gitops = doc.get("gitops")
        gitops = GitOps(**{("repo_url" if k == "repoURL" else _snake(k)): v for k, v in raw_gitops.items()}) \
            if raw_gitops else None
        raw_monitoring = doc.get("monitoring", {})
        monitoring = self.make(("monitoring",), Monitoring, {k: v for k, v in raw_monitoring.items() if k != "labels"},
                               labels=tuple(sorted(raw_monitoring.get("labels", {}).items()))) or Monitoring()
        return Platform(name=doc["name"], cluster=self.cluster, defaults=defaults, gitops=gitops, monitoring=monitoring,
                        storage=Storage(external_storage_classes=classes,
                                        volumes=tuple(v for p, v in self.volume_paths if p[0] == "storage"),
                                        ceph_clusters=clusters, rook=rook,
                                        capacity_check=raw_storage.get("capacityCheck", Storage.capacity_check)),
                        benches=tuple(b for _, b in self.bench_paths),
                        backups=Backups(velero=self.velero_config, unprotected=unprotected))

    def volume(self, path: Path_, raw: dict, defaults: Defaults) -> RwxVolumeProps | None:
        chosen = [key for key in VOLUME_BACKENDS if key in raw]
        if len(chosen) > 1:
            self.problems.append((path + (chosen[1],), f"a volume has one backend, this one names {' and '.join(chosen)}."
                                  f" Fix: keep one of {', '.join(VOLUME_BACKENDS)}"))
            return None
        backend = self.backend(path, raw, chosen[0] if chosen else None, defaults)
        if backend is None:
            return None
        props = {k: v for k, v in raw.items() if k not in VOLUME_BACKENDS}
        # where admission assigns pod ids (OpenShift's restricted-v2), the check's pods ask for none of their own
        extra = {"verify_uid": None} if self.cluster.assigns_pod_ids and "verifyUid" not in raw else {}
        return self.make(path, RwxVolumeProps, props, backend=backend, verify_image=defaults.images.verify, **extra)

    def backend(self, path: Path_, raw: dict, kind: str | None, defaults: Defaults):
        if kind is None:
            if defaults.storage_class is None:
                self.problems.append((path, "no storage backend. Fix: set storageClass, efs, nfs or cephfs on the volume,"
                                      " or defaults.storageClass for all volumes"))
                return None
            return self.make(("defaults",), ExistingStorageClass, {"name": defaults.storage_class})
        if kind == "storageClass":
            return self.make(path, ExistingStorageClass, {}, name=raw["storageClass"])
        if kind == "cephfs":
            spec, where = raw["cephfs"], path + ("cephfs",)
            fs = self.filesystems.get(spec["filesystem"])
            if fs is None:
                if spec["filesystem"] not in self.ceph_fs_names:  # a filesystem with errors has reported them
                    self.problems.append((where + ("filesystem",), f"names no filesystem of storage.cephClusters (got"
                                          f" {spec['filesystem']!r}). Fix: use one of"
                                          f" {', '.join(sorted(self.ceph_fs_names)) or 'the filesystems you declare'}"))
                return None
            return self.make(where, CephfsStatic, {"rootPath": spec["rootPath"]}, fs_name=fs.name,
                             cluster_id=fs.cluster_id, driver=fs.driver, node_secret=fs.csi_node_secret,
                             node_secret_namespace=fs.namespace)
        spec, where = raw[kind], path + (kind,)
        provisioning = spec.get("provisioning", "dynamic")
        other = OTHER_MODE[provisioning]
        wrong = sorted(set(spec) & _only_for(kind, other))
        if wrong:
            self.problems.append((where + (wrong[0],), f"applies only to {other} provisioning."
                                  f" Fix: remove {wrong[0]}, or set provisioning: {other}"))
            return None
        return self.make(where, BACKENDS[kind, provisioning], {k: v for k, v in spec.items() if k != "provisioning"})


    def bench(self, path: Path_, raw: dict, defaults: Defaults) -> FrappeBenchProps | None:
        """A bench, its images defaulting to the platform's (bench value, then platform, then built-in)."""
        images = defaults.images
        starts = {
            "image": FrappeImage(repository=images.frappe),
            "sitesVolume": SitesStorage(storage_class=defaults.storage_class, verify_image=images.verify),
            "redis": Redis(image=images.redis),
        }
        database = raw.get("database", {"mariadb": {}})
        (kind, spec), = database.items()
        start = MariaDBServer(image=images.mariadb) if kind == "mariadb" else DATABASES[kind]
        built_database = self.nested(path + ("database", kind), start, spec)
        if built_database is None:
            return None
        for key, value in starts.items():
            starts[key] = self.nested(path + (key,), value, raw.get(key, {}))
            if starts[key] is None:
                return None
        site_backups = self.nested(path + ("siteBackups",), SiteBackup, raw.get("siteBackups", {}))
        if site_backups is None:
            return None
        sites = [self.site(path + ("sites", i), site, built_database, site_backups, defaults)
                 for i, site in enumerate(raw.get("sites", []))]
        if None in sites:
            return None
        rest = {k: v for k, v in raw.items() if k not in ("database", "sites", "siteBackups", *starts)}
        return self.nested(path, FrappeBenchProps, rest, database=built_database, sites=tuple(sites),
                           **{_snake(k): v for k, v in starts.items()})

    def site(self, path: Path_, raw: dict, server: Any, backups: SiteBackup, defaults: Defaults) -> FrappeSiteProps | None:
        """A site: a one-label name gets defaults.domainSuffix, routing defaults to defaults.routing as a whole,
        backup fields to the bench's siteBackups one by one, and an external database to the bench's server."""
        name = raw["name"]
        if "." not in name and defaults.domain_suffix:
            name = f"{name}.{defaults.domain_suffix}"
        raw_db = dict(raw.get("database", {}))
        extra: dict[str, Any] = {"mode": raw_db.pop("mode", EXTERNAL if isinstance(server, ExternalDatabase) else SHARED)}
        if extra["mode"] == DEDICATED or "mariadb" in raw_db:
            extra["mariadb"] = self.nested(path + ("database", "mariadb"), MariaDBServer(image=defaults.images.mariadb),
                                           raw_db.pop("mariadb", {}))
        if "external" in raw_db:
            raw_external = raw_db.pop("external")
            inherited = {"host": server.host, "type": server.type, "port": server.port} \
                if isinstance(server, ExternalDatabase) else {}
            extra["external"] = self.nested(path + ("database", "external"), SiteExternalDatabase, raw_external,
                                            **{k: v for k, v in inherited.items() if k not in raw_external})
        if None in (extra.get("mariadb", ""), extra.get("external", "")):
            return None
        parts = {
            "database": self.nested(path + ("database",), SiteDatabase, raw_db, **extra),
            "backup": self.nested(path + ("backup",), backups, raw.get("backup", {})),
            "routing": self.routing(path + ("routing",), raw["routing"]) if "routing" in raw else defaults.routing,
        }
        if None in parts.values():
            return None
        site_config = self.site_config(path + ("siteConfig",), raw.get("siteConfig", {}))
        if site_config is None:
            return None
        rest = {k: v for k, v in raw.items() if k not in ("name", "siteConfig", *parts)}
        return self.nested(path, FrappeSiteProps, rest, name=name, site_config=site_config, **parts)

    def site_config(self, path: Path_, raw: dict) -> tuple[tuple[str, SiteConfigValue], ...] | None:
        """siteConfig's entries, each key checked at its own path (keys are Frappe's, not camelCase)."""
        entries, bad = [], False
        for key, value in sorted(raw.items()):
            try:
                entry = (key, SecretRef(**value["secretKeyRef"]) if isinstance(value, dict) else value)
                site_model.check_site_config_entry(*entry)
            except SpecError as error:
                self.problems.append((path + (key,), f"{error.problem} (got {error.value!r}). Fix: {error.fix}"))
                bad = True
                continue
            entries.append(entry)
        return None if bad else tuple(entries)

    def routing(self, path: Path_, raw: dict) -> Routing | None:
        annotations = tuple(sorted(raw.get("annotations", {}).items()))
        return self.nested(path, Routing, {k: v for k, v in raw.items() if k != "annotations"}, annotations=annotations)

    def nested(self, path: Path_, start: Any, raw: dict, **extra: Any) -> Any:
        """Build a props dataclass from its YAML mapping, recursing into fields that are props themselves.

        `start` is a class, or an instance whose values are the defaults (so `workers.short: {replicas: 2}`
        keeps the short worker's queues). Resources are merged over the field's default. Errors are
        recorded at their field path; None means this object (or a part of it) was wrong.
        """
        cls = start if isinstance(start, type) else type(start)
        hints = typing.get_type_hints(cls)
        by_name = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in raw.items():
            name = _snake(key)
            current = getattr(start, name) if not isinstance(start, type) else _field_default(by_name[name])
            target = _props_class(hints[name])
            if name == "resources":
                value = self.resources(path + (key,), current, value)
            elif target is not None and isinstance(value, dict):
                value = self.nested(path + (key,), current if current is not None else target, value)
            elif isinstance(value, list):
                value = tuple(value)
            if value is None:
                return None
            kwargs[name] = value
        kwargs.update(extra)
        try:
            return dataclasses.replace(start, **kwargs) if not isinstance(start, type) else cls(**kwargs)
        except SpecError as error:
            self.record(path, error)
            return None

    def resources(self, path: Path_, default: Resources, raw: dict) -> Resources | None:
        """`{requests: {cpu, memory}, limits: {cpu, memory}}`, each value falling back to the default."""
        values = {"cpu_request": raw.get("requests", {}).get("cpu", default.cpu_request),
                  "memory_request": raw.get("requests", {}).get("memory", default.memory_request),
                  "cpu_limit": raw.get("limits", {}).get("cpu", default.cpu_limit),
                  "memory_limit": raw.get("limits", {}).get("memory", default.memory_limit)}
        try:
            return Resources(**values)
        except SpecError as error:
            side, _, kind = {"cpu_request": "requests.cpu", "memory_request": "requests.memory",
                             "cpu_limit": "limits.cpu", "memory_limit": "limits.memory"}[error.field].partition(".")
            self.problems.append((path + (side, kind), f"{error.problem} (got {error.value!r}). Fix: {error.fix}"))
            return None

    # --- backups.velero ----------------------------------------------------------------------------

    def velero(self, path: Path_, raw: dict) -> Velero | None:
        namespace = raw.get("namespace", Velero.namespace)
        locations = [self.location(path + ("locations", i), loc, namespace, STORAGE_CONFIGS, BackupStorageLocationProps)
                     for i, loc in enumerate(raw.get("locations", []))]
        snapshot_locations = [self.location(path + ("snapshotLocations", i), loc, namespace, SNAPSHOT_CONFIGS,
                                            VolumeSnapshotLocationProps)
                              for i, loc in enumerate(raw.get("snapshotLocations", []))]
        schedules = [self.nested(path + ("schedules", i), VeleroScheduleProps,
                                 {k: v for k, v in schedule.items() if k != "labelSelector"}, namespace=namespace,
                                 label_selector=tuple(sorted(schedule.get("labelSelector", {}).items())))
                     for i, schedule in enumerate(raw.get("schedules", []))]
        password = (self.nested(path + ("repositoryPassword",), RepositoryPassword, raw["repositoryPassword"])
                    if "repositoryPassword" in raw else "")
        if None in (*locations, *snapshot_locations, *schedules, password):
            return None
        return self.make(path, Velero, {k: v for k, v in raw.items() if k in ("namespace", "install")},
                         locations=tuple(locations), snapshot_locations=tuple(snapshot_locations),
                         schedules=tuple(schedules), repository_password=password or None)

    def location(self, path: Path_, raw: dict, namespace: str, configs: dict, cls: type) -> Any:
        """A storage or snapshot location: exactly one provider block (aws, gcp, azure) holds its config."""
        chosen = [key for key in configs if key in raw]
        if len(chosen) != 1:
            named = f"names {' and '.join(chosen)}" if chosen else "names no provider"
            self.problems.append((path + ((chosen[1],) if chosen else ()),
                                  f"a location has one provider, this one {named}. Fix: keep one of aws, gcp, azure"))
            return None
        kind = chosen[0]
        config = self.nested(path + (kind,), configs[kind], raw[kind] or {})
        if config is None:
            return None
        rest = {key: value for key, value in raw.items() if key not in configs}
        return self.nested(path, cls, rest, provider_config=config, namespace=namespace)

    # --- storage.cephClusters (CephCluster, CephFilesystem) ------------------------------------

    def ceph_cluster(self, path: Path_, raw: dict, rook: RookSettings) -> CephClusterProps | None:
        external = raw.get("external", {}).get("enable", False)
        for key in ("filesystems", "blockPools"):  # so claims on their classes report no follow-on error
            for i, raw_item in enumerate(raw.get(key, [])):
                self.ceph_classes.setdefault(raw_item.get("storageClass", {}).get("name") or raw_item["name"],
                                             path + (key, i))
        self.ceph_fs_names |= {raw_fs["name"] for raw_fs in raw.get("filesystems", [])}
        wrong = sorted(set(raw) & CEPH_CLUSTER_MODE_ONLY) if external else []
        if wrong:
            self.problems.append((path + (wrong[0],), "applies only to cluster mode; an external cluster's daemons and"
                                  f" disks belong to the provider. Fix: remove {wrong[0]}, or set external.enable: false"))
            return None
        nodes, ok = [], True
        for i, raw_node in enumerate(raw.get("nodes", [])):
            where = path + ("nodes", i)
            devices = [self.make(where + ("devices", j), CephDevice, d) for j, d in enumerate(raw_node["devices"])]
            node = self.make(where, CephNode, raw_node, devices=tuple(devices)) if None not in devices else None
            ok &= node is not None
            nodes.append(node)
        filesystems = [self.ceph_filesystem(path + ("filesystems", i), f, external, rook)
                       for i, f in enumerate(raw.get("filesystems", []))]
        block_pools = [self.ceph_block_pool(path + ("blockPools", i), b, external, rook)
                       for i, b in enumerate(raw.get("blockPools", []))]
        mon = self.make(path + ("mon",), Mon, raw.get("mon", {}))
        mgr = self.make(path + ("mgr",), Mgr, raw.get("mgr", {}))
        mgr_pool = self.ceph_pool(path + ("mgrPool",), raw["mgrPool"]) if "mgrPool" in raw else ""
        if not ok or None in (*filesystems, *block_pools, mgr_pool) or mon is None or mgr is None:
            return None
        cluster = self.make(path, CephClusterProps, raw, namespace=rook.operator_namespace, external=external,
                            mon=mon, mgr=mgr, nodes=tuple(nodes), filesystems=tuple(filesystems),
                            block_pools=tuple(block_pools), mgr_pool=mgr_pool or None)
        if cluster is not None:
            self.ceph_paths += [(path + ("filesystems", i), fs) for i, fs in enumerate(cluster.filesystems)]
            self.ceph_paths += [(path + ("blockPools", i), b) for i, b in enumerate(cluster.block_pools)]
        return cluster

    def other_mode(self, path: Path_, raw: dict, external: bool, cluster_only: set[str], what: str) -> bool:
        """Whether `raw` has a field of the other mode (recorded as a problem): the cluster-mode `cluster_only` fields
        in external mode, the CSI secret names in cluster mode."""
        wrong = sorted(set(raw) & (cluster_only if external else CEPH_FS_EXTERNAL_ONLY))
        if wrong:
            why = (f"applies only to cluster mode; an external {what} on the provider" if external else
                   "applies only to external mode; in cluster mode Rook creates the CSI secrets")
            self.problems.append((path + (wrong[0],), f"{why}. Fix: remove {wrong[0]}"))
        return bool(wrong)

    def ceph_filesystem(self, path: Path_, raw: dict, external: bool, rook: RookSettings) -> CephFilesystemProps | None:
        if self.other_mode(path, raw, external, CEPH_FS_CLUSTER_MODE_ONLY, "filesystem lives"):
            return None
        metadata_pool = self.ceph_pool(path + ("metadataPool",), raw.get("metadataPool", {}))
        data_pools = [self.ceph_pool(path + ("dataPools", i), p) for i, p in enumerate(raw.get("dataPools", []))]
        parts = {"metadata_server": self.make(path + ("metadataServer",), MetadataServer, raw.get("metadataServer", {})),
                 "storage_class": self.make(path + ("storageClass",), CephStorageClass, raw.get("storageClass", {})),
                 "snapshot_class": self.make(path + ("snapshotClass",), CephSnapshotClass, raw.get("snapshotClass", {}))}
        if None in (metadata_pool, *data_pools, *parts.values()):
            return None
        return self.make(path, CephFilesystemProps, raw, namespace=rook.operator_namespace,
                         operator_namespace=rook.operator_namespace, external=external, metadata_pool=metadata_pool,
                         data_pools=tuple(data_pools), **parts)

    def ceph_block_pool(self, path: Path_, raw: dict, external: bool, rook: RookSettings) -> CephBlockPoolProps | None:
        if self.other_mode(path, raw, external, CEPH_POOL_LAYOUT, "pool's layout lives"):
            return None
        pool = self.ceph_pool(path, {k: v for k, v in raw.items() if k in CEPH_POOL_LAYOUT})
        parts = {"storage_class": self.make(path + ("storageClass",), CephStorageClass, raw.get("storageClass", {})),
                 "snapshot_class": self.make(path + ("snapshotClass",), CephSnapshotClass, raw.get("snapshotClass", {}))}
        if None in (pool, *parts.values()):
            return None
        rest = {k: v for k, v in raw.items() if k not in CEPH_POOL_LAYOUT}
        return self.make(path, CephBlockPoolProps, rest, namespace=rook.operator_namespace,
                         operator_namespace=rook.operator_namespace, external=external, pool=pool, **parts)

    def ceph_pool(self, path: Path_, raw: dict) -> CephPool | None:
        nested = {"replicated": Replicated, "erasureCoded": ErasureCoded}
        built = {_snake(key): self.make(path + (key,), cls, raw[key]) for key, cls in nested.items() if key in raw}
        if None in built.values():
            return None
        return self.make(path, CephPool, raw, **built)


def _field_default(field: dataclasses.Field) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return None


def _props_class(hint: Any) -> type | None:
    """The props dataclass a field holds (unwrapping Optional), or None for plain values."""
    candidates = [hint, *typing.get_args(hint)]
    return next((c for c in candidates if dataclasses.is_dataclass(c)), None)

CEPH_CLUSTER_MODE_ONLY = {"cephImage", "dataDirHostPath", "mon", "mgr", "dashboard", "crashCollector", "fullRatio",
                          "backfillFullRatio", "nearFullRatio", "nodes", "mgrPool"}
CEPH_POOL_LAYOUT = {"replicated", "erasureCoded", "failureDomain", "deviceClass"}  # a block pool's cluster-mode fields
VOLUME_BACKENDS = ("storageClass", "efs", "nfs", "cephfs")
CEPH_FS_CLUSTER_MODE_ONLY = {"metadataPool", "dataPools", "metadataServer", "subVolumeGroup"}
CEPH_FS_EXTERNAL_ONLY = {"csiProvisionerSecret", "csiNodeSecret"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --- cross-field rules -------------------------------------------------------------------------

def _cross_field_problems(platform: Platform, builder: _Builder) -> list[tuple[Path_, str]]:
    """Rules that span fields: unique names and handles, classes that exist, RWX only where the class allows it."""
    problems: list[tuple[Path_, str]] = []
    external: dict[str, ExternalStorageClass] = {}
    for i, cls in enumerate(platform.storage.external_storage_classes):
        if cls.name in external:
            problems.append((("storage", "externalStorageClasses", i, "name"),
                             f"'{cls.name}' is declared twice. Fix: keep one entry"))
        external[cls.name] = cls

    rendered: dict[str, str] = {name: f"rendered by {_dotted(path)}" for name, path in builder.ceph_classes.items()}
    problems += _ceph_problems(builder, external)
    problems += _velero_problems(platform)
    problems += _monitoring_problems(platform)
    problems += _flux_name_problems(platform)
    claims: set[tuple[str, str]] = set()
    persistent_volumes: dict[str, str] = {}
    handles: dict[tuple[str, str], str] = {}
    for path, volume in builder.volume_paths:
        backend, ident = volume.backend, f"{volume.namespace}/{volume.name}"
        if (volume.namespace, volume.name) in claims:
            where = path[:2] + ("name",) if path[0] == "benches" else path + ("name",)
            problems.append((where, f"volume '{volume.name}' is declared twice in namespace"
                             f" '{volume.namespace}'. Fix: give each volume its own name"))
        claims.add((volume.namespace, volume.name))
        if isinstance(backend, RENDERS_PERSISTENT_VOLUME):
            kind = {EfsStatic: "efs", NfsStatic: "nfs", CephfsStatic: "cephfs"}[type(backend)]
            pv = volume.persistent_volume_name
            if pv in persistent_volumes:
                problems.append((path + ("name",), f"its PersistentVolume name '{pv}' is also that of volume "
                                 f"'{persistent_volumes[pv]}'. Fix: rename one of the volumes"))
            persistent_volumes[pv] = ident
            handle = (kind, backend.volume_handle)
            if handle in handles:
                problems.append((path + (kind,), f"mounts the same {kind} location ({backend.volume_handle}) as volume "
                                 f"'{handles[handle]}', and CSI volume handles must be unique. Fix: share one volume,"
                                 " or point each at its own directory or access point"))
            handles[handle] = ident
        if isinstance(backend, RENDERS_STORAGE_CLASS):
            name = volume.storage_class_name
            if name in rendered or name in external:
                field = path + (("efs" if isinstance(backend, EfsDynamic) else "nfs"), "storageClassName")
                problems.append((field, f"StorageClass '{name}' is already "
                                 f"{'declared external' if name in external else rendered[name]}."
                                 " Fix: set a unique storageClassName, or claim the existing class with storageClass"))
            rendered.setdefault(name, "rendered by another volume")

    block = {b.storage_class_name for c in platform.storage.ceph_clusters for b in c.block_pools}
    for path, volume in builder.volume_paths:
        if not isinstance(volume.backend, ExistingStorageClass):
            continue
        name, where = volume.backend.name, _class_field(builder.document, path)
        single_node = (name in external and not external[name].read_write_many) or name in block
        if name not in external and name not in rendered:
            problems.append((where, _undeclared_class(name)))
        elif single_node and READ_WRITE_MANY in volume.access_modes:
            rwo = "accessMode: ReadWriteOnce on the bench's sites" if path[0] == "benches" else \
                "accessModes: [ReadWriteOnce] with allowReadWriteOnce: true"
            why = "an RBD block class (ReadWriteOnce)" if name in block else "declared readWriteMany: false"
            problems.append((path, f"asks for ReadWriteMany on StorageClass '{name}', {why}."
                             f" Fix: use an RWX class (CephFS, EFS, NFS), or {rwo}"))
    problems += _cluster_problems(platform, builder)

    benches: set[str] = set()
    for path, bench in builder.bench_paths:
        if bench.name in benches:
            problems.append((path + ("name",), f"bench '{bench.name}' is declared twice, and each bench has its own"
                             " app folder bench-<name>. Fix: give each bench its own name"))
        benches.add(bench.name)
        # Classes of the bench's ReadWriteOnce volumes (Redis queue, MariaDB) must exist like any other.
        for field, value in ((("redis", "queue", "storageClass"), bench.redis.queue.storage_class),
                             (("database", "mariadb", "storageClass"), getattr(bench.database, "storage_class", None)),
                             *(((("sites", i, "database", "mariadb", "storageClass")), site.database.mariadb.storage_class)
                               for i, site in enumerate(bench.sites) if site.database.mariadb is not None)):
            if value is not None and value not in external and value not in rendered:
                problems.append((path + field, _undeclared_class(value)))
        problems += _site_problems(platform, path, bench, builder.document)
    problems += _shared_redis_problems(builder.bench_paths)
    return problems


def _shared_redis_problems(benches: list[tuple[Path_, FrappeBenchProps]]) -> list[tuple[Path_, str]]:
    """Benches on one external Redis database. A shared queue is fine with distinct bench ids: RQ's lists are
    rq:queue:<bench_id>:<queue> (frappe/utils/background_jobs.py generate_qname). A shared cache never is: Frappe
    keeps bench-wide keys there unprefixed (RedisWrapper.make_key returns the key as it is when shared=True, as for
    assets_json, the map of the image's built assets: frappe/utils/redis_wrapper.py, version-15)."""
    problems: list[tuple[Path_, str]] = []
    caches: dict[tuple, str] = {}
    queues: dict[tuple, str] = {}
    for path, bench in benches:
        external = bench.redis.external
        if external is None:
            continue
        cache, queue = (_redis_database(external.cache_url), _redis_database(external.queue_url))
        if cache in caches:
            problems.append((path + ("redis", "external", "cacheUrl"), f"bench '{bench.name}' shares the Redis cache"
                             f" {external.cache_url} with bench '{caches[cache]}', and Frappe keeps bench-wide keys"
                             " there without a prefix (assets_json, the map of each image's built CSS and JS), so"
                             " one bench would serve the other's asset names; benchId does not change that. Fix: give"
                             " each bench a cache of its own, another database (redis://<host>:<port>/<n>) or server"))
        caches.setdefault(cache, bench.name)
        key = queue + (bench.rq_bench_id,)
        if key in queues:
            problems.append((path + ("benchId",), f"bench '{bench.name}' shares the Redis queue {external.queue_url}"
                             f" with bench '{queues[key]}' under the same bench id '{bench.rq_bench_id}', so the"
                             " workers of each would take the other's jobs (RQ lists rq:queue:<bench id>:<queue>) for"
                             f" sites they do not have. Fix: set benchId on one of them (benchId: {bench.name}), or"
                             " give it a queue database of its own"))
        queues.setdefault(key, bench.name)
    return problems


def _redis_database(url: str) -> tuple[str, int, int]:
    """host (lower case), port and database index: what makes two Redis URLs the same database."""
    host, port, database, _ = redis_address("url", url)
    return host.lower(), port, database


def _site_problems(platform: Platform, path: Path_, bench: FrappeBenchProps, document: dict) -> list[tuple[Path_, str]]:
    """What a site needs from the rest of the platform: a ReadWriteMany backup volume in the bench's namespace,
    and a Gateway its bench's NetworkPolicy lets through."""
    problems: list[tuple[Path_, str]] = []
    volumes = {(v.namespace, v.name): v for v in platform.storage.volumes}
    namespace = bench.effective_namespace
    for i, site in enumerate(bench.sites):
        where = path + ("sites", i)
        backup = site.backup
        if backup.active:
            field = where + ("backup", "volume") if "volume" in _at(document, where).get("backup", {}) \
                else path + ("siteBackups", "volume")
            volume = volumes.get((namespace, backup.volume)) if backup.volume else None
            if backup.volume is None:
                problems.append((where + ("backup",), "backups are enabled but no volume is set. Fix: set backup.volume"
                                 " (or siteBackups.volume on the bench) to a storage.volumes[] name"))
            elif volume is None:
                elsewhere = [ns for ns, name in volumes if name == backup.volume]
                problems.append((field, f"volume '{backup.volume}' is not declared in storage.volumes in the bench's"
                                 f" namespace '{namespace}'" + (f" (it is in {elsewhere})" if elsewhere else "") +
                                 f". Fix: declare a volume with namespace: {namespace} for the site backups"))
            elif READ_WRITE_MANY not in volume.access_modes:
                problems.append((field, f"volume '{backup.volume}' is not ReadWriteMany, and the backup Jobs mount it"
                                 " on any node. Fix: use a ReadWriteMany volume"))
        routing = site.routing
        if routing is not None and routing.type == ROUTE and site.state == PRESENT \
                and ROUTE_API not in platform.defaults.cluster_apis:
            problems.append((where + ("routing", "type"), f"route: the cluster does not serve {ROUTE_API}"
                             " (defaults.clusterApis), and a sync that applies a Route fails there (Flux's dry run"
                             " fails the whole folder). Fix: on OpenShift, list it in defaults.clusterApis; elsewhere,"
                             " route the site with type: ingress or httpRoute"))
        if routing is not None and routing.gateway is not None and bench.network_policy.enabled:
            gateway_namespace = routing.gateway.namespace or namespace
            if gateway_namespace not in bench.network_policy.ingress_namespaces:
                problems.append((where + ("routing", "gateway", "namespace"), f"the Gateway's namespace"
                                 f" '{gateway_namespace}' may not reach the bench's nginx. Fix: add it to the bench's"
                                 " networkPolicy.ingressNamespaces"))
    return problems


def _ceph_problems(builder: _Builder, external: dict[str, ExternalStorageClass]) -> list[tuple[Path_, str]]:
    """Ceph classes: unique StorageClass and VolumeSnapshotClass names, one default of each (per driver)."""
    problems: list[tuple[Path_, str]] = []
    classes: dict[str, Path_] = {}
    snapshot_classes: dict[str, Path_] = {}
    default_class: Path_ | None = None
    default_snapshot: dict[str, Path_] = {}
    for path, fs in builder.ceph_paths:
        name, where = fs.storage_class_name, path + ("storageClass",)
        duplicate = name in classes or name in external
        if duplicate:
            other = "declared external" if name in external else f"the class of {_dotted(classes[name][:-1])}"
            problems.append((where + ("name",), f"StorageClass '{name}' is already {other}. Fix: give this"
                             " filesystem's storageClass its own name (or remove the external entry)"))
        classes.setdefault(name, where)
        if fs.storage_class.is_default:
            if default_class is not None:
                problems.append((where + ("isDefault",), f"a second default StorageClass ('{name}'; "
                                 f"{_dotted(default_class)} is one already). Fix: keep isDefault: true on one class"))
            default_class = default_class or where
        if not fs.snapshot_class.enabled:
            continue
        snapshot, where = fs.snapshot_class_name, path + ("snapshotClass",)
        if snapshot in snapshot_classes and not (duplicate and fs.snapshot_class.name is None):  # said once above
            problems.append((where + ("name",), f"VolumeSnapshotClass '{snapshot}' is already the class of"
                             f" {_dotted(snapshot_classes[snapshot][:-1])}. Fix: give it its own name"))
        snapshot_classes.setdefault(snapshot, where)
        if fs.snapshot_class.is_default:
            if fs.driver in default_snapshot:
                problems.append((where + ("isDefault",), f"a second default VolumeSnapshotClass for driver {fs.driver}."
                                 " Fix: keep isDefault: true on one snapshot class per driver"))
            default_snapshot.setdefault(fs.driver, where)
    return problems


def _velero_problems(platform: Platform) -> list[tuple[Path_, str]]:
    """Locations and schedules that fit together: unique names, one default, existing targets, and the
    snapshot strategy only for volumes a CSI snapshot can take."""
    velero, root = platform.backups.velero, ("backups", "velero")
    if velero is None:
        return []
    problems: list[tuple[Path_, str]] = []
    for field, items in (("locations", velero.locations), ("snapshotLocations", velero.snapshot_locations),
                         ("schedules", velero.schedules)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.name in seen:
                problems.append((root + (field, i, "name"), f"'{item.name}' is used twice. Fix: give each its own name"))
            seen.add(item.name)
    defaults = [i for i, loc in enumerate(velero.locations) if loc.default]
    if velero.locations and len(defaults) != 1:
        where = root + ("locations", defaults[1], "default") if defaults else root + ("locations",)
        problems.append((where, f"{len(defaults)} locations are the default; Velero needs exactly one (with two, its"
                         " controller flips all but one back, which a GitOps tool then fights). Fix: set default: true"
                         " on exactly one location"))
    stores: dict[tuple[str, str, str], str] = {}
    for i, loc in enumerate(velero.locations):
        store = (loc.provider, loc.bucket, loc.prefix or "")
        if store in stores:
            problems.append((root + ("locations", i, "prefix"), f"writes to the same bucket and prefix as location"
                             f" '{stores[store]}', and Velero would mix their backups. Fix: give each its own prefix"))
        stores.setdefault(store, loc.name)
    if velero.schedules and not velero.locations:
        problems.append((root + ("schedules",), "schedules need a backup storage location. Fix: add one under"
                         " backups.velero.locations"))
    locations = {loc.name: loc for loc in velero.locations}
    snapshot_locations = {loc.name: loc for loc in velero.snapshot_locations}
    for i, schedule in enumerate(velero.schedules):
        path = root + ("schedules", i)
        if schedule.storage_location is not None:
            target = locations.get(schedule.storage_location)
            if target is None:
                problems.append((path + ("storageLocation",), f"names no location (got {schedule.storage_location!r})."
                                 f" Fix: use one of {', '.join(sorted(locations)) or 'the locations you add'}"))
            elif target.access_mode == "ReadOnly":
                problems.append((path + ("storageLocation",), f"location '{target.name}' is ReadOnly, so no backup"
                                 " can be written there. Fix: pick a ReadWrite location"))
        providers: dict[str, str] = {}
        for j, name in enumerate(schedule.volume_snapshot_locations):
            target = snapshot_locations.get(name)
            if target is None:
                problems.append((path + ("volumeSnapshotLocations", j), f"names no snapshot location (got {name!r})."
                                 f" Fix: use one of {', '.join(sorted(snapshot_locations)) or 'the snapshot locations you add'}"))
            elif target.provider in providers:
                problems.append((path + ("volumeSnapshotLocations", j), f"is a second {target.provider} snapshot location"
                                 f" after '{providers[target.provider]}'; Velero takes one per provider. Fix: keep one"))
            else:
                providers[target.provider] = name
        ambiguous = sorted(p for p in {loc.provider for loc in velero.snapshot_locations}
                           if p not in providers and sum(loc.provider == p for loc in velero.snapshot_locations) > 1)
        if ambiguous and schedule.strategy == SNAPSHOT:
            problems.append((path + ("volumeSnapshotLocations",), f"names none of the several {ambiguous[0]} snapshot"
                             " locations, and Velero refuses to guess. Fix: name one of them here"))
        if schedule.strategy == SNAPSHOT:
            problems += [(path + ("strategy",), problem) for problem in _unsnapshottable(platform, schedule)]
    return problems


def _cluster_problems(platform: Platform, builder: _Builder) -> list[tuple[Path_, str]]:
    """The rules of the one cluster the file describes: what its distribution ships is not installed twice, every
    driver a rendered class or volume needs runs there, and cloud-only volumes appear only in their cloud."""
    cluster, problems = platform.cluster, []
    shipped = cluster.ships_snapshot_controller
    if shipped and platform.storage.rook.snapshot_controller and platform.storage.ceph_clusters:
        problems.append((("storage", "rook", "snapshotController"), f"installs a second CSI snapshot controller on"
                         f" {cluster.distribution}, which ships {shipped} with the snapshot CRDs; the two would fight"
                         " over them (got True). Fix: remove snapshotController, or describe another distribution"))
    drivers = {EfsDynamic: EFS_DRIVER, EfsStatic: EFS_DRIVER, NfsDynamic: NFS_DRIVER, NfsStatic: NFS_DRIVER}
    for path, volume in builder.volume_paths:
        driver = drivers.get(type(volume.backend))
        if driver is None:
            continue  # a class that exists or is rendered with its driver, or a static volume of Ceph's own driver
        where = path + ("efs" if driver == EFS_DRIVER else "nfs",)
        cloud = CLOUD_PROVISIONERS.get(driver)
        if cloud is not None and cloud != cluster.cloud:
            problems.append((where, f"is an {cloud} service, reachable only from inside {cloud}, and cluster.cloud is"
                             f" {cluster.cloud}. Fix: move the volume to the platform file of the {cloud} cluster,"
                             f" or set cluster.cloud: {cloud} if this cluster runs there"))
        elif driver not in cluster.csi_drivers:
            problems.append((where, f"needs the CSI driver {driver}, which this platform does not install, so its"
                             " claim would stay Pending. Fix: install the driver in the cluster and list it in"
                             f" cluster.csiDrivers, or use a class the cluster has"))
    for i, external in enumerate(platform.storage.external_storage_classes):
        cloud = CLOUD_PROVISIONERS.get(external.provisioner)
        if cloud is not None and cloud != cluster.cloud:
            problems.append((("storage", "externalStorageClasses", i, "provisioner"), f"{external.provisioner} runs"
                             f" only in {cloud}, and cluster.cloud is {cluster.cloud}. Fix: remove the class, or set"
                             f" cluster.cloud: {cloud} if this cluster runs there"))
    return problems


def _monitoring_problems(platform: Platform) -> list[tuple[Path_, str]]:
    """Every alert links its runbook: an address is needed when it cannot be derived from gitops.repoURL."""
    m, g = platform.monitoring, platform.gitops
    if m.enabled and runbook_template(m, g) is None:
        got = g.repo_url if g else None
        return [(("monitoring", "runbookBaseUrl"), f"is needed: alerts link their runbook pages (rendered into "
                 f"dist/runbooks/), and no https gitops.repoURL says where a browser reads them (got {got!r}). Fix: "
                 "set runbookBaseUrl to their address with {alert} where the alert's name goes, such as "
                 "https://git.example.com/acme/platform/src/branch/main/dist/runbooks/{alert}.md")]
    return []


# kustomize-controller (v1.9.4 kustomization_controller.go, SetOwnerLabels) labels every object it applies with its
# Kustomization's name (kustomize.toolkit.fluxcd.io/name), and a label value holds at most 63 characters.
FLUX_NAME_MAX = 63
FIXED_FOLDERS = ("namespaces", "operators-flux", "storage", "backups", "monitoring", "gitops-flux")


def _flux_name_problems(platform: Platform) -> list[tuple[Path_, str]]:
    """Every Flux Kustomization, `<platform>-<folder>`, fits in the label value Flux writes on what it applies."""
    g = platform.gitops
    if g is None or g.tool not in ("flux", "both"):
        return []
    problems = []
    fixed = max(FIXED_FOLDERS, key=len)
    if len(f"{platform.name}-{fixed}") > FLUX_NAME_MAX:
        problems.append((("name",), f"'{platform.name}' makes the Flux Kustomization '{platform.name}-{fixed}' "
                         f"({len(platform.name) + 1 + len(fixed)} characters), longer than the {FLUX_NAME_MAX} of the "
                         "label kustomize-controller writes on every object it applies. Fix: shorten the platform name "
                         f"to at most {FLUX_NAME_MAX - 1 - len(fixed)} characters"))
    for i, bench in enumerate(platform.benches):
        name = f"{platform.name}-sites-{bench.name}"
        if len(name) > FLUX_NAME_MAX:
            problems.append((("benches", i, "name"), f"'{bench.name}' makes the Flux Kustomization '{name}' "
                             f"({len(name)} characters), longer than the {FLUX_NAME_MAX} of the label kustomize-"
                             "controller writes on every object it applies. Fix: shorten the bench or platform name "
                             f"by {len(name) - FLUX_NAME_MAX} characters"))
    return problems


def _unsnapshottable(platform: Platform, schedule: VeleroScheduleProps) -> list[str]:
    """Claims in the schedule's namespaces that Velero cannot CSI-snapshot: only classes this platform renders
    with a VolumeSnapshotClass that Velero picks for their driver (the velero.io/csi-volumesnapshot-class label)
    pass. EFS has no snapshots, no class is rendered for NFS, ceph-csi snapshots no static volume, and external
    classes are unknown here."""
    classes = storage_classes(platform)
    default = default_class(platform)
    problems = []
    for claim in platform_claims(platform):
        if claim.source == VERIFICATION:  # the RWX check's throwaway claim: excluded from every schedule
            continue
        storage_class = default if claim.storage_class is None else claim.storage_class
        facts = classes.get(storage_class or "")
        if schedule.covers(claim.namespace) and (facts is None or not facts.snapshots):
            why = ("a pre-bound volume (EFS, NFS or a static CephFS folder) has no snapshot class"
                   if storage_class == "" else f"no VolumeSnapshotClass for Velero is rendered for its class"
                                              f" '{storage_class or 'the cluster default'}'")
            problems.append(f"snapshot backups would skip {claim.source} {claim.namespace}/{claim.name}: {why}. Fix: use"
                            " strategy: fileSystem for that namespace, or exclude it from this schedule")
    return problems


def _undeclared_class(name: str) -> str:
    return (f"StorageClass '{name}' is neither declared nor rendered here. Fix: add {{name: {name}}} to"
            " storage.externalStorageClasses if it exists in the cluster")


def _class_field(document: dict, path: Path_) -> Path_:
    """Where a volume's StorageClass is written: on the volume, on a bench's sites (for its logs), or in defaults."""
    if "storageClass" in _at(document, path):
        return path + ("storageClass",)
    if path[0] == "benches" and path[-1] == "logs" and "storageClass" in _at(document, path[:-1] + ("sitesVolume",)):
        return path[:-1] + ("sitesVolume", "storageClass")
    return ("defaults", "storageClass")


def _at(document: Any, path: Path_) -> Any:
    """The value at path, or {} where the document leaves it out."""
    for part in path:
        try:
            document = document[part]
        except (KeyError, IndexError, TypeError):
            return {}
    return document

"""Typed props of FrappeBench: one Frappe bench (image, components, Redis, database, storage).

Frozen dataclasses with no cdk8s import. Every default sits on its field; the loader fills
image defaults from platform `defaults.images` (bench value, then platform default, then the
built-in default here). Validation that needs one object only lives in __post_init__.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union
from urllib.parse import urlsplit

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks
from frappe_k8s.model.checks import quantity_bytes
from frappe_k8s.model.server import MariaDBServer, Resources, default_resources, positive
from frappe_k8s.model.site import EXTERNAL, SHARED, FrappeSiteProps, SecretRef
from frappe_k8s.model.volumes import (DEFAULT_VERIFY_IMAGE, READ_WRITE_MANY, READ_WRITE_ONCE, ExistingStorageClass,
                                      RwxVolumeProps)

DEFAULT_FRAPPE_REPOSITORY = "docker.io/frappe/erpnext"
DEFAULT_REDIS_IMAGE = "docker.io/library/redis:7.4.2-alpine"

BENCH_PATH = "/home/frappe/frappe-bench"  # the image's WORKDIR: Frappe's bench path
FRAPPE_UID = 1000  # the image's `frappe` user and group
BENCH_NAME_MAX = 40  # `<bench>-redis-queue` + a StatefulSet revision hash must stay a 63-character label
DNS_1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")  # Service names must start with a letter
FRAPPE_VERSION = re.compile(r"^v?(?P<major>1[3-9]|[2-9][0-9])(\.[0-9]+\.[0-9]+)?$")
IMAGE_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[0-9a-f]{64})?$|^@sha256:[0-9a-f]{64}$")
QUEUE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
IMAGE_REPOSITORY = re.compile(r"^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?$")
PULL_POLICIES = ("IfNotPresent", "Always", "Never")
EVICTION_POLICIES = ("allkeys-lru", "allkeys-lfu", "volatile-lru", "volatile-lfu", "allkeys-random",
                     "volatile-random", "volatile-ttl")
# Frappe's own queue timeouts (frappe.utils.background_jobs.get_queues_timeout), in seconds: a worker
# is given this long to finish its current job when it is stopped.
QUEUE_TIMEOUT_SECONDS = {"short": 300, "default": 300, "long": 1500}
def _replicas(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise SpecError("replicas", value, "must be a whole number of at least 1", "use 1 or more")


def _replica_range(low: object, high: object, lowest: int) -> None:
    if not isinstance(low, int) or low < lowest:
        raise SpecError("min_replicas", low, f"must be a whole number of at least {lowest}", f"use {lowest} or more")
    if not isinstance(high, int) or high < max(low, 1):
        raise SpecError("max_replicas", high, f"must be at least min_replicas ({low}) and at least 1",
                        "raise max_replicas")


@dataclass(frozen=True)
class HorizontalAutoscaling:
    """An autoscaling/v2 HorizontalPodAutoscaler on CPU (and optionally memory) of the requests."""

    min_replicas: int = 1
    max_replicas: int = 3
    cpu_utilization_percent: int = 75
    memory_utilization_percent: Optional[int] = None  # default: CPU only

    def __post_init__(self) -> None:
        _replica_range(self.min_replicas, self.max_replicas, lowest=1)
        for name in ("cpu_utilization_percent", "memory_utilization_percent"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, int) and 1 <= value <= 1000):
                raise SpecError(name, value, "is not a utilization percentage", "use a number such as 75")


@dataclass(frozen=True)
class Gunicorn:
    """The Python web server (the image's default command, port 8000)."""

    replicas: int = 1
    workers: int = 2                  # GUNICORN_WORKERS: processes per pod
    threads: int = 4                  # GUNICORN_THREADS: threads per process
    timeout_seconds: int = 120        # GUNICORN_TIMEOUT: a request running longer is killed
    resources: Resources = default_resources("500m", "1Gi", "2", "4Gi")
    autoscaling: Optional[HorizontalAutoscaling] = None  # default: fixed `replicas`

    def __post_init__(self) -> None:
        _replicas(self.replicas)
        for name in ("workers", "threads", "timeout_seconds"):
            positive(name, getattr(self, name))


@dataclass(frozen=True)
class Nginx:
    """The site entry point (the image's nginx-entrypoint.sh, port 8080): static files, then gunicorn."""

    replicas: int = 1
    proxy_read_timeout_seconds: int = 120
    client_max_body_size: str = "50m"     # nginx size: uploads larger than this are refused
    real_ip_from: str = "127.0.0.1"       # address or CIDR whose X-Forwarded-For is trusted (the ingress controller)
    real_ip_header: str = "X-Forwarded-For"
    real_ip_recursive: bool = False
    resources: Resources = default_resources("200m", "256Mi", "1", "512Mi")
    autoscaling: Optional[HorizontalAutoscaling] = None

    def __post_init__(self) -> None:
        _replicas(self.replicas)
        positive("proxy_read_timeout_seconds", self.proxy_read_timeout_seconds)
        if not isinstance(self.client_max_body_size, str) or not re.match(r"^[0-9]+[kKmMgG]?$", self.client_max_body_size):
            raise SpecError("client_max_body_size", self.client_max_body_size, "is not an nginx size",
                            'write a size such as "50m" or "1g"')
        if not re.match(r"^[0-9A-Fa-f.:]+(/[0-9]{1,3})?$", str(self.real_ip_from)):
            raise SpecError("real_ip_from", self.real_ip_from, "is not an IP address or CIDR",
                            "use the pod CIDR of your ingress controller, such as 10.0.0.0/8")


@dataclass(frozen=True)
class SocketIO:
    """The realtime server (node socketio.js, port 9000)."""

    replicas: int = 1
    resources: Resources = default_resources("200m", "512Mi", "1", "2Gi")
    autoscaling: Optional[HorizontalAutoscaling] = None

    def __post_init__(self) -> None:
        _replicas(self.replicas)


@dataclass(frozen=True)
class Scheduler:
    """`bench schedule`: always exactly one replica, replaced with Recreate so two never overlap."""

    resources: Resources = default_resources("200m", "512Mi", "1", "2Gi")


@dataclass(frozen=True)
class QueueAutoscaling:
    """A KEDA ScaledObject that scales a worker on the length of the Redis lists of its queues."""

    min_replicas: int = 0
    max_replicas: int = 10
    list_length: int = 5                 # waiting jobs per replica KEDA aims for
    cooldown_seconds: int = 300          # idle time before scaling to min_replicas
    polling_interval_seconds: int = 30

    def __post_init__(self) -> None:
        _replica_range(self.min_replicas, self.max_replicas, lowest=0)
        for name in ("list_length", "cooldown_seconds", "polling_interval_seconds"):
            positive(name, getattr(self, name))


@dataclass(frozen=True)
class Worker:
    """`bench worker --queue <queues>`: one Deployment that serves a list of RQ queues."""

    queues: tuple[str, ...]
    enabled: bool = True
    replicas: int = 1
    resources: Resources = default_resources("500m", "1Gi", "2", "4Gi")
    autoscaling: Optional[QueueAutoscaling] = None  # default: fixed `replicas`

    def __post_init__(self) -> None:
        _replicas(self.replicas)
        if not isinstance(self.queues, tuple) or not self.queues or len(set(self.queues)) != len(self.queues):
            raise SpecError("queues", self.queues, "must be a non-empty list without repeats", "list queue names")
        for queue in self.queues:
            if not isinstance(queue, str) or not QUEUE_NAME.match(queue):
                raise SpecError("queues", queue, "is not a queue name", "use short, default, long or a custom name")

    @property
    def grace_period_seconds(self) -> int:
        """Long enough for the longest job of its queues to finish after SIGTERM (RQ's warm shutdown)."""
        return max(QUEUE_TIMEOUT_SECONDS.get(q, 300) for q in self.queues) + 30


@dataclass(frozen=True)
class Workers:
    """The three workers of frappe_docker: short and long serve `default` too; `default` alone is optional."""

    short: Worker = Worker(queues=("short", "default"))
    long: Worker = Worker(queues=("long", "default", "short"))
    default: Worker = Worker(queues=("default",), enabled=False)

    def __post_init__(self) -> None:
        scaling = self.default.autoscaling
        if self.default.enabled and scaling is not None and scaling.min_replicas < 1:
            raise SpecError("default.autoscaling.min_replicas", scaling.min_replicas,
                            "only the short and long workers may scale to zero",
                            "use min_replicas: 1 or more for the default worker")
        if not any(w.enabled for w in self.all().values()):
            raise SpecError("short.enabled", False, "a bench with no worker never runs a background job",
                            "enable at least one worker")

    def all(self) -> dict[str, Worker]:
        return {"short": self.short, "long": self.long, "default": self.default}

    def enabled(self) -> dict[str, Worker]:
        return {name: w for name, w in self.all().items() if w.enabled}


@dataclass(frozen=True)
class RedisCache:
    """Redis for Frappe's cache: nothing persisted; evicts keys when it reaches max_memory."""

    max_memory: str = "1Gi"              # Redis maxmemory; must leave room under the memory limit
    eviction_policy: str = "allkeys-lru"
    resources: Resources = default_resources("200m", "512Mi", "1", "2Gi")

    def __post_init__(self) -> None:
        checks.quantity("max_memory", self.max_memory)
        checks.one_of("eviction_policy", self.eviction_policy, EVICTION_POLICIES)
        limit = quantity_bytes(self.resources.memory_limit)
        if quantity_bytes(self.max_memory) > 0.8 * limit:
            raise SpecError("max_memory", self.max_memory, f"leaves less than 20% of the memory limit "
                            f"{self.resources.memory_limit} for Redis itself, so the pod would be OOM-killed first",
                            "lower max_memory or raise resources.limits.memory")


@dataclass(frozen=True)
class RedisQueue:
    """Redis for the job queues and realtime: append-only file on a persistent volume, never evicts."""

    storage_size: str = "2Gi"
    storage_class: Optional[str] = None  # default: the cluster's default StorageClass (a ReadWriteOnce volume)
    resources: Resources = default_resources("200m", "512Mi", "1", "2Gi")

    def __post_init__(self) -> None:
        checks.quantity("storage_size", self.storage_size)
        if self.storage_class is not None:
            checks.dns_subdomain("storage_class", self.storage_class)


@dataclass(frozen=True)
class ExternalRedis:
    """Redis run elsewhere: full URLs; nothing is rendered for it."""

    cache_url: str
    queue_url: str

    def __post_init__(self) -> None:
        for name in ("cache_url", "queue_url"):
            redis_address(name, getattr(self, name))


def redis_address(name: str, url: str) -> tuple[str, int, int, bool]:
    """host, port, database index and TLS of a redis:// or rediss:// URL without credentials."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise SpecError(name, url, "is not a Redis URL", "write redis://host:6379 or rediss://host:6380/0")
    if parts.username or parts.password:
        raise SpecError(name, url, "carries credentials, which would be written into dist/ in clear",
                        "use a Redis reachable without a password from the bench namespace only")
    database = parts.path.strip("/") or "0"
    if not database.isdigit():
        raise SpecError(name, url, "has a path that is not a database number", "end the URL with /0, /1, ...")
    return parts.hostname, parts.port or 6379, int(database), parts.scheme == "rediss"


@dataclass(frozen=True)
class Redis:
    image: str = DEFAULT_REDIS_IMAGE
    cache: RedisCache = RedisCache()
    queue: RedisQueue = RedisQueue()
    external: Optional[ExternalRedis] = None  # default: run cache and queue as StatefulSets in the bench


@dataclass(frozen=True)
class MariaDBRef:
    """An existing mariadb-operator MariaDB the bench's sites use."""

    name: str
    namespace: Optional[str] = None  # default: the bench's namespace
    port: int = 3306
    root_password_secret_ref: Optional[SecretRef] = None  # in the bench's namespace; needed to drop a site's data

    def __post_init__(self) -> None:
        checks.dns_label("name", self.name)
        if self.namespace is not None:
            checks.dns_label("namespace", self.namespace)


@dataclass(frozen=True)
class ExternalDatabase:
    """A database server run elsewhere (a managed MariaDB, or PostgreSQL for apps that support it)."""

    host: str
    type: str = "mariadb"         # mariadb or postgres
    port: Optional[int] = None    # default: 3306 for mariadb, 5432 for postgres

    def __post_init__(self) -> None:
        checks.one_of("type", self.type, ("mariadb", "postgres"))
        if not isinstance(self.host, str) or not re.match(r"^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?$", self.host):
            raise SpecError("host", self.host, "is not a host name or IP address", "use e.g. db.example.internal")
        if self.port is not None and not (isinstance(self.port, int) and 0 < self.port < 65536):
            raise SpecError("port", self.port, "is not a TCP port", "use a number between 1 and 65535")

    @property
    def effective_port(self) -> int:
        return self.port or (5432 if self.type == "postgres" else 3306)


Database = Union[MariaDBRef, MariaDBServer, ExternalDatabase]


@dataclass(frozen=True)
class FrappeImage:
    repository: str = DEFAULT_FRAPPE_REPOSITORY
    tag: Optional[str] = None            # default: from frappe_version ("15" -> version-15, "15.41.2" -> v15.41.2)
    pull_policy: str = "IfNotPresent"
    pull_secrets: tuple[str, ...] = ()   # names of docker-registry Secrets in the bench's namespace

    def __post_init__(self) -> None:
        if not isinstance(self.repository, str) or not IMAGE_REPOSITORY.match(self.repository):
            raise SpecError("repository", self.repository, "is not an image repository",
                            "write it without a tag, such as docker.io/frappe/erpnext")
        if self.tag is not None and (not isinstance(self.tag, str) or not IMAGE_TAG.match(self.tag)):
            raise SpecError("tag", self.tag, "is not an image tag", "use a tag such as v15.41.2, or @sha256:<digest>")
        checks.one_of("pull_policy", self.pull_policy, PULL_POLICIES)
        for secret in self.pull_secrets:
            checks.dns_subdomain("pull_secrets", secret)


@dataclass(frozen=True)
class SitesStorage:
    """The `<bench>-sites` volume every Frappe pod and job mounts at /home/frappe/frappe-bench/sites."""

    size: str = "10Gi"
    storage_class: Optional[str] = None  # default: platform defaults.storageClass (one of the two is required)
    access_mode: str = READ_WRITE_MANY   # ReadWriteOnce pins every pod of the bench to one node
    verify: bool = False                 # add the RWX verification Job of RwxVolume
    verify_image: str = DEFAULT_VERIFY_IMAGE

    def __post_init__(self) -> None:
        checks.quantity("size", self.size)
        checks.one_of("access_mode", self.access_mode, (READ_WRITE_MANY, READ_WRITE_ONCE))
        if self.storage_class is not None:
            checks.dns_subdomain("storage_class", self.storage_class)
        if self.verify and self.access_mode != READ_WRITE_MANY:
            raise SpecError("verify", self.verify, "the verification Job mounts the volume on two nodes at once",
                            "set verify: false for a ReadWriteOnce bench")


@dataclass(frozen=True)
class LogsStorage:
    """An optional `<bench>-logs` volume at /home/frappe/frappe-bench/logs (default: a per-pod emptyDir)."""

    size: str = "5Gi"
    storage_class: Optional[str] = None  # default: the sites volume's class

    def __post_init__(self) -> None:
        checks.quantity("size", self.size)


@dataclass(frozen=True)
class NetworkPolicy:
    """Ingress rules of the bench's pods: deny by default, then only what Frappe needs."""

    enabled: bool = True
    ingress_namespaces: tuple[str, ...] = ("ingress-nginx",)  # namespaces whose pods may reach nginx
    keda_namespace: str = "keda"  # KEDA's operator reads the queue lengths from Redis
    mariadb_operator_namespace: str = "mariadb-operator"  # the operator manages the bench's own MariaDB over SQL

    def __post_init__(self) -> None:
        for namespace in self.ingress_namespaces:
            checks.dns_label("ingress_namespaces", namespace)
        checks.dns_label("keda_namespace", self.keda_namespace)
        checks.dns_label("mariadb_operator_namespace", self.mariadb_operator_namespace)


@dataclass(frozen=True)
class BackupHook:
    """Before Velero backs up the bench, dump every site's database onto the sites volume it then copies,
    so a restore brings back a consistent dump next to the files (a copy of MariaDB's live files is not)."""

    enabled: bool = False
    timeout_seconds: int = 1800   # the dump of all sites must finish within it
    on_error: str = "Fail"        # Fail: the backup is marked failed; Continue: back up without a fresh dump

    def __post_init__(self) -> None:
        positive("timeout_seconds", self.timeout_seconds)
        checks.one_of("on_error", self.on_error, ("Fail", "Continue"))


@dataclass(frozen=True)
class FrappeBenchProps:
    """One bench: every component of one Frappe image, its Redis, its database and its sites volume."""

    name: str
    frappe_version: str                    # "15" or "15.41.2": picks the default tag and version-specific config
    namespace: Optional[str] = None        # default: the bench name
    apps: tuple[str, ...] = ("frappe", "erpnext")  # apps baked into the image (documentation and checks)
    image: FrappeImage = FrappeImage()
    sites_volume: SitesStorage = SitesStorage()
    logs: Optional[LogsStorage] = None
    redis: Redis = Redis()
    database: Database = MariaDBServer()
    gunicorn: Gunicorn = Gunicorn()
    nginx: Nginx = Nginx()
    socketio: SocketIO = SocketIO()
    scheduler: Scheduler = Scheduler()
    workers: Workers = Workers()
    bench_id: Optional[str] = None         # Frappe's bench_id (RQ key prefix); default: home-frappe-frappe-bench
    network_policy: NetworkPolicy = NetworkPolicy()
    backup_hook: BackupHook = BackupHook()
    wait_timeout_seconds: int = 600        # how long jobs and init containers wait for config, Redis, database
    migration_deadline_seconds: int = 3600  # the migrate Job of an image, all sites one after another
    sites: tuple[FrappeSiteProps, ...] = ()  # rendered by FrappeSite into their own app folder sites-<bench>

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not DNS_1035_LABEL.match(self.name) or len(self.name) > BENCH_NAME_MAX:
            raise SpecError("name", self.name, f"is not a DNS-1035 label of at most {BENCH_NAME_MAX} characters",
                            "use lowercase letters, digits and '-', starting with a letter (Service names need it)")
        if self.namespace is not None:
            checks.dns_label("namespace", self.namespace)
        if not isinstance(self.frappe_version, str) or not FRAPPE_VERSION.match(self.frappe_version):
            raise SpecError("frappe_version", self.frappe_version, "is not a Frappe version",
                            'quote a major version such as "15", or a release such as "15.41.2"')
        if self.sites_volume.storage_class is None:
            raise SpecError("sites_volume.storage_class", None, "the sites volume has no StorageClass",
                            "set sites_volume.storage_class on the bench, or defaults.storage_class for the platform")
        if "frappe" not in self.apps:
            raise SpecError("apps", list(self.apps), "must include frappe, which every bench runs",
                            "list the apps baked into the image, frappe first")
        for app in self.apps:
            if not isinstance(app, str) or not re.match(r"^[a-z][a-z0-9_]*$", app):
                raise SpecError("apps", app, "is not a Frappe app name", "use the app's Python package name")
        if self.bench_id is not None and (not isinstance(self.bench_id, str)
                                          or not re.match(r"^[A-Za-z0-9][-A-Za-z0-9_.]*$", self.bench_id)):
            raise SpecError("bench_id", self.bench_id, "is not a usable bench id",
                            "use letters, digits, '-', '_' and '.'")
        positive("wait_timeout_seconds", self.wait_timeout_seconds)
        positive("migration_deadline_seconds", self.migration_deadline_seconds)
        self._check_sites()

    def _check_sites(self) -> None:
        """What a site may ask of this bench (check_site), and names unique among its sites."""
        seen: dict[str, str] = {}
        for i, site in enumerate(self.sites):
            for key in (site.name, *site.domains, f"id:{site.object_id}", f"db:{site.database_name}"):
                if key in seen:
                    what = key.split(":")[0] if ":" in key else "host name"
                    raise SpecError(f"sites.{i}.name", site.name, f"shares its {what} with site '{seen[key]}'",
                                    "give the sites distinct names, or set id on one of them")
                seen[key] = site.name
            self.check_site(site, f"sites.{i}.")

    def check_site(self, site: FrappeSiteProps, where: str = "") -> None:
        """A site's apps are the bench's, and its database mode fits the bench's server (FrappeSite calls this
        too, for sites built in Python). `where` prefixes the field path of the error."""
        missing = [app for app in site.apps or () if app not in self.apps]
        if missing:
            raise SpecError(f"{where}apps", missing, f"are not apps of the bench (it has {list(self.apps)})",
                            "install only the bench's apps, or add them to the bench's image and apps")
        mode, server = site.database.mode, self.database
        if mode == SHARED and isinstance(server, ExternalDatabase):
            raise SpecError(f"{where}database.mode", mode, "the bench's database is external, not a MariaDB"
                            " the site's database could be declared on", "set database.mode: external with"
                            " external.rootPasswordSecretRef, or dedicated")
        if mode == EXTERNAL and not isinstance(server, ExternalDatabase) and site.database.external.host is None:
            raise SpecError(f"{where}database.external.host", None, "the bench has no external database to"
                            " default to", "set external.host")
        if site.drop_data and mode == SHARED and isinstance(server, MariaDBRef) \
                and server.root_password_secret_ref is None:
            raise SpecError(f"{where}drop_data", True, "dropping a site needs the root password of the"
                            f" MariaDB '{server.name}', which the bench does not reference",
                            "set database.mariadbRef.rootPasswordSecretRef on the bench")
        if site.restore is not None and not site.backup.active:
            raise SpecError(f"{where}restore", site.restore.backup, "restores from the backup volume, and"
                            " this site has none", "set backup.volume (or the bench's siteBackups.volume)")

    # --- derived values, named once ---------------------------------------------------------------

    @property
    def effective_namespace(self) -> str:
        return self.namespace or self.name

    @property
    def sites_claim(self) -> RwxVolumeProps:
        """The shared `<bench>-sites` claim; ReadWriteOnce only when the bench asks for it."""
        sites = self.sites_volume
        return RwxVolumeProps(name=f"{self.name}-sites", namespace=self.effective_namespace,
                              backend=ExistingStorageClass(sites.storage_class), size=sites.size,
                              access_modes=(sites.access_mode,), allow_read_write_once=sites.access_mode == READ_WRITE_ONCE,
                              verify=sites.verify, verify_image=sites.verify_image, verify_uid=FRAPPE_UID)

    @property
    def logs_claim(self) -> Optional[RwxVolumeProps]:
        if self.logs is None:
            return None
        return RwxVolumeProps(name=f"{self.name}-logs", namespace=self.effective_namespace,
                              backend=ExistingStorageClass(self.logs.storage_class or self.sites_volume.storage_class),
                              size=self.logs.size, access_modes=(self.sites_volume.access_mode,),
                              allow_read_write_once=self.sites_volume.access_mode == READ_WRITE_ONCE)

    @property
    def frappe_major(self) -> int:
        return int(FRAPPE_VERSION.match(self.frappe_version)["major"])

    @property
    def image_reference(self) -> str:
        tag = self.image.tag
        if tag is None:
            version = self.frappe_version.lstrip("v")
            tag = f"v{version}" if "." in version else f"version-{version}"
        return f"{self.image.repository}{tag}" if tag.startswith("@") else f"{self.image.repository}:{tag}"

    @property
    def rq_bench_id(self) -> str:
        """Frappe: bench_id from the common config, else the bench path with '/' turned into '-'."""
        return self.bench_id or BENCH_PATH.strip("/").replace("/", "-")

    def rq_list_key(self, queue: str) -> str:
        """The Redis list RQ pushes a queue's jobs onto: `rq:queue:` + Frappe's generate_qname(queue)."""
        return f"rq:queue:{self.rq_bench_id}:{queue}"

"""Typed props of FrappeSite: one site on a bench, from its database to its decommissioning.

A site's host name is its Frappe site name (the bench's nginx picks the site by `$host`), so both are
one field. Every name derived from it (object names, database and user) is computed here, once.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Optional, Union

from frappe_k8s.errors import SpecError
from frappe_k8s.model import checks
from frappe_k8s.model.backups import check_cron, check_time_zone
from frappe_k8s.model.server import MariaDBServer, positive

SITE_NAME_MAX = 63      # the frappe-k8s.io/site label holds it, and label values have at most 63 characters
SITE_ID_MAX = 40        # `<id>-restore-<hash>` and `<id>-mariadb-0`'s revision label must stay 63-character names
DB_IDENTIFIER_MAX = 32  # database and user name: MySQL's user name limit, well inside MariaDB's and PostgreSQL's
HOST_NAME = re.compile(r"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$")
SEALED_VALUE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
BACKUP_FOLDER = re.compile(r"^(?:([a-z0-9][-a-z0-9.]*)/)?([0-9]{8}T[0-9]{6}Z)$")

# Frappe's own least-privilege list (the `rds_db` grant of frappe/database/mariadb/setup_db.py): no GRANT OPTION,
# nothing global, nothing on other databases.
SITE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "INDEX", "ALTER",
                   "CREATE TEMPORARY TABLES", "CREATE VIEW", "EVENT", "TRIGGER", "SHOW VIEW", "CREATE ROUTINE",
                   "ALTER ROUTINE", "EXECUTE", "LOCK TABLES")

# Keys of a site's site_config.json that siteConfig may set, with their types (Frappe version-15 reads them with
# frappe.conf.get / frappe.get_site_config). Keys Frappe itself owns (db_name, db_password, encryption_key,
# maintenance_mode, ...) are not among them: a site's Jobs write those.
SITE_CONFIG_KEYS: dict[str, type] = {
    "host_name": str,                 # frappe.utils.get_url: the site's URL in links and background jobs
    "max_file_size": int,             # bytes an upload may have (frappe/core/doctype/file/utils.py)
    "allow_cors": str,                # an origin, or "*"
    "deny_multiple_sessions": bool,
    "disable_website_cache": bool,
    "server_script_enabled": bool,
    "http_timeout": int,              # seconds, outgoing requests of integrations
    "mute_emails": bool,
    "mail_server": str,               # the site's default outgoing mail server (frappe/email/smtp.py)
    "mail_port": int,
    "use_ssl": bool,
    "use_tls": bool,
    "mail_login": str,
    "mail_password": str,             # secret: only from a Secret
    "auto_email_id": str,
    "always_use_account_email_id_as_sender": bool,
    "pause_scheduler": bool,
    "developer_mode": bool,
}
SECRET_SITE_CONFIG_KEYS = frozenset({"mail_password"})

SHARED, DEDICATED, EXTERNAL = "shared", "dedicated", "external"
PRESENT, ABSENT = "present", "absent"
INGRESS, HTTP_ROUTE, ROUTE, NO_ROUTING = "ingress", "httpRoute", "route", "none"
ROUTE_API = "route.openshift.io/v1"  # declared in defaults.clusterApis by platforms whose cluster serves Routes


@dataclass(frozen=True)
class SecretRef:
    """A key of an existing Secret in the bench's namespace, created out of band."""

    name: str
    key: str = "password"

    def __post_init__(self) -> None:
        checks.dns_subdomain("name", self.name)
        if not isinstance(self.key, str) or not SECRET_KEY.match(self.key):
            raise SpecError("key", self.key, "is not a Secret key", "use a key such as password")


@dataclass(frozen=True)
class PasswordSource:
    """Where a password comes from: generated in the cluster once (External Secrets' Password generator, the
    default), an existing Secret, or a value sealed with kubeseal for the Secret this site renders."""

    secret_ref: Optional[SecretRef] = None
    sealed_value: Optional[str] = None  # kubeseal's ciphertext for key `password`; safe in git

    def __post_init__(self) -> None:
        if self.secret_ref is not None and self.sealed_value is not None:
            raise SpecError("sealed_value", "with secretRef", "a password has one source, this one has two",
                            "keep one of them")
        if self.sealed_value is not None and (not isinstance(self.sealed_value, str)
                                              or not SEALED_VALUE.match(self.sealed_value)
                                              or len(self.sealed_value) < 64):
            raise SpecError("sealed_value", f"{str(self.sealed_value)[:12]}…", "is not kubeseal output (base64 ciphertext)",
                            "paste the value of `kubeseal --raw --name <secret> --namespace <ns>`")

    @property
    def generated(self) -> bool:
        return self.secret_ref is None and self.sealed_value is None


@dataclass(frozen=True)
class SiteExternalDatabase:
    """A database server the site's database is created on with root credentials (a managed MariaDB, or
    PostgreSQL). Host, type and port default to the bench's external database."""

    root_password_secret_ref: SecretRef
    host: Optional[str] = None      # default: the bench's external database host
    type: Optional[str] = None      # mariadb or postgres; default: the bench's, else mariadb
    port: Optional[int] = None      # default: the bench's, else 3306 (mariadb) or 5432 (postgres)
    root_username: Optional[str] = None  # default: root for mariadb, postgres for postgres

    def __post_init__(self) -> None:
        if self.type is not None:
            checks.one_of("type", self.type, ("mariadb", "postgres"))
        if self.host is not None and (not isinstance(self.host, str)
                                      or not re.match(r"^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?$", self.host)):
            raise SpecError("host", self.host, "is not a host name or IP address", "use e.g. db.example.internal")
        if self.port is not None and not (isinstance(self.port, int) and 0 < self.port < 65536):
            raise SpecError("port", self.port, "is not a TCP port", "use a number between 1 and 65535")
        if self.root_username is not None and (not isinstance(self.root_username, str)
                                               or not re.match(r"^[A-Za-z0-9_]{1,32}$", self.root_username)):
            raise SpecError("root_username", self.root_username, "is not a database user name",
                            "use letters, digits and '_', at most 32")


@dataclass(frozen=True)
class SiteDatabase:
    """The site's database and its user, named after the site."""

    mode: str = SHARED                       # shared: the bench's MariaDB; dedicated: the site's own; external
    password: PasswordSource = PasswordSource()  # of the site's database user
    max_user_connections: int = 100          # gunicorn threads + workers + jobs of the bench, with room
    mariadb: Optional[MariaDBServer] = None   # dedicated only: the site's MariaDB server (default: its defaults)
    external: Optional[SiteExternalDatabase] = None  # external only (required there)

    def __post_init__(self) -> None:
        checks.one_of("mode", self.mode, (SHARED, DEDICATED, EXTERNAL))
        positive("max_user_connections", self.max_user_connections)
        if self.mariadb is not None and self.mode != DEDICATED:
            raise SpecError("mariadb", f"mode: {self.mode}", "sets a server only a dedicated database has",
                            "remove mariadb, or set mode: dedicated")
        if self.external is not None and self.mode != EXTERNAL:
            raise SpecError("external", f"mode: {self.mode}", "applies only to mode: external", "remove external, or set mode: external")
        if self.mode == DEDICATED and self.mariadb is None:  # the server's defaults (the loader adds the image)
            object.__setattr__(self, "mariadb", MariaDBServer())
        if self.mode == EXTERNAL and self.external is None:
            raise SpecError("external", None, "an external database needs the server's root credentials",
                            "add external: {rootPasswordSecretRef: {name: <secret>}}")


@dataclass(frozen=True)
class Tls:
    """HTTPS for an Ingress: a cert-manager Certificate from an Issuer or ClusterIssuer, or an existing Secret."""

    cluster_issuer: Optional[str] = None
    issuer: Optional[str] = None        # an Issuer in the bench's namespace
    secret_name: Optional[str] = None   # an existing kubernetes.io/tls Secret: no Certificate is rendered

    def __post_init__(self) -> None:
        given = [f for f in ("cluster_issuer", "issuer", "secret_name") if getattr(self, f) is not None]
        if len(given) != 1:
            raise SpecError("cluster_issuer", given, "TLS needs exactly one of clusterIssuer, issuer, secretName",
                            "keep one")
        checks.dns_subdomain(given[0], getattr(self, given[0]))


@dataclass(frozen=True)
class GatewayRef:
    """The Gateway API Gateway an HTTPRoute attaches to; it terminates TLS for its listeners."""

    name: str
    namespace: Optional[str] = None     # default: the bench's namespace
    section_name: Optional[str] = None  # a listener of the Gateway; default: every listener that accepts the host

    def __post_init__(self) -> None:
        checks.dns_subdomain("name", self.name)
        if self.namespace is not None:
            checks.dns_label("namespace", self.namespace)
        if self.section_name is not None:
            checks.dns_label("section_name", self.section_name)


@dataclass(frozen=True)
class Routing:
    """How requests reach the bench's nginx (Service `<bench>-nginx`, port 8080) for a site's hosts."""

    type: str = INGRESS                       # ingress, httpRoute, route (OpenShift) or none
    ingress_class_name: Optional[str] = None  # ingress: default the cluster's default IngressClass
    annotations: tuple[tuple[str, str], ...] = ()  # on the Ingress or Route
    tls: Optional[Tls] = None                 # ingress: default plain HTTP
    gateway: Optional[GatewayRef] = None      # httpRoute: required
    termination: str = "edge"                 # route: TLS at the router (nginx serves plain HTTP)

    def __post_init__(self) -> None:
        checks.one_of("type", self.type, (INGRESS, HTTP_ROUTE, ROUTE, NO_ROUTING))
        checks.one_of("termination", self.termination, ("edge", "passthrough", "reencrypt"))
        if self.type == ROUTE and self.termination != "edge":
            raise SpecError("termination", self.termination, "needs TLS at the pod, and the bench's nginx serves plain"
                            " HTTP on 8080", "use termination: edge (the router terminates TLS)")
        wrong = {"ingress_class_name": self.type != INGRESS, "tls": self.type != INGRESS,
                 "gateway": self.type != HTTP_ROUTE}
        for field, misplaced in wrong.items():
            if misplaced and getattr(self, field) is not None:
                owner = "httpRoute" if field == "gateway" else "ingress"
                raise SpecError(field, f"type: {self.type}", f"applies only to type: {owner}",
                                f"remove it, or set type: {owner}" + (" (TLS of an HTTPRoute is the Gateway's)"
                                                                      if field == "tls" else ""))
        if self.type == HTTP_ROUTE and self.gateway is None:
            raise SpecError("gateway", None, "an HTTPRoute attaches to a Gateway", "add gateway: {name: <gateway>}")
        if self.ingress_class_name is not None:
            checks.dns_subdomain("ingress_class_name", self.ingress_class_name)


@dataclass(frozen=True)
class Offsite:
    """A copy of each backup in a restic repository (S3 and others), by the restic the image ships."""

    repository: str         # e.g. s3:https://s3.eu-central-1.amazonaws.com/bucket/frappe
    secret_name: str        # a Secret with RESTIC_PASSWORD and the store's credentials (AWS_ACCESS_KEY_ID, ...)
    keep_last: Optional[int] = None  # snapshots kept per site; default: the backup's keepLast

    def __post_init__(self) -> None:
        if not isinstance(self.repository, str) or not re.match(r"^[a-z0-9]+:\S+$", self.repository):
            raise SpecError("repository", self.repository, "is not a restic repository",
                            "write it as restic does, e.g. s3:https://s3.amazonaws.com/bucket/prefix")
        checks.dns_subdomain("secret_name", self.secret_name)
        if self.keep_last is not None:
            positive("keep_last", self.keep_last)


@dataclass(frozen=True)
class SiteBackup:
    """`bench --site <site> backup` on a schedule into `<volume>/<site>/<timestamp>/`, then retention."""

    volume: Optional[str] = None         # a storage.volumes[] name in the bench's namespace, ReadWriteMany
    enabled: Optional[bool] = None       # default: on when a volume is set
    schedule: Optional[str] = None       # default: daily, at a minute of 01:00-01:59 derived from the site name
    time_zone: Optional[str] = None      # default: the cluster's (kube-controller-manager's, usually UTC)
    with_files: bool = True              # public and private files too, not only the database
    keep_last: int = 7                   # backups kept per site, at least this many
    max_age_days: int = 30               # older ones are removed, except the newest keepLast
    offsite: Optional[Offsite] = None    # default: no copy off the cluster

    def __post_init__(self) -> None:
        if self.volume is not None:
            checks.dns_subdomain("volume", self.volume)
        if self.schedule is not None:
            check_cron("schedule", self.schedule)
            if self.schedule.startswith(("CRON_TZ=", "TZ=")):
                raise SpecError("schedule", self.schedule, "names a time zone, which Kubernetes refuses in a CronJob's"
                                " schedule", "move the zone to timeZone")
        if self.time_zone is not None:
            check_time_zone("time_zone", self.time_zone)
        positive("keep_last", self.keep_last)
        positive("max_age_days", self.max_age_days)

    @property
    def active(self) -> bool:
        return self.volume is not None if self.enabled is None else self.enabled


@dataclass(frozen=True)
class SiteRestore:
    """A one-off restore from the backup volume. Remove the stanza once done: its Job goes with it."""

    backup: str              # "<timestamp>" of this site, or "<other-site>/<timestamp>", a folder of the backup volume
    with_files: bool = True  # restore public and private files too

    def __post_init__(self) -> None:
        if not isinstance(self.backup, str) or not BACKUP_FOLDER.match(self.backup):
            raise SpecError("backup", self.backup, "is not a backup folder",
                            "name a timestamp folder such as 20261120T010203Z, or <site>/20261120T010203Z")


SiteConfigValue = Union[str, int, bool, SecretRef]


TYPE_NAMES = {str: "a string", int: "an integer", bool: "a boolean"}


def check_site_config_entry(key: str, value: SiteConfigValue) -> None:
    """One siteConfig key: known, of its type; a secret key only as a Secret reference, any other never. The
    SpecError's field is the key itself (the loader puts it under siteConfig.)."""
    kind = SITE_CONFIG_KEYS.get(key)
    shown = "secretKeyRef" if isinstance(value, SecretRef) else value
    if kind is None:
        raise SpecError(key, shown, "is not a key of Frappe's site config that frappe-k8s knows",
                        f"use one of {', '.join(sorted(SITE_CONFIG_KEYS))}")
    if key in SECRET_SITE_CONFIG_KEYS:
        if not isinstance(value, SecretRef):
            raise SpecError(key, "<hidden>", "is a secret, which must not be written into platform.yaml or dist/",
                            f"write {key}: {{secretKeyRef: {{name: <secret>, key: <key>}}}}")
        return
    if isinstance(value, SecretRef):
        raise SpecError(key, shown, f"is not a secret: Frappe reads it as {TYPE_NAMES[kind]}",
                        f"write {TYPE_NAMES[kind]} in place of the reference")
    if type(value) is not kind:
        raise SpecError(key, value, f"must be {TYPE_NAMES[kind]}", f"write {TYPE_NAMES[kind]}"
                        + (" (no quotes)" if isinstance(value, str) else ""))
    if key == "host_name" and not re.match(r"^https?://[a-z0-9][-a-z0-9.]*(:[0-9]+)?$", value):
        raise SpecError(key, value, "is not a site URL", "write https://<host name>")


@dataclass(frozen=True)
class FrappeSiteProps:
    """One site on a bench. `name` is both the Frappe site and its host name."""

    name: str
    id: Optional[str] = None                 # stem of object names; default: name with '.' turned into '-'
    state: str = PRESENT                     # absent: routing and jobs go, data is kept
    drop_data: bool = False                  # with state: absent, back up then drop the site and its database
    apps: Optional[tuple[str, ...]] = None   # installed at creation; default: the bench's apps
    admin_password: PasswordSource = PasswordSource()
    database: SiteDatabase = SiteDatabase()
    routing: Optional[Routing] = None        # default: defaults.routing
    domains: tuple[str, ...] = ()            # more host names served by the same site
    backup: SiteBackup = SiteBackup()        # merged over the bench's siteBackups
    restore: Optional[SiteRestore] = None
    # keys of the site's site_config.json (SITE_CONFIG_KEYS), applied by its create Job on every change; secret
    # keys as SecretRef. Default: none, but host_name is https://<name> when the routing terminates TLS
    site_config: tuple[tuple[str, SiteConfigValue], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not HOST_NAME.match(self.name):
            raise SpecError("name", self.name, "is not a fully qualified host name, which a site name must be"
                            " (the bench's nginx picks the site by the Host header)",
                            "use lowercase letters, digits, '-' and dots, such as erp.example.com")
        if len(self.name) > SITE_NAME_MAX:
            raise SpecError("name", self.name, f"is longer than {SITE_NAME_MAX} characters, and every object of the"
                            " site carries it as a label value", "use a shorter host name for the site (serve a"
                            " longer one as one of its domains)")
        if self.id is not None:
            checks.dns_label("id", self.id, SITE_ID_MAX)
        elif len(self.object_id) > SITE_ID_MAX:
            raise SpecError("id", None, f"the name makes an object name stem longer than {SITE_ID_MAX} characters",
                            f"set id to a short DNS label for this site, such as {self.name.split('.')[0][:SITE_ID_MAX]}")
        checks.one_of("state", self.state, (PRESENT, ABSENT))
        if self.drop_data and self.state != ABSENT:
            raise SpecError("drop_data", True, "drops a site that is still present", "set state: absent first")
        for domain in self.domains:
            if not isinstance(domain, str) or not HOST_NAME.match(domain) or domain == self.name:
                raise SpecError("domains", domain, "is not another fully qualified host name",
                                "list extra host names such as shop.example.com")
        if self.domains and self.routing is not None and self.routing.type == ROUTE:
            raise SpecError("domains", list(self.domains), "an OpenShift Route cannot send nginx the site's name as"
                            " Host, and nginx finds the site by it", "route the extra domains with type: ingress or"
                            " httpRoute, or serve them as sites of their own")
        for key, value in self.site_config:
            try:
                check_site_config_entry(key, value)
            except SpecError as error:
                raise SpecError(f"site_config[{key}]", error.value, error.problem, error.fix) from None
        if self.restore is not None and self.state == ABSENT:
            raise SpecError("restore", "state: absent", "restores a site that is absent", "remove restore, or set state: present")

    # --- names, derived once ---------------------------------------------------------------------

    @property
    def object_id(self) -> str:
        return self.id or self.name.replace(".", "-")

    @property
    def database_name(self) -> str:
        """Database and user name (Frappe defaults db_user to db_name): the site name made an identifier, cut
        to leave room for a hash of the full name, so two sites never share one (`a-b.com` and `a.b-com`)."""
        readable = re.sub(r"_+", "_", re.sub(r"[^a-z0-9]", "_", self.name)).strip("_")
        digest = hashlib.sha256(self.name.encode()).hexdigest()[:8]
        return f"{readable[:DB_IDENTIFIER_MAX - 9].rstrip('_')}_{digest}"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.name, *self.domains)

    @property
    def backup_schedule(self) -> str:
        """The backup's schedule, by default daily at 01:MM with MM from the site's name: a fleet's backups
        spread over the hour instead of all starting at once."""
        return self.backup.schedule or f"{int(hashlib.sha256(self.name.encode()).hexdigest(), 16) % 60} 1 * * *"

"""FrappeSite: one site on a bench, its whole life rendered as static objects.

A site operator would create the database, run `bench new-site`, route traffic, back up, restore and
drop at run time. Here each step is an object: mariadb-operator SQL resources (never dropped when pruned),
passwords generated once in the cluster, Jobs named by what they do so they run once, a CronJob, and
routing to the bench's nginx. The site's host name is its Frappe site name: nginx picks the site by Host.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Mapping, Optional

from constructs import Construct

from frappe_k8s.constructs import site_scripts as scripts
from frappe_k8s.constructs.frappe_bench import PORTS, SITES_LABEL, FrappeBench
from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object, spec_hash
from frappe_k8s.constructs.mariadb_server import MARIADB_PORT, mariadb_policy_spec, mariadb_server, root_secret
from frappe_k8s.labels import standard_labels
from frappe_k8s.model.bench import ExternalDatabase, MariaDBRef
from frappe_k8s.model.server import Resources
from frappe_k8s.model.site import (ABSENT, DEDICATED, EXTERNAL, HTTP_ROUTE, INGRESS, ROUTE, SITE_PRIVILEGES,
                                   FrappeSiteProps, PasswordSource, Routing, SecretRef)
from frappe_k8s.sync import ADVISORY, JOB_ANNOTATIONS, job_name, protected_wave, wave

APP_NAME = "frappe-site"
SITE_LABEL = "frappe-k8s.io/site"  # the site's name on every object of it: `kubectl get all -l frappe-k8s.io/site=<site>`
# One Argo CD wave for every object of every site: a wave waits for the health of the waves before it, so a second
# wave would let one site (a Certificate waiting a day for DNS, a failed Database, a long restore) hold back every
# other site of the bench. Nothing needs the order: the operators retry until what an object references exists,
# and the Jobs wait, within their deadlines, for the database, the user's login and the bench (frappe_k8s.sync).
WAVE = 0
PASSWORD_GENERATOR = {"apiVersion": "generators.external-secrets.io/v1alpha1", "kind": "Password"}
# Letters and digits only: the password travels through shell arguments, JSON and SQL unquoted by nobody.
PASSWORD_SPEC = {"length": 32, "digits": 8, "symbols": 0, "noUpper": False, "allowRepeat": True}
UPSTREAM_VHOST = "nginx.ingress.kubernetes.io/upstream-vhost"  # ingress-nginx: the Host nginx is sent
INGRESS_NGINX = "nginx.ingress.kubernetes.io/"  # ingress-nginx annotations (docs: user-guide/nginx-configuration/annotations)
ROUTER_TIMEOUT = "haproxy.router.openshift.io/timeout"  # the OpenShift router's server timeout (default 30s)
JOB_RESOURCES = Resources("200m", "512Mi", "2", "2Gi")   # new-site installs apps, restore migrates: bench-sized
BACKUP_DEADLINE_SECONDS = 6 * 3600
JOB_BACKOFF_LIMIT = 2
BACKUP_HISTORY = 3


@dataclass(frozen=True)
class DatabaseServer:
    """Where a site's database lives and who may create or drop it."""

    host: str
    port: int
    type: str                                    # mariadb or postgres
    mariadb_ref: Optional[dict] = None           # mariadb-operator servers only: the SQL resources' mariaDbRef
    root: Optional[tuple[str, str, str]] = None  # (user name, Secret, key) of root; None: not known


class FrappeSite(Construct):
    """One site of `bench`: objects named `<id>-<what>` in the bench's namespace, labelled with the site name.

    `password_generator` names a shared External Secrets Password generator in the namespace; without one,
    the site renders its own when it generates a password.
    """

    def __init__(self, scope: Construct, construct_id: str, props: FrappeSiteProps, bench: FrappeBench,
                 password_generator: Optional[str] = None):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        bench.props.check_site(props)  # sites declared in platform.yaml are checked already; Python ones here
        self.props, self.bench = props, bench
        self.namespace = bench.namespace
        self.id = props.object_id
        self.routing = props.routing or Routing()
        self.backup = props.backup if props.backup.active else None
        self._generator = password_generator
        if props.state == ABSENT and props.drop_data:
            # Only the drop Job: everything else is protected from pruning and stays until deleted by hand.
            self.server = self._server(render=False)
            self._drop_job()
            return
        self.server = self._server(render=True)
        self.db_password = self._password("db-password", props.database.password)
        if self.server.mariadb_ref is not None:
            self._sql_objects()
        self.admin_password = self._password("admin-password", props.admin_password)
        if props.state == ABSENT:  # kept: database, user, grant, passwords; gone: routing, backups, the create Job
            self._job("deactivate", scripts.DEACTIVATE_SITE, {}, {}, self.bench.props.wait_timeout_seconds + 600)
            return
        self.create_job = self._create_job()
        self._routing()
        if self.backup is not None:
            self._backup_cron_job()
        if props.restore is not None:
            self._restore_job()

    # --- names and labels ---------------------------------------------------------------------------

    def name_of(self, what: str) -> str:
        return f"{self.id}-{what}"

    def labels(self, component: str) -> dict[str, str]:
        return {**standard_labels(APP_NAME, self.id, component), SITE_LABEL: self.props.name}

    # --- database -----------------------------------------------------------------------------------

    def _server(self, render: bool) -> DatabaseServer:
        bench, database = self.bench, self.props.database
        if database.mode == EXTERNAL:
            external = database.external
            kind = external.type or "mariadb"
            port = external.port or (5432 if kind == "postgres" else 3306)
            user = external.root_username or ("postgres" if kind == "postgres" else "root")
            secret = external.root_password_secret_ref
            return DatabaseServer(external.host, port, kind, root=(user, secret.name, secret.key))
        if database.mode == DEDICATED:
            name = self.name_of("mariadb")
            if render:
                mariadb_server(self, "mariadb", name=name, namespace=self.namespace, labels=self.labels("mariadb"),
                               server=database.mariadb, pull_policy=bench.props.image.pull_policy,
                               annotations=protected_wave(WAVE, custom_resource=True))
                policy = bench.props.network_policy
                if policy.enabled:  # the same ingress as the bench's own server
                    k8s_object(self, "mariadb-policy", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                               name=self.name_of("allow-mariadb"), namespace=self.namespace,
                               labels=self.labels("mariadb"), annotations=wave(WAVE),
                               spec=mariadb_policy_spec(name, SITES_LABEL, policy.mariadb_operator_namespace))
            return DatabaseServer(f"{name}.{self.namespace}.svc.cluster.local", MARIADB_PORT, "mariadb",
                                  {"name": name, "namespace": self.namespace}, ("root", root_secret(name), "password"))
        server = bench.props.database  # shared: the bench's own MariaDB, or the one it references
        if isinstance(server, MariaDBRef):
            ref = server.root_password_secret_ref
            return DatabaseServer(bench.db_host, bench.db_port, "mariadb",
                                  {"name": server.name, "namespace": server.namespace or self.namespace},
                                  ("root", ref.name, ref.key) if ref else None)
        assert not isinstance(server, ExternalDatabase), "the model refuses shared sites on an external database"
        name = bench.name_of("mariadb")
        return DatabaseServer(bench.db_host, bench.db_port, "mariadb", {"name": name, "namespace": self.namespace},
                              ("root", root_secret(name), "password"))

    def _sql_objects(self) -> None:
        """Database, User and Grant on a mariadb-operator server. `cleanupPolicy: Skip`: deleting the objects
        (a pruned site) never drops the database or the user; prune protection keeps them anyway."""
        db_name = self.props.database_name
        common = {"mariaDbRef": self.server.mariadb_ref, "cleanupPolicy": "Skip"}
        secret, key = self.db_password
        specs = {
            "Database": {**common, "name": db_name, "characterSet": "utf8mb4", "collate": "utf8mb4_unicode_ci"},
            "User": {**common, "name": db_name, "host": "%", "passwordSecretKeyRef": {"name": secret, "key": key},
                     "maxUserConnections": self.props.database.max_user_connections},
            "Grant": {**common, "privileges": list(SITE_PRIVILEGES), "database": db_name, "table": "*",
                      "username": db_name, "host": "%", "grantOption": False},
        }
        for kind, spec in specs.items():
            k8s_object(self, kind.lower(), api_version="k8s.mariadb.com/v1alpha1", kind=kind, name=self.id,
                       namespace=self.namespace, labels=self.labels("database"),
                       annotations=protected_wave(WAVE, custom_resource=True), spec=spec)

    def _password(self, what: str, source: PasswordSource) -> tuple[str, str]:
        """(Secret, key) of a password: an existing Secret, a SealedSecret, or an ExternalSecret that generates it
        once (`refreshPolicy: CreatedOnce`: never regenerated while the Secret exists)."""
        if source.secret_ref is not None:
            return source.secret_ref.name, source.secret_ref.key
        name = self.name_of(what)
        annotations = protected_wave(WAVE, custom_resource=True)
        if source.sealed_value is not None:
            k8s_object(self, what, api_version="bitnami.com/v1alpha1", kind="SealedSecret", name=name,
                       namespace=self.namespace, labels=self.labels("secrets"), annotations=annotations, spec={
                           "encryptedData": {"password": source.sealed_value},
                           "template": {"metadata": {"labels": self.labels("secrets")}, "type": "Opaque"}})
            return name, "password"
        k8s_object(self, what, api_version="external-secrets.io/v1", kind="ExternalSecret", name=name,
                   namespace=self.namespace, labels=self.labels("secrets"), annotations=annotations, spec={
                       "refreshPolicy": "CreatedOnce",
                       "target": {"name": name, "creationPolicy": "Owner", "deletionPolicy": "Retain"},
                       "dataFrom": [{"sourceRef": {"generatorRef": {**PASSWORD_GENERATOR,
                                                                    "name": self._password_generator()}}}]})
        return name, "password"

    def _password_generator(self) -> str:
        if self._generator is None:
            self._generator = self.name_of("password")
            password_generator(self, self._generator, self.namespace, self.labels("secrets"))
        return self._generator

    # --- jobs -----------------------------------------------------------------------------------------

    def _job(self, task: str, script: str, env: Mapping[str, str], secret_env: Mapping[str, tuple[str, str]],
             deadline_seconds: int, backup_volume: bool = False):
        """A Job `<id>-<task>-<hash of its spec>` (frappe_k8s.sync.job_name): any change, a bench upgrade
        included, is a new Job that runs once and finds its marker (the site exists, is restored, stopped or
        dropped already) when there is nothing left to do. Its deadline also covers its wait for the bench
        (FrappeBench.job_template)."""
        job_spec = self._job_spec(task, script, env, secret_env, deadline_seconds + self.bench.ready_seconds,
                                  backup_volume)
        return k8s_object(self, f"job-{task}", api_version="batch/v1", kind="Job",
                          name=job_name(self.name_of(task), job_spec), namespace=self.namespace,
                          labels=self.labels(task), annotations={**wave(WAVE), **JOB_ANNOTATIONS}, spec=job_spec)

    def _job_spec(self, task: str, script: str, env: Mapping[str, str], secret_env: Mapping[str, tuple[str, str]],
                  deadline_seconds: int, backup_volume: bool) -> dict:
        bench = self.bench
        env = {"SITE": self.props.name, "WAIT_SECONDS": str(bench.props.wait_timeout_seconds), **env}
        container = bench.container(task, ["bash", "-c", script], JOB_RESOURCES, env=env, secret_env=secret_env)
        volumes: tuple[dict, ...] = ()
        if backup_volume and self.backup is not None:
            container["volumeMounts"] = [{"name": "backups", "mountPath": scripts.BACKUP_MOUNT}]
            container["env"].append({"name": "BACKUP_DIR", "value": scripts.BACKUP_MOUNT})
            volumes = ({"name": "backups", "persistentVolumeClaim": {"claimName": self.backup.volume}},)
        return {"backoffLimit": JOB_BACKOFF_LIMIT, "activeDeadlineSeconds": deadline_seconds,
                "template": bench.job_template(self.labels(task), container, extra_volumes=volumes)}

    def _database_env(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        server = self.server
        env = {"DB_TYPE": server.type, "DB_NAME": self.props.database_name, "DB_HOST": server.host,
               "DB_PORT": str(server.port)}
        return env, {"DB_PASSWORD": self.db_password}

    def _root_env(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        user, secret, key = self.server.root
        return {"DB_ROOT_USERNAME": user}, {"DB_ROOT_PASSWORD": (secret, key)}

    def _create_job(self):
        """`bench new-site`: as the site's own user into the prepared database on mariadb-operator servers
        (`--no-setup-db`, no root), with root credentials on an external server. Skips an existing site."""
        bench, props = self.bench, self.props
        env, secret_env = self._database_env()
        operator = self.server.mariadb_ref is not None
        apps = [app for app in (props.apps or bench.props.apps) if app != "frappe"]  # new-site always installs frappe
        env.update({"DB_SETUP": "operator" if operator else "root", "INSTALL_APPS": " ".join(apps),
                    "WAIT_FOR": f"database={self.server.host}:{self.server.port}"})
        secret_env["ADMIN_PASSWORD"] = self.admin_password
        plain, secrets = self.site_config()
        env["SITE_CONFIG"] = json.dumps(plain, sort_keys=True)
        env["SITE_CONFIG_FROM_ENV"] = json.dumps({key: f"SITE_CONFIG_REF_{i}" for i, key in enumerate(secrets)},
                                                sort_keys=True)
        for i, ref in enumerate(secrets.values()):
            secret_env[f"SITE_CONFIG_REF_{i}"] = (ref.name, ref.key)
        if not operator:
            root_env, root_secret_env = self._root_env()
            env.update(root_env)
            secret_env.update(root_secret_env)
        deadline = (JOB_BACKOFF_LIMIT + 1) * (bench.props.wait_timeout_seconds + 1800)
        return self._job("create", scripts.CREATE_SITE, env, secret_env, deadline)

    @property
    def https(self) -> bool:
        """Whether the site is reached over HTTPS: TLS on its Ingress, an OpenShift Route (edge), or a Gateway
        (whose listeners for public sites terminate TLS; set siteConfig.host_name for one that does not)."""
        routing = self.routing
        return (routing.type == INGRESS and routing.tls is not None) or routing.type in (ROUTE, HTTP_ROUTE)

    def site_config(self) -> tuple[dict, dict[str, SecretRef]]:
        """siteConfig as plain keys and Secret references, with host_name https://<site> under TLS: Frappe falls
        back to http://<site> in background jobs without it (frappe.utils.get_url, version-15)."""
        plain = {k: v for k, v in self.props.site_config if not isinstance(v, SecretRef)}
        secrets = {k: v for k, v in self.props.site_config if isinstance(v, SecretRef)}
        if self.https:
            plain.setdefault("host_name", f"https://{self.props.name}")
        return plain, dict(sorted(secrets.items()))

    def _restore_job(self):
        """RESTORE_ID names the restore stanza: a new stanza is a new restore; its marker keeps a Job renamed by
        any other change from restoring twice."""
        restore = self.props.restore
        backup = restore.backup if "/" in restore.backup else f"{self.props.name}/{restore.backup}"
        restore_id = spec_hash({"backup": backup, "withFiles": restore.with_files})
        env = {"BACKUP": backup, "RESTORE_ID": restore_id, "WITH_FILES": str(restore.with_files).lower(),
               "DB_CONSOLE": "postgres" if self.server.type == "postgres" else "mariadb"}
        deadline = (JOB_BACKOFF_LIMIT + 1) * (self.bench.props.wait_timeout_seconds + BACKUP_DEADLINE_SECONDS)
        return self._job("restore", scripts.RESTORE_SITE, env, {}, deadline, backup_volume=True)

    def _drop_job(self):
        """Backs the site up, then drops it with root credentials; a Job renamed by a later change (a bench
        upgrade) finds the site gone and stops."""
        backup = self.props.backup
        env = {"WITH_FILES": "true", "KEEP_LAST": str(backup.keep_last), "MAX_AGE_DAYS": str(backup.max_age_days)}
        root_env, secret_env = self._root_env()
        env.update(root_env)
        return self._job("drop", scripts.DROP_SITE, env, secret_env, (JOB_BACKOFF_LIMIT + 1) * BACKUP_DEADLINE_SECONDS,
                         backup_volume=True)

    def _backup_cron_job(self):
        backup = self.backup
        env = {"WITH_FILES": str(backup.with_files).lower(), "KEEP_LAST": str(backup.keep_last),
               "MAX_AGE_DAYS": str(backup.max_age_days)}
        job_spec = self._job_spec("backup", scripts.BACKUP_SITE, env, {}, BACKUP_DEADLINE_SECONDS, backup_volume=True)
        if backup.offsite is not None:
            container = job_spec["template"]["spec"]["containers"][0]
            container["env"] += [{"name": "RESTIC_REPOSITORY", "value": backup.offsite.repository},
                                 {"name": "RESTIC_KEEP_LAST", "value": str(backup.offsite.keep_last or backup.keep_last)},
                                 {"name": "RESTIC_CACHE_DIR", "value": "/tmp/restic-cache"}]
            container["envFrom"] = [{"secretRef": {"name": backup.offsite.secret_name}}]
        # Advisory: since Argo CD 3.2 a CronJob whose last run failed is Degraded (resource_customizations/batch/
        # CronJob/health.lua); a failed backup is the FrappeSiteBackupFailed alert's to report, not a reason to call
        # the sites unhealthy (docs operator-manual/upgrading/3.1-3.2.md recommends this annotation).
        return k8s_object(self, "backup", api_version="batch/v1", kind="CronJob", name=self.name_of("backup"),
                          namespace=self.namespace, labels=self.labels("backup"), annotations={**wave(WAVE), **ADVISORY},
                          spec={
                              "schedule": self.props.backup_schedule,
                              "timeZone": backup.time_zone,
                              "concurrencyPolicy": "Forbid",
                              "startingDeadlineSeconds": 3600,
                              "successfulJobsHistoryLimit": BACKUP_HISTORY,
                              "failedJobsHistoryLimit": BACKUP_HISTORY,
                              "jobTemplate": {"metadata": {"labels": self.labels("backup")}, "spec": job_spec},
                          })

    # --- routing --------------------------------------------------------------------------------------

    def _routing(self) -> None:
        kind = self.routing.type
        if kind == INGRESS:
            self._ingresses()
        elif kind == HTTP_ROUTE:
            self._http_route()
        elif kind == ROUTE:
            self._routes()

    def _backend_service(self) -> str:
        return self.bench.name_of("nginx")

    def _ingresses(self) -> None:
        """The site's host, and its extra domains in a second Ingress that sends nginx the site's name as Host
        (ingress-nginx's upstream-vhost): nginx and Frappe find the site by the Host header."""
        routing, props = self.routing, self.props
        tls_secret = self._certificate()
        hosts = {"": [props.name]} | ({"domains": list(props.domains)} if props.domains else {})
        for suffix, names in hosts.items():
            annotations = self._ingress_settings() | dict(routing.annotations) | ({UPSTREAM_VHOST: props.name} if suffix else {})
            path = {"path": "/", "pathType": "Prefix", "backend": {"service": {
                "name": self._backend_service(), "port": {"number": PORTS["nginx"]}}}}
            k8s_object(self, f"ingress{suffix}", api_version="networking.k8s.io/v1", kind="Ingress",
                       name=self.name_of(suffix) if suffix else self.id, namespace=self.namespace,
                       labels=self.labels("routing"), annotations={**annotations, **wave(WAVE)}, spec={
                           "ingressClassName": routing.ingress_class_name,
                           "tls": [{"hosts": names, "secretName": tls_secret}] if tls_secret else None,
                           "rules": [{"host": host, "http": {"paths": [path]}} for host in names]})

    def _ingress_settings(self) -> dict[str, str]:
        """ingress-nginx in front of the bench's nginx: the same body size and read timeout (its own defaults, 1m
        and 60s, would refuse larger uploads and cut long reports), and with several nginx and socketio pods,
        cookie affinity, so socket.io's polling requests keep to one nginx (which keeps to one socketio pod)."""
        nginx = self.bench.props.nginx
        timeout = str(nginx.proxy_read_timeout_seconds)
        settings = {f"{INGRESS_NGINX}proxy-body-size": nginx.client_max_body_size,
                    f"{INGRESS_NGINX}proxy-read-timeout": timeout, f"{INGRESS_NGINX}proxy-send-timeout": timeout}
        if self._sticky():
            settings |= {f"{INGRESS_NGINX}affinity": "cookie", f"{INGRESS_NGINX}affinity-mode": "persistent",
                         f"{INGRESS_NGINX}session-cookie-name": "frappe-k8s-route"}
        return settings

    def _sticky(self) -> bool:
        replicas = self.bench.max_replicas()
        return replicas["nginx"] > 1 and replicas["socketio"] > 1

    def _certificate(self) -> Optional[str]:
        """The TLS Secret of the Ingresses: an existing one, or one a cert-manager Certificate keeps issued."""
        tls = self.routing.tls
        if tls is None or tls.secret_name is not None:
            return tls.secret_name if tls else None
        name = self.name_of("tls")
        issuer = ({"name": tls.cluster_issuer, "kind": "ClusterIssuer"} if tls.cluster_issuer else
                  {"name": tls.issuer, "kind": "Issuer"})
        k8s_object(self, "certificate", api_version="cert-manager.io/v1", kind="Certificate", name=name,
                   namespace=self.namespace, labels=self.labels("routing"),
                   annotations=wave(WAVE, custom_resource=True), spec={
                       "secretName": name, "dnsNames": list(self.props.hosts),
                       "issuerRef": {**issuer, "group": "cert-manager.io"}})
        return name

    def _http_route(self) -> None:
        """One HTTPRoute for all hosts; with extra domains, a URLRewrite filter makes the Host the site's name."""
        gateway, props = self.routing.gateway, self.props
        # The bench's nginx read timeout as the request timeout. The body size has no Gateway API field: the
        # bench's nginx enforces client_max_body_size, and a Gateway's own limit is set in the implementation's
        # policy (Envoy Gateway ClientTrafficPolicy, NGINX Gateway Fabric ClientSettingsPolicy, ...).
        rule = {"matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                "backendRefs": [{"name": self._backend_service(), "port": PORTS["nginx"]}],
                "timeouts": {"request": f"{self.bench.props.nginx.proxy_read_timeout_seconds}s"}}
        if props.domains:
            rule["filters"] = [{"type": "URLRewrite", "urlRewrite": {"hostname": props.name}}]
        parent = {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": gateway.name,
                  "namespace": gateway.namespace, "sectionName": gateway.section_name}
        k8s_object(self, "http-route", api_version="gateway.networking.k8s.io/v1", kind="HTTPRoute", name=self.id,
                   namespace=self.namespace, labels=self.labels("routing"),
                   annotations=wave(WAVE, custom_resource=True),
                   spec={"parentRefs": [parent], "hostnames": list(props.hosts), "rules": [rule]})

    def _routes(self) -> None:
        """An OpenShift Route with TLS at the router (edge); plain HTTP is redirected to HTTPS. The router's timeout
        is the bench's nginx read timeout; HAProxy sets no body size limit, and edge routes stick a client to one
        backend by cookie unless disabled (haproxy.router.openshift.io/disable_cookies)."""
        settings = {ROUTER_TIMEOUT: f"{self.bench.props.nginx.proxy_read_timeout_seconds}s"}
        k8s_object(self, "route", api_version="route.openshift.io/v1", kind="Route", name=self.id,
                   namespace=self.namespace, labels=self.labels("routing"),
                   annotations={**settings, **dict(self.routing.annotations), **wave(WAVE, custom_resource=True)}, spec={
                       "host": self.props.name,
                       "to": {"kind": "Service", "name": self._backend_service(), "weight": 100},
                       "port": {"targetPort": "http"},
                       "tls": {"termination": self.routing.termination, "insecureEdgeTerminationPolicy": "Redirect"},
                       "wildcardPolicy": "None"})


def password_generator(scope: Construct, name: str, namespace: str, labels: Mapping[str, str]):
    """An External Secrets Password generator: each ExternalSecret that uses it gets its own password."""
    return k8s_object(scope, f"password-generator-{name}", api_version=PASSWORD_GENERATOR["apiVersion"],
                      kind="Password", name=name, namespace=namespace, labels=labels,
                      annotations=wave(WAVE, custom_resource=True), spec=dict(PASSWORD_SPEC))

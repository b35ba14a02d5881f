"""FrappeBench: every component of one Frappe bench, rendered so that it runs with no controller.

What a bench operator would do at run time is decided here, statically: the configure Job writes
the shared config, a migrate Job runs once per image, and every long-running pod waits (init
container) until both are done, so the bench comes up right under any apply order. Argo CD
additionally gets sync waves in the same order.
"""
from __future__ import annotations

import json
from typing import Mapping, Optional

from constructs import Construct

from frappe_k8s import backup_hooks
from frappe_k8s.constructs import bench_scripts as scripts
from frappe_k8s.constructs.k8s_object import inherit_recorder, k8s_object, spec_hash
from frappe_k8s.constructs.mariadb_server import CONTAINER_SECURITY, MARIADB_PORT, mariadb_policy_spec, mariadb_server
from frappe_k8s.constructs.redis_server import RedisServer, RedisServerProps
from frappe_k8s.constructs.rwx_volume import RwxVolume
from frappe_k8s.labels import COMPONENT, INSTANCE, NAME, standard_labels
from frappe_k8s.model.bench import (BENCH_PATH, FRAPPE_UID, ExternalDatabase, FrappeBenchProps,
                                    HorizontalAutoscaling, MariaDBRef, MariaDBServer, Resources, Worker, redis_address)
from frappe_k8s.model.checks import quantity_bytes
from frappe_k8s.model.volumes import READ_WRITE_ONCE
from frappe_k8s.sync import JOB_ANNOTATIONS, SYNC_WAVE, job_name

APP_NAME = "frappe-bench"
SITES_PATH = f"{BENCH_PATH}/sites"
LOGS_PATH = f"{BENCH_PATH}/logs"
PORTS = {"gunicorn": 8000, "nginx": 8080, "socketio": 9000}
CHROMIUM_PATH = "/usr/bin/chromium-headless-shell"  # PDF rendering from Frappe v16 on
SOCKETIO_SCRIPT = f"{BENCH_PATH}/apps/frappe/socketio.js"
ASSETS_COPY_PATH = "/assets-copy"  # where the assets init container fills the pod's assets emptyDir

# Pods that mount the sites volume carry this label; the ReadWriteOnce affinity and the Redis
# NetworkPolicy select them by it.
SITES_LABEL = "frappe-k8s.io/sites-volume"
# Argo CD waves: the base, then the configure Job, then the migrate Job, then the workloads, which come last so
# that the sync of a bench waits for its Jobs and never for a rollout. The claim's verification (its Job and
# throwaway claim) is advisory and also in the last wave: no sync waits for it (frappe_k8s.sync).
WAVE_BASE, WAVE_CONFIGURE, WAVE_MIGRATE, WAVE_WORKLOADS = "0", "1", "2", "3"

# Jobs: sized for bench commands; the migrate Job gets a worker's resources.
CONFIGURE_RESOURCES = Resources("100m", "256Mi", "1", "1Gi")
MIGRATE_RESOURCES = Resources("500m", "1Gi", "2", "4Gi")
WAIT_RESOURCES = Resources("10m", "32Mi", "200m", "128Mi")
CONFIGURE_BACKOFF_LIMIT, MIGRATE_BACKOFF_LIMIT = 3, 1
MIGRATE_GRACE_SECONDS = 300  # after SIGTERM (deadline, eviction): time to turn maintenance mode off again
ROLLOUT_SECONDS = 600  # Kubernetes' default progress deadline: for pods to start once the bench is ready for them
# The keys of common_site_config.json the configure Job owns; any other key is left alone.
MANAGED_CONFIG_KEYS = ("bench_id", "chromium_path", "db_host", "db_port", "db_type", "rds_db", "redis_cache",
                       "redis_queue", "redis_socketio", "socketio_port")

# Read-only Frappe containers get a writable HOME: Chromium (PDFs from v16 on) and fontconfig write
# caches under ~/.cache and ~/.config.
WRITABLE_HOME = {"HOME": "/tmp"}


class FrappeBench(Construct):
    """One bench: gunicorn, nginx, socketio, scheduler and workers from one image, the `<bench>-sites`
    volume, Redis cache and queue, the bench's database, and the Jobs that configure and migrate it.

    Objects are named `<bench>-<component>`. Long-running containers set only `args`, so the image's
    entrypoint (which links the built assets into sites/) always runs.
    """

    def __init__(self, scope: Construct, construct_id: str, props: FrappeBenchProps):
        super().__init__(scope, construct_id)
        inherit_recorder(self, scope)
        self.props = props
        self.namespace = props.effective_namespace
        self.image = props.image_reference
        self.image_id = spec_hash(self.image)

        self.service_account = k8s_object(self, "service-account", api_version="v1", kind="ServiceAccount",
                                          name=props.name, namespace=self.namespace, labels=self._labels("bench"),
                                          annotations={SYNC_WAVE: WAVE_BASE}, automountServiceAccountToken=False)
        self.sites = RwxVolume(self, "sites", props.sites_claim)
        self.logs = RwxVolume(self, "logs", props.logs_claim) if props.logs_claim else None
        for volume in filter(None, (self.sites, self.logs)):
            volume.claim.metadata.add_annotation(SYNC_WAVE, WAVE_CONFIGURE)
            for obj in filter(None, (volume.verify_claim, volume.verify_job)):
                obj.metadata.add_annotation(SYNC_WAVE, WAVE_WORKLOADS)

        self.redis_cache_url, self.redis_queue_url = self._redis()
        self.db_host, self.db_port, self.db_type = self._database()
        self.common_site_config = self._common_site_config()

        self.configure_job = self._configure_job()
        self.migrate_job = self._migrate_job()
        self.deployments = {
            "gunicorn": self._gunicorn(),
            "nginx": self._nginx(),
            "socketio": self._socketio(),
            "scheduler": self._scheduler(),
            **{f"worker-{name}": self._worker(name, worker) for name, worker in props.workers.enabled().items()},
        }
        for component in ("gunicorn", "nginx", "socketio"):
            self._service(component)
        self._autoscalers()
        self._disruption_budgets()
        if props.network_policy.enabled:
            self._network_policies()

    # --- names and labels -------------------------------------------------------------------------

    def name_of(self, component: str) -> str:
        return f"{self.props.name}-{component}"

    def _labels(self, component: str) -> dict[str, str]:
        return standard_labels(APP_NAME, self.props.name, component)

    def _selector(self, component: str) -> dict[str, str]:
        labels = self._labels(component)
        return {key: labels[key] for key in (NAME, INSTANCE, COMPONENT)}

    @property
    def read_write_once(self) -> bool:
        return self.props.sites_volume.access_mode == READ_WRITE_ONCE

    # --- Redis and database -----------------------------------------------------------------------

    def _redis(self) -> tuple[str, str]:
        redis = self.props.redis
        if redis.external is not None:
            return redis.external.cache_url, redis.external.queue_url
        cache, queue = redis.cache, redis.queue
        common = {"namespace": self.namespace, "image": redis.image, "pull_policy": self.props.image.pull_policy,
                  "annotations": {SYNC_WAVE: WAVE_BASE}}
        self.redis_cache = RedisServer(self, "redis-cache", RedisServerProps(
            name=self.name_of("redis-cache"), labels=self._labels("redis-cache"), resources=cache.resources,
            args=("redis-server", "--save", "", "--appendonly", "no", "--maxmemory",
                  str(quantity_bytes(cache.max_memory)), "--maxmemory-policy", cache.eviction_policy),
            **common))
        self.redis_queue = RedisServer(self, "redis-queue", RedisServerProps(
            name=self.name_of("redis-queue"), labels=self._labels("redis-queue"), resources=queue.resources,
            args=("redis-server", "--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy",
                  "noeviction"),
            storage_size=queue.storage_size, storage_class=queue.storage_class, **common))
        return self.redis_cache.url, self.redis_queue.url

    def _database(self) -> tuple[str, int, str]:
        database = self.props.database
        if isinstance(database, ExternalDatabase):
            return database.host, database.effective_port, database.type
        if isinstance(database, MariaDBRef):
            return f"{database.name}.{database.namespace or self.namespace}.svc.cluster.local", database.port, "mariadb"
        self.mariadb = mariadb_server(self, "mariadb", name=self.name_of("mariadb"), namespace=self.namespace,
                                      labels=self._labels("mariadb"), server=database,
                                      pull_policy=self.props.image.pull_policy, annotations={SYNC_WAVE: WAVE_BASE})
        return f"{self.name_of('mariadb')}.{self.namespace}.svc.cluster.local", MARIADB_PORT, "mariadb"

    def _common_site_config(self) -> dict:
        """The keys the configure Job writes into sites/common_site_config.json."""
        # rds_db: sites created with root credentials get Frappe's own privilege list, not ALL PRIVILEGES, which
        # a managed server's master user (Amazon RDS) may not grant (frappe/database/db_manager.py, version-15)
        config = {"db_host": self.db_host, "db_port": self.db_port, "db_type": self.db_type, "rds_db": 1,
                  "redis_cache": self.redis_cache_url, "redis_queue": self.redis_queue_url,
                  "redis_socketio": self.redis_queue_url, "socketio_port": PORTS["socketio"]}
        if self.props.frappe_major >= 16:
            config["chromium_path"] = CHROMIUM_PATH
        if self.props.bench_id:
            config["bench_id"] = self.props.bench_id
        return config

    # --- pods ---------------------------------------------------------------------------------

    def _pod_spec(self, containers: list[dict], *, wait: bool, restart_policy: Optional[str] = None,
                  extra_volumes: tuple[dict, ...] = (), spread: Optional[str] = None,
                  grace_period_seconds: Optional[int] = None, wait_seconds: Optional[int] = None,
                  serves: bool = False, publish_assets: bool = False) -> dict:
        """A pod of the Frappe image: restricted security, the sites and logs volumes, a /tmp emptyDir, and
        node placement for RWO or spread. With `wait` it waits until the bench is configured and migrated for its
        image (WAIT_READY), at most `wait_seconds` (default waitTimeoutSeconds); a pod that `serves` (the
        Deployments) first gets the image's assets copied into an emptyDir at sites/assets (COPY_ASSETS)."""
        props = self.props
        waited = wait_seconds or props.wait_timeout_seconds
        init = [self.container("wait-ready", ["bash", "-c", scripts.WAIT_READY], WAIT_RESOURCES,
                               env={"IMAGE_ID": self.image_id, "WAIT_SECONDS": str(waited),
                                    "PUBLISH_ASSETS": "true" if publish_assets else "false"},
                               read_only=True)] if wait else []
        if serves:
            init.insert(0, self.container("assets", ["bash", "-c", scripts.COPY_ASSETS], WAIT_RESOURCES,
                                          env={"ASSETS_DIR": ASSETS_COPY_PATH}, read_only=True))
            extra_volumes = ({"name": "assets", "emptyDir": {}}, *extra_volumes)
        spec = {
            "serviceAccountName": self.props.name,
            "automountServiceAccountToken": False,
            "enableServiceLinks": False,
            "restartPolicy": restart_policy,
            "terminationGracePeriodSeconds": grace_period_seconds,
            "securityContext": {"runAsNonRoot": True, "runAsUser": FRAPPE_UID, "runAsGroup": FRAPPE_UID,
                                "fsGroup": FRAPPE_UID, "fsGroupChangePolicy": "OnRootMismatch",
                                "seccompProfile": {"type": "RuntimeDefault"}},
            "imagePullSecrets": [{"name": s} for s in props.image.pull_secrets] or None,
            "initContainers": init or None,
            "containers": containers,
            "volumes": [{"name": "tmp", "emptyDir": {}}, *extra_volumes],
        }
        spec = {key: value for key, value in spec.items() if value is not None}
        for container in init + containers:
            container.setdefault("volumeMounts", []).append({"name": "tmp", "mountPath": "/tmp"})
        # the assets copy reads the image under sites/: nothing may be mounted there in its container
        frappe = [c["name"] for c in init + containers if c["name"] != "assets"]
        self.sites.mount(spec, SITES_PATH, volume_name="sites", containers=frappe)
        if serves:
            for container in init + containers:
                container["volumeMounts"].append(
                    {"name": "assets", "mountPath": ASSETS_COPY_PATH} if container["name"] == "assets"
                    else {"name": "assets", "mountPath": f"{SITES_PATH}/assets", "readOnly": True})
        if self.logs is not None:
            self.logs.mount(spec, LOGS_PATH, volume_name="logs")
        else:
            spec["volumes"].append({"name": "logs", "emptyDir": {}})
            for container in init + containers:
                container["volumeMounts"].append({"name": "logs", "mountPath": LOGS_PATH})
        if self.read_write_once:
            # Every pod that mounts the sites volume must run where one already does: the first pod
            # (which matches its own term) picks the node, all others follow it.
            spec["affinity"] = {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
                "labelSelector": {"matchLabels": {SITES_LABEL: self.sites.claim_name}},
                "topologyKey": "kubernetes.io/hostname"}]}}
        elif spread is not None:
            spec["topologySpreadConstraints"] = [{
                "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway",
                "labelSelector": {"matchLabels": self._selector(spread)}}]
        return spec

    def container(self, name: str, args: Optional[list[str]], resources: Resources, *,
                  env: Mapping[str, str] = {}, secret_env: Mapping[str, tuple[str, str]] = {},
                  port: Optional[int] = None, read_only: bool = False, probes: Mapping[str, dict] = {}) -> dict:
        """A container of the bench's image, restricted; `secret_env` maps variables to (Secret, key)."""
        secrets = [{"name": k, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}
                   for k, (secret, key) in secret_env.items()]
        container = {
            "name": name,
            "image": self.image,
            "imagePullPolicy": self.props.image.pull_policy,
            # run the args themselves: the entrypoint of later images re-links sites/assets (main-entrypoint.sh),
            # which the assets emptyDir replaces, and v15 images have none
            "command": ["/usr/bin/env"] if args else None,
            "args": args,
            "env": [{"name": k, "value": v} for k, v in env.items()] + secrets or None,
            "ports": [{"name": "http", "containerPort": port, "protocol": "TCP"}] if port else None,
            "resources": resources.as_k8s(),
            "securityContext": {**CONTAINER_SECURITY, "readOnlyRootFilesystem": read_only},
            **probes,
        }
        return {k: v for k, v in container.items() if v is not None}

    def _template(self, component: str, spec: dict, annotations: Optional[Mapping[str, str]] = None,
                  labels: Optional[Mapping[str, str]] = None) -> dict:
        """A pod template: the sites label, and Velero's annotations (inert without Velero): scratch
        emptyDirs stay out of file-system backups, plus any backup hook of the component."""
        labels = {**(labels or self._labels(component)), SITES_LABEL: self.sites.claim_name}
        pod_annotations = {**backup_hooks.exclude_from_file_system_backup(backup_hooks.scratch_volumes(spec)),
                           **(annotations or {})}
        return {"metadata": {"labels": labels, "annotations": pod_annotations or None}, "spec": spec}

    def _deployment(self, component: str, container: dict, *, replicas: Optional[int], strategy: dict,
                    extra_volumes: tuple[dict, ...] = (), grace_period_seconds: Optional[int] = None,
                    annotations: Optional[Mapping[str, str]] = None,
                    pod_annotations: Optional[Mapping[str, str]] = None, publish_assets: bool = False):
        """A Deployment whose pods wait (wait-ready) until the bench is configured and migrated for their image, for
        as long as that may take: the rollout of a new image is not stalled (ProgressDeadlineExceeded, which Argo CD
        calls Degraded and Flux Failed) while its migration is within its deadline."""
        spread = component if replicas is None or replicas > 1 else None
        spec = self._pod_spec([container], wait=True, extra_volumes=extra_volumes, spread=spread,
                              grace_period_seconds=grace_period_seconds, wait_seconds=self.ready_seconds,
                              serves=True, publish_assets=publish_assets)
        return k8s_object(self, f"deployment-{component}", api_version="apps/v1", kind="Deployment",
                          name=self.name_of(component), namespace=self.namespace, labels=self._labels(component),
                          annotations={SYNC_WAVE: WAVE_WORKLOADS, **(annotations or {})}, spec={
                              "replicas": replicas,
                              "progressDeadlineSeconds": self.ready_seconds + ROLLOUT_SECONDS,
                              "selector": {"matchLabels": self._selector(component)},
                              "strategy": strategy,
                              "template": self._template(component, spec, pod_annotations),
                          })

    # --- long-running components -----------------------------------------------------------------

    def _web(self, component: str, args: Optional[list[str]], env: Mapping[str, str], resources: Resources,
             replicas: int, autoscaling: Optional[HorizontalAutoscaling], extra_volumes=(), extra_mounts=(),
             startup: Optional[dict] = None, publish_assets: bool = False, pre_stop: Optional[list[str]] = None):
        port = PORTS[component]
        tcp = {"tcpSocket": {"port": "http"}}
        probes = {"readinessProbe": {**tcp, "periodSeconds": 10, "timeoutSeconds": 3, "failureThreshold": 3},
                  "livenessProbe": {**tcp, "periodSeconds": 20, "timeoutSeconds": 3, "failureThreshold": 3}}
        if startup:
            probes["startupProbe"] = {**tcp, **startup}
        container = self.container(component, args, resources, env=env, port=port, read_only=True, probes=probes)
        container["volumeMounts"] = [dict(m) for m in extra_mounts]
        if pre_stop:
            container["lifecycle"] = {"preStop": {"exec": {"command": pre_stop}}}
        return self._deployment(component, container, replicas=None if autoscaling else replicas,
                                extra_volumes=tuple(extra_volumes), publish_assets=publish_assets,
                                strategy={"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}})

    def _gunicorn(self):
        """gunicorn with the bench's workers, threads and timeout as arguments: the v15 images' CMD has them fixed
        (images/production/Containerfile before frappe_docker 2c44349a, 2026-04-27) and ignores GUNICORN_*."""
        g = self.props.gunicorn
        args = [f"{BENCH_PATH}/env/bin/gunicorn", f"--chdir={SITES_PATH}", f"--bind=0.0.0.0:{PORTS['gunicorn']}",
                f"--threads={g.threads}", f"--workers={g.workers}", "--worker-class=gthread",
                "--worker-tmp-dir=/dev/shm", f"--timeout={g.timeout_seconds}", "--preload", "frappe.app:application"]
        return self._web("gunicorn", args, WRITABLE_HOME, g.resources, g.replicas, g.autoscaling,
                         startup={"periodSeconds": 5, "timeoutSeconds": 3, "failureThreshold": 60},
                         publish_assets=True)

    def _nginx(self):
        n = self.props.nginx
        env = {"BACKEND": f"{self.name_of('gunicorn')}:{PORTS['gunicorn']}",
               "SOCKETIO": f"{self.name_of('socketio')}:{PORTS['socketio']}",
               "FRAPPE_SITE_NAME_HEADER": "$host",
               "UPSTREAM_REAL_IP_ADDRESS": n.real_ip_from,
               "UPSTREAM_REAL_IP_HEADER": n.real_ip_header,
               "UPSTREAM_REAL_IP_RECURSIVE": "on" if n.real_ip_recursive else "off",
               "PROXY_READ_TIMEOUT": str(n.proxy_read_timeout_seconds),
               "CLIENT_MAX_BODY_SIZE": n.client_max_body_size}
        # nginx-entrypoint.sh renders /etc/nginx/conf.d/frappe.conf; nginx writes its temp files and pid. Its
        # logs stay as the image has them, links to /dev/stdout and /dev/stderr, so `kubectl logs` shows them.
        writable = {"nginx-conf": "/etc/nginx/conf.d", "nginx-lib": "/var/lib/nginx", "nginx-run": "/run"}
        return self._web("nginx", ["bash", "-c", scripts.NGINX], env, n.resources, n.replicas, n.autoscaling,
                         extra_volumes=[{"name": v, "emptyDir": {}} for v in writable],
                         extra_mounts=[{"name": v, "mountPath": p} for v, p in writable.items()],
                         pre_stop=["sh", "-c", scripts.NGINX_PRE_STOP])

    def _socketio(self):
        s = self.props.socketio
        return self._web("socketio", ["node", SOCKETIO_SCRIPT], WRITABLE_HOME, s.resources, s.replicas, s.autoscaling)

    def _background(self, component: str, args: list[str], pattern: str, resources: Resources,
                    replicas: Optional[int], strategy: dict, grace_period_seconds: Optional[int] = None,
                    annotations: Optional[Mapping[str, str]] = None,
                    pod_annotations: Optional[Mapping[str, str]] = None):
        """Scheduler and workers: `bench` writes .bench.cmd into the bench folder, so the root file
        system stays writable. Probes only check the process (see bench_scripts.process_check)."""
        check = {"exec": {"command": scripts.process_check(pattern)}, "periodSeconds": 30, "timeoutSeconds": 5,
                 "failureThreshold": 3}
        probes = {"readinessProbe": dict(check), "livenessProbe": {**check, "initialDelaySeconds": 30}}
        container = self.container(component, args, resources, probes=probes)
        container["volumeMounts"] = []
        return self._deployment(component, container, replicas=replicas, strategy=strategy,
                                grace_period_seconds=grace_period_seconds, annotations=annotations,
                                pod_annotations=pod_annotations)

    def _scheduler(self):
        """Exactly one, and never two at once: Recreate stops the old pod before the new one starts. Being
        the one pod that always runs, it also runs the database dump before a Velero backup."""
        hook = self.props.backup_hook
        dump = backup_hooks.pre_backup_hook("scheduler", ["bash", "-c", scripts.DUMP_DATABASES],
                                            hook.timeout_seconds, hook.on_error) if hook.enabled else None
        return self._background("scheduler", ["bench", "schedule"], "schedule", self.props.scheduler.resources,
                                replicas=1, strategy={"type": "Recreate"}, pod_annotations=dump)

    def _worker(self, name: str, worker: Worker):
        args = ["bench", "worker", "--queue", ",".join(worker.queues)]
        scaling = "autoscaled" if worker.autoscaling else "static"
        return self._background(f"worker-{name}", args, "worker --queue", worker.resources,
                                replicas=None if worker.autoscaling else worker.replicas,
                                strategy={"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
                                grace_period_seconds=worker.grace_period_seconds,
                                annotations={"frappe-k8s.io/scaling": scaling})

    def _service(self, component: str):
        """socket.io's clients start with long polling, whose requests must all reach the pod that holds the
        session: with more than one socketio pod, each nginx pod keeps to one of them (ClientIP affinity)."""
        port_name = "socketio" if component == "socketio" else "http"
        sticky = component == "socketio" and self.max_replicas()["socketio"] > 1
        return k8s_object(self, f"service-{component}", api_version="v1", kind="Service",
                          name=self.name_of(component), namespace=self.namespace, labels=self._labels(component),
                          annotations={SYNC_WAVE: WAVE_BASE}, spec={
                              "sessionAffinity": "ClientIP" if sticky else None,
                              "selector": self._selector(component),
                              "ports": [{"name": port_name, "port": PORTS[component], "targetPort": "http",
                                         "protocol": "TCP"}]})

    # --- jobs ---------------------------------------------------------------------------------------

    def _job_spec(self, task: str, container: dict, backoff_limit: int, deadline_seconds: int,
                  grace_period_seconds: Optional[int] = None) -> dict:
        container["volumeMounts"] = []
        spec = self._pod_spec([container], wait=False, restart_policy="Never", grace_period_seconds=grace_period_seconds)
        return {"backoffLimit": backoff_limit, "activeDeadlineSeconds": deadline_seconds,
                "template": self._template(task, spec)}

    @property
    def ready_seconds(self) -> int:
        """The longest this bench takes to be configured and migrated for its image: its configure and migrate
        Jobs' deadlines, one after the other (Argo CD creates the migrate Job once configure has completed)."""
        return self.configure_deadline_seconds + self.props.migration_deadline_seconds

    @property
    def configure_deadline_seconds(self) -> int:
        """Room for every attempt of the configure Job: each may wait the whole timeout before it fails."""
        return (CONFIGURE_BACKOFF_LIMIT + 1) * (self.props.wait_timeout_seconds + 120)

    def job_template(self, labels: Mapping[str, str], container: dict, *, extra_volumes: tuple[dict, ...] = (),
                     grace_period_seconds: Optional[int] = None) -> dict:
        """The pod template of a one-off task on this bench (a site's Jobs): the bench's pod, volumes and
        placement, with the task's own labels; mounts the container already has are kept. Its `wait-ready` init
        container holds the task until the bench is configured and migrated for the image it runs, for up to
        `ready_seconds`: Argo CD syncs a bench and its sites as two apps, in any order after the first sync (Flux
        orders them by dependsOn on every revision), and a site must never be created or restored on a bench
        that is still migrating."""
        container.setdefault("volumeMounts", [])
        spec = self._pod_spec([container], wait=True, restart_policy="Never", extra_volumes=extra_volumes,
                              grace_period_seconds=grace_period_seconds, wait_seconds=self.ready_seconds)
        return self._template("", spec, labels=labels)

    def _job(self, task: str, spec: dict, wave: str):
        """A Job named `<bench>-<task>-<hash of its spec>` (frappe_k8s.sync.job_name): any change gives a new
        Job, which runs once, and the old one is pruned; no change keeps the name and nothing runs again. No TTL:
        a Job that vanished would be re-created, and run again."""
        return k8s_object(self, f"job-{task}", api_version="batch/v1", kind="Job",
                          name=job_name(self.name_of(task), spec), namespace=self.namespace,
                          labels=self._labels(task), annotations={SYNC_WAVE: wave, **JOB_ANNOTATIONS}, spec=spec)

    def _wait_targets(self) -> str:
        targets = [f"database={self.db_host}:{self.db_port}"]
        for name, url in (("redis-cache", self.redis_cache_url), ("redis-queue", self.redis_queue_url)):
            host, port, _, _ = redis_address(name, url)
            targets.append(f"{name}={host}:{port}")
        return " ".join(targets)

    def _configure_job(self):
        """Checks the image holds the bench's apps, writes sites/apps.txt and the bench's keys of
        common_site_config.json, after waiting for the database and Redis. Runs again for a new image (whose
        apps.txt may differ), and for a change of the database, Redis, benchId or apps."""
        props = self.props
        env = {"WAIT_FOR": self._wait_targets(), "WAIT_SECONDS": str(props.wait_timeout_seconds),
               "EXPECTED_APPS": " ".join(props.apps),
               "COMMON_SITE_CONFIG": json.dumps(self.common_site_config, sort_keys=True),
               "MANAGED_KEYS": json.dumps(list(MANAGED_CONFIG_KEYS))}
        container = self.container("configure", ["bash", "-c", scripts.CONFIGURE], CONFIGURE_RESOURCES, env=env)
        spec = self._job_spec("configure", container, CONFIGURE_BACKOFF_LIMIT, self.configure_deadline_seconds)
        return self._job("configure", spec, WAVE_CONFIGURE)

    def _migrate_job(self):
        """Migrates every site once per image: the marker of its image (IMAGE_ID) makes a Job renamed by another
        change (its resources, its script) find the image migrated and exit at once."""
        env = {"IMAGE_ID": self.image_id, "WAIT_SECONDS": str(self.props.wait_timeout_seconds)}
        container = self.container("migrate", ["bash", "-c", scripts.MIGRATE], MIGRATE_RESOURCES, env=env)
        spec = self._job_spec("migrate", container, MIGRATE_BACKOFF_LIMIT, self.props.migration_deadline_seconds,
                              grace_period_seconds=MIGRATE_GRACE_SECONDS)
        return self._job("migrate", spec, WAVE_MIGRATE)

    # --- scaling and availability ---------------------------------------------------------------------

    def _scale_target(self, component: str) -> dict:
        return {"apiVersion": "apps/v1", "kind": "Deployment", "name": self.name_of(component)}

    def _web_components(self) -> dict:
        props = self.props
        return {"gunicorn": props.gunicorn, "nginx": props.nginx, "socketio": props.socketio}

    def _autoscalers(self) -> None:
        props = self.props
        for component, web in self._web_components().items():
            scaling = web.autoscaling
            if scaling is None:
                continue
            metrics = [{"type": "Resource", "resource": {"name": resource, "target": {
                "type": "Utilization", "averageUtilization": percent}}}
                for resource, percent in (("cpu", scaling.cpu_utilization_percent),
                                          ("memory", scaling.memory_utilization_percent)) if percent]
            k8s_object(self, f"hpa-{component}", api_version="autoscaling/v2", kind="HorizontalPodAutoscaler",
                       name=self.name_of(component), namespace=self.namespace, labels=self._labels(component),
                       annotations={SYNC_WAVE: WAVE_WORKLOADS}, spec={
                           "scaleTargetRef": self._scale_target(component),
                           "minReplicas": scaling.min_replicas, "maxReplicas": scaling.max_replicas,
                           "metrics": metrics})
        host, port, database, tls = redis_address("queue", self.redis_queue_url)
        for name, worker in props.workers.enabled().items():
            scaling = worker.autoscaling
            if scaling is None:
                continue
            component = f"worker-{name}"
            # One trigger per queue the worker serves, on the list RQ really pushes to; KEDA takes the largest.
            triggers = [{"type": "redis", "name": f"queue-{queue}", "metadata": {
                "address": f"{host}:{port}", "listName": props.rq_list_key(queue),
                "listLength": str(scaling.list_length), "activationListLength": "0",
                "databaseIndex": str(database), "enableTLS": "true" if tls else "false"}}
                for queue in worker.queues]
            k8s_object(self, f"scaled-object-{component}", api_version="keda.sh/v1alpha1", kind="ScaledObject",
                       name=self.name_of(component), namespace=self.namespace, labels=self._labels(component),
                       annotations={SYNC_WAVE: WAVE_WORKLOADS}, spec={
                           "scaleTargetRef": self._scale_target(component),
                           "minReplicaCount": scaling.min_replicas, "maxReplicaCount": scaling.max_replicas,
                           "cooldownPeriod": scaling.cooldown_seconds,
                           "pollingInterval": scaling.polling_interval_seconds,
                           "triggers": triggers})

    def max_replicas(self) -> dict[str, int]:
        """The most pods each component may run (its autoscaler's maximum, else its replicas)."""
        props = self.props
        counts = {}
        for component, web in self._web_components().items():
            counts[component] = web.autoscaling.max_replicas if web.autoscaling else web.replicas
        for name, worker in props.workers.enabled().items():
            counts[f"worker-{name}"] = worker.autoscaling.max_replicas if worker.autoscaling else worker.replicas
        return counts

    def _disruption_budgets(self) -> None:
        """At most one pod of a multi-replica component is evicted at a time (drains, upgrades)."""
        for component, most in self.max_replicas().items():
            if most > 1:
                k8s_object(self, f"pdb-{component}", api_version="policy/v1", kind="PodDisruptionBudget",
                           name=self.name_of(component), namespace=self.namespace, labels=self._labels(component),
                           annotations={SYNC_WAVE: WAVE_WORKLOADS}, spec={
                               "maxUnavailable": 1, "selector": {"matchLabels": self._selector(component)}})

    # --- network --------------------------------------------------------------------------------------

    def _network_policy(self, name: str, component: str, pod_selector: dict, ingress: list[dict]):
        return k8s_object(self, f"network-policy-{name}", api_version="networking.k8s.io/v1", kind="NetworkPolicy",
                          name=self.name_of(name), namespace=self.namespace, labels=self._labels(component),
                          annotations={SYNC_WAVE: WAVE_BASE}, spec={
                              "podSelector": {"matchLabels": pod_selector}, "policyTypes": ["Ingress"],
                              "ingress": ingress})

    def _network_policies(self) -> None:
        """Deny all ingress to the bench's pods, then allow: ingress controller -> nginx -> gunicorn and
        socketio; Frappe pods (and KEDA, when it scales workers) -> Redis. Egress is not restricted."""
        props, policy = self.props, self.props.network_policy
        bench_pods = {NAME: APP_NAME, INSTANCE: props.name}
        # every pod that mounts the sites volume runs Frappe and needs Redis: the bench's own and its sites' Jobs
        frappe_pods = {"podSelector": {"matchLabels": {SITES_LABEL: self.sites.claim_name}}}

        def tcp(port) -> list[dict]:
            return [{"protocol": "TCP", "port": port}]

        self._network_policy("deny-ingress", "bench", bench_pods, [])
        self._network_policy("allow-nginx", "nginx", self._selector("nginx"), [{
            "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": ns}}}
                     for ns in policy.ingress_namespaces],
            "ports": tcp(PORTS["nginx"])}])
        from_nginx = [{"podSelector": {"matchLabels": self._selector("nginx")}}]
        for component in ("gunicorn", "socketio"):
            self._network_policy(f"allow-{component}", component, self._selector(component),
                                 [{"from": from_nginx, "ports": tcp(PORTS[component])}])
        if isinstance(props.database, MariaDBServer):
            spec = mariadb_policy_spec(self.name_of("mariadb"), SITES_LABEL, policy.mariadb_operator_namespace)
            self._network_policy("allow-mariadb", "mariadb", spec["podSelector"]["matchLabels"], spec["ingress"])
        if props.redis.external is None:
            self._network_policy("allow-redis-cache", "redis-cache", self._selector("redis-cache"),
                                 [{"from": [frappe_pods], "ports": tcp(6379)}])
            keda = any(w.autoscaling for w in props.workers.enabled().values())
            sources = [frappe_pods] + ([{"namespaceSelector": {"matchLabels": {
                "kubernetes.io/metadata.name": policy.keda_namespace}}}] if keda else [])
            self._network_policy("allow-redis-queue", "redis-queue", self._selector("redis-queue"),
                                 [{"from": sources, "ports": tcp(6379)}])

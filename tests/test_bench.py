"""FrappeBench as rendered: exact containers, Jobs and their naming, placement, scaling, hardening, validity.

Most tests read the bundled example's dist/bench-<name>/ as `python main.py` writes it; the
naming and variant tests synthesize small platforms in-process.
"""
import json
import re
import subprocess
import textwrap

import pytest

from frappe_k8s import loader
from frappe_k8s.constructs import bench_scripts as scripts
from frappe_k8s.constructs.k8s_object import spec_hash
from frappe_k8s.render import synthesize
from frappe_k8s.validate import Validator

from conftest import load_objects

BENCH = "/home/frappe/frappe-bench"
SITES, LOGS = f"{BENCH}/sites", f"{BENCH}/logs"
IMAGE = "docker.io/frappe/erpnext:v15.41.2"
COMPONENTS = ("gunicorn", "nginx", "socketio", "scheduler", "worker-short", "worker-long")


@pytest.fixture(scope="module")
def production(example_dist) -> dict[tuple[str, str], dict]:
    return {(o["kind"], o["metadata"]["name"]): o for o in load_objects(example_dist / "bench-production-bench")}


@pytest.fixture(scope="module")
def dev(example_dist) -> dict[tuple[str, str], dict]:
    return {(o["kind"], o["metadata"]["name"]): o for o in load_objects(example_dist / "bench-dev-bench")}


def deployment(objects, component: str, bench: str = "production-bench") -> dict:
    return objects["Deployment", f"{bench}-{component}"]


def main_container(workload: dict) -> dict:
    (container,) = workload["spec"]["template"]["spec"]["containers"]
    return container


def env_of(container: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container.get("env", [])}


def mounts_of(container: dict) -> dict[str, str]:
    return {m["mountPath"]: m["name"] for m in container["volumeMounts"]}


def jobs(objects, task: str) -> list[dict]:
    return [o for (kind, name), o in objects.items() if kind == "Job" and re.fullmatch(rf".*-{task}-[0-9a-f]{{8}}", name)]


def render(platform_yaml: str) -> dict[tuple[str, str], dict]:
    platform = loader.parse(textwrap.dedent(platform_yaml))
    return {(m["kind"], m["metadata"]["name"]): m for manifests in synthesize(platform).values() for m in manifests}


SMALL = """\
    name: demo
    defaults: {storageClass: cephfs}
    storage: {externalStorageClasses: [{name: cephfs}]}
    benches:
      - name: erp
        frappeVersion: "15.41.2"
"""


# --- the components ---------------------------------------------------------------------------

GUNICORN_ARGS = [f"{BENCH}/env/bin/gunicorn", f"--chdir={SITES}", "--bind=0.0.0.0:8000", "--threads=4", "--workers=2",
                 "--worker-class=gthread", "--worker-tmp-dir=/dev/shm", "--timeout=120", "--preload",
                 "frappe.app:application"]


def test_every_component_runs_the_same_image_with_its_own_arguments(production):
    expected_args = {
        "gunicorn": GUNICORN_ARGS,  # the v15 image's CMD, with the bench's workers, threads and timeout
        "nginx": ["bash", "-c", scripts.NGINX],
        "socketio": ["node", f"{BENCH}/apps/frappe/socketio.js"],
        "scheduler": ["bench", "schedule"],
        "worker-short": ["bench", "worker", "--queue", "short,default"],
        "worker-long": ["bench", "worker", "--queue", "long,default,short"],
    }
    for component, args in expected_args.items():
        pod = deployment(production, component)["spec"]["template"]["spec"]
        for container in pod["initContainers"] + pod["containers"]:
            assert container["image"] == IMAGE, component
            # the args run themselves: a later image's entrypoint would re-link sites/assets, which the pod's
            # assets emptyDir replaces (the v15 image has no entrypoint)
            assert container["command"] == ["/usr/bin/env"], (component, container["name"])
        assert [c["name"] for c in pod["initContainers"]] == ["assets", "wait-ready"]
        assert main_container(deployment(production, component))["args"] == args, component
    assert ("Deployment", "production-bench-worker-default") not in production  # optional, off by default


def test_gunicorn_takes_the_benchs_settings_as_arguments_not_environment():
    """The v15 images' CMD hard-codes workers, threads and timeout and reads no GUNICORN_* (frappe_docker
    images/production/Containerfile before 2c44349a), so only arguments reach gunicorn."""
    objects = render(SMALL + "        gunicorn: {workers: 5, threads: 2, timeoutSeconds: 300}\n")
    container = main_container(deployment(objects, "gunicorn", "erp"))
    assert [a for a in container["args"] if a.startswith(("--workers", "--threads", "--timeout"))] == [
        "--threads=2", "--workers=5", "--timeout=300"]
    assert not [e for e in container["env"] if e["name"].startswith("GUNICORN_")]
    default = main_container(deployment(render(SMALL), "gunicorn", "erp"))["args"]
    assert default != container["args"] and "--workers=2" in default  # the settings change the arguments


def test_nginx_takes_the_scheme_from_the_ingress_runs_as_pid_1_and_drains_on_stop(production, tmp_path):
    """The script patches the v15 template as frappe_docker PR #1817 did, leaves a fixed template alone, refuses one
    it does not know, and execs nginx (run here with `nginx` and `envsubst` stubs)."""
    container = main_container(deployment(production, "nginx"))
    assert container["lifecycle"]["preStop"]["exec"]["command"] == ["sh", "-c", scripts.NGINX_PRE_STOP]
    # the lines that matter of frappe_docker resources/nginx-template.conf in the v15.41.2 image (commit 285abd0b:
    # upstreams first, `server {` at line 9, Origin at 42, X-Forwarded-Proto at 64)
    v15 = textwrap.dedent("""\
        upstream backend-server { server ${BACKEND}; }
        server {
        \tlocation /socket.io { proxy_set_header Origin $scheme://${FRAPPE_SITE_NAME_HEADER}; }
        \tlocation @webserver { proxy_set_header X-Forwarded-Proto $scheme; }
        }
        """)
    fixed = v15.replace("$scheme://", "$proxy_x_forwarded_proto://").replace("Proto $scheme", "Proto $proxy_x_forwarded_proto")
    stubs = tmp_path / "bin"
    stubs.mkdir()
    (stubs / "nginx").write_text(f"#!/bin/bash\necho \"nginx $* pid=$$\" > {tmp_path}/ran\n")
    (stubs / "envsubst").write_text("#!/bin/bash\ncat\n")
    for stub in stubs.iterdir():
        stub.chmod(0o755)
    script = scripts.NGINX.replace("/templates/nginx/", f"{tmp_path}/").replace("/etc/nginx/conf.d/", f"{tmp_path}/out-")

    def run_nginx(script_text: str, template: str) -> subprocess.CompletedProcess:
        (tmp_path / "frappe.conf.template").write_text(template)
        (tmp_path / "ran").unlink(missing_ok=True)
        job = subprocess.Popen(["bash", "-c", script_text], env={"PATH": f"{stubs}:/usr/bin:/bin"}, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = job.communicate(timeout=20)
        return subprocess.CompletedProcess(job.pid, job.returncode, out, err)

    patched = run_nginx(script, v15)
    assert patched.returncode == 0, patched.stderr
    conf = (tmp_path / "out-frappe.conf").read_text()
    assert conf.startswith("upstream backend-server")
    assert "map $http_x_forwarded_proto $proxy_x_forwarded_proto {\n\tdefault $scheme;\n\thttps https;\n}\n\nserver {" in conf
    assert "Origin $proxy_x_forwarded_proto://" in conf and "X-Forwarded-Proto $proxy_x_forwarded_proto;" in conf
    assert (tmp_path / "ran").read_text() == f"nginx -g daemon off; pid={patched.args}\n"  # exec'd: PID 1 in the pod
    already = run_nginx(script, fixed)  # a template with PR #1817 in it is used as it is
    assert already.returncode == 0 and (tmp_path / "out-frappe.conf").read_text() == fixed
    unknown = script.replace("X-Forwarded-Proto \\$scheme;/", "X-Forwarded-Proto \\$nothing;/")
    assert unknown != script  # negative control: a template the patch misses is refused, nginx never starts
    refused = run_nginx(unknown, v15)
    assert refused.returncode == 1 and "still forwards $scheme" in refused.stderr and not (tmp_path / "ran").exists()


def test_ports_and_services(production):
    ports = {c: [p["containerPort"] for p in main_container(deployment(production, c)).get("ports", [])]
             for c in COMPONENTS}
    assert ports == {"gunicorn": [8000], "nginx": [8080], "socketio": [9000], "scheduler": [], "worker-short": [],
                     "worker-long": []}
    for component, port in (("gunicorn", 8000), ("nginx", 8080), ("socketio", 9000)):
        service = production["Service", f"production-bench-{component}"]
        assert [p["port"] for p in service["spec"]["ports"]] == [port]
        assert service["spec"]["selector"] == deployment(production, component)["spec"]["selector"]["matchLabels"]
    for redis in ("redis-cache", "redis-queue"):
        assert production["Service", f"production-bench-{redis}"]["spec"]["ports"][0]["port"] == 6379


def test_environment_of_gunicorn_and_nginx(production):
    assert env_of(main_container(deployment(production, "gunicorn"))) == {"HOME": "/tmp"}
    assert env_of(main_container(deployment(production, "nginx"))) == {
        "BACKEND": "production-bench-gunicorn:8000",
        "SOCKETIO": "production-bench-socketio:9000",
        "FRAPPE_SITE_NAME_HEADER": "$host",
        "UPSTREAM_REAL_IP_ADDRESS": "10.42.0.0/16",
        "UPSTREAM_REAL_IP_HEADER": "X-Forwarded-For",
        "UPSTREAM_REAL_IP_RECURSIVE": "off",
        "PROXY_READ_TIMEOUT": "120",
        "CLIENT_MAX_BODY_SIZE": "50m",
    }


def test_every_pod_and_job_mounts_sites_and_logs_and_long_running_pods_their_images_assets(production):
    for workload in [deployment(production, c) for c in COMPONENTS] + jobs(production, "configure") + \
            jobs(production, "migrate"):
        pod = workload["spec"]["template"]["spec"]
        volumes = {v["name"]: v for v in pod["volumes"]}
        assert volumes["sites"] == {"name": "sites", "persistentVolumeClaim": {"claimName": "production-bench-sites"}}
        assert volumes["logs"] == {"name": "logs", "emptyDir": {}}
        long_running = workload["kind"] == "Deployment"
        assert ("assets" in volumes) is long_running and volumes.get("assets", {"emptyDir": {}})["emptyDir"] == {}
        for container in pod.get("initContainers", []) + pod["containers"]:
            mounts = mounts_of(container)
            assert mounts[LOGS] == "logs" and mounts["/tmp"] == "tmp"
            if container["name"] == "assets":
                # it reads the image's own sites/assets: nothing of the pod may cover it
                assert mounts == {"/tmp": "tmp", "/assets-copy": "assets", LOGS: "logs"}
                continue
            assert mounts[SITES] == "sites"
            assert (mounts.get(f"{SITES}/assets") == "assets") is long_running, container["name"]
            if long_running:
                [assets] = [m for m in container["volumeMounts"] if m["name"] == "assets"]
                assert assets["readOnly"] is True
    nginx = mounts_of(main_container(deployment(production, "nginx")))
    assert {p: nginx[p] for p in ("/etc/nginx/conf.d", "/var/lib/nginx", "/run")} == {
        "/etc/nginx/conf.d": "nginx-conf", "/var/lib/nginx": "nginx-lib", "/run": "nginx-run"}
    assert "/var/log/nginx" not in nginx  # the image links its logs to stdout and stderr


def test_only_gunicorn_pods_publish_their_images_asset_map(production):
    for component in COMPONENTS:
        pod = deployment(production, component)["spec"]["template"]["spec"]
        wait = next(c for c in pod["initContainers"] if c["name"] == "wait-ready")
        assert env_of(wait)["PUBLISH_ASSETS"] == ("true" if component == "gunicorn" else "false"), component


def test_sites_volume_is_an_rwx_claim_on_the_bench_class(production):
    claim = production["PersistentVolumeClaim", "production-bench-sites"]
    assert claim["spec"] == {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "20Gi"}},
                             "storageClassName": "cephfs", "volumeMode": "Filesystem"}
    assert claim["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"] == "disabled"


def test_sites_size_defaults_to_10gi_and_class_to_the_platform_default():
    claim = render(SMALL)["PersistentVolumeClaim", "erp-sites"]
    assert claim["spec"]["resources"]["requests"]["storage"] == "10Gi" and claim["spec"]["storageClassName"] == "cephfs"


def test_optional_logs_volume_replaces_the_empty_dir():
    objects = render(SMALL + "        logs: {size: 2Gi}\n")
    assert objects["PersistentVolumeClaim", "erp-logs"]["spec"]["resources"]["requests"]["storage"] == "2Gi"
    pod = deployment(objects, "gunicorn", "erp")["spec"]["template"]["spec"]
    assert {"name": "logs", "persistentVolumeClaim": {"claimName": "erp-logs"}} in pod["volumes"]


def test_scheduler_is_one_replica_replaced_with_recreate(production):
    scheduler = deployment(production, "scheduler")
    assert scheduler["spec"]["replicas"] == 1 and scheduler["spec"]["strategy"] == {"type": "Recreate"}
    assert ("HorizontalPodAutoscaler", "production-bench-scheduler") not in production
    assert ("PodDisruptionBudget", "production-bench-scheduler") not in production


def test_dedicated_default_worker_and_custom_queues():
    objects = render(SMALL + "        workers: {default: {enabled: true}, short: {queues: [short]}}\n")
    assert main_container(deployment(objects, "worker-default", "erp"))["args"] == [
        "bench", "worker", "--queue", "default"]
    assert main_container(deployment(objects, "worker-short", "erp"))["args"] == ["bench", "worker", "--queue", "short"]
    long = deployment(objects, "worker-long", "erp")
    assert main_container(long)["args"][-1] == "long,default,short"
    # RQ's warm shutdown lets the running job finish: long jobs may take Frappe's 1500 s timeout
    assert long["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] == 1530


# --- configure and migrate ----------------------------------------------------------------------

def test_configure_job_writes_the_common_site_config_keys(production):
    (job,) = jobs(production, "configure")
    env = env_of(main_container(job))
    assert json.loads(env["COMMON_SITE_CONFIG"]) == {
        "db_host": "production-bench-mariadb.frappe.svc.cluster.local",
        "db_port": 3306,
        "db_type": "mariadb",
        "rds_db": 1,  # sites made with root credentials get Frappe's own privilege list, never ALL PRIVILEGES
        "redis_cache": "redis://production-bench-redis-cache.frappe.svc.cluster.local:6379",
        "redis_queue": "redis://production-bench-redis-queue.frappe.svc.cluster.local:6379",
        "redis_socketio": "redis://production-bench-redis-queue.frappe.svc.cluster.local:6379",
        "socketio_port": 9000,
    }
    assert env["WAIT_FOR"] == ("database=production-bench-mariadb.frappe.svc.cluster.local:3306 "
                               "redis-cache=production-bench-redis-cache.frappe.svc.cluster.local:6379 "
                               "redis-queue=production-bench-redis-queue.frappe.svc.cluster.local:6379")
    script = main_container(job)["args"][2]
    assert script.startswith("set -euo pipefail\n") and "ls -1 apps > sites/apps.txt" in script


def test_version_16_adds_chromium_path_and_bench_id_reaches_config_and_keda():
    objects = render(SMALL.replace('"15.41.2"', '"16"') + textwrap.indent(textwrap.dedent("""\
        benchId: erp-prod
        redis: {external: {cacheUrl: "redis://cache.example:6379", queueUrl: "rediss://queue.example:6380/2"}}
        database: {external: {host: pg.example, type: postgres}}
        workers: {short: {autoscaling: {}}}
        """), "        "))
    (job,) = jobs(objects, "configure")
    config = json.loads(env_of(main_container(job))["COMMON_SITE_CONFIG"])
    assert config["chromium_path"] == "/usr/bin/chromium-headless-shell" and config["bench_id"] == "erp-prod"
    assert (config["db_host"], config["db_port"], config["db_type"]) == ("pg.example", 5432, "postgres")
    assert config["redis_queue"] == config["redis_socketio"] == "rediss://queue.example:6380/2"
    assert not any(kind in ("StatefulSet", "MariaDB") for kind, _ in objects)
    trigger = objects["ScaledObject", "erp-worker-short"]["spec"]["triggers"][0]["metadata"]
    assert trigger == {"address": "queue.example:6380", "listName": "rq:queue:erp-prod:short", "listLength": "5",
                       "activationListLength": "0", "databaseIndex": "2", "enableTLS": "true"}
    assert main_container(deployment(objects, "gunicorn", "erp"))["image"] == "docker.io/frappe/erpnext:version-16"


def test_migrate_job_runs_once_per_image_site_by_site_within_the_benchs_deadline(production):
    (job,) = jobs(production, "migrate")
    container = main_container(job)
    assert container["args"] == ["bash", "-c", scripts.MIGRATE]  # its behaviour: tests/test_bench_scripts.py
    assert job["metadata"]["name"] == "production-bench-migrate-" + spec_hash(job["spec"])
    assert job["spec"]["activeDeadlineSeconds"] == 3600  # migrationDeadlineSeconds' default
    assert job["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] == 300
    assert env_of(container)["IMAGE_ID"] == spec_hash(IMAGE)
    # every long-running pod waits for this image's migration marker
    for component in COMPONENTS:
        init = deployment(production, component)["spec"]["template"]["spec"]["initContainers"]
        wait = next(c for c in init if c["name"] == "wait-ready")
        assert env_of(wait)["IMAGE_ID"] == spec_hash(IMAGE) and wait["args"] == ["bash", "-c", scripts.WAIT_READY]
    base, longer = render(SMALL), render(SMALL + "        migrationDeadlineSeconds: 14400\n")
    (migrate,), (before,) = jobs(longer, "migrate"), jobs(base, "migrate")
    assert migrate["spec"]["activeDeadlineSeconds"] == 14400
    assert env_of(main_container(migrate))["IMAGE_ID"] == env_of(main_container(before))["IMAGE_ID"]  # one image
    # the new pods wait, and their rollout is not stalled, as long as the longer migration may take
    def waits(objects) -> tuple[int, int]:
        gunicorn = deployment(objects, "gunicorn", "erp")["spec"]
        wait = next(c for c in gunicorn["template"]["spec"]["initContainers"] if c["name"] == "wait-ready")
        return int(env_of(wait)["WAIT_SECONDS"]), gunicorn["progressDeadlineSeconds"]

    assert [x - y for x, y in zip(waits(longer), waits(base))] == [14400 - 3600] * 2


def test_jobs_are_bounded_have_no_ttl_and_are_never_replaced_by_argo_cd(production):
    for job in jobs(production, "configure") + jobs(production, "migrate"):
        spec = job["spec"]
        assert "ttlSecondsAfterFinished" not in spec
        assert 0 < spec["backoffLimit"] <= 3 and 0 < spec["activeDeadlineSeconds"] <= 3600
        assert spec["template"]["spec"]["restartPolicy"] == "Never"
        # Force/Replace would delete and re-create, so re-run, the Job at every sync (frappe_k8s.sync)
        assert "argocd.argoproj.io/sync-options" not in job["metadata"]["annotations"]
        assert job["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/force"] == "enabled"


def _job_names(objects) -> dict[str, str]:
    return {task: jobs(objects, task)[0]["metadata"]["name"] for task in ("configure", "migrate")}


def test_job_names_follow_their_whole_spec():
    """A Job runs once per change of its spec: the name is the hash of the spec as rendered, so a changed Job is a
    new one and an unchanged one is never touched (Argo CD cannot change a Job under its name, frappe_k8s.sync)."""
    base = _job_names(render(SMALL))
    assert base == _job_names(render(SMALL))  # changing nothing changes nothing
    new_image = _job_names(render(SMALL + "        image: {tag: v15.42.0}\n"))
    assert new_image["configure"] != base["configure"] and new_image["migrate"] != base["migrate"]
    new_config = _job_names(render(SMALL + "        benchId: other\n"))
    assert new_config["configure"] != base["configure"] and new_config["migrate"] == base["migrate"]
    assert _job_names(render(SMALL + "        gunicorn: {replicas: 3}\n")) == base
    assert _job_names(render(SMALL + "        waitTimeoutSeconds: 900\n"))["migrate"] != base["migrate"]
    labelled = render(SMALL.replace("defaults: {storageClass: cephfs}",
                                    "defaults: {storageClass: cephfs, labels: {team: erp}}"))
    assert _job_names(labelled) == base  # platform labels stay off Job pod templates: no Job runs again for them
    for job in jobs(labelled, "configure") + jobs(labelled, "migrate"):
        assert job["metadata"]["labels"]["team"] == "erp" and "team" not in job["spec"]["template"]["metadata"]["labels"]
        assert job["metadata"]["name"].endswith("-" + spec_hash(job["spec"]))


def test_argo_cd_sync_waves_order_base_then_configure_then_migrate_then_workloads(production):
    waves = {}
    for (kind, name), obj in production.items():
        waves.setdefault(obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"], set()).add(kind)
    assert waves["0"] >= {"StatefulSet", "MariaDB", "Service", "NetworkPolicy", "ServiceAccount"}
    assert waves["1"] == {"PersistentVolumeClaim", "Job"}
    assert waves["2"] == {"Job"}
    assert waves["3"] >= {"Deployment", "ScaledObject", "PodDisruptionBudget"}
    assert max(waves) == "3"  # the workloads last: a bench's sync waits for its Jobs, never for a rollout


# --- placement, scaling ------------------------------------------------------------------------------

def test_read_write_once_bench_pins_every_sites_pod_to_one_node(dev):
    claim = dev["PersistentVolumeClaim", "dev-bench-sites"]
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"] and claim["spec"]["storageClassName"] == "ceph-block"
    workloads = [o for (kind, _), o in dev.items() if kind in ("Deployment", "Job")]
    assert len(workloads) == 8
    for workload in workloads:
        template = workload["spec"]["template"]
        assert template["metadata"]["labels"]["frappe-k8s.io/sites-volume"] == "dev-bench-sites"
        assert template["spec"]["affinity"] == {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{
            "labelSelector": {"matchLabels": {"frappe-k8s.io/sites-volume": "dev-bench-sites"}},
            "topologyKey": "kubernetes.io/hostname"}]}}
        assert "topologySpreadConstraints" not in template["spec"]


def test_read_write_many_bench_spreads_multi_replica_components(production):
    gunicorn = deployment(production, "gunicorn")["spec"]["template"]["spec"]
    assert "affinity" not in gunicorn
    assert gunicorn["topologySpreadConstraints"][0]["topologyKey"] == "kubernetes.io/hostname"
    assert "topologySpreadConstraints" not in deployment(production, "scheduler")["spec"]["template"]["spec"]


def test_keda_scales_workers_on_the_real_rq_list_keys(production):
    def frappe_bench_id(bench_path: str, conf: dict) -> str:
        # frappe.utils.background_jobs.get_bench_id: conf.bench_id, else the bench path with '/' -> '-'
        return conf.get("bench_id", bench_path.strip("/").replace("/", "-"))

    expected_prefix = "rq:queue:" + frappe_bench_id(BENCH, {}) + ":"
    assert expected_prefix == "rq:queue:home-frappe-frappe-bench:"
    for worker, queues, high in (("short", ["short", "default"], 10), ("long", ["long", "default", "short"], 5)):
        scaled = production["ScaledObject", f"production-bench-worker-{worker}"]["spec"]
        assert scaled["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                            "name": f"production-bench-worker-{worker}"}
        assert (scaled["minReplicaCount"], scaled["maxReplicaCount"]) == (0, high)
        assert [t["metadata"]["listName"] for t in scaled["triggers"]] == [expected_prefix + q for q in queues]
        assert {t["type"] for t in scaled["triggers"]} == {"redis"}
        assert {t["metadata"]["address"] for t in scaled["triggers"]} == {
            "production-bench-redis-queue.frappe.svc.cluster.local:6379"}
        assert "replicas" not in deployment(production, f"worker-{worker}")["spec"]  # KEDA owns it


def test_hpa_owns_replicas_when_autoscaling_is_on():
    objects = render(SMALL + "        gunicorn: {replicas: 2, autoscaling: {minReplicas: 2, maxReplicas: 6}}\n")
    hpa = objects["HorizontalPodAutoscaler", "erp-gunicorn"]["spec"]
    assert hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "erp-gunicorn"}
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 6)
    assert hpa["metrics"] == [{"type": "Resource", "resource": {"name": "cpu", "target": {
        "type": "Utilization", "averageUtilization": 75}}}]
    assert "replicas" not in deployment(objects, "gunicorn", "erp")["spec"]
    assert objects["PodDisruptionBudget", "erp-gunicorn"]["spec"]["maxUnavailable"] == 1
    assert ("PodDisruptionBudget", "erp-nginx") not in objects  # one replica: nothing to budget


# --- hardening -----------------------------------------------------------------------------------------

def pod_specs(objects):
    for (kind, name), obj in objects.items():
        if kind in ("Deployment", "StatefulSet", "Job"):
            yield name, obj["spec"]["template"]["spec"]


@pytest.mark.parametrize("bench", ["production", "dev"])
def test_pod_security_restricted_everywhere(bench, request):
    objects = request.getfixturevalue(bench)
    for name, pod in pod_specs(objects):
        security = pod["securityContext"]
        assert security["runAsNonRoot"] is True and security["seccompProfile"] == {"type": "RuntimeDefault"}, name
        assert security["runAsUser"] > 0 and security["fsGroup"] > 0, name
        assert pod["automountServiceAccountToken"] is False, name
        for container in pod.get("initContainers", []) + pod["containers"]:
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False and context["capabilities"] == {"drop": ["ALL"]}, name
            assert "privileged" not in context and "runAsUser" not in context, name
            resources = container["resources"]
            assert set(resources) == {"requests", "limits"} and set(resources["limits"]) == {"cpu", "memory"}, name


def test_frappe_pods_run_as_uid_1000_with_fsgroup_and_read_only_roots_where_they_work(production):
    for name, pod in pod_specs(production):
        if "redis" in name:
            continue
        assert {k: pod["securityContext"][k] for k in ("runAsUser", "runAsGroup", "fsGroup")} == {
            "runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 1000}, name
    read_only = {c: main_container(deployment(production, c))["securityContext"]["readOnlyRootFilesystem"]
                 for c in COMPONENTS}
    # bench (scheduler, workers) writes .bench.cmd into the bench folder; the web servers need no writes
    assert read_only == {"gunicorn": True, "nginx": True, "socketio": True, "scheduler": False,
                         "worker-short": False, "worker-long": False}
    for redis in ("redis-cache", "redis-queue"):
        assert main_container(production["StatefulSet", f"production-bench-{redis}"])["securityContext"][
            "readOnlyRootFilesystem"] is True


def test_probes_tcp_for_web_and_process_checks_for_background(production):
    for component, port in (("gunicorn", "http"), ("nginx", "http"), ("socketio", "http")):
        container = main_container(deployment(production, component))
        assert container["readinessProbe"]["tcpSocket"] == {"port": port}
        assert container["livenessProbe"]["tcpSocket"] == {"port": port}
    assert main_container(deployment(production, "gunicorn"))["startupProbe"]["failureThreshold"] == 60
    for component in ("scheduler", "worker-short", "worker-long"):
        container = main_container(deployment(production, component))
        command = container["livenessProbe"]["exec"]["command"]
        assert command[:2] == ["sh", "-c"] and "/proc/" in command[2]
        assert not re.search(r"mariadb|redis|wait-for-it|3306|6379", command[2])  # no restarts in an outage


def test_redis_cache_evicts_and_redis_queue_persists(production):
    cache = main_container(production["StatefulSet", "production-bench-redis-cache"])["args"]
    assert cache == ["redis-server", "--save", "", "--appendonly", "no", "--maxmemory", str(2**30),
                     "--maxmemory-policy", "allkeys-lru"]
    queue_set = production["StatefulSet", "production-bench-redis-queue"]
    assert main_container(queue_set)["args"] == ["redis-server", "--appendonly", "yes", "--appendfsync", "everysec",
                                                 "--maxmemory-policy", "noeviction"]
    (claim,) = queue_set["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["resources"]["requests"]["storage"] == "2Gi" and claim["spec"]["storageClassName"] == "ceph-block"
    assert queue_set["spec"]["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}


def test_network_policies_deny_by_default_and_open_only_the_frappe_paths(production):
    policies = {name.removeprefix("production-bench-"): o["spec"] for (kind, name), o in production.items()
                if kind == "NetworkPolicy"}
    assert set(policies) == {"deny-ingress", "allow-nginx", "allow-gunicorn", "allow-socketio", "allow-redis-cache",
                             "allow-redis-queue", "allow-mariadb"}
    assert policies["deny-ingress"] == {"podSelector": {"matchLabels": {
        "app.kubernetes.io/name": "frappe-bench", "app.kubernetes.io/instance": "production-bench"}},
        "policyTypes": ["Ingress"], "ingress": []}
    assert policies["allow-nginx"]["ingress"] == [{"from": [{"namespaceSelector": {"matchLabels": {
        "kubernetes.io/metadata.name": "kube-system"}}}], "ports": [{"protocol": "TCP", "port": 8080}]}]
    for component, port in (("gunicorn", 8000), ("socketio", 9000)):
        (rule,) = policies[f"allow-{component}"]["ingress"]
        assert rule["from"] == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "frappe-bench",
                                                                 "app.kubernetes.io/instance": "production-bench",
                                                                 "app.kubernetes.io/component": "nginx"}}}]
        assert rule["ports"] == [{"protocol": "TCP", "port": port}]
    queue_sources = policies["allow-redis-queue"]["ingress"][0]["from"]
    assert {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "keda"}}} in queue_sources
    assert len(policies["allow-redis-cache"]["ingress"][0]["from"]) == 1  # KEDA reads only the queue
    # The bench's own MariaDB: mariadb-operator v26.6.0 labels its pods with the MariaDB's selector labels
    # (pkg/builder/labels/labels.go WithMariaDBSelectorLabels: app.kubernetes.io/name: mariadb, instance: <MariaDB>)
    mariadb = production["MariaDB", "production-bench-mariadb"]["metadata"]["name"]
    assert policies["allow-mariadb"] == {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "mariadb", "app.kubernetes.io/instance": mariadb}},
        "policyTypes": ["Ingress"],
        "ingress": [{"from": [
            {"namespaceSelector": {}, "podSelector": {"matchExpressions": [
                {"key": "frappe-k8s.io/sites-volume", "operator": "Exists"}]}},  # Frappe pods of any bench
            {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "mariadb-operator"}}}],
            "ports": [{"protocol": "TCP", "port": 3306}]}]}
    frappe_pods = [o for (kind, _), o in production.items() if kind in ("Deployment", "Job")]
    assert frappe_pods and all("frappe-k8s.io/sites-volume" in o["spec"]["template"]["metadata"]["labels"]
                               for o in frappe_pods)  # every pod that talks to the database is let in
    # a bench without a MariaDB of its own has no policy for one; the operator's namespace is the bench's choice
    assert not [name for kind, name in render(SMALL + "        database: {external: {host: db.example}}\n")
                if kind == "NetworkPolicy" and name.endswith("mariadb")]
    moved = render(SMALL + "        networkPolicy: {mariadbOperatorNamespace: databases}\n")
    assert moved["NetworkPolicy", "erp-allow-mariadb"]["spec"]["ingress"][0]["from"][1] == {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "databases"}}}


def test_bench_database_is_an_operator_mariadb_with_utf8mb4_and_a_generated_root_password(production):
    mariadb = production["MariaDB", "production-bench-mariadb"]["spec"]
    assert mariadb["rootPasswordSecretKeyRef"] == {"name": "production-bench-mariadb-root", "key": "password",
                                                   "generate": True}
    assert "character-set-server=utf8mb4" in mariadb["myCnf"] and "collation-server=utf8mb4_unicode_ci" in mariadb["myCnf"]
    # the claim template carries the label the file-system volume policy skips: a live InnoDB copied file by file
    # is torn (the sites' dumps protect it), and the pods opt the volume out for Velero setups without policies
    assert mariadb["storage"] == {"size": "20Gi", "storageClassName": "ceph-block", "volumeClaimTemplate": {
        "metadata": {"labels": {"frappe-k8s.io/volume-backup": "no-file-copy"}}, "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "20Gi"}}, "storageClassName": "ceph-block"}}
    assert mariadb["podMetadata"] == {"annotations": {"backup.velero.io/backup-volumes-excludes": "storage"}}


def test_dev_bench_uses_the_referenced_mariadb(dev):
    assert not any(kind == "MariaDB" for kind, _ in dev)
    (job,) = jobs(dev, "configure")
    assert json.loads(env_of(main_container(job))["COMMON_SITE_CONFIG"])["db_host"] == \
        "production-bench-mariadb.frappe.svc.cluster.local"


def test_custom_resources_validate_against_their_crds(production):
    validator = Validator("1.33")
    kinds = {"ScaledObject", "MariaDB"}
    checked = [o for (kind, _), o in production.items() if kind in kinds]
    assert {o["kind"] for o in checked} == kinds
    assert [p for o in checked for p in validator.problems(o)] == []
    broken = json.loads(json.dumps(production["ScaledObject", "production-bench-worker-short"]))
    broken["spec"]["triggers"][0]["metadata"]["listLength"] = 5  # CRD: metadata values are strings
    assert list(validator.problems(broken))


def test_whole_bench_folders_validate_strictly(example_dist):
    validator = Validator("1.33")
    for folder in ("bench-production-bench", "bench-dev-bench"):
        objects = load_objects(example_dist / folder)
        assert [p for o in objects for p in validator.problems(o)] == []

"""The bench's Job and probe scripts, run for real with bash and jq against a throwaway bench folder.

The image's `bench` is a stub that records how it was called (tests/test_lifecycle.py runs the same scripts
against a Frappe double on real MariaDB and Redis); `sleep` polls faster; the scripts'
`cd /home/frappe/frappe-bench` is pointed at the temporary folder.
"""
import json
import os
import shutil
import socket
import subprocess
import time
import uuid

import pytest

from frappe_k8s.constructs import bench_scripts as scripts
from frappe_k8s.constructs.frappe_bench import MANAGED_CONFIG_KEYS

BENCH_CD = "cd /home/frappe/frappe-bench\n"
CONFIG = {"db_host": "db", "db_port": 3306, "db_type": "mariadb", "redis_cache": "redis://cache:6379",
          "redis_queue": "redis://queue:6379", "redis_socketio": "redis://queue:6379", "socketio_port": 9000}


@pytest.fixture
def bench(tmp_path):
    assert shutil.which("jq"), "jq is needed (Debian package jq); .ci/run installs it"
    root = tmp_path / "frappe-bench"
    for app in ("frappe", "erpnext"):
        (root / "apps" / app).mkdir(parents=True)
    (root / "sites").mkdir()
    stubs = tmp_path / "bin"
    stubs.mkdir()
    log = tmp_path / "bench.log"
    (stubs / "bench").write_text(f"""#!/bin/bash
echo "$*" >> {log}
if [ "$3" = migrate ] && [ "$2" = "${{FAIL_MIGRATE:-}}" ]; then exit 3; fi
if [ "$3" = migrate ] && [ "$2" = "${{SLOW_MIGRATE:-}}" ]; then exec {shutil.which('sleep')} 30; fi
""")
    (stubs / "sleep").write_text(f"#!/bin/bash\nexec {shutil.which('sleep')} 0.1\n")  # the waits poll faster
    for path in (stubs / "bench", stubs / "sleep"):
        path.chmod(0o755)
    return root, stubs, log


def run(script: str, bench, **env) -> subprocess.CompletedProcess:
    root, stubs, _ = bench
    assert BENCH_CD in script
    full_env = {"PATH": f"{stubs}:{os.environ['PATH']}", "WAIT_SECONDS": "2", **env}
    return subprocess.run(["bash", "-c", script.replace(BENCH_CD, f"cd {root}\n")], env=full_env,
                          capture_output=True, text=True, timeout=60)


def configure_env(port: int, config: dict = CONFIG) -> dict:
    return {"WAIT_FOR": " ".join(f"{n}=127.0.0.1:{port}" for n in ("database", "redis-cache", "redis-queue")),
            "EXPECTED_APPS": "frappe erpnext",
            "COMMON_SITE_CONFIG": json.dumps(config), "MANAGED_KEYS": json.dumps(list(MANAGED_CONFIG_KEYS))}


def test_configure_writes_apps_and_only_its_own_keys(bench, listening):
    root = bench[0]
    config_file = root / "sites" / "common_site_config.json"
    config_file.write_text(json.dumps({"maintenance_mode": 0, "bench_id": "stale", "db_host": "old"}))
    for _ in range(2):  # idempotent
        result = run(scripts.CONFIGURE, bench, **configure_env(listening))
        assert result.returncode == 0, result.stderr
        assert json.loads(config_file.read_text()) == {"maintenance_mode": 0, **CONFIG}
    assert (root / "sites" / "apps.txt").read_text() == "erpnext\nfrappe\n"
    assert "database at 127.0.0.1" in result.stdout


def test_configure_refuses_an_image_without_a_declared_app(bench, listening):
    env = configure_env(listening)
    env["EXPECTED_APPS"] = "frappe erpnext hrms"
    result = run(scripts.CONFIGURE, bench, **env)
    assert result.returncode == 1
    assert "FAIL: the image has no app 'hrms' (it has: erpnext frappe)" in result.stderr
    assert not (bench[0] / "sites" / "apps.txt").exists()


def test_configure_fails_when_the_database_never_answers(bench, listening):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    env = configure_env(listening)
    env["WAIT_FOR"] = f"database=127.0.0.1:{port}"
    start = time.monotonic()
    result = run(scripts.CONFIGURE, bench, **env)
    assert result.returncode == 1 and f"FAIL: database at 127.0.0.1:{port} is not reachable after 2s" in result.stderr
    assert time.monotonic() - start < 20
    assert not (bench[0] / "sites" / "common_site_config.json").exists()


def write_config(root):
    (root / "sites" / "common_site_config.json").write_text(json.dumps(CONFIG))


def add_sites(root, *names, created=True):
    """Site folders as Frappe leaves them; `created`: with the marker the create Job writes after new-site."""
    for name in names:
        (root / "sites" / name).mkdir()
        (root / "sites" / name / "site_config.json").write_text("{}")
        if created:
            (root / scripts.CREATED_MARKER_DIR).mkdir(parents=True, exist_ok=True)
            (root / scripts.CREATED_MARKER_DIR / name).write_text("2024-01-01T00:00:00Z")


def around(site: str, *middle: str) -> list[str]:
    """One site's calls: maintenance on, what runs while it is on, maintenance off."""
    return [f"--site {site} set-maintenance-mode on", *(f"--site {site} {m}" for m in middle),
            f"--site {site} set-maintenance-mode off"]


def test_migrate_without_created_sites_only_leaves_the_marker(bench):
    root, _, log = bench
    write_config(root)
    add_sites(root, "half.example.com", created=False)  # Frappe wrote its config; its create never ended
    result = run(scripts.MIGRATE, bench, IMAGE_ID="abc12345")
    assert result.returncode == 0, result.stderr
    assert "migrated [] failed []" in result.stdout and not log.exists()
    assert (root / scripts.MIGRATED_MARKER_DIR / "abc12345").exists()


def test_migrate_goes_site_by_site_with_maintenance_around_each_and_runs_once_per_image(bench):
    root, _, log = bench
    write_config(root)
    add_sites(root, "a.example.com", "b.example.com")
    add_sites(root, "half.example.com", created=False)
    result = run(scripts.MIGRATE, bench, IMAGE_ID="abc12345")
    assert result.returncode == 0, result.stderr
    # `--site all migrate` would stop at the first failing site with the others in maintenance; a half-created site
    # is no site to migrate
    assert log.read_text().splitlines() == around("a.example.com", "migrate") + around("b.example.com", "migrate")
    assert "migrated [a.example.com b.example.com] failed []" in result.stdout
    assert "assets_json" not in scripts.MIGRATE  # the new image's gunicorn pods publish the asset map (WAIT_READY)
    log.unlink()
    again = run(scripts.MIGRATE, bench, IMAGE_ID="abc12345")  # a re-created Job for a migrated image
    assert again.returncode == 0 and "image abc12345 is migrated already" in again.stdout and not log.exists()


def test_a_failing_site_stays_in_maintenance_the_others_migrate_and_the_retry_takes_only_it(bench):
    root, _, log = bench
    write_config(root)
    add_sites(root, "a.example.com", "b.example.com")
    result = run(scripts.MIGRATE, bench, IMAGE_ID="abc12345", FAIL_MIGRATE="a.example.com")
    assert result.returncode == 1
    assert log.read_text().splitlines() == around("a.example.com", "migrate")[:2] + around("b.example.com", "migrate")
    assert "FAIL: 1 site(s) failed to migrate: a.example.com" in result.stderr
    assert (root / scripts.MIGRATED_MARKER_DIR / "abc12345").exists()  # b is served by the new image's pods
    log.unlink()
    retry = run(scripts.MIGRATE, bench, IMAGE_ID="abc12345")
    assert retry.returncode == 0 and log.read_text().splitlines() == around("a.example.com", "migrate")


def test_a_stopped_migration_leaves_only_the_site_it_was_on_in_maintenance(bench):
    """The Job's deadline or an eviction sends SIGTERM to bash, which runs as PID 1 in the pod."""
    root, stubs, log = bench
    write_config(root)
    add_sites(root, "a.example.com", "b.example.com")
    script = scripts.MIGRATE.replace(BENCH_CD, f"cd {root}\n")
    env = {"PATH": f"{stubs}:{os.environ['PATH']}", "WAIT_SECONDS": "2", "IMAGE_ID": "abc12345",
           "SLOW_MIGRATE": "b.example.com"}
    job = subprocess.Popen(["bash", "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while "--site b.example.com migrate" not in (log.read_text() if log.exists() else "") and time.monotonic() < deadline:
        time.sleep(0.05)
    job.terminate()
    _, stderr = job.communicate(timeout=20)
    assert job.returncode == 143 and "stopped while migrating b.example.com; it stays in maintenance mode" in stderr
    assert log.read_text().splitlines() == around("a.example.com", "migrate") + around("b.example.com", "migrate")[:2]
    assert not (root / scripts.MIGRATED_MARKER_DIR / "abc12345").exists()  # the new image's pods keep waiting
    assert (root / scripts.MIGRATED_MARKER_DIR / "abc12345.sites" / "a.example.com").exists()  # not migrated twice


def test_wait_ready_waits_for_config_and_this_images_migration(bench):
    root = bench[0]
    result = run(scripts.WAIT_READY, bench, IMAGE_ID="abc12345", WAIT_SECONDS="1")
    assert result.returncode == 1 and "no db_host, redis_cache and redis_queue" in result.stderr
    write_config(root)
    result = run(scripts.WAIT_READY, bench, IMAGE_ID="abc12345", WAIT_SECONDS="1")
    assert result.returncode == 1 and "no migration for image abc12345" in result.stderr
    (root / scripts.MIGRATED_MARKER_DIR).mkdir(parents=True)
    (root / scripts.MIGRATED_MARKER_DIR / "abc12345").touch()
    result = run(scripts.WAIT_READY, bench, IMAGE_ID="abc12345", WAIT_SECONDS="1")
    assert result.returncode == 0, result.stderr


def test_process_check_sees_the_process_and_never_itself():
    pattern = f"frappe-k8s-probe-{uuid.uuid4().hex[:8]} --queue"
    probe = scripts.process_check(pattern)
    assert subprocess.run(probe).returncode == 1  # not running yet, and the probe does not match itself
    worker = subprocess.Popen(["bash", "-c", f'exec -a "python -m frappe.utils.bench_helper {pattern} short" sleep 30'])
    try:
        time.sleep(0.2)
        assert subprocess.run(probe).returncode == 0
    finally:
        worker.kill()
        worker.wait()
    assert subprocess.run(probe).returncode == 1

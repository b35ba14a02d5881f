"""The site and bench Job scripts through Frappe's lifecycle, against a real MariaDB, Redis and restic.

`bench` is tests/frappe_double.py: Frappe's commands in Frappe's order of effects (each cited there), doing
their database work for real with the mariadb clients. The servers start once per session (conftest.py);
every test works on sites and databases of its own. Failure scenarios are injected into the double.
"""
from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from frappe_k8s.constructs import bench_scripts, site_scripts
from frappe_k8s.model.site import SITE_PRIVILEGES

BENCH_CD = "cd /home/frappe/frappe-bench\n"
DOUBLE = Path(__file__).with_name("frappe_double.py")


class Bench:
    """A bench folder on the real servers: apps, sites/common_site_config.json, `bench` = the double."""

    def __init__(self, root: Path, mariadb: dict, redis: dict):
        self.root, self.mariadb, self.redis = root, mariadb, redis
        self.sites, self.bin, self.log = root / "sites", root.parent / "bin", root.parent / "bench.jsonl"
        for folder in (self.sites, self.bin, root / "apps" / "frappe", root / "apps" / "erpnext", root / "env" / "bin"):
            folder.mkdir(parents=True, exist_ok=True)
        (self.bin / "bench").write_text(f"#!{sys.executable}\n" + DOUBLE.read_text())
        (self.bin / "bench").chmod(0o755)
        (self.bin / "sleep").write_text(f"#!/bin/bash\nexec {shutil.which('sleep')} 0.2\n")
        (self.bin / "sleep").chmod(0o755)
        python = root / "env" / "bin" / "python"  # the test's Python has redis-py, as the image's env has
        python.write_text(f"#!/bin/bash\nexec {sys.executable} \"$@\"\n")
        python.chmod(0o755)
        (self.sites / "common_site_config.json").write_text(json.dumps({
            "db_host": mariadb["host"], "db_port": mariadb["port"], "redis_cache": redis["url"],
            "redis_queue": redis["url"], "rds_db": 1}))

    def env(self, **extra: str) -> dict:
        return {"PATH": f"{self.bin}:{os.environ['PATH']}", "HOME": str(self.root.parent), "WAIT_SECONDS": "20",
                "DOUBLE_LOG": str(self.log), **extra}

    def start(self, script: str, **env: str) -> subprocess.Popen:
        assert BENCH_CD in script
        return subprocess.Popen(["bash", "-c", script.replace(BENCH_CD, f"cd {self.root}\n")], env=self.env(**env),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, script: str, **env: str) -> subprocess.CompletedProcess:
        job = self.start(script, **env)
        stdout, stderr = job.communicate(timeout=120)
        return subprocess.CompletedProcess(job.args, job.returncode, stdout, stderr)

    def calls(self) -> list[list[str]]:
        return [json.loads(line)["argv"] for line in self.log.read_text().splitlines()] if self.log.exists() else []

    def config(self, site: str) -> dict:
        return json.loads((self.sites / site / "site_config.json").read_text())

    def created(self, site: str) -> bool:
        return (self.root / bench_scripts.CREATED_MARKER_DIR / site).is_file()

    def sql(self, statement: str, database: str | None = None) -> str:
        argv = ["mariadb", f"--host={self.mariadb['host']}", f"--port={self.mariadb['port']}", "--user=root",
                "--batch", "--skip-column-names", f"--execute={statement}", *([database] if database else [])]
        return subprocess.run(argv, env={**os.environ, "MYSQL_PWD": self.mariadb["root_password"]}, check=True,
                              capture_output=True, text=True).stdout


@pytest.fixture
def bench(tmp_path, mariadb_server, redis_server) -> Bench:
    return Bench(tmp_path / "frappe-bench", mariadb_server, redis_server)


def new_name() -> tuple[str, str]:
    """A site and its database, unique on the shared server."""
    token = uuid.uuid4().hex[:8]
    return f"s{token}.example.com", f"_{token}"


def create_env(bench: Bench, site: str, db: str, *, operator: bool = False, **extra: str) -> dict:
    env = {"SITE": site, "DB_TYPE": "mariadb", "DB_NAME": db, "DB_HOST": bench.mariadb["host"],
           "DB_PORT": str(bench.mariadb["port"]), "DB_PASSWORD": f"pw-{db}", "ADMIN_PASSWORD": "admin",
           "INSTALL_APPS": "erpnext", "WAIT_FOR": f"database=127.0.0.1:{bench.mariadb['port']}",
           "SITE_CONFIG": json.dumps({"host_name": f"https://{site}", "max_file_size": 26214400}),
           "SITE_CONFIG_FROM_ENV": json.dumps({"mail_password": "SITE_CONFIG_REF_0"}),
           "SITE_CONFIG_REF_0": "smtp-secret"}
    if operator:
        env["DB_SETUP"] = "operator"
    else:
        env.update({"DB_SETUP": "root", "DB_ROOT_USERNAME": "root", "DB_ROOT_PASSWORD": bench.mariadb["root_password"]})
    return {**env, **extra}


def prepare_operator_database(bench: Bench, db: str) -> None:
    """What mariadb-operator's Database, User and Grant of the site make (FrappeSite._sql_objects)."""
    bench.sql(f"CREATE DATABASE `{db}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
              f" CREATE USER '{db}'@'%' IDENTIFIED BY 'pw-{db}'; GRANT {', '.join(SITE_PRIVILEGES)} ON `{db}`.* TO '{db}'@'%'")


def create(bench: Bench, **extra: str) -> str:
    site, db = new_name()
    result = bench.run(site_scripts.CREATE_SITE, **create_env(bench, site, db, **extra))
    assert result.returncode == 0, result.stderr
    return site


def installed(bench: Bench, site: str) -> list[str]:
    db = bench.config(site)["db_name"]
    return bench.sql("SELECT app_name FROM `tabInstalled Application` ORDER BY idx", db).split()


# --- creation ----------------------------------------------------------------------------------------------

def test_create_makes_the_site_marks_it_and_writes_its_site_config(bench):
    site = create(bench)
    assert bench.created(site) and installed(bench, site) == ["frappe", "erpnext"]
    config = bench.config(site)
    assert config["host_name"] == f"https://{site}" and config["max_file_size"] == 26214400
    assert config["mail_password"] == "smtp-secret"
    user = config["db_name"]
    grants = bench.sql(f"SHOW GRANTS FOR '{user}'@'%'")  # rds_db: Frappe's own list, no ALL, no GRANT OPTION
    assert "LOCK TABLES" in grants and "ALL PRIVILEGES" not in grants and "GRANT OPTION" not in grants


def test_a_siteconfig_key_removed_is_removed_and_hand_set_keys_stay(bench):
    site, db = new_name()
    env = create_env(bench, site, db)
    assert bench.run(site_scripts.CREATE_SITE, **env).returncode == 0
    assert bench.run("cd /home/frappe/frappe-bench\nbench --site \"$SITE\" set-config developer_mode 1\n".replace(
        "cd /home/frappe/frappe-bench\n", BENCH_CD), SITE=site).returncode == 0
    env["SITE_CONFIG"] = json.dumps({"host_name": f"https://{site}"})
    result = bench.run(site_scripts.CREATE_SITE, **env)
    assert result.returncode == 0, result.stderr
    config = bench.config(site)
    assert "max_file_size" not in config and config["developer_mode"] == 1 and config["host_name"] == f"https://{site}"
    assert "removed: max_file_size" in result.stdout


@pytest.mark.parametrize("operator", [False, True], ids=["root", "operator"])
def test_a_create_killed_after_site_config_is_written_is_never_reported_created_and_the_retry_finishes_it(
        bench, operator):
    site, db = new_name()
    if operator:
        prepare_operator_database(bench, db)
    env = create_env(bench, site, db, operator=operator)
    killed = bench.run(site_scripts.CREATE_SITE, **env, DOUBLE_KILL="new-site:install:erpnext")
    assert killed.returncode != 0
    assert (bench.sites / site / "site_config.json").exists() and not bench.created(site)  # Frappe wrote it first
    # nothing treats the half site as a site: the backup Job refuses it, the migration skips it
    backup = bench.run(site_scripts.BACKUP_SITE, SITE=site, BACKUP_DIR=str(bench.root.parent / "backups"),
                       WITH_FILES="false", KEEP_LAST="3", MAX_AGE_DAYS="30")
    assert backup.returncode == 1 and "is not created on this bench" in backup.stderr
    migrate = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img1")
    assert migrate.returncode == 0 and ["--site", site, "migrate"] not in bench.calls()
    retry = bench.run(site_scripts.CREATE_SITE, **env)
    assert retry.returncode == 0, retry.stderr
    assert f"created site {site}" in retry.stdout and bench.created(site)
    assert installed(bench, site) == ["frappe", "erpnext"]
    [leftover] = (bench.root / bench_scripts.STATE_DIR / "failed").iterdir()
    assert leftover.name.startswith(site)


def test_the_operator_retry_without_emptying_the_database_fails_as_frappe_does(bench):
    """Negative control: the leftover rows of the killed attempt break a plain retry (duplicate Module Def)."""
    site, db = new_name()
    prepare_operator_database(bench, db)
    env = create_env(bench, site, db, operator=True)
    assert bench.run(site_scripts.CREATE_SITE, **env, DOUBLE_KILL="new-site:install:erpnext").returncode != 0
    without_emptying = site_scripts.CREATE_SITE.replace('[ "${retry}" = false ] || empty_database', "true")
    assert without_emptying != site_scripts.CREATE_SITE
    result = bench.run(without_emptying, **env)
    assert result.returncode != 0 and "Duplicate entry" in result.stderr and not bench.created(site)


def test_a_site_created_before_markers_is_adopted_only_with_every_app(bench):
    site = create(bench)
    marker = bench.root / bench_scripts.CREATED_MARKER_DIR / site
    marker.unlink()  # as an earlier frappe-k8s left it
    result = bench.run(site_scripts.CREATE_SITE, **create_env(bench, site, bench.config(site)["db_name"]))
    assert result.returncode == 0 and f"adopted site {site}" in result.stdout and marker.exists()
    assert sum(call[:1] == ["new-site"] and call[1] == site for call in bench.calls()) == 1


@pytest.mark.parametrize("locked", [True, False], ids=["with-lock", "without"])
def test_a_second_create_job_waits_for_a_running_one_and_never_moves_its_folder(bench, locked):
    """Argo CD or Flux replace a create Job whose spec changed while the old pod still runs (bash as PID 1 ignores
    SIGTERM until the grace period ends). Negative control: without the lock the new Job takes the running
    attempt for a failed one and moves its folder aside."""
    site, db = new_name()
    env = create_env(bench, site, db)
    script = site_scripts.CREATE_SITE if locked else site_scripts.CREATE_SITE.replace(
        site_scripts._ONE_CREATE_AT_A_TIME, "")
    first = bench.start(script, **env, DOUBLE_SLOW="new-site:install:erpnext", DOUBLE_SLOW_SECONDS="2")
    deadline = time.monotonic() + 30
    while not (bench.sites / site / "site_config.json").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = bench.start(script, **env)
    out, err = second.communicate(timeout=60)
    first.communicate(timeout=60)
    moved = (bench.root / bench_scripts.STATE_DIR / "failed").exists()
    if locked:
        assert first.returncode == second.returncode == 0, err
        assert f"site {site} exists: nothing to create" in out and not moved
        assert sum(call[:2] == ["new-site", site] for call in bench.calls()) == 1
        assert bench.created(site) and installed(bench, site) == ["frappe", "erpnext"]
    else:
        assert "moved the folder of an earlier failed attempt" in out and moved


@pytest.mark.parametrize("guarded", [True, False], ids=["guarded", "without"])
def test_an_operator_create_on_a_frappe_without_no_setup_db_fails_before_touching_anything(bench, guarded):
    """Frappe 15 before frappe/frappe#27626 has no `new-site --no-setup-db`. Negative control: without the check
    the script leaves its attempt marker and fails inside bench with click's own error."""
    site, db = new_name()
    prepare_operator_database(bench, db)
    script = site_scripts.CREATE_SITE
    if not guarded:
        start = script.index('if [ "${DB_SETUP}" = operator ] && [[ "${help}" != *--no-setup-db* ]]')
        script = script[:start] + script[script.index("retry=false"):]
    result = bench.run(script, **create_env(bench, site, db, operator=True), DOUBLE_BEFORE_SETUP_DB="1")
    attempt = bench.root / bench_scripts.STATE_DIR / "creating" / site
    if guarded:
        assert result.returncode == 1 and "has no 'bench new-site --no-setup-db'" in result.stderr
        assert not (bench.sites / site).exists() and not attempt.exists()
    else:
        assert result.returncode == 2 and "No such option: --no-setup-db" in result.stderr and attempt.exists()
    assert not bench.created(site)


@pytest.mark.parametrize("installing", [True, False], ids=["install-running", "without"])
def test_a_site_with_an_install_running_is_no_site_to_back_up_or_migrate(bench, installing):
    """Frappe before version-15 holds sites/<site>/locks/installing.lock through an install (new-site, reinstall,
    restore: frappe/installer.py _new_site, version-14) and leaves it when one fails. Negative control: without
    the lock file the same site is backed up and migrated."""
    site = create(bench)
    lock = bench.sites / site / "locks" / "installing.lock"
    if installing:
        lock.touch()
    backup_job = bench.run(site_scripts.BACKUP_SITE, SITE=site, BACKUP_DIR=str(bench.root.parent / "backups"),
                           WITH_FILES="false", KEEP_LAST="3", MAX_AGE_DAYS="30")
    migrate = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img7", DOUBLE_VERSION="v7")
    assert migrate.returncode == 0, migrate.stderr
    if installing:
        assert backup_job.returncode == 1 and "or an install runs in it" in backup_job.stderr
        assert patches(bench, site) == [] and f"migrated [] failed []" in migrate.stdout
    else:
        assert backup_job.returncode == 0, backup_job.stderr
        assert patches(bench, site) == ["v7"] and f"migrated [{site}]" in migrate.stdout


# --- restore -----------------------------------------------------------------------------------------------

def backup(bench: Bench, site: str) -> str:
    """The site's backup onto the backup volume; returns its folder `<site>/<stamp>`."""
    backups = bench.root.parent / "backups"
    result = bench.run(site_scripts.BACKUP_SITE, SITE=site, BACKUP_DIR=str(backups), WITH_FILES="true",
                       KEEP_LAST="3", MAX_AGE_DAYS="30")
    assert result.returncode == 0, result.stderr
    [stamp] = [p.name for p in (backups / site).iterdir()]
    return f"{site}/{stamp}"


def restore_env(bench: Bench, site: str, folder: str) -> dict:
    return {"SITE": site, "BACKUP_DIR": str(bench.root.parent / "backups"), "BACKUP": folder,
            "RESTORE_ID": uuid.uuid4().hex[:8], "WITH_FILES": "true", "DB_CONSOLE": "mariadb"}


def secret(bench: Bench, site: str, method: str, *args: str) -> subprocess.CompletedProcess:
    script = BENCH_CD + 'bench --site "$SITE" execute "$METHOD" --args "$ARGS"\n'
    return bench.run(script, SITE=site, METHOD=f"frappe.utils.password.{method}", ARGS=json.dumps(list(args)))


@pytest.mark.parametrize("keep_config", [True, False], ids=["with-site-config-backup", "without"])
def test_a_disaster_recovery_restore_keeps_the_old_encryption_key(bench, keep_config):
    old = create(bench)
    assert secret(bench, old, "set_encrypted_password", "smtp", "s3cret").returncode == 0
    folder = backup(bench, old)
    if not keep_config:  # negative control: a backup without its site config cannot bring the key back
        for config in (bench.root.parent / "backups" / folder).glob("*-site_config_backup.json"):
            config.unlink()
    new = create(bench)  # the site rebuilt in another cluster: a new database and a new key (none yet)
    result = bench.run(site_scripts.RESTORE_SITE, **restore_env(bench, new, folder))
    assert result.returncode == 0, result.stderr
    read = secret(bench, new, "get_decrypted_password", "smtp")
    if keep_config:
        assert read.returncode == 0 and read.stdout.strip() == "s3cret"
        assert bench.config(new)["encryption_key"] == bench.config(old)["encryption_key"]
        assert bench.config(new)["db_name"] != bench.config(old)["db_name"]  # only the key is taken over
    else:
        assert read.returncode == 1 and "Encryption key is invalid" in read.stderr
        assert "has no site_config_backup.json" in result.stderr


def test_a_restore_started_while_the_create_runs_waits_for_it(bench):
    source = create(bench)
    folder = backup(bench, source)
    site, db = new_name()
    creating = bench.start(site_scripts.CREATE_SITE, **create_env(bench, site, db), DOUBLE_SLOW="new-site:install:erpnext",
                           DOUBLE_SLOW_SECONDS="2")
    deadline = time.monotonic() + 30
    while not (bench.sites / site / "site_config.json").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    restoring = bench.start(site_scripts.RESTORE_SITE, **restore_env(bench, site, folder))
    assert creating.wait(timeout=60) == 0
    out, err = restoring.communicate(timeout=60)
    assert restoring.returncode == 0, err
    calls = bench.calls()
    new_site = calls.index(next(c for c in calls if c[:2] == ["new-site", site]))
    console = calls.index(["--site", site, "mariadb"])
    assert new_site < console and bench.created(site)
    assert installed(bench, site) == ["frappe", "erpnext"]  # the restored dump, complete


# --- upgrades ----------------------------------------------------------------------------------------------

def maintenance(bench: Bench, site: str) -> int:
    return bench.config(site).get("maintenance_mode", 0)


def patches(bench: Bench, site: str) -> list[str]:
    return bench.sql("SELECT patch FROM `tabPatch Log`", bench.config(site)["db_name"]).split()


def test_one_failing_migration_leaves_the_other_sites_up_names_it_and_a_retry_migrates_only_it(bench):
    first, failing, last = sorted(create(bench) for _ in range(3))
    result = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img2", DOUBLE_VERSION="v2", DOUBLE_FAIL=f"migrate:{failing}")
    assert result.returncode == 1
    assert f"FAIL: the migration of {failing} failed" in result.stderr and failing in result.stderr.splitlines()[-1]
    assert [maintenance(bench, s) for s in (first, failing, last)] == [0, 1, 0]
    assert patches(bench, first) == patches(bench, last) == ["v2"] and patches(bench, failing) == []
    assert (bench.root / bench_scripts.MIGRATED_MARKER_DIR / "img2").exists()  # the new image's pods may start
    before = len(bench.calls())
    retry = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img2", DOUBLE_VERSION="v2")
    assert retry.returncode == 0, retry.stderr
    assert [c for c in bench.calls()[before:] if c[2:3] == ["migrate"]] == [["--site", failing, "migrate"]]
    assert maintenance(bench, failing) == 0 and patches(bench, failing) == ["v2"]


def test_an_upgrade_skips_a_deactivated_site_and_keeps_it_in_maintenance(bench):
    active, stopped = create(bench), create(bench)
    assert bench.run(site_scripts.DEACTIVATE_SITE, SITE=stopped).returncode == 0
    result = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img3", DOUBLE_VERSION="v3")
    assert result.returncode == 0, result.stderr
    assert maintenance(bench, stopped) == 1 and patches(bench, stopped) == []
    assert maintenance(bench, active) == 0 and patches(bench, active) == ["v3"]
    assert f"skipped, deactivated [{stopped}]" in result.stdout


@pytest.mark.parametrize("migrated", [True, False], ids=["migrated", "without"])
def test_a_site_present_again_after_an_upgrade_is_migrated_before_it_serves(bench, migrated):
    """Negative control: reactivated without a migration, the site would serve the new code on the old schema."""
    site, db = new_name()
    env = create_env(bench, site, db)
    assert bench.run(site_scripts.CREATE_SITE, **env).returncode == 0
    assert bench.run(site_scripts.DEACTIVATE_SITE, SITE=site).returncode == 0
    assert bench.run(bench_scripts.MIGRATE, IMAGE_ID="img6", DOUBLE_VERSION="v6").returncode == 0
    assert patches(bench, site) == []  # skipped while stopped
    script = site_scripts.CREATE_SITE if migrated else site_scripts.CREATE_SITE.replace(
        '    bench --site "${SITE}" migrate\n', "")
    result = bench.run(script, **env, DOUBLE_VERSION="v6")
    assert result.returncode == 0, result.stderr
    assert f"site {site} is active again" in result.stdout and maintenance(bench, site) == 0
    assert patches(bench, site) == (["v6"] if migrated else [])


def test_the_migration_needs_redis_cache_as_frappe_does(bench):
    site = create(bench)
    config = json.loads((bench.sites / "common_site_config.json").read_text())
    (bench.sites / "common_site_config.json").write_text(json.dumps({**config, "redis_cache": "redis://127.0.0.1:1"}))
    result = bench.run(bench_scripts.MIGRATE, IMAGE_ID="img4")
    assert result.returncode == 1 and maintenance(bench, site) == 1


# --- backups off the cluster with restic ---------------------------------------------------------------------

def test_a_backup_is_copied_into_a_restic_repository_per_site(bench, tmp_path):
    assert shutil.which("restic"), "restic is needed (Debian package restic)"
    site = create(bench)
    repository = tmp_path / "restic"
    env = {"SITE": site, "BACKUP_DIR": str(bench.root.parent / "backups"), "WITH_FILES": "true", "KEEP_LAST": "3",
           "MAX_AGE_DAYS": "30", "RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": "restic-pw",
           "RESTIC_KEEP_LAST": "1", "RESTIC_CACHE_DIR": str(tmp_path / "cache")}
    folders = bench.root.parent / "backups" / site
    for run in range(2):
        result = bench.run(site_scripts.BACKUP_SITE, **env)
        assert result.returncode == 0, result.stderr
        [newest] = [f for f in folders.iterdir() if f.name > f"{run:04d}"]
        newest.rename(folders / f"{run:04d}{newest.name[4:]}")  # as if taken on another day: names stay distinct
    listing = subprocess.run(["restic", "snapshots", "--json", "--no-cache"], capture_output=True, text=True, check=True,
                             env={**os.environ, "RESTIC_REPOSITORY": str(repository / site), "RESTIC_PASSWORD": "restic-pw"})
    snapshots = json.loads(listing.stdout)
    # RESTIC_KEEP_LAST 1 of 2 (every backup its own path): the older is forgotten; one repository per site
    assert len(snapshots) == 1 and {s["hostname"] for s in snapshots} == {site}
    [last] = re.findall(r"^backup (\S+):", result.stdout, re.M)  # the folder the second run wrote
    assert snapshots[0]["paths"] == [last] and last.startswith(str(folders) + "/")


# --- the asset map ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("publish", [True, False])
def test_gunicorn_pods_publish_their_images_asset_map_where_frappe_reads_it(bench, publish):
    import redis

    assets = bench.sites / "assets"
    assets.mkdir()
    (assets / "assets.json").write_text(json.dumps({"desk.bundle.js": "/assets/frappe/dist/js/desk.bundle.NEW.js"}))
    (assets / "assets-rtl.json").write_text(json.dumps({"rtl_desk.bundle.css": "/assets/rtl.NEW.css"}))
    (bench.root / bench_scripts.MIGRATED_MARKER_DIR).mkdir(parents=True)
    (bench.root / bench_scripts.MIGRATED_MARKER_DIR / "img5").touch()
    client = redis.Redis.from_url(bench.redis["url"])
    client.set("assets_json", pickle.dumps({"desk.bundle.js": "/assets/frappe/dist/js/desk.bundle.OLD.js"}))
    result = bench.run(bench_scripts.WAIT_READY, IMAGE_ID="img5", PUBLISH_ASSETS=str(publish).lower())
    assert result.returncode == 0, result.stderr
    # frappe.cache.get_value("assets_json", shared=True): the bare key, unpickled
    cached = pickle.loads(client.get("assets_json"))
    if publish:
        assert cached == {"desk.bundle.js": "/assets/frappe/dist/js/desk.bundle.NEW.js",
                          "rtl_desk.bundle.css": "/assets/rtl.NEW.css"}
    else:
        assert cached["desk.bundle.js"].endswith("OLD.js")

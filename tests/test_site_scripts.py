"""FrappeSite's Job scripts, run for real with bash against a throwaway bench folder.

`bench`, `mariadb` and `restic` are one Python stub (STUB below) that appends each call, argv exactly as
received, to a JSON-lines log and behaves like the real tool where the scripts depend on it: `bench` runs
from sites/ as Frappe's commands do (a relative path given to it would miss), `new-site` writes
site_config.json, `backup` writes Frappe-named files, `drop-site` moves the site folder into the archive
path, the consoles read stdin. Env vars STUB_* make them fail or answer differently.
`sleep` is shortened to 0.2 s so the waits give up after WAIT_SECONDS (2) instead of a whole sleep later.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from frappe_k8s.constructs.site_scripts import BACKUP_SITE, CREATE_SITE, DEACTIVATE_SITE, DROP_SITE, RESTORE_SITE

BENCH_CD = "cd /home/frappe/frappe-bench\n"
SITE = "site.example.com"
OTHER_SITE = "old.example.com"
DB_NAME, DB_HOST = "_5e1f2a", "mariadb.frappe.svc.cluster.local"
FAILED = 3  # the exit code of a stub told to fail
STAMP = re.compile(r"\d{8}T\d{6}Z")
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
CONFIG = {"db_host": "db", "redis_cache": "redis://cache:6379", "redis_queue": "redis://queue:6379"}

STUB = """\
import json, os, shutil, sys, time
from pathlib import Path

tool, args, env = Path(sys.argv[0]).name, sys.argv[1:], os.environ
FAILED = %(failed)d


def log(**extra):
    with open(env["STUB_LOG"], "a") as out:
        out.write(json.dumps({"tool": tool, "argv": args, **extra}) + "\\n")


def option(name):
    return args[args.index(name) + 1]


def new_site_help():
    lines = ["Usage: bench new-site [OPTIONS] SITE", "  --db-root-username TEXT", "  --no-mariadb-socket",
             "  --setup-db / --no-setup-db"]
    if env.get("STUB_SCOPE_FLAG"):
        lines.insert(2, "  --mariadb-user-host-login-scope TEXT")
    if not env.get("STUB_HELP_CHUNKED"):
        return print("\\n".join(lines))  # one write, as click prints a short help
    for line in lines:  # several writes, as a long help (over a pipe's buffer) or one with a warning first
        print(line, flush=True)
        time.sleep(0.3)


def frappe_backup(site):
    folder = Path(option("--backup-path"))
    prefix = "20240101_000000-" + site.replace(".", "_")
    (folder / f"{prefix}-database.sql.gz").write_bytes(b"dump")
    (folder / f"{prefix}-site_config_backup.json").write_text("{}")
    if "--with-files" in args:
        for kind in ("files", "private-files"):
            (folder / f"{prefix}-{kind}.tar").write_bytes(b"tar")


def frappe_drop_site(site):
    archive = Path(option("--archived-sites-path"))
    if not archive.is_dir():
        sys.exit("destination is not a directory or does not exist")
    target, count = archive / site, 1
    while target.exists():  # Frappe numbers the folder rather than overwrite one
        target, count = archive / f"{site}{count}", count + 1
    shutil.move(site, target)


def bench():
    if args == ["new-site", "--help"]:
        log()
        return new_site_help()
    site, command = (args[1], args[2]) if args[0] == "--site" else (args[1] if len(args) > 1 else None, args[0])
    if command in ("mariadb", "postgres"):
        log(stdin=sys.stdin.read())
    else:
        log()
    if command in env.get("STUB_FAIL_BENCH", "").split():
        sys.exit(FAILED)
    if command in env.get("STUB_SLOW_BENCH", "").split():
        time.sleep(30)
    os.chdir("sites")  # bench runs Frappe's commands from sites/
    if command == "new-site":
        Path(site).mkdir(exist_ok=True)
        Path(site, "site_config.json").write_text(json.dumps({"db_name": option("--db-name")}))
    elif command == "list-apps":
        print(json.dumps({site: ["frappe", "erpnext", "hrms"]}))
    elif command == "backup":
        frappe_backup(site)
    elif command == "drop-site":
        frappe_drop_site(site)


def mariadb():
    earlier = Path(env["STUB_LOG"]).read_text().splitlines() if Path(env["STUB_LOG"]).exists() else []
    attempts = sum(json.loads(line)["tool"] == "mariadb" for line in earlier)
    log(pwd=env.get("MYSQL_PWD"))
    sys.exit(FAILED if attempts < int(env.get("STUB_LOGIN_REFUSALS", "0")) else 0)


def restic():
    log(repository=env.get("RESTIC_REPOSITORY"))
    sys.exit(FAILED if args == ["cat", "config"] and env.get("STUB_RESTIC_EMPTY") else 0)


{"bench": bench, "mariadb": mariadb, "restic": restic}[tool]()
"""


@dataclass
class Bench:
    root: Path      # the bench folder, /home/frappe/frappe-bench in the image
    stubs: Path     # first on PATH
    log: Path       # one JSON line per stub call
    backups: Path   # the backup volume

    @property
    def sites(self) -> Path:
        return self.root / "sites"

    @property
    def state(self) -> Path:
        return self.sites / ".frappe-k8s"

    def command(self, script: str, env: dict) -> tuple[list[str], dict]:
        assert BENCH_CD in script
        full_env = {"PATH": f"{self.stubs}:{os.environ['PATH']}", "WAIT_SECONDS": "2", "STUB_LOG": str(self.log),
                    **env}
        return ["bash", "-c", script.replace(BENCH_CD, f"cd {self.root}\n")], full_env

    def run(self, script: str, **env: str) -> subprocess.CompletedProcess:
        argv, full_env = self.command(script, env)
        return subprocess.run(argv, env=full_env, capture_output=True, text=True, timeout=60)

    def records(self, tool: str | None = None) -> list[dict]:
        lines = self.log.read_text().splitlines() if self.log.exists() else []
        return [r for r in map(json.loads, lines) if tool in (None, r["tool"])]

    def calls(self, tool: str | None = None) -> list[list[str]]:
        return [r["argv"] for r in self.records(tool)]

    def add_site(self, name: str = SITE) -> Path:
        """A site its create Job finished: the folder and the created marker."""
        (self.sites / name).mkdir(parents=True)
        (self.sites / name / "site_config.json").write_text("{}")
        (self.state / "created").mkdir(parents=True, exist_ok=True)
        (self.state / "created" / name).write_text("2024-01-01T00:00:00Z")
        return self.sites / name

    def write_config(self, config: dict = CONFIG) -> None:
        (self.sites / "common_site_config.json").write_text(json.dumps(config))


@pytest.fixture
def bench(tmp_path) -> Bench:
    assert shutil.which("jq"), "jq is needed (Debian package jq); .ci/run installs it"
    result = Bench(tmp_path / "frappe-bench", tmp_path / "bin", tmp_path / "calls.jsonl", tmp_path / "backups")
    for folder in (result.sites, result.stubs, result.backups):
        folder.mkdir(parents=True)
    stub = result.stubs / "stub.py"
    stub.write_text(f"#!{sys.executable}\n" + STUB % {"failed": FAILED})
    stub.chmod(0o755)
    for tool in ("bench", "mariadb", "restic"):
        (result.stubs / tool).symlink_to(stub)
    sleep = result.stubs / "sleep"
    sleep.write_text(f"#!/bin/bash\nexec {shutil.which('sleep')} 0.2\n")
    sleep.chmod(0o755)
    return result


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def utc_stamp(days_ago: float = 0) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days_ago)).strftime(STAMP_FORMAT)


def stamped_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and STAMP.fullmatch(p.name)) if folder.exists() else []


def backup_kinds(folder: Path) -> set[str]:
    """What each file of a Frappe backup folder holds: `20240101_000000-site-database.sql.gz` -> database.sql.gz."""
    return {p.name.split("-", 2)[2] for p in folder.iterdir()}


# --- CREATE_SITE ---------------------------------------------------------------------------------------

ROOT_ENV = {"DB_SETUP": "root", "DB_ROOT_USERNAME": "root", "DB_ROOT_PASSWORD": "root-secret"}


def create_env(port: int, root: bool = False, **overrides: str) -> dict:
    """The create Job's env; `root`: an external server, set up with root credentials."""
    return {"SITE": SITE, "DB_TYPE": "mariadb", "DB_NAME": DB_NAME, "DB_HOST": DB_HOST, "DB_PORT": "3306",
            "DB_SETUP": "operator", "DB_PASSWORD": "db-secret", "ADMIN_PASSWORD": "admin-secret",
            "INSTALL_APPS": "erpnext hrms", "WAIT_FOR": f"database=127.0.0.1:{port}",
            "SITE_CONFIG": "{}", "SITE_CONFIG_FROM_ENV": "{}",
            **(ROOT_ENV if root else {}), **overrides}


def new_site_argv(env: dict, *setup: str) -> list[str]:
    return ["new-site", SITE, "--db-type", env["DB_TYPE"], "--db-name", DB_NAME, "--db-password", env["DB_PASSWORD"],
            "--db-host", DB_HOST, "--db-port", env["DB_PORT"], "--admin-password", env["ADMIN_PASSWORD"], *setup,
            "--install-app", "erpnext", "--install-app", "hrms"]


HELP = {"tool": "bench", "argv": ["new-site", "--help"]}


def root_options(env: dict) -> list[str]:
    return ["--db-root-username", env["DB_ROOT_USERNAME"], "--db-root-password", env["DB_ROOT_PASSWORD"]]


def test_create_in_operator_mode_waits_for_the_site_users_login_then_creates_without_root(bench, listening):
    bench.write_config()
    result = bench.run(CREATE_SITE, **create_env(listening), STUB_LOGIN_REFUSALS="1")
    assert result.returncode == 0, result.stderr
    assert f"database at 127.0.0.1:{listening} is reachable" in result.stdout
    login = {"tool": "mariadb", "pwd": "db-secret",
             "argv": [f"--host={DB_HOST}", "--port=3306", f"--user={DB_NAME}", "--execute=SELECT 1", DB_NAME]}
    new_site = ["new-site", SITE, "--db-type", "mariadb", "--db-name", DB_NAME, "--db-password", "db-secret",
                "--db-host", DB_HOST, "--db-port", "3306", "--admin-password", "admin-secret", "--no-setup-db",
                "--install-app", "erpnext", "--install-app", "hrms"]
    # the image's Frappe has --no-setup-db; refused once (grant not there yet), retried, then new-site
    assert bench.records() == [HELP, login, login, {"tool": "bench", "argv": new_site}]
    assert not [arg for arg in new_site if "root" in arg or "mariadb-" in arg]
    assert (bench.sites / SITE / "site_config.json").exists()
    assert f"created site {SITE} (apps: frappe erpnext hrms)" in result.stdout


def test_create_in_operator_mode_fails_when_the_site_user_never_logs_in(bench, listening):
    bench.write_config()
    result = bench.run(CREATE_SITE, **create_env(listening), STUB_LOGIN_REFUSALS="1000")
    assert result.returncode == 1
    assert (f"FAIL: user {DB_NAME} cannot log in to database {DB_NAME} at {DB_HOST}:3306 after 2s"
            in result.stderr)
    assert bench.calls("mariadb") and bench.calls("bench") == [HELP["argv"]]  # no new-site


@pytest.mark.parametrize("flag_in_help, scope_option", [(True, "--mariadb-user-host-login-scope=%"),
                                                        (False, "--no-mariadb-socket")])
def test_create_in_root_mode_on_mariadb_lets_the_user_log_in_from_any_host(bench, listening, flag_in_help,
                                                                           scope_option):
    bench.write_config()
    env = create_env(listening, root=True)
    result = bench.run(CREATE_SITE, **env, STUB_SCOPE_FLAG="1" if flag_in_help else "")
    assert result.returncode == 0, result.stderr
    assert bench.calls() == [["new-site", "--help"], new_site_argv(env, *root_options(env), scope_option)]


def test_create_in_root_mode_on_postgres_passes_no_mariadb_scope_option(bench, listening):
    bench.write_config()
    env = create_env(listening, root=True, DB_TYPE="postgres", DB_PORT="5432", DB_ROOT_USERNAME="postgres")
    result = bench.run(CREATE_SITE, **env, STUB_SCOPE_FLAG="1")
    assert result.returncode == 0, result.stderr
    assert bench.calls() == [HELP["argv"], new_site_argv(env, *root_options(env))]


def test_create_detects_the_login_scope_option_in_help_written_in_several_writes(bench, listening):
    bench.write_config()
    env = create_env(listening, root=True)
    result = bench.run(CREATE_SITE, **env, STUB_SCOPE_FLAG="1", STUB_HELP_CHUNKED="1")
    assert result.returncode == 0, result.stderr
    assert bench.calls()[-1] == new_site_argv(env, *root_options(env), "--mariadb-user-host-login-scope=%")


def test_create_does_nothing_for_an_existing_site(bench, listening):
    bench.write_config()
    bench.add_site()
    result = bench.run(CREATE_SITE, **create_env(listening))
    assert result.returncode == 0, result.stderr
    assert f"site {SITE} exists: nothing to create" in result.stdout
    assert bench.records() == []


def test_create_moves_a_failed_attempts_folder_aside_and_creates_the_site(bench, listening):
    bench.write_config()
    (bench.sites / SITE).mkdir()
    (bench.sites / SITE / "half-done.txt").write_text("left by a killed new-site")
    result = bench.run(CREATE_SITE, **create_env(listening, root=True))
    assert result.returncode == 0, result.stderr
    [leftover] = (bench.state / "failed").iterdir()
    assert re.fullmatch(re.escape(SITE) + r"-\d{8}T\d{6}Z", leftover.name)
    assert (leftover / "half-done.txt").read_text() == "left by a killed new-site"
    assert bench.calls()[-1][:2] == ["new-site", SITE]
    assert sorted(p.name for p in (bench.sites / SITE).iterdir()) == ["locks", "site_config.json"]  # siteConfig's lock
    assert (bench.state / "created" / SITE).is_file() and not (bench.state / "creating" / SITE).exists()
    # root mode: the attempt also left its database, which Frappe replaces only with --force
    assert "--force" in bench.calls()[-1]


def test_create_in_operator_mode_retries_without_force(bench, listening):
    bench.write_config()
    (bench.sites / SITE).mkdir()
    result = bench.run(CREATE_SITE, **create_env(listening))
    assert result.returncode == 0, result.stderr
    assert "--force" not in bench.calls()[-1]


def test_create_reactivates_a_site_that_was_stopped_by_state_absent(bench, listening):
    bench.write_config()
    bench.add_site()
    assert bench.run(DEACTIVATE_SITE, SITE=SITE).returncode == 0
    marker = bench.state / "deactivated" / SITE
    assert marker.exists()
    assert bench.calls() == [["--site", SITE, "set-maintenance-mode", "on"], ["--site", SITE, "disable-scheduler"]]
    result = bench.run(CREATE_SITE, **create_env(listening))
    assert result.returncode == 0, result.stderr
    # upgrades skipped the stopped site: it is migrated before it serves again
    assert bench.calls()[2:] == [["--site", SITE, "migrate"], ["--site", SITE, "set-maintenance-mode", "off"],
                                 ["--site", SITE, "enable-scheduler"]]
    assert not marker.exists() and "is active again" in result.stdout
    again = bench.run(CREATE_SITE, **create_env(listening))  # only the platform's own stop is undone, once
    assert again.returncode == 0 and len(bench.calls()) == 5


def test_deactivate_of_a_site_not_on_the_bench_does_nothing(bench):
    result = bench.run(DEACTIVATE_SITE, SITE=SITE)
    assert result.returncode == 0 and bench.calls() == [] and "nothing to stop" in result.stdout


def test_create_fails_with_the_exit_code_of_bench_new_site(bench, listening):
    bench.write_config()
    result = bench.run(CREATE_SITE, **create_env(listening), STUB_FAIL_BENCH="new-site")
    assert result.returncode == FAILED
    assert bench.calls("bench")[-1][:2] == ["new-site", SITE]
    assert "created site" not in result.stdout


@pytest.mark.parametrize("config", [None, {"db_host": "db", "redis_cache": "redis://cache:6379"}],
                         ids=["no-file", "no-redis-queue"])
def test_create_fails_when_common_site_config_never_gets_its_keys(bench, listening, config):
    if config is not None:
        bench.write_config(config)
    start = time.monotonic()
    result = bench.run(CREATE_SITE, **create_env(listening))
    assert result.returncode == 1
    assert ("FAIL: sites/common_site_config.json has no db_host, redis_cache and redis_queue after 2s"
            in result.stderr)
    assert 1 <= time.monotonic() - start < 10
    assert bench.records() == []


TRICKY = {"DB_PASSWORD": "db pass \"dq\" 'sq' $HOME", "ADMIN_PASSWORD": "adm $(id) `id` \\ ; *",
          "DB_ROOT_PASSWORD": "root ${PATH} \"'\" &&"}


@pytest.mark.parametrize("setup", ["operator", "root"])
def test_create_passes_passwords_with_spaces_quotes_and_dollars_as_single_arguments(bench, listening, setup):
    bench.write_config()
    env = create_env(listening, root=True, **TRICKY, DB_SETUP=setup)
    result = bench.run(CREATE_SITE, **env)
    assert result.returncode == 0, result.stderr
    new_site = bench.calls("bench")[-1]
    assert option(new_site, "--db-password") == TRICKY["DB_PASSWORD"]
    assert option(new_site, "--admin-password") == TRICKY["ADMIN_PASSWORD"]
    if setup == "root":
        assert option(new_site, "--db-root-password") == TRICKY["DB_ROOT_PASSWORD"]
    else:
        assert [r["pwd"] for r in bench.records("mariadb")] == [TRICKY["DB_PASSWORD"]]


# --- BACKUP_SITE ---------------------------------------------------------------------------------------

def backup_env(bench: Bench, **overrides: str) -> dict:
    return {"SITE": SITE, "BACKUP_DIR": str(bench.backups), "WITH_FILES": "false", "KEEP_LAST": "3",
            "MAX_AGE_DAYS": "30", **overrides}


@pytest.mark.parametrize("with_files", [True, False])
def test_backup_writes_one_complete_folder_named_by_the_utc_time(bench, with_files):
    bench.add_site()
    site_backups = bench.backups / SITE
    (site_backups / "20200101T000000Z.partial").mkdir(parents=True)  # left by an interrupted run
    before = utc_stamp()
    result = bench.run(BACKUP_SITE, **backup_env(bench, WITH_FILES=str(with_files).lower()))
    after = utc_stamp()
    assert result.returncode == 0, result.stderr
    [stamp] = [p.name for p in site_backups.iterdir()]  # neither the stale nor the new .partial is left
    assert STAMP.fullmatch(stamp) and before <= stamp <= after
    files = {"files.tar", "private-files.tar"} if with_files else set()
    assert backup_kinds(site_backups / stamp) == {"database.sql.gz", "site_config_backup.json", *files}
    assert bench.calls() == [["--site", SITE, "backup", "--backup-path", str(site_backups / f"{stamp}.partial"),
                              *(["--with-files"] if with_files else [])]]


@pytest.mark.parametrize("keep_last, max_age_days, ages, kept_ages", [
    (3, 30, [1, 2, 3, 5, 8], [1, 2]),   # the newest KEEP_LAST, the new one included
    (5, 30, [1, 29, 31, 90], [1, 29]),  # none older than MAX_AGE_DAYS, however few
    (5, -1, [1, 2], []),                # a cutoff tomorrow: all are older, but the newest stays
], ids=["keep-last", "max-age", "newest-stays"])
def test_backup_retention_keeps_the_newest_and_never_touches_other_folders(bench, keep_last, max_age_days,
                                                                           ages, kept_ages):
    bench.add_site()
    site_backups = bench.backups / SITE
    old = {age: utc_stamp(age) for age in ages}
    others = ["before-upgrade", "20200101T000000Z-copy", "2020"]
    for name in [*old.values(), *others]:
        (site_backups / name).mkdir(parents=True)
    result = bench.run(BACKUP_SITE, **backup_env(bench, KEEP_LAST=str(keep_last), MAX_AGE_DAYS=str(max_age_days)))
    assert result.returncode == 0, result.stderr
    [new] = set(stamped_folders(site_backups)) - set(old.values())
    assert stamped_folders(site_backups) == sorted([new, *(old[age] for age in kept_ages)])
    assert all((site_backups / name).is_dir() for name in others)


def test_backup_failure_fails_the_job_and_completes_or_prunes_nothing(bench):
    bench.add_site()
    site_backups = bench.backups / SITE
    old = [utc_stamp(age) for age in (1, 2, 3, 4)]
    for name in old:
        (site_backups / name).mkdir(parents=True)
    result = bench.run(BACKUP_SITE, **backup_env(bench), STUB_FAIL_BENCH="backup")
    assert result.returncode == FAILED
    assert stamped_folders(site_backups) == sorted(old)


@pytest.mark.parametrize("initialised", [True, False])
def test_backup_copies_the_new_folder_offsite_with_restic(bench, initialised):
    bench.add_site()
    env = backup_env(bench, RESTIC_REPOSITORY="s3:https://s3.example.com/backups", RESTIC_KEEP_LAST="7")
    result = bench.run(BACKUP_SITE, **env, STUB_RESTIC_EMPTY="" if initialised else "1")
    assert result.returncode == 0, result.stderr
    [stamp] = stamped_folders(bench.backups / SITE)
    assert [r["tool"] for r in bench.records()][0] == "bench"  # restic copies a completed backup
    assert bench.calls("restic") == [
        ["cat", "config"], *([] if initialised else [["init"]]),
        ["backup", "--host", SITE, "--tag", "frappe-site", str(bench.backups / SITE / stamp)],
        ["forget", "--host", SITE, "--group-by", "host", "--keep-last", "7", "--prune"]]
    # one repository per site: no site's prune locks another's backup
    assert {r["repository"] for r in bench.records("restic")} == {f"{env['RESTIC_REPOSITORY']}/{SITE}"}


def test_backup_without_a_restic_repository_never_calls_restic(bench):
    bench.add_site()
    result = bench.run(BACKUP_SITE, **backup_env(bench))
    assert result.returncode == 0, result.stderr
    assert bench.calls("bench") and bench.calls("restic") == []


def test_backup_fails_when_the_site_does_not_exist(bench):
    result = bench.run(BACKUP_SITE, **backup_env(bench))
    assert result.returncode == 1
    assert f"FAIL: site {SITE} is not created on this bench (yet)" in result.stderr
    assert bench.records() == [] and not (bench.backups / SITE).exists()


# --- RESTORE_SITE --------------------------------------------------------------------------------------

SQL = "CREATE TABLE `tabNote` (name varchar(140));\nINSERT INTO `tabNote` VALUES ('restored');\n"
BACKUP = f"{OTHER_SITE}/20240101T000000Z"
RESTORE_ID = "1a2b3c4d"
MAINTENANCE_ON = ["--site", SITE, "set-maintenance-mode", "on"]
MAINTENANCE_OFF = ["--site", SITE, "set-maintenance-mode", "off"]


def frappe_backup_folder(bench: Bench, dumps: int = 1) -> Path:
    """A backup of OTHER_SITE as Frappe writes it: a gzipped dump and `tar -cf` of `./<site>/{public,private}/files`."""
    folder = bench.backups / BACKUP
    folder.mkdir(parents=True)
    prefix = "20240101_000000-" + OTHER_SITE.replace(".", "_")
    for n in range(dumps):
        (folder / f"{prefix}{'-again' * n}-database.sql.gz").write_bytes(gzip.compress(SQL.encode()))
    source = bench.root.parent / "backup-source"
    for kind, file in (("public", "a.txt"), ("private", "b.txt")):
        (source / OTHER_SITE / kind / "files").mkdir(parents=True)
        (source / OTHER_SITE / kind / "files" / file).write_text(f"{kind} file")
        archive = folder / f"{prefix}-{'private-' if kind == 'private' else ''}files.tar"
        subprocess.run(["tar", "-cf", str(archive), "-C", str(source), f"./{OTHER_SITE}/{kind}/files"], check=True)
    return folder


def restore_env(bench: Bench, **overrides: str) -> dict:
    return {"SITE": SITE, "BACKUP_DIR": str(bench.backups), "BACKUP": BACKUP, "RESTORE_ID": RESTORE_ID,
            "WITH_FILES": "true", "DB_CONSOLE": "mariadb", **overrides}


def restored_marker(bench: Bench) -> Path:
    return bench.state / "restored" / f"{SITE}-{RESTORE_ID}"


def test_restore_loads_the_dump_and_files_migrates_and_leaves_a_marker(bench):
    site = bench.add_site()
    frappe_backup_folder(bench)
    result = bench.run(RESTORE_SITE, **restore_env(bench))
    assert result.returncode == 0, result.stderr
    assert bench.calls() == [MAINTENANCE_ON, ["--site", SITE, "mariadb"], ["--site", SITE, "migrate"],
                             ["--site", SITE, "clear-cache"], MAINTENANCE_OFF]
    assert bench.records()[1]["stdin"] == SQL
    assert (site / "public" / "files" / "a.txt").read_text() == "public file"
    assert (site / "private" / "files" / "b.txt").read_text() == "private file"
    assert sorted(p.name for p in site.iterdir()) == ["private", "public", "site_config.json"]
    assert restored_marker(bench).is_file()


def test_restore_runs_once_per_restore_id(bench):
    bench.add_site()
    frappe_backup_folder(bench)
    assert bench.run(RESTORE_SITE, **restore_env(bench)).returncode == 0
    bench.log.unlink()
    again = bench.run(RESTORE_SITE, **restore_env(bench))  # the Job re-created by a GitOps tool
    assert again.returncode == 0, again.stderr
    assert f"restored into {SITE} already" in again.stdout
    assert bench.records() == []


def test_restore_without_files_skips_the_tars(bench):
    site = bench.add_site()
    frappe_backup_folder(bench)
    result = bench.run(RESTORE_SITE, **restore_env(bench, WITH_FILES="false"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in site.iterdir()) == ["site_config.json"]
    assert ["--site", SITE, "mariadb"] in bench.calls()


def test_restore_into_postgres_uses_the_postgres_console(bench):
    bench.add_site()
    frappe_backup_folder(bench)
    result = bench.run(RESTORE_SITE, **restore_env(bench, DB_CONSOLE="postgres"))
    assert result.returncode == 0, result.stderr
    [console] = [r for r in bench.records("bench") if "stdin" in r]
    assert console == {"tool": "bench", "argv": ["--site", SITE, "postgres"], "stdin": SQL}


def test_restore_fails_without_the_backup_folder_and_names_what_there_is(bench):
    bench.add_site()
    (bench.backups / SITE / "20240301T010000Z").mkdir(parents=True)
    result = bench.run(RESTORE_SITE, **restore_env(bench, BACKUP=f"{SITE}/20240101T000000Z"))
    assert result.returncode == 1
    assert (f"FAIL: no backup folder {SITE}/20240101T000000Z on the backup volume (it has: 20240301T010000Z)"
            in result.stderr)
    assert bench.records() == [] and not restored_marker(bench).exists()


@pytest.mark.parametrize("dumps", [0, 2])
def test_restore_needs_exactly_one_dump(bench, dumps):
    bench.add_site()
    frappe_backup_folder(bench, dumps=dumps)
    result = bench.run(RESTORE_SITE, **restore_env(bench))
    assert result.returncode == 1
    assert f"FAIL: expected one *-database.sql.gz in {bench.backups / BACKUP}, found {dumps}" in result.stderr
    assert bench.records() == []


def test_restore_failed_import_fails_the_job_and_ends_maintenance(bench):
    bench.add_site()
    frappe_backup_folder(bench)
    result = bench.run(RESTORE_SITE, **restore_env(bench), STUB_FAIL_BENCH="mariadb")
    assert result.returncode == FAILED
    assert bench.calls() == [MAINTENANCE_ON, ["--site", SITE, "mariadb"], MAINTENANCE_OFF]
    assert not restored_marker(bench).exists()


def test_restore_stopped_during_the_import_still_ends_maintenance(bench):
    # the script traps SIGTERM (so a bash that is PID 1 receives it), stops the import and runs the EXIT trap
    bench.add_site()
    frappe_backup_folder(bench)
    argv, env = bench.command(RESTORE_SITE, {**restore_env(bench), "STUB_SLOW_BENCH": "mariadb"})
    job = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while ["--site", SITE, "mariadb"] not in bench.calls() and time.monotonic() < deadline:
            time.sleep(0.05)
        job.terminate()  # what the kubelet sends the container's main process
        job.wait(timeout=20)
    finally:
        try:
            os.killpg(job.pid, signal.SIGKILL)  # the stub still sleeping in the import
        except ProcessLookupError:
            pass
        _, stderr = job.communicate(timeout=20)
    assert job.returncode == 143 and "stopped: ending the restore" in stderr
    assert bench.calls()[-1] == MAINTENANCE_OFF
    assert not restored_marker(bench).exists()


# --- DROP_SITE -----------------------------------------------------------------------------------------

def drop_env(bench: Bench, **overrides: str) -> dict:
    return {"SITE": SITE, "WITH_FILES": "true", "KEEP_LAST": "3", "MAX_AGE_DAYS": "30",
            "DB_ROOT_USERNAME": "root", "DB_ROOT_PASSWORD": "root-secret", **overrides}


def drop_site_argv(bench: Bench) -> list[str]:
    return ["drop-site", SITE, "--db-root-username", "root", "--db-root-password", "root-secret",
            "--archived-sites-path", str(bench.state / "dropping"), "--no-backup", "--force"]


def assert_backed_up_then_dropped(bench: Bench, backups: Path) -> None:
    [stamp] = stamped_folders(backups)
    assert backup_kinds(backups / stamp) == {"database.sql.gz", "site_config_backup.json", "files.tar",
                                            "private-files.tar"}
    assert bench.calls() == [["--site", SITE, "backup", "--backup-path", str(backups / f"{stamp}.partial"),
                              "--with-files"], drop_site_argv(bench)]
    assert not (bench.sites / SITE).exists()
    assert (bench.state / "dropping").is_dir() and list((bench.state / "dropping").iterdir()) == []


def test_drop_backs_the_site_up_then_drops_it_and_clears_the_archive(bench):
    bench.add_site()
    (bench.state / "dropping" / SITE).mkdir(parents=True)  # left by an earlier drop that failed late
    result = bench.run(DROP_SITE, **drop_env(bench, BACKUP_DIR=str(bench.backups)))
    assert result.returncode == 0, result.stderr
    assert_backed_up_then_dropped(bench, bench.backups / SITE)


def test_drop_without_a_backup_volume_keeps_the_last_backup_on_the_sites_volume(bench):
    bench.add_site()
    result = bench.run(DROP_SITE, **drop_env(bench))
    assert result.returncode == 0, result.stderr
    assert_backed_up_then_dropped(bench, bench.state / "final-backups" / SITE)


def test_drop_of_a_site_gone_already_does_nothing(bench):
    result = bench.run(DROP_SITE, **drop_env(bench, BACKUP_DIR=str(bench.backups)))
    assert result.returncode == 0, result.stderr
    assert "dropped already" in result.stdout
    assert bench.records() == [] and not (bench.backups / SITE).exists()


def test_drop_fails_when_drop_site_fails(bench):
    bench.add_site()
    result = bench.run(DROP_SITE, **drop_env(bench, BACKUP_DIR=str(bench.backups)), STUB_FAIL_BENCH="drop-site")
    assert result.returncode == FAILED
    assert bench.calls()[-1] == drop_site_argv(bench)
    assert (bench.sites / SITE / "site_config.json").exists()
    assert "dropped site" not in result.stdout

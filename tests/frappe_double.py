#!/usr/bin/env python3
"""A `bench` test double that reproduces Frappe's order of effects against a real MariaDB and Redis.

The Job scripts call `bench` and nothing else of Frappe, so this double implements the commands they use, each
in the order Frappe's own code has its effects, cited from frappe/frappe at version-15 (15.44.2, 2024-10-15;
the frappe/erpnext:v15.41.2 image holds the newest v15 release of 2024-11-08). The database work is real:
users, databases and grants are made with the `mariadb` client as root, dumps with `mariadb-dump`, the console
with `mariadb`, exactly the binaries and arguments of frappe/database/__init__.py get_command. What Frappe's
installer would put in the tables is stood in for by a few tables per app.

Failure injection (environment):
  DOUBLE_FAIL=<step>   exit 1 with a traceback at that step, as an uncaught exception does under click
  DOUBLE_KILL=<step>   SIGKILL this process at that step (a pod killed mid-command)
  DOUBLE_SLOW=<step>   sleep DOUBLE_SLOW_SECONDS (default 30) at that step
where <step> is `new-site:install:<app>`, `migrate:<site>`, `backup:<site>` or `restore-console:<site>`.
DOUBLE_BEFORE_SETUP_DB=1 makes it a Frappe 15 from before `new-site --no-setup-db` (frappe/frappe#27626).
Every call is appended to $DOUBLE_LOG as a JSON line (argv), so tests can check the order of commands.
"""
from __future__ import annotations

import fcntl
import gzip
import hashlib
import hmac
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

ENV = os.environ
MARIADB = shutil.which("mariadb") or shutil.which("mysql")
MARIADB_DUMP = shutil.which("mariadb-dump") or shutil.which("mysqldump")
# frappe/database/mariadb/setup_db.py -> db_manager.py grant_all_privileges: the rds_db list, else ALL
RDS_PRIVILEGES = ("SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, CREATE TEMPORARY TABLES, CREATE VIEW,"
                  " EVENT, TRIGGER, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, EXECUTE, LOCK TABLES")
APP_TABLES = {"frappe": ("tabUser", "tabModule Def"), "erpnext": ("tabCompany", "tabItem"), "hrms": ("tabEmployee",)}


class Failure(Exception):
    pass


def step(name: str) -> None:
    """A point where a test may make the command fail, hang or be killed."""
    if ENV.get("DOUBLE_FAIL") == name:
        raise Failure(f"injected failure at {name}")
    if ENV.get("DOUBLE_SLOW") == name:
        time.sleep(float(ENV.get("DOUBLE_SLOW_SECONDS", "30")))
    if ENV.get("DOUBLE_KILL") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# --- configuration, as frappe/installer.py and frappe/__init__.py keep it ---------------------------------

def read_json(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True))  # installer.make_site_config / _update_config_file


@contextmanager
def filelock(path: Path):
    """frappe/utils/synchronization.py filelock: py-filelock's UnixFileLock, an flock(2) on a file that stays."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def update_site_config(config_file: Path, key: str, value) -> None:
    """installer.update_site_config -> _update_config_file: '0'/'1' become ints, 'true'/'false' booleans,
    'None' removes the key; under the lock `site_config` of the site (or of the bench for the common config)."""
    lock = (Path("../config/site_config.lock") if config_file.name == "common_site_config.json"
            else config_file.parent / "locks" / "site_config.lock")
    with filelock(lock):
        config = read_json(config_file)
        value = {"0": 0, "1": 1, "false": False, "true": True}.get(value, value) if isinstance(value, str) else value
        if value == "None":
            config.pop(key, None)
        else:
            config[key] = value
        write_json(config_file, config)


def site_conf(site: str) -> dict:
    """frappe.get_site_config: common_site_config.json, then the site's own keys over it."""
    return {**read_json(Path("common_site_config.json")), **read_json(Path(site, "site_config.json"))}


# --- the database, through the real clients ----------------------------------------------------------------

def sql(conf: dict, statement: str, *, root: tuple[str, str] | None = None, database: str | None = None,
        stdin: str | None = None) -> str:
    user, password = root or (conf["db_name"], conf["db_password"])
    argv = [MARIADB, f"--user={user}", f"--host={conf['db_host']}", f"--port={conf.get('db_port', 3306)}",
            "--batch", "--skip-column-names"]
    if statement:
        argv.append(f"--execute={statement}")
    if database:
        argv.append(database)
    result = subprocess.run(argv, input=stdin, capture_output=True, text=True, env={**ENV, "MYSQL_PWD": password})
    if result.returncode:
        raise Failure(f"mariadb: {result.stderr.strip()}")
    return result.stdout


def quote(identifier: str) -> str:
    return "`" + identifier.replace("`", "``") + "`"


def installed_apps(conf: dict) -> list[str]:
    rows = sql(conf, "SELECT app_name FROM `tabInstalled Application` ORDER BY idx", database=conf["db_name"])
    return rows.split()


# --- commands ---------------------------------------------------------------------------------------------

def option(args: list[str], name: str, default=None):
    return args[args.index(name) + 1] if name in args else default


def new_site(args: list[str]) -> None:
    """frappe/commands/site.py new_site -> frappe/installer.py _new_site, version-15."""
    site = args[0]
    force = "--force" in args
    if not force and os.path.exists(site):  # _new_site
        print(f"Site {site} already exists")
        sys.exit(1)
    for folder in ("public/files", "private/backups", "private/files", "locks", "logs"):  # make_site_dirs
        Path(site, folder).mkdir(parents=True, exist_ok=True)
    with filelock(Path(site, "locks", "bench_new_site.lock")):
        db_name = option(args, "--db-name")
        # install_db -> make_conf -> make_site_config: the site's config is written first, only if missing
        config_file = Path(site, "site_config.json")
        if not config_file.exists():
            config = {"db_name": db_name, "db_password": option(args, "--db-password"),
                      "db_type": option(args, "--db-type", "mariadb")}
            for key, flag in (("db_host", "--db-host"), ("db_port", "--db-port")):
                if option(args, flag):
                    config[key] = int(option(args, flag)) if key == "db_port" else option(args, flag)
            write_json(config_file, config)
        conf = site_conf(site)
        if "--no-setup-db" not in args:  # setup_db.setup_database
            root = (option(args, "--db-root-username", "root"), option(args, "--db-root-password"))
            host = "%" if "--no-mariadb-socket" in args else "localhost"
            exists = db_name in sql(conf, "SHOW DATABASES", root=root).split()
            if not (force or not exists):
                raise Failure(f"Database {db_name} already exists")
            user = f"'{db_name}'@'{host}'"
            grants = RDS_PRIVILEGES if conf.get("rds_db") else "ALL PRIVILEGES"
            sql(conf, f"DROP USER IF EXISTS {user}; DROP DATABASE IF EXISTS {quote(db_name)};"
                      f" CREATE USER {user} IDENTIFIED BY '{conf['db_password']}';"
                      f" CREATE DATABASE {quote(db_name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                      f" GRANT {grants} ON {quote(db_name)}.* TO {user}; FLUSH PRIVILEGES", root=root)
        # bootstrap_database: framework_mariadb.sql (DROP TABLE IF EXISTS + CREATE of the core tables) as the user
        sql(conf, "DROP TABLE IF EXISTS `tabDefaultValue`, `tabInstalled Application`, `tabSingles`, `tabPatch Log`;"
                  " CREATE TABLE `tabPatch Log` (patch varchar(140) PRIMARY KEY);"
                  " CREATE TABLE `tabDefaultValue` (defkey varchar(140) PRIMARY KEY, defvalue text);"
                  " CREATE TABLE `tabInstalled Application` (app_name varchar(140) PRIMARY KEY, idx int);"
                  " CREATE TABLE `tabSingles` (doctype varchar(140), field varchar(140), value text,"
                  " PRIMARY KEY (doctype, field))", database=db_name)
        for idx, app in enumerate(["frappe", *[option(args[i:], "--install-app") for i, a in enumerate(args)
                                                if a == "--install-app"]]):
            install_app(conf, app, idx)
        # scheduler.toggle_scheduler(enable_scheduler): disabled on a new site
        sql(conf, "REPLACE INTO tabSingles VALUES ('System Settings', 'enable_scheduler', '0')", database=db_name)
    print("*** Scheduler is disabled ***")


def install_app(conf: dict, app: str, idx: int) -> None:
    """installer.install_app: add_module_defs (an insert: a leftover row fails with a duplicate entry), sync_for
    (the app's tables), then add_to_installed_apps, then hooks and fixtures."""
    db = conf["db_name"]
    for table in APP_TABLES.get(app, (f"tab{app.title()} Thing",)):
        sql(conf, f"CREATE TABLE IF NOT EXISTS {quote(table)} (name varchar(140) PRIMARY KEY, value text)", database=db)
    sql(conf, f"INSERT INTO `tabModule Def` VALUES ('{app}', 'module of {app}')", database=db)
    step(f"new-site:install:{app}")
    sql(conf, f"INSERT INTO `tabInstalled Application` VALUES ('{app}', {idx})", database=db)
    print(f"Installing {app}...")


def migrate(site: str) -> None:
    """frappe/migrate.py SiteMigration.run: needs redis_cache up (required_services_running), then under the
    lock bench_migrate: schema updates and patches. It does not touch maintenance mode."""
    conf = site_conf(site)
    host, port = conf["redis_cache"].split("//")[1].split("/")[0].split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2) as connection:
            connection.sendall(b"PING\r\n")
            assert connection.recv(16).startswith(b"+PONG")
    except (OSError, AssertionError):
        print("Service redis_cache is not running.")
        raise SystemExit(1)
    with filelock(Path(site, "locks", "bench_migrate.lock")):
        print(f"Migrating {site}")
        step(f"migrate:{site}")
        sql(conf, f"REPLACE INTO `tabPatch Log` VALUES ('{ENV.get('DOUBLE_VERSION', 'v1')}')", database=conf["db_name"])


def backup(site: str, args: list[str]) -> None:
    """frappe/utils/backups.py BackupGenerator: file names from now_datetime() and the site's slug, the dump by
    mariadb-dump into a gzip with a metadata header, the site config copied, files as tars of ./<site>/..."""
    conf = site_conf(site)
    folder = Path(option(args, "--backup-path", str(Path(site, "private", "backups"))))
    folder.mkdir(parents=True, exist_ok=True)
    prefix = f"{datetime.now().strftime('%Y%m%d_%H%M%S')}-{site.replace('.', '_')}"
    database = folder / f"{prefix}-database.sql.gz"
    with gzip.open(database, "wt") as out:
        out.write("-- begin frappe metadata\n-- [frappe]\n-- version = 15.44.2\n-- end frappe metadata\n")
    step(f"backup:{site}")
    dump = subprocess.run(f"set -o pipefail; {MARIADB_DUMP} --user={conf['db_name']} --host={conf['db_host']}"
                          f" --port={conf.get('db_port', 3306)} --single-transaction --quick --lock-tables=false"
                          f" {conf['db_name']} | gzip >> {database}", shell=True, executable="/bin/bash",
                          env={**ENV, "MYSQL_PWD": conf["db_password"]}, capture_output=True, text=True)
    if dump.returncode:
        raise Failure(f"mariadb-dump: {dump.stderr.strip()}")
    shutil.copyfile(Path(site, "site_config.json"), folder / f"{prefix}-site_config_backup.json")
    if "--with-files" in args:
        for kind, name in (("public", "files"), ("private", "private-files")):
            subprocess.run(["tar", "-cf", str(folder / f"{prefix}-{name}.tar"), f"./{site}/{kind}/files"], check=True)


def console(site: str) -> None:
    """frappe/commands/utils.py _enter_console: exec the mariadb client as the site's user; stdin is the SQL."""
    conf = site_conf(site)
    step(f"restore-console:{site}")
    os.execve(MARIADB, [MARIADB, f"--user={conf['db_name']}", f"--host={conf['db_host']}",
                        f"--port={conf.get('db_port', 3306)}", f"--password={conf['db_password']}",
                        "--pager=less -SFX", "--safe-updates", "--no-auto-rehash", conf["db_name"]], dict(ENV))


def drop_site(args: list[str]) -> None:
    """frappe/commands/site.py _drop_site: connect as the site (it must answer), drop its database and user as
    root (setup_db.drop_user_and_database), move the folder into the archive, numbered if taken."""
    site = args[0]
    conf = site_conf(site)
    sql(conf, "SELECT 1", database=conf["db_name"])
    root = (option(args, "--db-root-username", "root"), option(args, "--db-root-password"))
    name = conf["db_name"]
    sql(conf, f"DROP DATABASE IF EXISTS {quote(name)}; DROP USER IF EXISTS '{name}'@'%';"
              f" DROP USER IF EXISTS '{name}'@'localhost'", root=root)
    archive = Path(os.path.realpath(option(args, "--archived-sites-path")))
    archive.mkdir(parents=True, exist_ok=True)
    target, count = archive / site, 1
    while target.exists():
        target, count = archive / f"{site}{count}", count + 1
    shutil.move(site, target)


def password_tag(key: str, value: str) -> str:
    """Stands in for Fernet: a value sealed with one key opens only with that key."""
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


def execute(site: str, method: str, args: list) -> None:
    """The two frappe.utils.password functions tests need: set_encrypted_password writes a value encrypted with
    the site's encryption_key, generated on first use (get_encryption_key: update_site_config); get_decrypted_
    password fails with "Encryption key is invalid" under another key."""
    conf = site_conf(site)
    db = conf["db_name"]
    if method == "frappe.utils.password.set_encrypted_password":
        key = conf.get("encryption_key")
        if not key:
            key = hashlib.sha256(os.urandom(32)).hexdigest()
            update_site_config(Path(site, "site_config.json"), "encryption_key", key)
        sql(conf, "CREATE TABLE IF NOT EXISTS `__Auth` (name varchar(140) PRIMARY KEY, password text, tag text);"
                  f" REPLACE INTO `__Auth` VALUES ('{args[0]}', '{args[1]}', '{password_tag(key, args[1])}')",
            database=db)
    elif method == "frappe.utils.password.get_decrypted_password":
        row = sql(conf, f"SELECT password, tag FROM `__Auth` WHERE name = '{args[0]}'", database=db).split()
        if not row or not conf.get("encryption_key") or password_tag(conf["encryption_key"], row[0]) != row[1]:
            raise Failure("Encryption key is invalid! Please check site_config.json")
        print(row[0])
    else:
        raise Failure(f"the double does not execute {method}")


def main() -> None:
    argv = sys.argv[1:]
    with open(ENV["DOUBLE_LOG"], "a") as log:
        log.write(json.dumps({"argv": argv}) + "\n")
    if argv == ["new-site", "--help"]:  # version-15: --no-mariadb-socket, no --mariadb-user-host-login-scope
        print("Usage: bench new-site [OPTIONS] SITE\n  --db-root-username TEXT\n  --no-mariadb-socket")
        if not ENV.get("DOUBLE_BEFORE_SETUP_DB"):  # the option came with frappe/frappe#27626 (version-15, 2024-09)
            print("  --setup-db / --no-setup-db")
        return
    if "--no-setup-db" in argv and ENV.get("DOUBLE_BEFORE_SETUP_DB"):  # click refuses an unknown option
        print("Error: No such option: --no-setup-db", file=sys.stderr)
        sys.exit(2)
    os.chdir("sites")  # bench runs Frappe's commands from sites/
    site, command, rest = (argv[1], argv[2], argv[3:]) if argv[0] == "--site" else (None, argv[0], argv[1:])
    config_file = Path(site or ".", "site_config.json")
    if site is not None and not config_file.exists():
        print(f"Site {site} does not exist!")  # frappe/utils/bench_helper.py: an unknown site
        sys.exit(1)
    try:
        if command == "new-site":
            new_site(rest)
        elif command == "set-maintenance-mode":  # commands/scheduler.py: maintenance_mode 1 or 0 in site_config
            update_site_config(config_file, "maintenance_mode", "1" if rest[0] == "on" else "0")
        elif command == "set-config":
            update_site_config(config_file, rest[0], rest[1])
        elif command in ("enable-scheduler", "disable-scheduler"):
            value = "1" if command == "enable-scheduler" else "0"
            sql(site_conf(site), f"REPLACE INTO tabSingles VALUES ('System Settings', 'enable_scheduler', '{value}')",
                database=site_conf(site)["db_name"])
        elif command == "migrate":
            migrate(site)
        elif command == "backup":
            backup(site, rest)
        elif command in ("mariadb", "db-console"):
            console(site)
        elif command == "list-apps":  # --format json: {site: [apps]}
            print(json.dumps({site: installed_apps(site_conf(site))}, indent=1))
        elif command == "clear-cache":
            pass
        elif command == "drop-site":
            drop_site(rest)
        elif command == "execute":
            execute(site, rest[0], json.loads(option(rest, "--args", "[]")))
        else:
            raise Failure(f"the double has no command {command}")
    except Failure as error:  # click shows the traceback of an uncaught exception and exits 1
        print(f"Traceback (most recent call last):\n  ...\n{type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

import frappe_k8s  # noqa: F401  first: points jsii at the Node.js wheel before any test imports cdk8s

import os
import shutil
import time
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "platform.yaml"


def run_main(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python main.py ARGS` as a user runs it (FRAPPE_K8S_CRDS unset unless `env` sets it)."""
    if env is None:
        env = {k: v for k, v in os.environ.items() if k != "FRAPPE_K8S_CRDS"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=120)


def platform_problems(text: str) -> list[str]:
    """Every problem the loader reports for a platform.yaml text (it must report some)."""
    from frappe_k8s import loader

    with pytest.raises(loader.PlatformError) as caught:
        loader.parse(text, "platform.yaml")
    return caught.value.problems


def read_tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def load_objects(folder: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted(folder.rglob("*.yaml"))
            if p.name != "kustomization.yaml" and not p.name.endswith(".patch.yaml")]


@pytest.fixture(scope="session")
def example_dist(tmp_path_factory) -> Path:
    """The bundled example rendered end to end by `python main.py` into a fresh folder (vendored schemas only)."""
    out = tmp_path_factory.mktemp("example") / "dist"
    result = run_main("render", "--platform", str(EXAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def example_objects(example_dist) -> list[dict]:
    return load_objects(example_dist)


@pytest.fixture
def listening():
    """A local TCP port that accepts connections: what the scripts' waits for a database or Redis reach."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server.getsockname()[1]
    server.close()


def platform_with(tmp_path, change, example: Path = EXAMPLE) -> str:
    """The example platform file (or another of examples/), changed in place by `change(document)`, written to
    tmp_path."""
    document = yaml.safe_load(example.read_text())
    change(document)
    path = tmp_path / "platform.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return str(path)


# --- real servers, started once per session on loopback in temporary folders ------------------------------

ROOT_PASSWORD = "root-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until(check, what: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start (exit {process.poll()})")
        time.sleep(0.1)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def mariadb_server(tmp_path_factory):
    """MariaDB (Debian's mariadb-server, the 10.11 line of the example's image) on 127.0.0.1 with a root that logs
    in by password over TCP, as a Kubernetes Job reaches it. Works unprivileged and as root (--user)."""
    for tool in ("mariadbd", "mariadb-install-db", "mariadb", "mariadb-dump"):
        assert shutil.which(tool) or Path("/usr/sbin", tool).exists(), \
            f"{tool} is needed (Debian package mariadb-server); scripts/install-test-tools installs it"
    folder = tmp_path_factory.mktemp("mariadb")
    data, sock, port = folder / "data", folder / "mysqld.sock", free_port()
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(["mariadb-install-db", "--no-defaults", f"--datadir={data}", "--auth-root-authentication-method=normal",
                    "--skip-test-db", *user], check=True, capture_output=True)
    server = subprocess.Popen([shutil.which("mariadbd") or "/usr/sbin/mariadbd", "--no-defaults", f"--datadir={data}",
                               f"--socket={sock}", f"--port={port}", "--bind-address=127.0.0.1",
                               f"--pid-file={folder / 'mysqld.pid'}", "--skip-name-resolve",
                               "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                               "--innodb-buffer-pool-size=32M", "--skip-log-bin", *user],
                              stdout=subprocess.DEVNULL, stderr=open(folder / "error.log", "w"))
    _wait_until(sock.exists, "mariadbd", server)
    subprocess.run(["mariadb", f"--socket={sock}", "--user=root", "--execute",
                    "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1';"  # more specific than '%', no password
                    f" CREATE USER 'root'@'%' IDENTIFIED BY '{ROOT_PASSWORD}';"
                    " GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION; FLUSH PRIVILEGES"], check=True)
    yield {"host": "127.0.0.1", "port": port, "root_password": ROOT_PASSWORD, "socket": str(sock)}
    _stop(server)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """Redis (Debian's redis-server) on 127.0.0.1, nothing persisted."""
    assert shutil.which("redis-server"), "redis-server is needed (Debian package redis-server)"
    folder, port = tmp_path_factory.mktemp("redis"), free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder)], stdout=subprocess.DEVNULL)

    def answers() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    _wait_until(answers, "redis-server", server)
    yield {"url": f"redis://127.0.0.1:{port}", "port": port}
    _stop(server)

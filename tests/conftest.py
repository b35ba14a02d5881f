import frappe_k8s  # noqa: F401  first: points jsii at the Node.js wheel before any test imports cdk8s

import os
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

"""The product stands alone: a fresh clone with nothing beside it passes the README's set-up, and a virtual
environment that installs the built package scaffolds, renders and checks a new GitOps repository.

These run the real commands (venv, pip from PyPI or its cache, the `frappe-k8s` entry point) in folders outside
the project, with no CRD folder anywhere and FRAPPE_K8S_CRDS unset.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, read_tree

README = (ROOT / "README.md").read_text()


def setup_commands() -> list[str]:
    """The two commands of the README's "Set-up" block, without their comments."""
    block = README.split("## Set-up", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("   #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("FRAPPE_K8S_CRDS", "FRAPPE_K8S_CACHE", "VIRTUAL_ENV", "PYTHONPATH", "CDK8S_OUTDIR")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["HOME"] = os.environ.get("HOME", str(home))  # pip's cache
    return env


def run(command, cwd: Path, env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                            shell=isinstance(command, str), executable="/bin/bash" if isinstance(command, str) else None)
    assert result.returncode == 0, f"{command} in {cwd} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def project_files() -> list[str]:
    """What a clone holds: the tracked files, and new ones not yet committed (a developer's run before a commit)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split("\0")
    return sorted(f for f in listed if f and (ROOT / f).is_file())


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory) -> Path:
    """The project copied alone into an empty folder (no ../shared), set up with the README's first command."""
    clone = tmp_path_factory.mktemp("lonely") / "frappe-k8s"
    for name in project_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    shutil.rmtree(clone / "dist")  # the first command must write it, not find it
    assert os.listdir(clone.parent) == ["frappe-k8s"]  # no ../shared, nothing else beside it
    run(setup_commands()[0], clone, clean_env(clone.parent))
    return clone


def test_readme_has_the_two_setup_commands_and_ci_runs_them_exactly():
    install, tests = setup_commands()
    assert install.startswith("python3 -m venv .venv && ") and install.endswith(" render")
    assert tests.endswith(".venv/bin/python -m pytest") and "install-test-tools" in tests
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert install in ci and ci[-1] == tests


def test_a_fresh_clone_renders_the_example_with_the_readme_command(fresh_clone):
    assert read_tree(fresh_clone / "dist") == read_tree(ROOT / "dist")  # the committed dist/, byte for byte
    assert (fresh_clone / ".venv" / "bin" / "frappe-k8s").exists()


def test_the_installed_package_inits_renders_and_checks_a_new_repository(fresh_clone, tmp_path):
    env = clean_env(tmp_path)
    run([str(fresh_clone / ".venv/bin/pip"), "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "wheels"),
         str(fresh_clone)], tmp_path, env)
    (wheel,) = (tmp_path / "wheels").glob("frappe_k8s-*.whl")
    run([sys.executable, "-m", "venv", str(tmp_path / "venv")], tmp_path, env)
    run([str(tmp_path / "venv/bin/pip"), "install", "--quiet", str(wheel)], tmp_path, env)
    frappe_k8s = str(tmp_path / "venv/bin/frappe-k8s")
    work = tmp_path / "empty"
    work.mkdir()

    run([frappe_k8s, "init", "repo", "--name", "acme", "--repo-url", "https://git.example.com/acme/platform.git",
         "--renderer", "frappe-k8s @ git+https://git.example.com/tools/frappe-k8s@v0.1.0"], work, env)
    repo = work / "repo"
    assert sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file()) == [
        ".github/workflows/frappe-k8s.yaml", ".gitignore", "README.md", "platform.schema.json", "platform.yaml"]
    for command in (["plan"], ["render"], ["check"], ["validate"], ["diff"]):
        run([frappe_k8s, *command], repo, env)
    assert (repo / "dist" / "sites-erp" / "kustomization.yaml").is_file()

    # the CI workflow's steps, in a Git repository: a change shows in diff --against the base commit
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    run(["git", "init", "-q", "-b", "main"], repo, env)
    run(git + ["add", "-A"], repo, env)
    run(git + ["commit", "-qm", "init"], repo, env)
    assert not (repo / ".cache").exists() or "cache" not in run(["git", "status", "--porcelain"], repo, env).stdout
    document = yaml.safe_load((repo / "platform.yaml").read_text())
    document["benches"][0]["sites"].append({"name": "shop.example.com"})
    (repo / "platform.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    run([frappe_k8s, "render"], repo, env)
    diff = subprocess.run([frappe_k8s, "diff", "--against", "main"], cwd=repo, env=env, capture_output=True, text=True)
    assert diff.returncode == 1 and "+ sites-erp/Job.erp.shop-example-com-create-" in diff.stdout, diff.stderr
    run([frappe_k8s, "check"], repo, env)
    run([frappe_k8s, "validate"], repo, env)
    schema = run([frappe_k8s, "schema"], repo, env).stdout
    assert schema == (repo / "platform.schema.json").read_text()  # the workflow's freshness step passes

"""`frappe-k8s init`: a starter repository that renders as it is, with clear errors and no overwrites, and a CI
workflow that works."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from frappe_k8s import __version__, loader

from conftest import run_main


def init(tmp_path, *args):
    return run_main("init", *args, cwd=tmp_path)


@pytest.mark.parametrize("tool", ["argocd", "flux", "both"])
def test_starter_renders_checks_and_validates_for_each_tool(tmp_path, tool):
    result = init(tmp_path, "repo", "--tool", tool, "--storage-class", "gp3")
    assert result.returncode == 0, result.stderr
    repo = tmp_path / "repo"
    platform = loader.load(repo / "platform.yaml")
    assert platform.name == "repo" and platform.gitops.tool == tool
    assert platform.benches[0].sites_volume.storage_class == "gp3"
    assert run_main("render", "--platform", str(repo / "platform.yaml"), "--out", str(repo / "dist"),
                    cwd=repo).returncode == 0
    assert run_main("check", cwd=repo).returncode == 0 and run_main("validate", cwd=repo).returncode == 0
    folders = sorted(p.name for p in (repo / "dist" / "gitops").iterdir())
    assert folders == (["argocd", "flux"] if tool == "both" else [tool])


def test_files_are_filled_in_and_the_workflow_pins_the_renderer(tmp_path):
    spec = "frappe-k8s @ git+https://git.example.com/tools/frappe-k8s@v0.1.0"
    assert init(tmp_path, "repo", "--name", "acme", "--renderer", spec).returncode == 0
    repo = tmp_path / "repo"
    texts = {p.relative_to(repo).as_posix(): p.read_text() for p in repo.rglob("*") if p.is_file()}
    assert not any("@NAME@" in t or "@RENDERER@" in t or "@REPO_URL@" in t for t in texts.values())
    workflow = yaml.safe_load(texts[".github/workflows/frappe-k8s.yaml"])
    assert workflow["env"] == {"FRAPPE_K8S": spec}
    assert "${{ github.base_ref }}" in texts[".github/workflows/frappe-k8s.yaml"]  # GitHub's braces kept as they are
    assert texts["platform.yaml"].startswith("# yaml-language-server: $schema=platform.schema.json\n")
    assert json.loads(texts["platform.schema.json"]) == loader.schema()
    assert ".cache/" in texts[".gitignore"].splitlines()
    assert "# acme" in texts["README.md"] and spec in texts["README.md"]
    default = init(tmp_path, "other")
    assert f'FRAPPE_K8S: "frappe-k8s=={__version__}"' in (tmp_path / "other/.github/workflows/frappe-k8s.yaml").read_text()
    assert default.returncode == 0


def test_repo_url_defaults_to_the_git_origin_of_the_folder(tmp_path):
    repo = tmp_path / "platform"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "remote", "add", "origin", "git@git.example.com:acme/platform.git"], cwd=repo, check=True)
    assert init(tmp_path, "platform").returncode == 0
    assert loader.load(repo / "platform.yaml").gitops.repo_url == "git@git.example.com:acme/platform.git"


def test_existing_files_are_never_overwritten_without_force(tmp_path):
    assert init(tmp_path, "repo").returncode == 0
    (tmp_path / "repo" / "platform.yaml").write_text("name: mine\n")
    again = init(tmp_path, "repo")
    assert again.returncode == 1 and "already has platform.yaml" in again.stderr and "--force" in again.stderr
    assert (tmp_path / "repo" / "platform.yaml").read_text() == "name: mine\n"
    assert init(tmp_path, "repo", "--force").returncode == 0
    assert (tmp_path / "repo" / "platform.yaml").read_text() != "name: mine\n"


@pytest.mark.parametrize("args, message", [
    (["--name", "Acme_ERP"], "--name 'Acme_ERP' is not a platform name. Fix:"),
    (["--repo-url", "ftp://x/y"], "--repo-url 'ftp://x/y' is not a Git URL"),
    (["--storage-class", "Fast SSD"], "--storage-class 'Fast SSD' is not a StorageClass name"),
])
def test_bad_options_are_clear_errors_that_write_nothing(tmp_path, args, message):
    result = init(tmp_path, "repo", *args)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "repo").exists()


def test_schema_command_prints_or_writes_the_loader_schema(tmp_path):
    printed = run_main("schema")
    assert printed.returncode == 0 and json.loads(printed.stdout) == loader.schema()
    assert run_main("schema", "--out", str(tmp_path / "s.json")).returncode == 0
    assert (tmp_path / "s.json").read_text() == printed.stdout


def test_the_ci_workflow_posts_the_plan_and_fails_only_on_blocked_changes(tmp_path):
    """The workflow's own plan step, run by bash as GitHub runs it, in a repository `init` wrote with an `origin`:
    a shrunk claim is posted and then fails the job; once acknowledged in the pull request it passes; a platform
    that does not load fails the step itself."""
    assert init(tmp_path, "repo", "--storage-class", "gp3").returncode == 0
    repo = tmp_path / "repo"
    steps = {s["name"]: s for s in yaml.safe_load((repo / ".github/workflows/frappe-k8s.yaml").read_text())["jobs"]
             ["render"]["steps"] if "name" in s}
    plan_step = steps["Plan the change against the base branch"]["run"].replace("${{ github.base_ref }}", "main")
    fail_step = steps["Fail on blocked changes"]
    assert fail_step["if"] == "steps.plan.outputs.status == '3'"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    env.pop("FRAPPE_K8S_CRDS", None)
    git = lambda *a: subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *a], cwd=repo, check=True,
                                    capture_output=True)
    assert run_main("render", cwd=repo).returncode == 0
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "base")
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(tmp_path / "origin.git")], check=True)
    git("remote", "add", "origin", str(tmp_path / "origin.git"))
    git("fetch", "-q", "origin")

    def run_plan_step():
        runner = tmp_path / "runner"
        shutil.rmtree(runner, ignore_errors=True)
        runner.mkdir()
        step_env = {**env, "RUNNER_TEMP": str(runner), "GITHUB_OUTPUT": str(runner / "output"),
                    "GITHUB_STEP_SUMMARY": str(runner / "summary")}
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", plan_step], cwd=repo,
                                env=step_env, capture_output=True, text=True, timeout=300)
        output = (runner / "output").read_text() if (runner / "output").exists() else ""
        comment = (runner / "plan.md").read_text() if (runner / "plan.md").exists() else ""
        return result, output, comment

    document = yaml.safe_load((repo / "platform.yaml").read_text())
    document["benches"][0]["sitesVolume"]["size"] = "5Gi"
    (repo / "platform.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    assert run_main("render", cwd=repo).returncode == 0
    result, output, comment = run_plan_step()
    assert result.returncode == 0 and output == "status=3\n", result.stderr  # posted first, failed last
    assert comment.startswith("### frappe-k8s plan against origin/main") and "**Blocked:** 1 change(s)" in comment
    assert subprocess.run(["bash", "-c", fail_step["run"]], capture_output=True).returncode == 1
    blocked = comment.split("- id: ")[1].split()[0]
    (repo / "acknowledgements.yaml").write_text(yaml.safe_dump({"acknowledgements": [{
        "id": blocked, "object": "bench-erp/PersistentVolumeClaim.erp.erp-sites.yaml",
        "reason": "a new starter: the claim holds nothing yet and is re-created at 5Gi by hand"}]}))
    result, output, comment = run_plan_step()
    assert result.returncode == 0 and output == "status=1\n" and "Nothing blocked: 1 blocked change(s) are " \
        "acknowledged." in comment, result.stderr
    (repo / "platform.yaml").write_text("name: Not-A-Name\n")
    result, output, comment = run_plan_step()
    assert result.returncode == 1 and output == "status=2\n" and "error: " in result.stderr

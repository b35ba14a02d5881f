"""checkov's Kubernetes checks on the whole dist/ of every example, with the skips of tests/checkov.yaml only.

checkov is a command-line tool with its own pinned dependency tree (it conflicts with ours: pip
falls back to a two-year-old checkov when both are installed together), so it gets its own
virtual environment under .cache/, made on first use.
"""
import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT, run_main

CHECKOV_VERSION = "3.3.30"
CONFIG = ROOT / "tests" / "checkov.yaml"


@pytest.fixture(scope="session")
def checkov() -> str:
    venv = ROOT / ".cache" / f"checkov-{CHECKOV_VERSION}"
    binary = venv / "bin" / "checkov"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                        f"checkov=={CHECKOV_VERSION}"], check=True, timeout=900)
    return str(binary)


def test_every_skipped_check_has_a_reason():
    lines = [line for line in CONFIG.read_text().splitlines() if line.strip().startswith("- CKV")]
    skipped = yaml.safe_load(CONFIG.read_text())["skip-check"]
    assert len(lines) == len(skipped) > 0
    for line in lines:
        assert re.match(r"^\s*- CKV2?_K8S_\d+\s+# \".+\": .{20,}", line), line


def examples() -> list:
    """Every platform the project ships: the bundled example and examples/*.yaml."""
    return [ROOT / "platform.yaml", *sorted((ROOT / "examples").glob("*.yaml"))]


def test_checkov_passes_on_the_whole_dist_of_every_example(checkov, example_dist, tmp_path):
    dists = [example_dist]
    for platform in examples()[1:]:
        out = tmp_path / platform.stem / "dist"
        result = run_main("render", "--platform", str(platform), "--out", str(out), "--no-cache")
        assert result.returncode == 0, result.stderr
        dists.append(out)
    folders = [f for d in dists for f in d.rglob("*") if f.is_dir()]
    assert {"bench-production-bench", "sites-production-bench", "storage", "gitops"} <= {f.name for f in folders}
    passed = 0
    for dist in dists:  # one run each: with several -d, checkov 3.3.30 prints one report per folder, cumulated
        result = subprocess.run([checkov, "--config-file", str(CONFIG), "-d", str(dist), "--output", "json", "--quiet",
                                 "--compact"], capture_output=True, text=True, timeout=600)
        report = json.loads(result.stdout)
        failed = [(c["check_id"], c["file_path"]) for c in report["results"]["failed_checks"]]
        assert failed == [] and result.returncode == 0, dist
        objects = [p for p in dist.rglob("*.yaml") if p.name != "kustomization.yaml"  # the Helm values and the
                   and "apiVersion" in (yaml.safe_load(p.read_text()) or {})]  # ArgoCD patch are not objects
        assert report["summary"]["resource_count"] >= len(objects)  # it read every object
        passed += report["summary"]["passed"]
    assert passed > 50  # and checked them (examples/external-ceph.yaml renders classes and claims, no workloads)


def test_checkov_fails_without_the_verification_network_policy(checkov, example_dist, tmp_path):
    """The negative control: the storage folder without the policy of its RWX verification Jobs fails CKV2_K8S_6."""
    folder = tmp_path / "storage"
    shutil.copytree(example_dist / "storage", folder)
    for policy in folder.glob("NetworkPolicy.*-verify-rwx.yaml"):
        policy.unlink()
    result = subprocess.run([checkov, "--config-file", str(CONFIG), "-d", str(folder), "--output", "json", "--quiet",
                             "--compact"], capture_output=True, text=True, timeout=600)
    failed = {c["check_id"] for c in json.loads(result.stdout)["results"]["failed_checks"]}
    assert failed == {"CKV2_K8S_6"} and result.returncode == 1

"""checkov's Kubernetes checks on the rendered benches, with the skips of tests/checkov.yaml only.

checkov is a command-line tool with its own pinned dependency tree (it conflicts with ours: pip
falls back to a two-year-old checkov when both are installed together), so it gets its own
virtual environment under .cache/, made on first use.
"""
import json
import re
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

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


def test_checkov_passes_on_every_bench_and_sites_folder(checkov, example_dist):
    folders = sorted(p for p in example_dist.iterdir() if p.name.startswith(("bench-", "sites-")))
    assert [f.name for f in folders if f.name.startswith("sites-")] == ["sites-production-bench"]
    for folder in folders:
        result = subprocess.run([checkov, "--config-file", str(CONFIG), "-d", str(folder), "--output", "json",
                                 "--quiet", "--compact"], capture_output=True, text=True, timeout=600)
        report = json.loads(result.stdout)
        summary = report["summary"]
        failed = [(c["check_id"], c["resource"]) for c in report["results"]["failed_checks"]]
        assert failed == [] and result.returncode == 0, folder.name
        assert summary["passed"] > 100, summary  # the checks really ran on the folder

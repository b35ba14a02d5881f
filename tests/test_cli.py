"""The command line as a user meets it: help, exit codes, no traceback, no system Node needed."""
import os
import re
import sys

import pytest

from conftest import EXAMPLE, ROOT, read_tree, run_main


@pytest.mark.parametrize("args", [["--help"], ["render", "--help"], ["validate", "--help"]])
def test_help_for_every_command(args):
    result = run_main(*args)
    assert result.returncode == 0 and "usage: python main.py" in result.stdout


def test_usage_error_exits_2():
    result = run_main("render", "--no-such-option")
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_renders_with_no_node_on_path_and_no_end_of_life_banner(tmp_path):
    """jsii runs on the Node.js wheel that frappe_k8s points JSII_NODE at; PATH holds nothing."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path), "CDK8S_OUTDIR": str(tmp_path / "out")}
    result = run_main("--platform", str(EXAMPLE), env=env)
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stderr.lower() and result.stderr == ""
    assert re.match(r"rendered \d+ objects into", result.stdout)
    assert read_tree(tmp_path / "out") == read_tree(ROOT / "dist")  # CDK8S_OUTDIR, as `cdk8s synth` sets it


def test_validate_without_dist_is_a_clear_error(tmp_path):
    result = run_main("validate", "--dist", str(tmp_path / "nothing"), "--platform", str(EXAMPLE))
    assert result.returncode == 1 and "is not a folder. Fix: render first" in result.stderr


def test_bad_crd_folder_and_bad_output_folder_are_user_errors(tmp_path):
    result = run_main("--platform", str(EXAMPLE), "--out", str(tmp_path / "d"), "--crds", str(tmp_path / "none"))
    assert result.returncode == 1 and "--crds" in result.stderr and "is not a folder" in result.stderr
    (tmp_path / "file").write_text("x")
    result = run_main("--platform", str(EXAMPLE), "--out", str(tmp_path / "file" / "dist"))
    assert result.returncode == 1 and "cannot create" in result.stderr and "Traceback" not in result.stderr


def test_a_kind_with_no_schema_is_reported_with_the_fix(tmp_path):
    from frappe_k8s.validate import validate_all

    cr = {"apiVersion": "velero.io/v2", "kind": "Schedule", "metadata": {"name": "s"}}  # v1 is the served version
    (problem,) = validate_all([("backups/Schedule.s.yaml", cr)], "1.33", None)
    assert problem.startswith("backups/Schedule.s.yaml: Schedule/s: no schema for velero.io/v2 Schedule")
    assert "nor a vendored CRD (frappe_k8s/schemas). Fix: check apiVersion and kind, or pass --crds DIR" in problem


def test_unsupported_kubernetes_version_is_a_user_error():
    from frappe_k8s.errors import UserError
    from frappe_k8s.validate import Validator

    with pytest.raises(UserError, match="between 1.27 and 1.37"):
        Validator("1.19")


def test_main_py_imports_the_package_before_cdk8s():
    """jsii reads JSII_NODE when cdk8s is first imported, so the bootstrap must come first."""
    lines = [line for line in (ROOT / "main.py").read_text().splitlines() if line.startswith(("import", "from"))]
    assert lines.index("import frappe_k8s  # noqa: F401  first: points jsii at the Node.js wheel before cdk8s loads") \
        < lines.index("from frappe_k8s.cli import main")
    assert os.path.basename(os.environ.get("JSII_NODE", "")) in ("node", "node.exe") or sys.platform == "win32"

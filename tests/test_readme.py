"""The README stays true: every platform.yaml field is documented, and its Python examples run."""
import re
import subprocess
import sys

import pytest

from frappe_k8s import loader

from conftest import ROOT

README = (ROOT / "README.md").read_text()


def _field_names(node, found: set) -> set:
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            found.add(name)
            _field_names(child, found)
        for key in ("items", "additionalProperties"):
            _field_names(node.get(key), found)
        for child in node.get("$defs", {}).values():
            _field_names(child, found)
    return found


def test_every_schema_field_is_in_the_readme():
    missing = sorted(name for name in _field_names(loader.schema(), set()) if not re.search(rf"`[^`]*\b{name}\b", README))
    assert missing == []


@pytest.mark.parametrize("heading", ["### Using `RwxVolume` from your own cdk8s app",
                                     "### Using `FrappeBench` from your own cdk8s app"])
def test_python_examples_run(heading, tmp_path):
    code = README.split(heading)[1].split("```python\n")[1].split("```")[0]
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={"CDK8S_OUTDIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("*.yaml")), "the example synthesized nothing"

"""Property-based fuzzing of the loader and the renderer with Hypothesis: mutations of every shipped platform (fields
removed, replaced by values of any type or by the schema's own enum values, list items repeated, the YAML text
cut or spliced). The invariant: a typed platform, or a PlatformError whose every line names the file and says what
to fix; a render that exits 0 with a validated dist/, or exits 1 with `error:` and writes nothing; never a
traceback, never unbounded time.

A fixed seed and a small budget run by default (CI); FRAPPE_K8S_FUZZ_EXAMPLES=N runs N examples per test (the runs
and what they found are in the README, section "Hostile input").
"""
import contextlib
import copy
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from frappe_k8s import cli, loader

from conftest import EXAMPLE, ROOT

PLATFORMS = [EXAMPLE, *sorted((ROOT / "examples").glob("*.yaml"))]
DOCUMENTS = [yaml.safe_load(p.read_text()) for p in PLATFORMS]
BUDGET = int(os.environ.get("FRAPPE_K8S_FUZZ_EXAMPLES", "0"))
SETTINGS = dict(deadline=None, database=None, suppress_health_check=list(HealthCheck), print_blob=True)


def _enums(node, found):
    if isinstance(node, dict):
        for value in node.get("enum", []):
            found.append(value)
        for value in node.values():
            _enums(value, found)
    elif isinstance(node, list):
        for value in node:
            _enums(value, found)
    return found


ENUMS = sorted({json.dumps(v) for v in _enums(loader.schema(), [])})
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63), st.floats(allow_nan=False),
                    st.text(max_size=80), st.sampled_from(["", "0", "-1", "a" * 300, "Ünïcödé", "x:y", "$(HOME)",
                                                           "../..", "*", "1Gi", "0Gi", "-1Gi", "1e3", "null", "yes",
                                                           "http://a", "a.b.c", "UPPER", "name with spaces"]),
                    st.sampled_from(ENUMS).map(json.loads))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                      max_leaves=8)


def paths(document, prefix=()):
    """Every path to a value in the document."""
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from paths(value, prefix + (i,))


def pick(draw, document) -> tuple:
    """A random value of the document, as its container and its key there."""
    path = draw(st.sampled_from(list(paths(document))[1:]))
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    return parent, path[-1]


@st.composite
def mutated_documents(draw, max_mutations=4):
    """One shipped platform with a few random mutations."""
    document = copy.deepcopy(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(1, max_mutations))):
        parent, key = pick(draw, document)
        action = draw(st.sampled_from(["replace", "delete", "repeat", "add"]))
        if action == "replace":
            parent[key] = draw(values)
        elif action == "delete":
            del parent[key]
        elif action == "repeat" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "add" and isinstance(parent[key], dict):
            parent[key][draw(st.text(max_size=15))] = draw(values)
    return document


LIKE = {str: st.sampled_from(["a", "x" * 40, "a" * 63, "a-b-c", "bench-2", "z9", "example.org", "a.b.example.com",
                              "1", "100Gi", "10Mi", "250m", "0 3 * * *", "*/5 * * * *", "7d", "1h", "v15.1.0",
                              "https://git.example.com/x.git"]) | st.sampled_from(ENUMS).map(json.loads),
        bool: st.booleans(), int: st.integers(0, 10) | st.sampled_from([63, 64, 100, 65535, 65536, 2**31]),
        float: st.floats(0, 1)}


@st.composite
def nearby_documents(draw, max_mutations=3):
    """One shipped platform with values swapped for others of the same type (many of which load): the renderer's
    input space, not the loader's."""
    document = copy.deepcopy(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(1, max_mutations))):
        parent, key = pick(draw, document)
        current = parent[key]
        if type(current) in LIKE:
            parent[key] = draw(LIKE[type(current)])
        elif isinstance(current, list) and current:
            current.append(copy.deepcopy(current[draw(st.integers(0, len(current) - 1))]))
        elif isinstance(parent, dict) and draw(st.booleans()):
            del parent[key]
    return document


@st.composite
def mutated_texts(draw):
    """A shipped platform's YAML text, cut or spliced at random places."""
    text = draw(st.sampled_from(PLATFORMS)).read_text()
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 200)))
        text = text[:start] + draw(st.sampled_from(["", ":", "- ", "&a ", "*a", "{", "[", "]", "\t", "'", '"', "\n  ",
                                                    "!!python/object ", "<<: ", "? ", "|", "%YAML 1.1\n---\n",
                                                    "9" * 5000, "[" * 70, " &a [*a]", "\x00", "\ufeff"]
                                                   ) | st.text(max_size=10)) + text[end:]
    return text


def assert_loads_or_explains(text: str) -> None:
    try:
        loader.parse(text, "platform.yaml")
    except loader.PlatformError as error:
        assert error.problems, "a PlatformError lists its problems"
        for problem in error.problems:
            assert problem.startswith("platform.yaml") and "Fix:" in problem, problem
            assert len(problem) < 2000, problem  # values are quoted cut, never whole


def dump(document) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)


@seed(20)
@settings(max_examples=BUDGET or 150, **SETTINGS)
@given(mutated_documents() | nearby_documents())
def test_loader_types_or_explains_mutated_platforms(document):
    assert_loads_or_explains(dump(document))


@seed(20)
@settings(max_examples=BUDGET or 80, **SETTINGS)
@given(mutated_texts())
def test_loader_types_or_explains_mutated_yaml_text(text):
    assert_loads_or_explains(text)


def render(text: str) -> tuple[int, str, Path]:
    """`frappe-k8s render` in this process (a jsii runtime is started once): exit code, stderr, output folder."""
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-"))
    (scratch / "platform.yaml").write_text(text)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["render", "--platform", str(scratch / "platform.yaml"), "--out", str(scratch / "dist"),
                         "--no-cache", "--jobs", "1"])
    return code, stderr.getvalue(), scratch / "dist"


@seed(20)
@settings(max_examples=BUDGET or 6, **SETTINGS)
@given(nearby_documents(max_mutations=2))
def test_render_writes_a_valid_dist_or_an_error_and_nothing(document):
    code, stderr, out = render(dump(document))
    try:
        assert code in (0, 1), stderr
        if code == 0:
            assert (out / "README.md").is_file() and any(out.rglob("kustomization.yaml"))
        else:
            assert stderr.startswith("error: ") and "Traceback" not in stderr, stderr
            assert not out.exists() and [p.name for p in out.parent.iterdir()] == ["platform.yaml"]
    finally:
        shutil.rmtree(out.parent)

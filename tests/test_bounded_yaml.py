"""Hostile platform files: size, nesting, alias bombs, recursive aliases and huge numbers end in a clear `error:`,
in bounded time and memory, whichever YAML parser reads the events (frappe_k8s/bounded_yaml.py)."""
import itertools
import time
import tracemalloc

import pytest
import yaml

from frappe_k8s import bounded_yaml, loader
from frappe_k8s.bounded_yaml import LIMITS, LimitExceeded, Limits

from conftest import EXAMPLE, platform_problems, run_main

PARSERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


def bomb(levels: int, width: int = 9) -> str:
    """The issue's alias bomb: each level a list of `width` aliases of the level below."""
    lines = ["name: bomb", "a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def expanded(node: yaml.Node) -> int:
    """Nodes of a composed document, a node that aliases share counted at every use: the brute-force count."""
    if isinstance(node, yaml.MappingNode):
        return 1 + sum(expanded(k) + expanded(v) for k, v in node.value)
    if isinstance(node, yaml.SequenceNode):
        return 1 + sum(expanded(v) for v in node.value)
    return 1


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("text", [EXAMPLE.read_text(), bomb(3), bomb(4, 3), "a: &x {b: [1, 2]}\nc: *x\nd: {<<: *x, e: 1}\n",
                                  "- &s scalar\n- *s\n- [*s, *s]\n"])
def test_node_count_equals_the_expanded_document(parser, text):
    """The count the bounds use is the size of the document with every alias expanded (the negative control of the
    bomb tests below: a count that missed aliases would let every bomb through)."""
    assert bounded_yaml.check(text, parser) == expanded(yaml.compose(text, Loader=yaml.SafeLoader))


@pytest.mark.parametrize("levels", range(3, 12))
def test_alias_bombs_of_growing_depth_stop_in_bounded_time_and_memory(levels):
    """9 x 9 items: 5 levels (66,000 nodes) load; from 6 levels (531,000) the loader refuses, as fast as it reads."""
    tracemalloc.start()
    started = time.process_time()  # CPU time: other work on the machine does not inflate it
    try:
        problems = platform_problems(bomb(levels))
    finally:
        elapsed = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < 3 and peak < 64 * 2**20, (elapsed, peak)
    limit = [p for p in problems if "YAML nodes" in p]
    if 9 ** levels < LIMITS.max_nodes / 2:
        assert not limit and any("a0: unknown field" in p for p in problems)  # read whole, then refused by the schema
    else:  # a5 (line 7) is the first anchor past the limit: 9 ** 6 = 531,441 nodes
        assert limit == ["platform.yaml:7: expands to more than 250,000 YAML nodes (aliases count as the"
                         " nodes they repeat). Fix: write the values out, or use fewer nested aliases"]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("text, problem", [
    ("name: x\nstorage: " + "[" * 5000 + "]" * 5000 + "\n", "nests collections more than 64 deep"),
    ("name: x\nstorage: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n", "nests collections more than 64 deep"),
    ("name: x\nstorage: &a [*a]\n", "alias *a refers to a node that contains it"),
    ("name: x\nstorage: &a {b: {c: *a}}\n", "alias *a refers to a node that contains it"),
    ("x: &a [1]\nl: [" + ", ".join(["*a"] * 1001) + "]\n", "has more than 1,000 aliases"),
])
def test_each_bound_names_itself_and_its_limit(parser, text, problem):
    started = time.process_time()  # CPU time: other work on the machine does not inflate it
    with pytest.raises(LimitExceeded) as caught:
        bounded_yaml.check(text, parser)
    assert time.process_time() - started < 2  # 5,000 levels take many seconds in the parser when nothing stops it
    assert caught.value.problem.startswith(problem) and "Fix:" in caught.value.problem
    assert caught.value.line == 2


def test_limits_are_exact_at_the_boundary():
    """One more than a limit fails, the limit itself passes (the limits are what they say)."""
    small = Limits(max_bytes=100, max_depth=3, max_aliases=2, max_nodes=10)
    bounded_yaml.check("a: [[1]]\n", limits=small)  # depth 3
    with pytest.raises(LimitExceeded, match="more than 3 deep"):
        bounded_yaml.check("a: [[[1]]]\n", limits=small)
    bounded_yaml.check("a: &x 1\nb: [*x, *x]\n", limits=small)
    with pytest.raises(LimitExceeded, match="more than 2 aliases"):
        bounded_yaml.check("a: &x 1\nb: [*x, *x, *x]\n", limits=small)
    assert bounded_yaml.check("[1, 2, 3, 4, 5, 6, 7, 8, 9]", limits=small) == 10
    with pytest.raises(LimitExceeded, match="more than 10 YAML nodes"):
        bounded_yaml.check("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", limits=small)
    bounded_yaml.check("x" * 100, limits=small)
    with pytest.raises(LimitExceeded, match="is 101 bytes, more than the 100 bytes"):
        bounded_yaml.check("x" * 101, limits=small)


def test_the_loader_reports_limits_as_errors_with_file_and_line():
    assert platform_problems("name: x\nstorage: &a [*a]\n") == [
        "platform.yaml:2: alias *a refers to a node that contains it, which never ends. Fix: remove the alias"]
    (problem,) = platform_problems("name: " + "9" * 5000 + "\n")  # more digits than Python converts
    assert problem.startswith("platform.yaml:1: not valid YAML: the number 99999999999999999999... is too long")


def test_a_huge_value_is_quoted_cut_in_the_message():
    (problem,) = platform_problems("name: x\nstorage: [" + ", ".join(["1"] * 20000) + "]\n")
    assert problem.startswith("platform.yaml:2: storage: must be of type object (got [1, 1, 1")
    assert "... (60,000 characters)). Fix:" in problem and len(problem) < 300


def test_a_file_larger_than_the_limit_is_refused_unread(tmp_path):
    """Read at most the limit plus one byte: /dev/zero (or a pipe) would never end."""
    with pytest.raises(loader.PlatformError) as caught:
        loader.load("/dev/zero")
    assert caught.value.problems == [f"/dev/zero: is {LIMITS.max_bytes + 1:,} bytes, more than the"
                                     f" {LIMITS.max_bytes:,} bytes a platform file may have. Fix: split the platform,"
                                     " or remove what is not needed"]
    big = tmp_path / "platform.yaml"
    big.write_text("name: x\n" + "#" * LIMITS.max_bytes)
    result = run_main("render", "--platform", str(big), "--out", str(tmp_path / "dist"))
    assert result.returncode == 1 and "more than the 4,194,304 bytes" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "dist").exists()


def test_validate_reads_dist_within_the_limits(tmp_path):
    """`validate` reads files a pull request may change: a bomb in dist/ is an error, not a hang."""
    dist = tmp_path / "dist"
    folder = dist / "storage"
    folder.mkdir(parents=True)
    (folder / "kustomization.yaml").write_text("resources: [ConfigMap.x.yaml]\n")
    (folder / "ConfigMap.x.yaml").write_text(bomb(8).replace("name: bomb\n", "kind: ConfigMap\n"))
    result = run_main("validate", "--platform", str(EXAMPLE), "--dist", str(dist))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{folder / 'ConfigMap.x.yaml'}:7: expands to more than 250,000 YAML nodes" in result.stderr
    (folder / "ConfigMap.x.yaml").write_text("- just\n- a list\n")
    result = run_main("validate", "--platform", str(EXAMPLE), "--dist", str(dist))
    assert result.returncode == 1 and "is not a Kubernetes object (a YAML list)" in result.stderr


def test_limits_leave_room_for_real_platforms():
    """The bundled example is far inside every limit (a limit that refused real files would be a bug too)."""
    text = EXAMPLE.read_text()
    depth = max(len(list(itertools.takewhile(str.isspace, line))) for line in text.splitlines()) // 2
    assert bounded_yaml.check(text) < LIMITS.max_nodes / 100 and depth < LIMITS.max_depth / 4
    assert len(text.encode()) < LIMITS.max_bytes / 100

"""The render cache is data only: a crafted, tampered or foreign entry is a miss that renders again, never code
that runs (frappe_k8s/cache.py)."""
import json
import pickle
import re
import shutil

import pytest

from frappe_k8s.cache import RenderCache

from conftest import EXAMPLE, read_tree, run_main


class WritesAFile:
    """A pickle that creates a file when it is loaded: what an attacker's cache entry would do to a pickle cache."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return open, (self.marker, "w")


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """The example rendered once with a cache: (platform, cache folder, dist of a cold render)."""
    root = tmp_path_factory.mktemp("cache")
    platform = root / "platform.yaml"
    shutil.copy(EXAMPLE, platform)
    result = run_main("render", "--platform", str(platform), "--out", str(root / "dist"), "--cache-dir",
                      str(root / "cache"))
    assert result.returncode == 0, result.stderr
    return platform, root / "cache", read_tree(root / "dist")


def render(platform, cache, out) -> str:
    result = run_main("render", "--platform", str(platform), "--out", str(out), "--cache-dir", str(cache))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result.stdout


def counts(stdout: str) -> tuple[int, int]:
    rendered, cached = re.search(r"^(\d+) app folder\(s\) rendered.*?, (\d+) from the cache", stdout, re.M).groups()
    return int(rendered), int(cached)


def test_entries_are_json_and_hit_when_untouched(warm, tmp_path):
    platform, cache, cold = warm
    entries = sorted(p.name for p in cache.iterdir())
    assert entries and all(name.endswith(".json") for name in entries)
    assert RenderCache(cache).get("storage") is not None  # the negative control of every miss below
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    stdout = render(platform, copy, tmp_path / "dist")
    assert counts(stdout) == (0, len(entries)) and read_tree(tmp_path / "dist") == cold


def test_a_malicious_pickle_in_the_cache_runs_nothing(warm, tmp_path):
    platform, cache, cold = warm
    marker = tmp_path / "pwned"
    payload = pickle.dumps(WritesAFile(marker))
    pickle.loads(payload)  # the crafted entry really is code: loading it with pickle creates the file
    assert marker.exists()
    marker.unlink()
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    for entry in copy.glob("*.json"):
        entry.write_bytes(payload)  # in place of every entry
        entry.with_suffix(".pickle").write_bytes(payload)  # and where the renderer once kept its pickles
    stdout = render(platform, copy, tmp_path / "dist")
    assert not marker.exists()
    assert counts(stdout) == (len(list(copy.glob("*.json"))), 0)  # every folder rendered again
    assert read_tree(tmp_path / "dist") == cold
    assert not list(copy.glob("*.pickle"))  # the old format's files are removed, unread


def entry(cache, folder: str) -> dict:
    return json.loads((cache / f"{folder}.json").read_text())


def rewrite(cache, folder: str, change, *, fix_digest: bool) -> RenderCache:
    """The cache with one entry changed by `change(payload)`, its digest recomputed (a careful forger) or not."""
    from frappe_k8s.cache import _payload_digest

    data = entry(cache, folder)
    change(data["payload"])
    if fix_digest:
        data["digest"] = _payload_digest(data["payload"])
    (cache / f"{folder}.json").write_text(json.dumps(data))
    return RenderCache(cache)


@pytest.mark.parametrize("change, fix_digest", [
    (lambda p: p["texts"].update({"StorageClass.cephfs.yaml": "kind: Evil\n"}), False),  # tampered
    (lambda p: p.update(folder="backups"), True),  # written for another folder
    (lambda p: p.update(format="frappe-k8s/render-cache/0"), True),  # another format
    (lambda p: p.update(manifests="not a list"), True),  # the wrong shapes
    (lambda p: p.update(texts={"a.yaml": 1}), True),
    (lambda p: p["app"].update(depends_on=[["nested"]]), True),
    (lambda p: p["app"].update(extra=1), True),
    (lambda p: p.pop("key"), True),
])
def test_tampered_and_foreign_entries_are_misses(warm, tmp_path, change, fix_digest):
    _, cache, _ = warm
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    assert rewrite(copy, "storage", lambda p: None, fix_digest=fix_digest).get("storage") is not None
    assert rewrite(copy, "storage", change, fix_digest=fix_digest).get("storage") is None


@pytest.mark.parametrize("content", [b"", b"{", b"[" * 100_000, b"\xff\xfe", b"null", b'{"digest": 1, "payload": []}'])
def test_unreadable_entries_are_misses(tmp_path, content):
    (tmp_path / "storage.json").write_bytes(content)
    assert RenderCache(tmp_path).get("storage") is None


def test_a_tampered_entry_renders_again(warm, tmp_path):
    platform, cache, cold = warm
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    rewrite(copy, "storage", lambda p: p["texts"].update({"StorageClass.cephfs.yaml": "kind: Evil\n"}), fix_digest=False)
    stdout = render(platform, copy, tmp_path / "dist")
    assert re.search(r"^1 app folder\(s\) rendered, \d+ from the cache .*: storage$", stdout, re.M)
    assert read_tree(tmp_path / "dist") == cold

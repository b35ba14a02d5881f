"""The fast render paths give the same bytes as the plain one: recorded objects, workers, the cache, shards.

Speed itself is measured by scripts/benchmark.py, never here. A 30-site fleet over three benches
(frappe_k8s.fleet, with Ceph, Velero and RWX volumes) stands in for a large one.
"""
from __future__ import annotations

import contextlib
import re

import pytest

from conftest import EXAMPLE, read_tree, run_main
from frappe_k8s import loader
from frappe_k8s.fleet import fleet_platform

SITES, BENCHES = 30, 3


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    path = tmp_path_factory.mktemp("fleet") / "platform.yaml"
    path.write_text(fleet_platform(SITES, BENCHES))
    return path


@pytest.fixture(scope="module")
def cold(fleet, tmp_path_factory) -> dict[str, bytes]:
    """The fleet rendered in one process, no cache: the reference."""
    out = tmp_path_factory.mktemp("cold") / "dist"
    result = run_main("render", "--platform", str(fleet), "--out", str(out), "--no-cache",
                      "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^10 app folder\(s\) rendered$", result.stdout, re.M), result.stdout
    return read_tree(out)


def render(fleet, out, *args) -> str:
    result = run_main("render", "--platform", str(fleet), "--out", str(out), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("platform", ["example", "fleet"])
def test_recorded_objects_equal_real_api_objects(platform, fleet, monkeypatch):
    """Inside AppCharts objects are plain Python until synth; with real ApiObjects cdk8s gives the same JSON."""
    from frappe_k8s.charts import app_chart
    from frappe_k8s.render import synthesize

    model = loader.load(EXAMPLE if platform == "example" else fleet)
    recorded = synthesize(model)
    monkeypatch.setattr(app_chart, "recording", contextlib.nullcontext)  # the renderer's charts, unrecorded
    assert synthesize(model) == recorded


@pytest.mark.parametrize("recorded", [True, False])
def test_our_charts_synthesize_with_app_synth_recorded_or_not(tmp_path, recorded):
    """The renderer's recording charts still give app.synth() their objects; a chart a Python API user creates holds
    real ApiObjects, which every cdk8s output type and `api_objects` see."""
    import yaml
    from cdk8s import App, YamlOutputType

    from frappe_k8s.charts import app_chart
    from frappe_k8s.charts.namespaces import NamespacesChart

    app = App(outdir=str(tmp_path), yaml_output_type=YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE)
    with app_chart.recording() if recorded else contextlib.nullcontext():
        chart = NamespacesChart(app, ["shop", "erp"])
    assert len(chart.api_objects) == (0 if recorded else 2)
    if recorded:
        documents = chart.to_json()
    else:
        app.synth()
        documents = [d for f in tmp_path.rglob("*.yaml") for d in yaml.safe_load_all(f.read_text())]
    assert sorted(d["metadata"]["name"] for d in documents) == ["erp", "shop"]


def test_workers_render_the_same_bytes(fleet, cold, tmp_path):
    stdout = render(fleet, tmp_path / "dist", "--no-cache", "--jobs", "2")
    assert "by 2 workers" in stdout
    assert read_tree(tmp_path / "dist") == cold


def test_incremental_render_after_one_site_changed_equals_a_cold_render(fleet, tmp_path):
    platform, cache, out = tmp_path / "platform.yaml", tmp_path / "cache", tmp_path / "dist"
    platform.write_text(fleet.read_text())
    first = render(platform, out, "--cache-dir", str(cache))
    assert re.search(r"^10 app folder\(s\) rendered, 0 from the cache", first, re.M)
    again = render(platform, out, "--cache-dir", str(cache))
    assert re.search(r"^0 app folder\(s\) rendered, 10 from the cache", again, re.M)

    changed = platform.read_text().replace("{name: site-0004}", "{name: site-0004, domains: [shop.example.org]}")
    assert changed != platform.read_text()
    platform.write_text(changed)
    stdout = render(platform, out, "--cache-dir", str(cache))
    # site-0004 is on bench erp-01 (round robin over three benches): its sites folder and its bench re-render
    assert re.search(r"^2 app folder\(s\) rendered, 8 from the cache .*: bench-erp-01, sites-erp-01$", stdout, re.M)
    render(platform, tmp_path / "cold", "--no-cache")
    assert read_tree(out) == read_tree(tmp_path / "cold")
    assert "shop.example.org" in (out / "sites-erp-01" / "Ingress.erp-01.site-0004-example-com-domains.yaml").read_text()


def test_cache_keys_follow_the_inputs_of_each_folder(fleet, tmp_path):
    from dataclasses import replace

    from frappe_k8s.cache import folder_key, global_key

    platform = loader.load(fleet)
    bench = platform.benches[1]
    moved = replace(bench, sites=(replace(bench.sites[0], domains=("x.example.org",)), *bench.sites[1:]))
    other = replace(platform, benches=(platform.benches[0], moved, *platform.benches[2:]))
    base = global_key(platform, None)
    changed = {f for f in ("storage", "backups", "operators-argocd", "bench-erp-00", "sites-erp-00", "bench-erp-01",
                           "sites-erp-01") if folder_key(base, platform, f) != folder_key(base, other, f)}
    assert changed == {"bench-erp-01", "sites-erp-01"}
    assert global_key(replace(platform, name="other"), None) != base
    (tmp_path / "schedule.yaml").write_text("kind: CustomResourceDefinition\n")
    assert global_key(platform, tmp_path) != base  # validated against other CRDs (--crds)


@pytest.mark.parametrize("count", [2, 3])
def test_union_of_shards_is_the_full_render(fleet, cold, tmp_path, count):
    union: dict[str, bytes] = {}
    for index in range(1, count + 1):
        out = tmp_path / f"shard-{index}"
        stdout = render(fleet, out, "--no-cache", "--shard", f"{index}/{count}")
        assert f"shard {index}/{count}:" in stdout
        files = read_tree(out)
        assert ("README.md" in files) == (index == 1)  # derived folders and the overview: shard 1 only
        overlap = set(files) & set(union)
        assert not overlap, f"shards {index} and an earlier one both wrote {sorted(overlap)[:3]}"
        union.update(files)
    assert union == cold


@pytest.mark.parametrize("value", ["0/3", "4/3", "x", "1/0", "2"])
def test_bad_shard_is_a_clear_error(fleet, value):
    result = run_main("render", "--platform", str(fleet), "--shard", value)
    assert result.returncode == 1
    assert f"error: --shard '{value}' is not I/N" in result.stderr and "Fix: pass e.g. --shard 1/4" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_jobs_is_a_clear_error(fleet):
    result = run_main("render", "--platform", str(fleet), "--jobs", "0")
    assert result.returncode == 1 and "error: --jobs '0' is not a number of processes" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_re_render_reuses_only_plain_files_and_writes_fresh_modes(fleet, tmp_path):
    """Unchanged files are hard-linked from the old dist/ only when they are plain, single-linked, mode 0644: a
    file made executable, or replaced by a symlink, comes back exactly as a cold render writes it."""
    import os
    import stat

    out = tmp_path / "dist"
    render(fleet, out, "--cache-dir", str(tmp_path / "cache"))
    executable, linked = out / "namespaces" / "kustomization.yaml", out / "README.md"
    executable.chmod(0o755)
    outside = tmp_path / "outside.md"
    outside.write_bytes(linked.read_bytes())
    linked.unlink()
    linked.symlink_to(outside)
    render(fleet, out, "--cache-dir", str(tmp_path / "cache"))
    assert stat.S_IMODE(os.lstat(executable).st_mode) == 0o644
    assert not linked.is_symlink() and os.lstat(linked).st_nlink == 1

"""The vendored CRD schemas: pinned to the releases the platform installs, compact, complete, and overridable."""
import dataclasses
import importlib.util
import json
import re

import pytest
import yaml

from frappe_k8s import schemas, upstream
from frappe_k8s.model import operators
from frappe_k8s.validate import Validator

from conftest import ROOT


def vendor_script():
    spec = importlib.util.spec_from_file_location("vendor_schemas", ROOT / "scripts" / "vendor_schemas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def disagreements(pins=upstream.UPSTREAMS) -> list[str]:
    """Every vendored file whose provenance is not the pin of its upstream, and every pinned kind not vendored."""
    problems = []
    pinned = {(f.group, kind): (u, f) for u in pins for f in u.crds for kind in f.kinds}
    for group, kind in schemas.vendored_kinds():
        source = schemas.entry(group, kind)["source"]
        if (group, kind) not in pinned:
            problems.append(f"{group}/{kind}: vendored but pinned nowhere")
            continue
        u, f = pinned[(group, kind)]
        want = {"repository": u.repository, "tag": u.tag, "commit": u.commit, "path": f.path, "license": u.license}
        got = {key: source[key] for key in want}
        if got != want:
            problems.append(f"{group}/{kind}: vendored from {got}, pinned {want}")
    problems += [f"{group}/{kind}: pinned but not vendored" for group, kind in pinned
                 if schemas.entry(group, kind) is None]
    return problems


def test_vendored_schemas_are_the_pinned_releases():
    assert disagreements() == []


def test_a_bumped_pin_without_vendoring_again_is_a_disagreement():
    """Negative control: a new Rook tag in frappe_k8s/upstream.py alone (the chart moves, the schemas do not)."""
    bumped = dataclasses.replace(upstream.ROOK, tag="v1.21.0",
                                 installed_by=dataclasses.replace(upstream.ROOK.installed_by, version="v1.21.0"))
    pins = tuple(bumped if u is upstream.ROOK else u for u in upstream.UPSTREAMS)
    problems = disagreements(pins)
    assert len(problems) == 5 and all("'tag': 'v1.20.6'" in p and "'tag': 'v1.21.0'" in p for p in problems)


def test_the_installed_charts_are_read_from_the_pins():
    """The Helm sources the platform renders are the charts of the pinned releases, whose schemas are vendored."""
    assert operators.ROOK_CEPH is upstream.ROOK.installed_by
    assert operators.VELERO is upstream.VELERO.installed_by
    assert operators.SNAPSHOT_CONTROLLER is upstream.EXTERNAL_SNAPSHOTTER.installed_by
    assert upstream.ROOK.installed_by.version == upstream.ROOK.tag  # Rook publishes its chart at the release tag


def test_rendered_helm_sources_install_the_vendored_releases(example_objects):
    charts = {(m["spec"]["source"]["chart"], m["spec"]["source"]["targetRevision"]) for m in example_objects
              if m["kind"] == "Application" and "chart" in m["spec"].get("source", {})}
    assert ("rook-ceph", upstream.ROOK.tag) in charts and ("velero", upstream.VELERO.installed_by.version) in charts
    rook = schemas.entry("ceph.rook.io", "CephCluster")["source"]
    assert rook["tag"] == dict(charts)["rook-ceph"]


def test_cdk8s_import_urls_name_the_pinned_tags():
    for entry in yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]:
        url = entry.split(":=")[1]
        owner, name, tag, path = re.match(r"https://raw.githubusercontent.com/([^/]+)/([^/]+)/([^/]+)/(.+)$", url).groups()
        pin = upstream.by_repository(f"{owner}/{name}")
        assert tag in (pin.tag, pin.commit), url
        assert path in {f.path for f in pin.crds}, url


def test_every_kind_the_platforms_render_has_a_vendored_schema(example_objects):
    kinds = {(m["apiVersion"], m["kind"]) for m in example_objects}
    custom = {(api, kind) for api, kind in kinds if upstream.owner_of(api.split("/")[0], kind)}
    assert len(custom) >= 20
    assert [k for k in custom if schemas.openapi_schema(*k) is None] == []


def test_every_kind_a_construct_can_emit_has_a_schema():
    """Beyond the example: each `kind="..."` the constructs pass is a built-in kind or a vendored CRD."""
    from frappe_k8s.validate import KUBERNETES_SCHEMAS

    source = "".join(p.read_text() for p in (ROOT / "frappe_k8s").rglob("*.py"))
    emitted = set(re.findall(r'\bkind="([A-Z][A-Za-z]+)"', source)) | set(re.findall(r'"kind": "([A-Z][A-Za-z]+)"', source))
    built_in = {p.name.split("-")[0] for p in (KUBERNETES_SCHEMAS / "v1.33.0-local-strict").glob("*.json")}
    vendored = {kind for _, kind in schemas.vendored_kinds()}
    assert {"HTTPRoute", "SealedSecret", "Route", "Issuer"} <= emitted
    assert sorted(k for k in emitted if k.lower() not in built_in and k not in vendored) == []


def test_schemas_are_compact_and_keep_what_validation_needs():
    files = sorted(schemas.SCHEMAS.glob("*/*.json"))
    assert len(files) == sum(len(f.kinds) for u in upstream.UPSTREAMS for f in u.crds) == 44
    assert sum(p.stat().st_size for p in files) < 1_500_000  # the upstream YAML is 6.9 MB
    text = "".join(p.read_text() for p in files)
    assert '"description":"' not in text.replace('"description":{', "")  # texts dropped, properties named so kept
    route = schemas.entry("gateway.networking.k8s.io", "HTTPRoute")
    assert set(route["versions"]) == {"v1", "v1beta1"}
    assert json.dumps(route).count("x-kubernetes-validations") > 10  # the CEL rules stay, for the API server's checks
    assert schemas.openapi_schema("external-secrets.io/v1beta1", "ExternalSecret") is None  # served: false upstream
    assert schemas.openapi_schema("external-secrets.io/v1", "ExternalSecret") is not None


def test_a_property_named_description_survives_compaction():
    script = vendor_script()
    schema = {"description": "text", "properties": {"description": {"type": "string", "description": "x"}}}
    assert script.without_descriptions(schema) == {"properties": {"description": {"type": "string"}}}


def test_provenance_table_is_fresh():
    script = vendor_script()
    entries = [schemas.entry(g, k) for g, k in schemas.vendored_kinds()]
    order = {(f.group, k): i for i, (f, k) in enumerate((f, k) for u in upstream.UPSTREAMS for f in u.crds for k in f.kinds)}
    entries.sort(key=lambda e: order[(e["group"], e["kind"])])
    assert (schemas.SCHEMAS / "PROVENANCE.md").read_text() == script.provenance_table(entries)


def test_vendoring_from_a_folder_rebuilds_the_same_files(tmp_path, monkeypatch):
    """The script run on CRD files rebuilt from the vendored schemas writes the same bytes (no network)."""
    script = vendor_script()
    for group, kind in schemas.vendored_kinds():
        entry = schemas.entry(group, kind)
        crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
               "spec": {"group": group, "scope": entry["scope"], "names": {"kind": kind},
                        "versions": [{"name": v, "served": True, "schema": {"openAPIV3Schema": s}}
                                     for v, s in entry["versions"].items()]}}
        (tmp_path / "in" / group).mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / group / f"{kind.lower()}.yaml").write_text(yaml.safe_dump(crd))
    rebuilt = script.from_folder(tmp_path / "in")
    for group, kind in schemas.vendored_kinds():
        entry = schemas.entry(group, kind)
        u = upstream.by_repository(entry["source"]["repository"])
        again = script.vendored(u, entry["source"]["path"], rebuilt[f"{group}/{kind}"])
        assert again["versions"] == entry["versions"] and again["scope"] == entry["scope"], kind


def test_crds_folder_overrides_only_its_own_kinds(tmp_path):
    """--crds for a cluster on another release: its kinds replace the vendored ones, the rest stay vendored."""
    schedule = {"apiVersion": "velero.io/v1", "kind": "Schedule", "metadata": {"name": "s", "namespace": "velero"},
                "spec": {"schedule": "0 2 * * *", "template": {}}}
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
           "spec": {"group": "velero.io", "names": {"kind": "Schedule"}, "versions": [
               {"name": "v1", "served": True, "schema": {"openAPIV3Schema": {
                   "type": "object", "properties": {"spec": {"type": "object", "required": ["newField"],
                                                             "properties": {"newField": {"type": "string"}}}}}}}]}}
    (tmp_path / "velero.io").mkdir()
    (tmp_path / "velero.io" / "schedule.yaml").write_text(yaml.safe_dump(crd))
    assert list(Validator("1.33").problems(schedule)) == []
    overridden = list(Validator("1.33", tmp_path).problems(schedule))
    assert any("'newField' is a required property" in p for p in overridden), overridden
    route = {"apiVersion": "route.openshift.io/v1", "kind": "Route", "metadata": {"name": "r", "namespace": "n"},
             "spec": {"to": {"kind": "Service", "name": "s"}, "bogus": 1}}
    assert any("'bogus' was unexpected" in p for p in Validator("1.33", tmp_path).problems(route))


@pytest.mark.parametrize("folder", ["frappe_k8s", "tests", "scripts", ".ci"])
def test_nothing_reads_the_workshop_folder_beside_the_project(folder):
    """The product, its tests and scripts never need ../shared: a user's machine has no such folder."""
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / folder).rglob("*")) if p.is_file()
            and p.suffix in (".py", ".sh", ".yaml", "") and p.name != "test_schemas.py"
            for n, line in enumerate(p.read_text(errors="replace").splitlines(), 1)
            if re.search(r"[\"']\.\./shared|[\"']shared[\"']\s*/|/\s*[\"']shared[\"']", line)]
    assert hits == []

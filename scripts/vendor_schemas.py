"""Rebuild frappe_k8s/schemas/ (the vendored CRD schemas) from upstream CRD files.

Usage:  python scripts/vendor_schemas.py [--from DIR]

Without --from, every file listed in frappe_k8s/upstream.py is downloaded from GitHub at its pinned tag
(raw.githubusercontent.com). With --from DIR, the CRDs are read from local copies of the same files: any layout,
every *.yaml under DIR is scanned (such as a folder of `<group>/<kind>.yaml` files split from upstream).

For every kind, one JSON file `frappe_k8s/schemas/<group>/<kind lowercased>.json` keeps what validation needs:
the `openAPIV3Schema` of each served version (upstream's `description` texts left out; the structure, formats,
enums, defaults and `x-kubernetes-*` markers, CEL rules included, as upstream wrote them) and its provenance
(repository, tag, commit, path, license, and the SHA-256 of the CRD object). PROVENANCE.md is written from the
same data. To move to another release: change the tag and commit in frappe_k8s/upstream.py, run this script,
run the tests, and review the schema diff.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frappe_k8s.schemas import SCHEMAS, schema_file  # noqa: E402
from frappe_k8s.upstream import UPSTREAMS, Upstream  # noqa: E402

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LICENSE_URLS = {"Apache-2.0": "https://www.apache.org/licenses/LICENSE-2.0", "MIT": "https://opensource.org/license/mit"}


def without_descriptions(node: object) -> object:
    """The schema with every `description` keyword dropped (a property that is named description stays)."""
    if isinstance(node, list):
        return [without_descriptions(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "description":
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: without_descriptions(sub) for name, sub in value.items()}
        else:
            out[key] = without_descriptions(value)
    return out


def crd_documents(text: str) -> list[dict]:
    return [d for d in yaml.load_all(text, Loader=LOADER)
            if isinstance(d, dict) and d.get("kind") == "CustomResourceDefinition"]


def canonical_sha256(document: dict) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def from_github(upstream: Upstream, path: str) -> list[dict]:
    with urllib.request.urlopen(upstream.raw_url(path), timeout=60) as response:  # noqa: S310 (a fixed https URL)
        return crd_documents(response.read().decode())


def from_folder(folder: Path) -> dict[str, dict]:
    """spec.names.kind -> CRD, over every YAML file under the folder."""
    found: dict[str, dict] = {}
    for path in sorted(folder.rglob("*.yaml")):
        for document in crd_documents(path.read_text()):
            found[f"{document['spec']['group']}/{document['spec']['names']['kind']}"] = document
    return found


def vendored(upstream: Upstream, path: str, document: dict) -> dict:
    spec = document["spec"]
    versions = {v["name"]: without_descriptions(v["schema"]["openAPIV3Schema"])
                for v in spec.get("versions", []) if v.get("served", True) and "schema" in v}
    if not versions:
        raise SystemExit(f"error: {spec['names']['kind']} in {upstream.repository} {path} serves no version with a schema")
    return {"group": spec["group"], "kind": spec["names"]["kind"], "scope": spec.get("scope", "Namespaced"),
            "source": {"repository": upstream.repository, "tag": upstream.tag, "commit": upstream.commit,
                       "path": path, "license": upstream.license, "crdSha256": canonical_sha256(document)},
            "versions": versions}


def provenance_table(entries: list[dict]) -> str:
    lines = ["# Vendored CRD schemas", "",
             "Written by `python scripts/vendor_schemas.py` from the pins in `frappe_k8s/upstream.py`; do not edit.",
             "Each JSON file keeps the `openAPIV3Schema` of every served version of one upstream",
             "CustomResourceDefinition, without upstream's description texts, and the provenance below.",
             "`crdSha256` is the SHA-256 of the whole CRD object as canonical JSON (sorted keys, no spaces), so a",
             "copy split out of a bundle (Rook's crds.yaml) and the bundle itself give the same digest.", "",
             "| file | repository | tag | commit | upstream path | license | served versions | crdSha256 |",
             "|---|---|---|---|---|---|---|---|"]
    for e in entries:
        s = e["source"]
        lines.append(f"| `{e['group']}/{e['kind'].lower()}.json` | [{s['repository']}](https://github.com/{s['repository']})"
                     f" | `{s['tag']}` | `{s['commit']}` | `{s['path']}` | {s['license']} | {', '.join(e['versions'])}"
                     f" | `{s['crdSha256'][:16]}` |")
    lines += ["", "## Licenses", "",
              "The schemas are derived from the upstream files named above and keep their licenses:", ""]
    for license in sorted({e["source"]["license"] for e in entries}):
        repos = sorted({e["source"]["repository"] for e in entries if e["source"]["license"] == license})
        lines.append(f"- {license} ({LICENSE_URLS[license]}): {', '.join(repos)}")
    lines += ["", "mariadb-operator's license (MIT) asks for its notice with copies of substantial portions:", "",
              "> Copyright © 2023 MariaDB plc. Permission is hereby granted, free of charge, to any person obtaining a",
              "> copy of this software and associated documentation files (the \"Software\"), to deal in the Software",
              "> without restriction, including without limitation the rights to use, copy, modify, merge, publish,",
              "> distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software",
              "> is furnished to do so, subject to the following conditions: The above copyright notice and this",
              "> permission notice shall be included in all copies or substantial portions of the Software.",
              "> THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT",
              "> LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN",
              "> NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,",
              "> WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE",
              "> SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", type=Path,
                        help="a folder of upstream CRD files (default: download them from GitHub at the pinned tags)")
    args = parser.parse_args()
    local = from_folder(args.source) if args.source else None
    entries = []
    for upstream in UPSTREAMS:
        for crd_file in upstream.crds:
            documents = None if local is not None else from_github(upstream, crd_file.path)
            for kind in crd_file.kinds:
                if local is not None:
                    matches = [local[key]] if (key := f"{crd_file.group}/{kind}") in local else []
                else:
                    matches = [d for d in documents if (d["spec"]["group"], d["spec"]["names"]["kind"])
                               == (crd_file.group, kind)]
                if len(matches) != 1:
                    raise SystemExit(f"error: {len(matches)} CRDs of kind {kind} for {upstream.repository} "
                                     f"{crd_file.path} (expected 1)")
                entries.append(vendored(upstream, crd_file.path, matches[0]))
    with tempfile.TemporaryDirectory(dir=SCHEMAS.parent) as scratch:
        out = Path(scratch) / "schemas"
        shutil.copytree(SCHEMAS, out, ignore=shutil.ignore_patterns("*.json", "PROVENANCE.md"))
        for entry in entries:
            path = out / schema_file(entry["group"], entry["kind"]).relative_to(SCHEMAS)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n")
        (out / "PROVENANCE.md").write_text(provenance_table(entries))
        for stale in [p for p in SCHEMAS.iterdir() if p.is_dir() and p.name != "__pycache__"] + [SCHEMAS / "PROVENANCE.md"]:
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)
        for path in out.iterdir():
            if path.is_dir() and path.name != "__pycache__":
                shutil.copytree(path, SCHEMAS / path.name)
        shutil.copy(out / "PROVENANCE.md", SCHEMAS / "PROVENANCE.md")
    size = sum(p.stat().st_size for p in SCHEMAS.rglob("*.json"))
    print(f"vendored {len(entries)} CRD schemas into {SCHEMAS.relative_to(ROOT)}/ ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writing dist/: one folder per app, one file per object, a kustomization.yaml per folder, plus
documents such as the overview README.md, replaced atomically so a failed render never leaves a
half-written dist/."""
from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import yaml

from frappe_k8s.errors import UserError

FILE_MODE = 0o644  # of every file in dist/, whatever the umask: git tracks the mode
HEAD_KEYS = ("apiVersion", "kind", "metadata")
# A patch of something someone else owns (Argo CD's argocd-cm, its ArgoCD resource, its Helm values): a document of
# its folder, applied by hand or as a kustomize patch, never listed in kustomization.yaml, since applying it whole
# would replace the object.
PATCH_SUFFIX = ".patch.yaml"


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Block style, no anchors, keys sorted after apiVersion/kind/metadata, scripts as `|` blocks."""

    def ignore_aliases(self, data):  # a dict shared by two objects must not become &id001
        return True


def _represent_dict(dumper, data):
    keys = [k for k in HEAD_KEYS if k in data] + sorted(k for k in data if k not in HEAD_KEYS)
    return dumper.represent_mapping("tag:yaml.org,2002:map", [(k, data[k]) for k in keys])


def _represent_str(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(str, _represent_str)


def dump(document: Mapping) -> str:
    return yaml.dump(document, Dumper=_Dumper, default_flow_style=False, sort_keys=False, width=2**30,
                     allow_unicode=True)


def file_name(manifest: Mapping) -> str:
    """`<Kind>.<name>.yaml`, or `<Kind>.<namespace>.<name>.yaml` for namespaced objects.

    Kinds have no dots and namespaces are DNS labels, so two objects never share a file name
    unless they share kind, namespace and name.
    """
    metadata = manifest["metadata"]
    parts = [manifest["kind"], metadata.get("namespace"), metadata["name"]]
    return ".".join(re.sub(r"[^0-9A-Za-z._-]", "", p) for p in parts if p) + ".yaml"


def is_patch(name: str) -> bool:
    return name.endswith(PATCH_SUFFIX)


def patched_object(patch: Mapping) -> Mapping | None:
    """What a merge patch that names its object (apiVersion, kind, metadata) says that object becomes, for
    validation: its keys without the nulls that delete keys. None for a patch of something else (Helm values,
    a patch to give to `kubectl patch <name>`)."""
    if not isinstance(patch, Mapping) or not all(key in patch for key in HEAD_KEYS):
        return None

    def present(value):
        return {k: present(v) for k, v in value.items() if v is not None} if isinstance(value, dict) else value
    return present(patch)


def kustomization(files: Iterable[str]) -> dict:
    return {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": sorted(files)}


@dataclass
class Tree:
    """What dist/ holds: app folder (may be nested, `gitops/flux`) -> {file name -> manifest}, and text
    documents by path (`README.md`). `texts` holds, by folder, each object's YAML when already written out
    (by a render worker, or from the render cache); objects without it are dumped when written."""

    folders: dict[str, dict[str, Mapping]] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)


def layout(apps: Mapping[str, list[dict]]) -> Tree:
    """The folders of apps that render something; two objects that would share a file are an error."""
    tree: dict[str, dict[str, Mapping]] = {}
    for app, manifests in apps.items():
        files: dict[str, Mapping] = {}
        for manifest in manifests:
            name = file_name(manifest)
            if name in files:
                raise UserError(f"dist/{app}/{name}: two objects of the same kind, namespace and name "
                                f"({manifest['apiVersion']} and {files[name]['apiVersion']}). "
                                "Fix: rename one of them in platform.yaml")
            files[name] = manifest
        if files:
            tree[app] = files
    return Tree(tree)


def write_atomically(tree: Tree, out_dir: Path) -> None:
    """Write into a sibling temporary folder, then swap it in for out_dir in two renames."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} exists and is not a folder. Fix: pass another --out")
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    except OSError as error:
        raise UserError(f"cannot create {out_dir} ({error.strerror}). Fix: pass an --out in a writable folder") from None
    try:
        for app, files in tree.folders.items():
            folder = staging / app
            folder.mkdir(parents=True)
            texts = tree.texts.get(app) or {}
            for name, manifest in files.items():
                _write(folder / name, texts[name] if name in texts else dump(manifest), out_dir / app / name)
            _write(folder / "kustomization.yaml", dump(kustomization(files)), out_dir / app / "kustomization.yaml")
        for path, text in tree.documents.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)  # runbooks/ holds documents only
            _write(staging / path, text, out_dir / path)
        os.chmod(staging, 0o755)
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, retired / out_dir.name)
            os.replace(staging, out_dir)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write(path: Path, text: str, current: Path) -> None:
    """Write text to path; a file of out_dir that already holds exactly these bytes is hard-linked instead, which
    is cheaper than writing it again when a render changes a few folders of a large tree."""
    data = text.encode()
    try:
        # only a plain file this render wrote before: no symlink, no other links, the mode a fresh file gets
        status = os.lstat(current)
        if (stat.S_ISREG(status.st_mode) and status.st_nlink == 1 and stat.S_IMODE(status.st_mode) == FILE_MODE
                and status.st_uid == os.getuid() and current.read_bytes() == data):
            os.link(current, path, follow_symlinks=False)
            return
    except OSError:  # not there, or no hard links here: write it
        pass
    path.write_bytes(data)
    os.chmod(path, FILE_MODE)

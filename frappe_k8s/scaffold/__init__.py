"""`frappe-k8s init DIR`: a new GitOps repository that holds only its own files.

The templates beside this module are filled with a few values (@NAME@ style, so YAML braces and GitHub's
`${{ }}` stay as they are). Nothing of the renderer is copied: the CI workflow installs it at a pinned version.
All files are written, or none: a folder that already has one of them is refused unless --force.
"""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import frappe_k8s
from frappe_k8s.errors import UserError

TEMPLATES = Path(__file__).resolve().parent
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
TOOLS = ("argocd", "flux", "both")
# where each template goes in the new repository
FILES = {"platform.yaml": "platform.yaml", "README.md": "README.md", "gitignore": ".gitignore",
         "workflow.yaml": ".github/workflows/frappe-k8s.yaml"}
SCHEMA_FILE = "platform.schema.json"


@dataclass(frozen=True)
class InitOptions:
    """What `init` fills in. Defaults: see `options()`."""

    name: str                 # the platform: names the GitOps apps (a DNS label)
    repo_url: str             # the Git URL Argo CD and Flux clone
    tool: str = "argocd"      # argocd, flux or both
    renderer: str = f"frappe-k8s=={frappe_k8s.__version__}"  # the pip requirement CI installs
    storage_class: str = "standard"  # the existing StorageClass of the starter bench


def default_name(folder: Path) -> str:
    """The folder's name as a DNS label (`My Platform` -> `my-platform`), else `platform`."""
    name = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-")[:40].strip("-")
    return name if DNS_LABEL.match(name) else "platform"


def git_origin(folder: Path) -> Optional[str]:
    """The `origin` remote of the folder's Git repository, if it is one and has one."""
    try:
        result = subprocess.run(["git", "-C", str(folder), "remote", "get-url", "origin"], capture_output=True,
                                text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    url = result.stdout.strip()
    return url if result.returncode == 0 and re.match(r"^(https://|ssh://|git@)\S+$", url) else None


def options(folder: Path, name: Optional[str], repo_url: Optional[str], tool: Optional[str],
            renderer: Optional[str], storage_class: Optional[str]) -> InitOptions:
    """The command line's values, checked, with the defaults filled in."""
    name = name or default_name(folder)
    if not DNS_LABEL.match(name) or len(name) > 40:
        raise UserError(f"--name {name!r} is not a platform name. Fix: use at most 40 lowercase letters, digits "
                        "and '-', starting and ending with a letter or digit, such as acme-erp")
    repo_url = repo_url or git_origin(folder) or f"https://github.com/example/{name}.git"
    if not re.match(r"^(https://|ssh://|git@)\S+$", repo_url):
        raise UserError(f"--repo-url {repo_url!r} is not a Git URL Argo CD and Flux can clone. Fix: use https://..., "
                        "ssh://... or git@host:org/repo.git")
    tool = tool or "argocd"
    if tool not in TOOLS:
        raise UserError(f"--tool {tool!r} is not one of {', '.join(TOOLS)}. Fix: pick the GitOps tool of the cluster")
    storage_class = storage_class or "standard"
    if not re.match(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", storage_class):
        raise UserError(f"--storage-class {storage_class!r} is not a StorageClass name. Fix: use the name "
                        "`kubectl get storageclass` shows")
    renderer = renderer or InitOptions.renderer
    if not renderer.strip() or "\n" in renderer or '"' in renderer:
        raise UserError(f"--renderer {renderer!r} is not one pip requirement. Fix: use frappe-k8s==X.Y.Z or "
                        "'frappe-k8s @ git+https://host/org/frappe-k8s@vX.Y.Z'")
    return InitOptions(name, repo_url, tool, renderer, storage_class)


def files(opts: InitOptions, schema: dict) -> dict[str, str]:
    """Path in the new repository -> text."""
    values = {"@NAME@": opts.name, "@REPO_URL@": opts.repo_url, "@TOOL@": opts.tool, "@RENDERER@": opts.renderer,
              "@STORAGE_CLASS@": opts.storage_class}
    out = {}
    for template, target in FILES.items():
        text = (TEMPLATES / template).read_text()
        for key, value in values.items():
            text = text.replace(key, value)
        out[target] = text
    out[SCHEMA_FILE] = schema_text(schema)
    return out


def schema_text(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write(folder: Path, texts: dict[str, str], force: bool) -> list[Path]:
    """Write every file, or none when one exists already and not `force`."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file. Fix: pass a folder (it is created when missing)")
    targets = [folder / name for name in texts]
    existing = [str(p.relative_to(folder)) for p in targets if p.exists()]
    if existing and not force:
        raise UserError(f"{folder} already has {', '.join(existing)}. Fix: init another folder, or pass --force to "
                        "overwrite these files")
    for path, text in zip(targets, texts.values()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return targets

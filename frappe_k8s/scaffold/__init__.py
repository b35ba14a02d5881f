"""`frappe-k8s init DIR`: a new GitOps repository that holds only its own files.

The templates beside this module are filled with a few values (@NAME@ style, so YAML braces and GitHub's
`${{ }}` stay as they are). Nothing of the renderer is copied: the CI workflow installs it at a pinned version.
All files are written, or none: a folder that already has one of them is refused unless --force.
"""
from __future__ import annotations

import importlib.metadata
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
    renderer: str = ""        # the pip requirement CI installs; options() fills in where this renderer came from
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
            renderer: Optional[str], storage_class: Optional[str], warnings: list[str]) -> InitOptions:
    """The command line's values, checked, with the defaults filled in; what the user should know goes into
    `warnings`."""
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
    renderer = renderer or installed_source(_direct_url()) or ""
    if not renderer:  # a local folder or file: CI cannot reach it, so it gets the release from the package index
        renderer = f"frappe-k8s=={frappe_k8s.__version__}"
        warnings.append(f"this frappe-k8s was installed from a local folder or file, which CI cannot install: the "
                        f"workflow installs {renderer} from the package index pip is configured with. Fix, when that "
                        "index does not serve it: init again with --force and --renderer 'frappe-k8s @ "
                        "git+https://host/org/frappe-k8s@vX.Y.Z', or edit FRAPPE_K8S in .github/workflows/frappe-k8s.yaml")
    if not renderer.strip() or "\n" in renderer or '"' in renderer:
        raise UserError(f"--renderer {renderer!r} is not one pip requirement. Fix: use frappe-k8s==X.Y.Z or "
                        "'frappe-k8s @ git+https://host/org/frappe-k8s@vX.Y.Z'")
    return InitOptions(name, repo_url, tool, renderer, storage_class)


def _direct_url() -> Optional[dict]:
    """PEP 610's record of how this package was installed (None: from a package index). Code run from a source
    checkout (an editable install, or `python main.py`) counts as a local folder."""
    package = TEMPLATES.parent
    checkout = {"url": package.parent.as_uri(), "dir_info": {"editable": True}}
    if not any(part in ("site-packages", "dist-packages") for part in package.parts):
        return checkout
    try:
        text = importlib.metadata.distribution("frappe-k8s").read_text("direct_url.json")
    except importlib.metadata.PackageNotFoundError:
        return checkout
    return json.loads(text) if text else None


def installed_source(direct_url: Optional[dict]) -> Optional[str]:
    """The pip requirement that installs this very renderer again, for the new repository's CI: the index release
    (`frappe-k8s==X.Y.Z`), the Git commit it was built from, or a remote archive (with its hash when pip recorded
    one); None for a local folder or file, which CI cannot reach. PEP 610 (direct_url.json)."""
    if direct_url is None:
        return f"frappe-k8s=={frappe_k8s.__version__}"
    url = str(direct_url.get("url", ""))
    vcs = direct_url.get("vcs_info")
    if vcs and vcs.get("vcs") == "git" and vcs.get("commit_id") and not url.startswith("file:"):
        return f"frappe-k8s @ git+{url}@{vcs['commit_id']}"
    archive = direct_url.get("archive_info")
    if archive is not None and url.startswith("https://"):
        hashes = archive.get("hashes") or {}
        return f"frappe-k8s @ {url}" + (f"#sha256={hashes['sha256']}" if "sha256" in hashes else "")
    return None


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

"""platform model -> charts -> manifests -> post-synth rules -> validation -> dist/ (and its overview).

The primary app folders (operators, storage, backups, bench-<name>, sites-<name>) depend on the model alone, so
each renders on its own: from the render cache when its inputs did not change (frappe_k8s.cache), in `spawn`
worker processes when there is enough to render (each with its own jsii runtime: jsii forbids threads and fork),
or in a deterministic subset (`--shard I/N`). The derived folders (monitoring, namespaces, gitops/<tool>), the
Argo CD health patch and README.md are computed from the primary folders' objects, after them, in this process. Every path gives the same bytes.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Optional, Sequence

from frappe_k8s import rules
from frappe_k8s.cache import CacheEntry, RenderCache, folder_key, global_key, text_digest
from frappe_k8s.errors import UserError, ValidationFailure
from frappe_k8s.model import Platform
from frappe_k8s.model.gitops import AppFolder
from frappe_k8s.output import PATCH_SUFFIX, Tree, dump, layout, patched_object, write_atomically
from frappe_k8s.shard import Shard, balance, estimated_objects

OVERVIEW = "README.md"
ARGOCD_CM_PATCH = f"argocd-cm{PATCH_SUFFIX}"
ARGOCD_HELM_VALUES = f"argocd-helm-values{PATCH_SUFFIX}"
ARGOCD_OPERATOR_PATCH = f"argocd-operator{PATCH_SUFFIX}"
# Below this many objects to render, worker start-up (a Python, a jsii runtime and two Node processes each,
# about 0.6 s) costs more than it saves.
PARALLEL_MIN_OBJECTS = 2000


@dataclass
class FolderOutput:
    """One primary app folder: its objects with the post-synth rules applied and, once validated, each one's YAML
    by file name (None when it was synthesized only to derive the namespaces, the wiring and the overview)."""

    app: AppFolder
    manifests: list[dict]
    texts: Optional[dict[str, str]] = None


@dataclass
class RenderReport:
    """What a render did, for the command line and the tests: folders rendered now and taken from the cache."""

    rendered: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    workers: int = 0


def synthesize_apps(platform: Platform):
    """[(AppFolder, its manifests)] in build order, with the post-synth rules applied (one process, no cache)."""
    from cdk8s import App  # imported here so loading and validating never start Node

    from frappe_k8s import charts

    apps = charts.build(App(), platform)
    for _, manifests in apps:
        rules.apply(manifests, part_of=platform.name, extra_labels=dict(platform.defaults.labels))
    return apps


def synthesize(platform: Platform) -> dict[str, list[dict]]:
    """app folder -> its manifests, with the post-synth rules applied."""
    return {folder.folder: manifests for folder, manifests in synthesize_apps(platform)}


def argocd_patches(platform: Platform, apps) -> dict[str, dict]:
    """gitops/argocd/: the Lua health checks of the custom kinds the platform renders (and of Application, for the
    app of apps' waves), when Argo CD syncs it, in the three ways Argo CD is installed: a patch of argocd-cm (plain
    manifests, kustomize), values for its Helm chart, a patch of argocd-operator's ArgoCD resource."""
    from frappe_k8s.charts.operators import operator_tools
    from frappe_k8s import health
    from frappe_k8s.model.gitops import ARGOCD, gitops_folder

    if platform.gitops is None or ARGOCD not in operator_tools(platform):
        return {}
    kinds = {(m["apiVersion"].rpartition("/")[0], m["kind"]) for _, manifests in apps for m in manifests}
    kinds |= {("argoproj.io", "Application")}
    folder = gitops_folder(ARGOCD)
    return {f"{folder}/{ARGOCD_CM_PATCH}": health.argocd_cm_patch(kinds, platform.gitops.argocd_namespace),
            f"{folder}/{ARGOCD_HELM_VALUES}": health.argocd_helm_values(kinds),
            f"{folder}/{ARGOCD_OPERATOR_PATCH}": health.argocd_operator_patch(kinds)}


def synthesize_folders(platform: Platform, folders: Collection[str]) -> list[tuple[AppFolder, list[dict]]]:
    """The primary folders asked for, synthesized with the post-synth rules applied, in build order."""
    from cdk8s import App

    from frappe_k8s import charts

    apps = [(chart.app, list(chart.to_json())) for chart in charts.primary(App(), platform, only=set(folders))]
    for _, manifests in apps:
        rules.apply(manifests, part_of=platform.name, extra_labels=dict(platform.defaults.labels))
    return apps


def render_folders(platform: Platform, folders: Collection[str], synth_only: Collection[str],
                   crd_dir: Optional[Path], valid: Optional[dict[str, set[bytes]]] = None
                   ) -> tuple[list[FolderOutput], list[str]]:
    """Synthesize `folders` and `synth_only`; validate and write out `folders` as YAML. Returns the outputs and
    the validation problems. Runs in this process or in a worker. `valid` holds, by folder, the digests of YAML
    texts already validated under the same schemas (the folder's last render): those are not validated again."""
    valid = valid or {}
    from frappe_k8s.validate import Validator

    outputs, problems = [], []
    validator = None
    for app, manifests in synthesize_folders(platform, [*folders, *synth_only]):
        output = FolderOutput(app, manifests)
        if app.folder in folders:
            files = layout({app.folder: manifests}).folders.get(app.folder, {})
            output.texts = {name: dump(manifest) for name, manifest in files.items()}
            known = valid.get(app.folder, set())
            for name, manifest in files.items():
                if text_digest(output.texts[name]) not in known:
                    validator = validator or Validator(platform.defaults.kubernetes_version, crd_dir)
                    problems += [f"{app.folder}/{name}: {problem}" for problem in validator.problems(manifest)]
        outputs.append(output)
    return outputs, problems


def _worker(platform: Platform, folders: list[str], synth_only: list[str], crd_dir: Optional[Path],
            valid: dict[str, set[bytes]]):
    """A worker's share; a user mistake comes back as its message (its traceback would mean nothing here)."""
    try:
        return render_folders(platform, folders, synth_only, crd_dir, valid), None
    except UserError as error:
        return None, str(error)


def _split(platform: Platform, folders: Sequence[str], parts: int) -> list[list[str]]:
    """Folders into `parts` groups of about equal work, in build order within each."""
    assigned = balance(platform, folders, parts)
    groups = [[f for f in folders if assigned[f] == part] for part in range(1, parts + 1)]
    return [g for g in groups if g]


def _produce(platform: Platform, folders: list[str], synth_only: list[str], crd_dir: Optional[Path],
             jobs: Optional[int], report: RenderReport, valid: dict[str, set[bytes]]) -> list[FolderOutput]:
    """Render in this process, or across `jobs` spawn workers (None: as many as cores when there is enough)."""
    work = sum(estimated_objects(platform, f) for f in [*folders, *synth_only])
    if jobs is None:
        # the CPUs this process may use (affinity, cpusets), not the host's: a 2-CPU container on a big host
        jobs = len(os.sched_getaffinity(0)) if work >= PARALLEL_MIN_OBJECTS else 1
    groups = _split(platform, folders, jobs) if jobs > 1 and len(folders) > 1 else []
    if not groups:
        outputs, problems = render_folders(platform, folders, synth_only, crd_dir, valid)
    else:
        if synth_only:  # the folders only synthesized ride along with the lightest group
            groups[-1] = groups[-1] + synth_only
        report.workers = len(groups)
        outputs, problems = [], []
        with ProcessPoolExecutor(max_workers=len(groups), mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(_worker, platform, [f for f in g if f in folders], [f for f in g if f not in folders],
                                   crd_dir, {f: valid[f] for f in g if f in valid}) for g in groups]
            for future in futures:
                result, error = future.result()
                if error is not None:
                    raise UserError(error)
                outputs += result[0]
                problems += result[1]
        position = {folder: i for i, folder in enumerate(folders)}  # the same message whatever the workers
        problems.sort(key=lambda problem: position.get(problem.split("/", 1)[0], len(position)))
    if problems:
        raise ValidationFailure(problems)
    return outputs


def render_tree(platform: Platform, crd_dir: Optional[Path], *, cache: Optional[RenderCache] = None,
                jobs: Optional[int] = 1, shard: Optional[Shard] = None,
                report: Optional[RenderReport] = None) -> Tree:
    """The validated tree of dist/ (of one shard: its primary folders, and with shard 1 the derived folders and
    the overview). Unchanged folders come from `cache`; what is left renders across `jobs` processes."""
    report = report if report is not None else RenderReport()
    folders = _primary_folders(platform)
    shards = balance(platform, folders, shard.count) if shard is not None else {}
    mine = [f for f in folders if shard is None or shards[f] == shard.index]
    with_derived = shard is None or shard.index == 1
    needed = folders if with_derived else mine
    keys, base = {}, ""
    if cache is not None:
        base = global_key(platform, crd_dir)
        keys = {f: folder_key(base, platform, f) for f in needed}
    found: dict[str, FolderOutput] = {}
    valid: dict[str, set[bytes]] = {}  # digests of the YAML a folder's last render validated, under these schemas
    for folder in needed:
        entry = cache.get(folder) if cache is not None else None
        if entry is None or entry.global_key != base:
            continue
        if entry.key == keys[folder] and (entry.output.texts is not None or folder not in mine):
            found[folder] = entry.output
        elif entry.output.texts is not None:
            valid[folder] = {text_digest(text) for text in entry.output.texts.values()}
    to_render = [f for f in mine if f not in found]
    synth_only = [f for f in needed if f not in mine and f not in found]
    produced = (_produce(platform, to_render, synth_only, crd_dir, jobs, report, valid)
                if to_render or synth_only else [])
    for output in produced:
        found[output.app.folder] = output
        if cache is not None and output.texts is not None:
            cache.put(output.app.folder, CacheEntry(keys[output.app.folder], base, output))
    report.rendered = [f for f in mine if f in to_render]
    report.cached = [f for f in mine if f not in to_render]
    if cache is not None and shard is None:
        cache.keep_only(folders)
    primary = [found[f] for f in needed]
    tree = Tree()
    for output in primary:
        if output.app.folder in mine and output.manifests:
            tree.folders[output.app.folder] = layout({output.app.folder: output.manifests}).folders[output.app.folder]
            tree.texts[output.app.folder] = output.texts
    if with_derived:
        _add_derived(platform, crd_dir, [(o.app, o.manifests) for o in primary], tree)
    return tree


def _primary_folders(platform: Platform) -> list[str]:
    from frappe_k8s.charts import primary_folders  # starts Node: derived folders need cdk8s in this process anyway

    return primary_folders(platform)


def _add_derived(platform: Platform, crd_dir: Optional[Path], primary: list[tuple[AppFolder, list[dict]]],
                 tree: Tree) -> None:
    """The namespaces and GitOps folders, computed from the primary folders' objects, and the overview. A claim
    that nothing backs up and platform.yaml does not acknowledge stops the render here (frappe_k8s.coverage)."""
    from cdk8s import App

    from frappe_k8s import charts, coverage
    from frappe_k8s.overview import overview
    from frappe_k8s.validate import validate_all

    claims = coverage.coverage(platform, {app.folder: manifests for app, manifests in primary})
    gaps = coverage.problems(claims, platform)
    if gaps:
        raise UserError("coverage: " + "\nerror: coverage: ".join(gaps))
    apps = charts.derived(App(), platform, primary)
    new = [(app, manifests) for app, manifests in apps if app.folder not in {a.folder for a, _ in primary}]
    for _, manifests in new:
        rules.apply(manifests, part_of=platform.name, extra_labels=dict(platform.defaults.labels))
    derived_tree = layout({app.folder: manifests for app, manifests in new})
    patches = argocd_patches(platform, apps)
    patched = [(path, obj) for path, patch in patches.items() if (obj := patched_object(patch)) is not None]
    problems = validate_all([*((f"{app}/{name}", manifest) for app, files in derived_tree.folders.items()
                               for name, manifest in files.items()), *patched],
                            platform.defaults.kubernetes_version, crd_dir)
    if problems:
        raise ValidationFailure(problems)
    order = [app.folder for app, _ in apps]
    for folder, files in derived_tree.folders.items():
        tree.folders[folder] = files
        tree.texts[folder] = {name: dump(manifest) for name, manifest in files.items()}
    tree.folders = {f: tree.folders[f] for f in order if f in tree.folders}
    tree.documents[OVERVIEW] = overview(platform, apps, claims)
    tree.documents.update(runbook_pages([m for _, manifests in apps for m in manifests]))
    tree.documents.update({path: dump(patch) for path, patch in patches.items()})


RUNBOOKS = Path(__file__).resolve().parent / "runbooks"  # one page per alert, also the docs site's


def runbook_pages(manifests: list[dict]) -> dict[str, str]:
    """dist/runbooks/<alert>.md for every alert the PrometheusRules hold: the runbooks travel with the rules, in
    the repository Argo CD and Flux read, at the renderer's version (the alerts link them by default)."""
    alerts = sorted({rule["alert"] for m in manifests if m["kind"] == "PrometheusRule"
                     for group in m["spec"]["groups"] for rule in group["rules"] if "alert" in rule})
    note = "<!-- Written by `frappe-k8s render` from its runbook of this alert; edit platform.yaml, not this file. -->\n"
    return {f"runbooks/{alert.lower()}.md": note + (RUNBOOKS / f"{alert.lower()}.md").read_text() for alert in alerts}


def render(platform: Platform, out_dir: Path, crd_dir: Optional[Path], *, cache: Optional[RenderCache] = None,
           jobs: Optional[int] = 1, shard: Optional[Shard] = None, report: Optional[RenderReport] = None) -> Tree:
    """Render, validate, and only then replace out_dir. Returns the written tree."""
    tree = render_tree(platform, crd_dir, cache=cache, jobs=jobs, shard=shard, report=report)
    write_atomically(tree, out_dir)
    return tree

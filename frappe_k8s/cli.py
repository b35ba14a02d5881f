"""Command line: `frappe-k8s [render|plan|diff|check|validate|init|schema] ...` (also `python main.py ...`, which
`cdk8s synth` runs). User mistakes print a message, never a traceback."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional, Sequence

import frappe_k8s
from frappe_k8s import bounded_yaml, loader
from frappe_k8s.consequences.formats import FORMATS
from frappe_k8s.consequences.plan import EXIT_USAGE
from frappe_k8s.errors import UserError

COMMANDS = ("render", "plan", "diff", "check", "validate", "init", "schema")


def prog() -> str:
    """How the user called us, for usage lines and fixes: `python main.py` or `frappe-k8s`."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "frappe-k8s"


def default_crd_dir() -> Optional[Path]:
    """$FRAPPE_K8S_CRDS when set; else none, and the vendored schemas alone are used."""
    return Path(os.environ["FRAPPE_K8S_CRDS"]) if os.environ.get("FRAPPE_K8S_CRDS") else None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog=prog(), description="Render a Frappe/ERPNext platform from "
                                  "platform.yaml into validated, deterministic Kubernetes YAML.")
    top.add_argument("--version", action="version", version=f"%(prog)s {frappe_k8s.__version__}")
    sub = top.add_subparsers(dest="command", metavar="{" + ",".join(COMMANDS) + "}")
    crds = dict(type=Path, default=default_crd_dir(),
                help="a folder of CRD files whose kinds replace the vendored schemas, for a cluster that runs "
                     "other operator releases (default: $FRAPPE_K8S_CRDS; unset: the vendored schemas only)")
    platform = dict(type=Path, default=Path("platform.yaml"), help="platform file (default: platform.yaml)")

    render = sub.add_parser("render", help="render platform.yaml into dist/ (the default command)",
                            description="Load and check the platform file, synthesize, validate, and only "
                                        "then replace the output folder.")
    render.add_argument("--platform", **platform)
    render.add_argument("--out", type=Path, default=Path(os.environ.get("CDK8S_OUTDIR", "dist")),
                        help="output folder (default: $CDK8S_OUTDIR, else dist)")
    render.add_argument("--crds", **crds)
    render.add_argument("--shard", metavar="I/N",
                        help="render only shard I of N: a deterministic share of the app folders, for a CI matrix; "
                             "shard 1 also writes namespaces/, gitops/ and README.md. The union of all shards' --out "
                             "folders is the full render")
    render.add_argument("--jobs", metavar="N",
                        help="worker processes (default: auto, one per core when there is enough to render)")
    render.add_argument("--cache-dir", type=Path,
                        help="render cache (default: $FRAPPE_K8S_CACHE, else .cache/render beside --platform)")
    render.add_argument("--no-cache", action="store_true", help="render every folder, and leave the cache alone")

    validate = sub.add_parser("validate", help="validate an existing dist/ against the schemas",
                              description="Validate every object of an existing output folder against the "
                                          "strict Kubernetes schemas and the CRDs.")
    validate.add_argument("--platform", **platform,)
    validate.add_argument("--kubernetes-version", help="default: defaults.kubernetesVersion of --platform")
    validate.add_argument("--crds", **crds)

    dist = dict(type=Path, default=Path("dist"), help="the committed output folder (default: dist)")
    validate.add_argument("--dist", **dist)

    plan = sub.add_parser("plan", help="print the apps, their order and objects, the benches, the storage capacity and "
                                       "the backup coverage",
                          description="The app folders in sync order (Argo CD wave, Flux dependsOn) with object counts "
                                      "per kind, the sites per bench, then the raw, usable, writable and safe capacity "
                                      "of every Ceph StorageClass (decimal GB and binary GiB) and the claims on each, "
                                      "the Ceph pools, then how every claim is backed up. Exits 1 when claims exceed "
                                      "safe capacity (unless storage.capacityCheck: warn) or a claim is protected by "
                                      "nothing (unless backups.unprotected names it).")
    plan.add_argument("--platform", **platform)

    diff = sub.add_parser("diff", help="render into a temporary folder and plan what merging the change does",
                          description="Render platform.yaml into a temporary folder, compare it with --against per "
                                      "object, and read each difference for its consequences: changes refused at "
                                      "apply, data kept, orphaned or destroyed, Jobs that will run, pods that restart, "
                                      "capacity per StorageClass, and exposure (network admission, hosts, "
                                      "privileges). Exit codes: 0 no change, 1 changes, 2 usage error (no plan), 3 "
                                      "blocked: a change refused at apply or that destroys or orphans data, not "
                                      "acknowledged with --accept or in the acknowledgements file.")
    diff.add_argument("--against", metavar="GIT_REF|DIR",
                      help="a folder, or a git commit/branch/tag whose committed --dist (and platform file, for the "
                           "capacity before) is compared (default: the --dist folder as it is on disk)")
    diff.add_argument("--format", choices=FORMATS, default="text",
                      help="text for a terminal (default), markdown for a pull-request comment (summary tables, "
                           "then details folded per app), json for tools")
    diff.add_argument("--accept", metavar="ID", action="append", default=[],
                      help="acknowledge the blocked change with this id for this run (repeatable, or comma-separated)")
    diff.add_argument("--acknowledgements", metavar="FILE", type=Path,
                      help="the repository's acknowledgements of blocked changes (default: acknowledgements.yaml "
                           "beside --platform; entries it already has at a GIT_REF --against acknowledge nothing)")
    check = sub.add_parser("check", help="fail when the committed dist/ is not what platform.yaml renders to",
                           description="Render into a temporary folder and compare byte for byte with --dist. "
                                       "Exits 1 with the diff when dist/ is stale (render and commit it), 0 when fresh.")
    for command in (diff, check):
        command.add_argument("--platform", **platform)
        command.add_argument("--dist", **dist)
        command.add_argument("--crds", **crds)

    init = sub.add_parser("init", help="scaffold a GitOps repository: platform.yaml, schema, CI workflow, README",
                          description="Write a new GitOps repository into DIR (created when missing): a commented "
                                      "starter platform.yaml that renders as it is, platform.schema.json for editors, "
                                      "a CI workflow that installs this renderer at a pinned version, .gitignore and "
                                      "a README. Existing files are never overwritten unless --force.")
    init.add_argument("dir", nargs="?", type=Path, default=Path("."), help="the repository folder (default: .)")
    init.add_argument("--name", help="the platform's name (default: the folder's name as a DNS label)")
    init.add_argument("--repo-url", help="the Git URL Argo CD and Flux clone (default: the folder's git origin, "
                                         "else a placeholder to replace)")
    init.add_argument("--tool", choices=("argocd", "flux", "both"), help="the GitOps tool (default: argocd)")
    init.add_argument("--storage-class", help="an existing StorageClass for the starter bench (default: standard)")
    init.add_argument("--renderer", metavar="PIP_SPEC",
                      help="the pip requirement CI installs (default: where this renderer was installed from: "
                           f"frappe-k8s=={frappe_k8s.__version__} from a package index, the Git commit of a "
                           "git+ install; after an install from a local folder or file, the index release with a "
                           "warning), such as "
                           "'frappe-k8s @ git+https://host/org/frappe-k8s@vX.Y.Z'")
    init.add_argument("--force", action="store_true", help="overwrite files init writes that exist already")

    schema = sub.add_parser("schema", help="print or write the JSON Schema of platform.yaml, for editors",
                            description="The JSON Schema (draft 2020-12) the loader checks platform.yaml against. "
                                        "Point the YAML language server at it with the first line "
                                        "`# yaml-language-server: $schema=platform.schema.json`.")
    schema.add_argument("--out", type=Path, help="write it to this file (default: standard output)")
    return top


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "render")
    args = parser().parse_args(argv)
    try:
        if getattr(args, "crds", None) is not None and not args.crds.is_dir():
            raise UserError(f"--crds {args.crds} is not a folder. Fix: pass a folder of CRD files, or leave --crds "
                            "out to use the vendored schemas")
        return {"render": run_render, "validate": run_validate, "plan": run_plan, "diff": run_diff,
                "check": run_check, "init": run_init, "schema": run_schema}[args.command](args)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE if args.command == "diff" else 1  # diff: 2, no plan; 1 means changes
    except BrokenPipeError:  # output piped into `head`: the reader has what it wanted
        sys.stderr.close()
        return 0


def parse_jobs(value: Optional[str]) -> Optional[int]:
    """--jobs: None (auto) or a count of at least 1."""
    if value is None or value == "auto":
        return None
    if not value.isdigit() or int(value) < 1:
        raise UserError(f"--jobs {value!r} is not a number of processes. Fix: pass --jobs 1 (no workers), "
                        "--jobs 2, or leave it out (one per core when there is enough to render)")
    return int(value)


def cache_of(args: argparse.Namespace):
    """The render cache of this command, or None with --no-cache."""
    from frappe_k8s.cache import RenderCache

    if args.no_cache:
        return None
    root = args.cache_dir or (Path(os.environ["FRAPPE_K8S_CACHE"]) if os.environ.get("FRAPPE_K8S_CACHE")
                              else args.platform.resolve().parent / ".cache" / "render")
    if root.exists() and not root.is_dir():
        raise UserError(f"--cache-dir {root} is not a folder. Fix: pass another --cache-dir, or --no-cache")
    return RenderCache(root)


def run_render(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from frappe_k8s.shard import parse_shard

    shard = parse_shard(args.shard) if args.shard is not None else None
    jobs = parse_jobs(args.jobs)
    platform = loader.load(args.platform)
    check_capacity(platform)
    from frappe_k8s.render import RenderReport, render  # starts Node only once the input is known to be good

    report = RenderReport()
    cache = cache_of(args)
    tree = render(platform, args.out, args.crds, cache=cache, jobs=jobs, shard=shard, report=report)
    counts = ", ".join(f"{app}: {len(files)}" for app, files in tree.folders.items()) or "nothing to render"
    total = sum(len(files) for files in tree.folders.values())
    print(f"rendered {total} objects into {args.out}/ ({counts}) in {time.perf_counter() - started:.2f}s")
    where = f"shard {shard.index}/{shard.count}: " if shard else ""
    print(f"{where}{len(report.rendered)} app folder(s) rendered" + (f" by {report.workers} workers" if report.workers else "")
          + (f", {len(report.cached)} from the cache {cache.root}" if cache is not None else "")
          + (f": {', '.join(report.rendered)}" if report.rendered and len(report.rendered) <= 5 else ""))
    from frappe_k8s.overview import site_notes

    for note in site_notes(platform):
        print(f"note: {note}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from frappe_k8s.errors import ValidationFailure
    from frappe_k8s.output import PATCH_SUFFIX, is_patch, patched_object
    from frappe_k8s.rules import unprotected
    from frappe_k8s.validate import validate_all

    version = args.kubernetes_version or loader.load(args.platform).defaults.kubernetes_version

    def read(path: Path) -> object:  # a pull request may change dist/ too: read it within the YAML limits
        return bounded_yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"), str(path))

    if not args.dist.is_dir():
        raise UserError(f"{args.dist} is not a folder. Fix: render first, or pass --dist")
    objects, problems, patches = [], [], []
    folders = sorted({p.parent for p in args.dist.rglob("*.yaml")})  # app folders, nested ones (gitops/flux) too
    for folder in folders:
        app = folder.relative_to(args.dist).as_posix()
        files = sorted(p.name for p in folder.glob("*.yaml") if p.name != "kustomization.yaml" and not is_patch(p.name))
        patches += [(f"{app}/{p.name}", patched) for p in sorted(folder.glob(f"*{PATCH_SUFFIX}"))
                    if (patched := patched_object(read(p))) is not None]
        listed = (read(folder / "kustomization.yaml") or {}).get("resources") \
            if (folder / "kustomization.yaml").exists() else None
        if listed is None or sorted(listed) != files:
            problems.append(f"{app}/kustomization.yaml: does not list exactly the object files of the folder")
        for name in files:
            objects.append((f"{app}/{name}", read(folder / name)))
    problems += validate_all(objects + patches, version, args.crds)  # a patch is still a valid object of its kind
    problems += [f"{where}: a stateful kind without prune/delete protection (frappe_k8s.rules)"
                 for where, manifest in objects if _is_object(manifest) and unprotected(manifest)]
    if problems:
        raise ValidationFailure(problems)
    print(f"{len(objects)} objects in {args.dist}/ are valid for Kubernetes {version}")
    return 0


def _is_object(manifest: object) -> bool:
    """Shaped like a Kubernetes object (anything else already failed validation)."""
    return (isinstance(manifest, dict) and isinstance(manifest.get("apiVersion"), str)
            and isinstance(manifest.get("kind"), str) and isinstance(manifest.get("metadata", {}), dict))


def check_capacity(platform) -> None:
    """Claims beyond a Ceph class's safe capacity: an error, or a warning with storage.capacityCheck: warn."""
    from frappe_k8s import capacity

    problems = capacity.problems(platform)
    if problems and platform.storage.capacity_check == capacity.FAIL:
        raise UserError("capacity: " + "\nerror: capacity: ".join(problems))
    for problem in problems:
        print(f"warning: capacity: {problem}", file=sys.stderr)


def run_plan(args: argparse.Namespace) -> int:
    from frappe_k8s import capacity, coverage
    from frappe_k8s.overview import app_rows, site_rows
    from frappe_k8s.render import synthesize_apps

    platform = loader.load(args.platform)
    apps = synthesize_apps(platform)
    rows = app_rows(platform, apps)
    print(f"Apps of platform '{platform.name}', in sync order (stage = Argo CD wave, the last one for an app nothing "
          "waits for; Flux dependsOn the apps listed)")
    table = [("stage", "app", "synced by", "waits for", "objects", "per kind")]
    table += [("-" if r.stage is None else str(r.stage), r.folder, ",".join(r.tools) or "by hand",
               ",".join(r.depends_on) or "-", str(r.objects), ", ".join(f"{k} {n}" for k, n in r.kinds))
              for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    sites = site_rows(platform)
    print("\nSites per bench")
    for bench in platform.benches:
        names = [s.host for s in sites if s.bench == bench.name]
        print(f"  {bench.name} ({bench.effective_namespace}): {len(names)} site(s)" + (": " + ", ".join(names) if names else ""))
    if not platform.benches:
        print("  no benches")
    print()
    print(capacity.format_plan(platform), end="")
    claims = coverage.coverage(platform, {folder.folder: manifests for folder, manifests in apps})
    print("\n" + coverage.format_report(claims), end="")
    gaps = coverage.problems(claims, platform)
    for gap in gaps:
        print(f"error: coverage: {gap}", file=sys.stderr)
    # CI can gate on it: over capacity fails unless the platform accepts it (storage.capacityCheck: warn), and so
    # does a claim nothing backs up unless backups.unprotected says why
    over = capacity.problems(platform) and platform.storage.capacity_check == capacity.FAIL
    return 1 if over or gaps else 0


def fresh_render(args: argparse.Namespace, scratch: Path, platform=None) -> dict[str, bytes]:
    """platform.yaml rendered (checked and validated, as `render` does) into scratch; its files."""
    from frappe_k8s.diff import read_tree
    from frappe_k8s.render import render

    platform = platform or loader.load(args.platform)
    check_capacity(platform)
    render(platform, scratch / "dist", args.crds, jobs=None)
    return read_tree(scratch / "dist")


def run_diff(args: argparse.Namespace) -> int:
    from frappe_k8s.consequences import acknowledge
    from frappe_k8s.consequences.formats import render
    from frappe_k8s.consequences.plan import make_plan
    from frappe_k8s.diff import file_at, read_tree, tree_at

    against = Path(args.against) if args.against else args.dist
    acks_file = args.acknowledgements or args.platform.parent / acknowledge.FILE_NAME
    acknowledgements = acknowledge.from_options(args.accept)
    if acks_file.is_file():
        acknowledgements += acknowledge.parse(acks_file.read_text(), str(acks_file))
    elif args.acknowledgements is not None:
        raise UserError(f"--acknowledgements {acks_file} is not a file. Fix: pass the repository's acknowledgements "
                        "file, or leave the option out")
    old_platform, merged_ids, notes = None, None, []
    if args.against is None or against.is_dir():
        if not against.is_dir():
            raise UserError(f"{against} is not a folder. Fix: render first, or pass --against GIT_REF|DIR")
        old = read_tree(against)
        label = str(against)
    else:
        old = tree_at(args.against, args.dist)
        label = args.against
        old_platform, notes = platform_at(args.against, args.platform)
        base = file_at(args.against, acks_file)
        merged_ids = {a.id for a in acknowledge.parse(base, f"{args.against}:{acks_file.name}")} if base else set()
    platform = loader.load(args.platform)
    with tempfile.TemporaryDirectory(prefix="frappe-k8s-diff-") as scratch:
        new = fresh_render(args, Path(scratch), platform)
    plan = make_plan(old, new, platform, old_platform=old_platform, acknowledgements=acknowledgements,
                     merged_ids=merged_ids, against=label, notes=notes)
    print(render(plan, args.format, str(acks_file.name)), end="")
    return plan.exit_code


def platform_at(ref: str, path: Path) -> tuple[Optional[object], list[str]]:
    """The platform model at a git ref, for the figures before the change; (None, notes) when it cannot be had."""
    from frappe_k8s.diff import file_at

    text = file_at(ref, path)
    if text is None:
        return None, [f"{path.name} is not in {ref}: capacity before is read from the objects alone"]
    try:
        return loader.parse(text, f"{ref}:{path.name}"), []
    except loader.PlatformError as error:
        return None, [f"{path.name} at {ref} does not load with this renderer ({error.problems[0]}): capacity "
                      "before is read from the objects alone"]


def run_check(args: argparse.Namespace) -> int:
    from frappe_k8s.diff import compare, read_tree, report

    if not args.dist.is_dir():
        raise UserError(f"{args.dist} is not a folder. Fix: run `{prog()} render` and commit {args.dist}/")
    with tempfile.TemporaryDirectory(prefix="frappe-k8s-check-") as scratch:
        diff = compare(read_tree(args.dist), fresh_render(args, Path(scratch)))
    if not diff:
        print(f"{args.dist}/ is what {args.platform} renders to")
        return 0
    print(report(diff), end="")
    print(f"error: {args.dist}/ is stale: it is not what {args.platform} renders to. Fix: run `{prog()} render "
          f"--platform {args.platform} --out {args.dist}` and commit {args.dist}/", file=sys.stderr)
    return 1


def run_init(args: argparse.Namespace) -> int:
    from frappe_k8s import scaffold

    warnings: list[str] = []
    opts = scaffold.options(args.dir, args.name, args.repo_url, args.tool, args.renderer, args.storage_class, warnings)
    written = scaffold.write(args.dir, scaffold.files(opts, loader.schema()), args.force)
    for path in written:
        print(f"wrote {path}")
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"\nNext, in {args.dir}: check gitops.repoURL ({opts.repo_url}) and the StorageClass in platform.yaml, then\n"
          f"  {prog()} plan && {prog()} render\n"
          "and commit platform.yaml and dist/. Apply dist/gitops/<tool>/ once by hand (README.md).")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from frappe_k8s.scaffold import schema_text

    text = schema_text(loader.schema())
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text)
        print(f"wrote {args.out}")
    return 0

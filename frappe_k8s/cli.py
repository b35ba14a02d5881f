"""Command line: `python main.py [render|validate] ...`. User mistakes print a message, never a traceback."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

import yaml

from frappe_k8s import loader
from frappe_k8s.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("render", "validate", "plan")


def default_crd_dir() -> Optional[Path]:
    """$FRAPPE_K8S_CRDS, else ../shared/crds beside the project when it is there."""
    if os.environ.get("FRAPPE_K8S_CRDS"):
        return Path(os.environ["FRAPPE_K8S_CRDS"])
    shared = PROJECT_ROOT.parent / "shared" / "crds"
    return shared if shared.is_dir() else None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python main.py", description="Render a Frappe/ERPNext platform from "
                                  "platform.yaml into validated, deterministic Kubernetes YAML.")
    sub = top.add_subparsers(dest="command", metavar="{render,validate,plan}")
    crds = dict(type=Path, default=default_crd_dir(),
                help="folder of CRD files to validate custom resources against "
                     "(default: $FRAPPE_K8S_CRDS, else ../shared/crds if present)")
    platform = dict(type=Path, default=Path("platform.yaml"), help="platform file (default: platform.yaml)")

    render = sub.add_parser("render", help="render platform.yaml into dist/ (the default command)",
                            description="Load and check the platform file, synthesize, validate, and only "
                                        "then replace the output folder.")
    render.add_argument("--platform", **platform)
    render.add_argument("--out", type=Path, default=Path(os.environ.get("CDK8S_OUTDIR", "dist")),
                        help="output folder (default: $CDK8S_OUTDIR, else dist)")
    render.add_argument("--crds", **crds)

    validate = sub.add_parser("validate", help="validate an existing dist/ against the schemas",
                              description="Validate every object of an existing output folder against the "
                                          "strict Kubernetes schemas and the CRDs.")
    validate.add_argument("--dist", type=Path, default=Path("dist"), help="folder to check (default: dist)")
    validate.add_argument("--platform", **platform,)
    validate.add_argument("--kubernetes-version", help="default: defaults.kubernetesVersion of --platform")
    validate.add_argument("--crds", **crds)

    plan = sub.add_parser("plan", help="print the capacity of every Ceph StorageClass and the claims on it",
                          description="Raw, usable, writable and safe capacity of every Ceph StorageClass (decimal GB "
                                      "and binary GiB) and the claims the platform places on each class.")
    plan.add_argument("--platform", **platform)
    return top


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "render")
    args = parser().parse_args(argv)
    try:
        if getattr(args, "crds", None) is not None and not args.crds.is_dir():
            raise UserError(f"--crds {args.crds} is not a folder. Fix: pass the folder of CRD files (../shared/crds)")
        return {"render": run_render, "validate": run_validate, "plan": run_plan}[args.command](args)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def run_render(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    platform = loader.load(args.platform)
    check_capacity(platform)
    from frappe_k8s.render import render  # starts Node only once the input is known to be good

    tree = render(platform, args.out, args.crds)
    counts = ", ".join(f"{app}: {len(files)}" for app, files in tree.items()) or "nothing to render"
    total = sum(len(files) for files in tree.values())
    print(f"rendered {total} objects into {args.out}/ ({counts}) in {time.perf_counter() - started:.2f}s")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from frappe_k8s.errors import ValidationFailure
    from frappe_k8s.validate import validate_all

    version = args.kubernetes_version or loader.load(args.platform).defaults.kubernetes_version
    if not args.dist.is_dir():
        raise UserError(f"{args.dist} is not a folder. Fix: render first, or pass --dist")
    objects, problems = [], []
    for app in sorted(p for p in args.dist.iterdir() if p.is_dir()):
        files = sorted(p.name for p in app.glob("*.yaml") if p.name != "kustomization.yaml")
        listed = yaml.safe_load((app / "kustomization.yaml").read_text())["resources"] \
            if (app / "kustomization.yaml").exists() else None
        if listed is None or sorted(listed) != files:
            problems.append(f"{app.name}/kustomization.yaml: does not list exactly the object files of the folder")
        for name in files:
            objects.append((f"{app.name}/{name}", yaml.safe_load((app / name).read_text())))
    problems += validate_all(objects, version, args.crds)
    if problems:
        raise ValidationFailure(problems)
    print(f"{len(objects)} objects in {args.dist}/ are valid for Kubernetes {version}")
    return 0


def check_capacity(platform) -> None:
    """Claims beyond a Ceph class's safe capacity: an error, or a warning with storage.capacityCheck: warn."""
    from frappe_k8s import capacity

    problems = capacity.problems(platform)
    if problems and platform.storage.capacity_check == capacity.FAIL:
        raise UserError("capacity: " + "\nerror: capacity: ".join(problems))
    for problem in problems:
        print(f"warning: capacity: {problem}", file=sys.stderr)


def run_plan(args: argparse.Namespace) -> int:
    from frappe_k8s import capacity

    platform = loader.load(args.platform)
    print(capacity.format_plan(platform), end="")
    # CI can gate on it: over capacity fails unless the platform accepts it (storage.capacityCheck: warn)
    return 1 if capacity.problems(platform) and platform.storage.capacity_check == capacity.FAIL else 0

"""Benchmark: render synthetic fleets end to end and compare each with the floor, in one run.

Usage:  python scripts/benchmark.py [--sizes 10:1,100:5,1000:20] [--runs 3] [--cache]

For each size (sites:benches) it writes a synthetic platform.yaml (frappe_k8s.fleet: Ceph, Velero, RWX volumes,
GitOps), then runs `python main.py render` on it in a fresh process (load, synth, validate, write dist/) and
reports the median over --runs of: wall time, the peak resident set of the whole process tree (Python, jsii's
Node processes and any render workers, summed, sampled every 10 ms), the object count and the time per object.

The floor is measured in the same run, on the same objects: a fresh Python process unpickles the rendered
objects (so it holds them as plain dicts, built by the unpickler) and writes them with PyYAML's C dumper, in the
same layout (one file per object, a kustomization.yaml per folder). `ratio` is render wall / floor wall.

Renders are cold (`--no-cache`) unless --cache is given. This script is not a test: it times, it never judges.
"""
from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frappe_k8s.fleet import fleet_platform  # noqa: E402  pure Python, never starts Node


def tree_rss_kib(pid: int) -> int:
    """Resident set of pid and all its descendants, in KiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            with open(f"/proc/{entry}/status") as f:
                status = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss[int(entry)] = int(line.split()[1])
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def timed(command: list[str]) -> tuple[float, int, str]:
    """(wall seconds, peak tree RSS in KiB, stdout) of a command; raises when it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss_kib(process.pid))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample, daemon=True)  # this process never imports cdk8s
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    return wall, peak[0], out


def read_objects(dist: Path) -> dict[str, list[dict]]:
    """app folder -> its objects as plain dicts (libyaml), from a rendered tree."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    apps: dict[str, list[dict]] = {}
    for path in sorted(dist.rglob("*.yaml")):
        document = yaml.load(path.read_text(), Loader=loader) if path.name != "kustomization.yaml" else None
        if isinstance(document, dict) and "metadata" in document:  # not the Helm values or the ArgoCD patch
            apps.setdefault(path.parent.relative_to(dist).as_posix(), []).append(document)
    return apps


def floor(pickled: Path, out: Path) -> None:
    """The floor: the objects as plain dicts written with the C dumper, in dist/'s layout (the dumper, file names
    and kustomization of frappe_k8s.output, which imports no cdk8s)."""
    from frappe_k8s.output import dump, file_name, kustomization

    apps = pickle.loads(pickled.read_bytes())
    for app, objects in apps.items():
        folder = out / app
        folder.mkdir(parents=True)
        names = [file_name(obj) for obj in objects]
        for name, obj in zip(names, objects):
            (folder / name).write_text(dump(obj))
        (folder / "kustomization.yaml").write_text(dump(kustomization(names)))


def main() -> int:
    top = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    top.add_argument("--sizes", default="10:1,100:5,1000:20", help="sites:benches pairs (default: %(default)s)")
    top.add_argument("--runs", type=int, default=3, help="runs per size; medians are printed (default: 3)")
    top.add_argument("--crds", type=Path, help="CRD files replacing vendored schemas (default: the vendored ones)")
    top.add_argument("--cache", action="store_true", help="let renders use the render cache (default: cold)")
    top.add_argument("--floor", nargs=2, type=Path, metavar=("PICKLE", "OUT"), help=argparse.SUPPRESS)
    args = top.parse_args()
    if args.floor:
        floor(*args.floor)
        return 0
    try:
        sizes = [tuple(int(n) for n in pair.split(":")) for pair in args.sizes.split(",")]
    except ValueError:
        print(f"error: --sizes {args.sizes!r} is not a list of sites:benches pairs. Fix: e.g. --sizes 10:1,100:5",
              file=sys.stderr)
        return 1
    python = sys.executable
    print(f"{'sites':>5} {'benches':>7} {'objects':>7} {'wall s':>7} {'peak MiB':>8} {'ms/obj':>6} "
          f"{'floor s':>7} {'floor MiB':>9} {'ratio':>5}")
    walls = {}
    with tempfile.TemporaryDirectory(prefix="frappe-k8s-bench-") as scratch:
        scratch = Path(scratch)
        for sites, benches in sizes:
            platform = scratch / f"fleet-{sites}.yaml"
            platform.write_text(fleet_platform(sites, benches))
            renders, floors, objects = [], [], 0
            for run in range(args.runs):
                out = scratch / f"dist-{sites}-{run}"
                command = [python, "main.py", "render", "--platform", str(platform), "--out", str(out)]
                command += (["--crds", str(args.crds)] if args.crds else []) + ([] if args.cache else ["--no-cache"])
                renders.append(timed(command)[:2])
                apps = read_objects(out)
                objects = sum(len(v) for v in apps.values())
                pickled = scratch / f"objects-{sites}.pickle"
                pickled.write_bytes(pickle.dumps(apps))
                floors.append(timed([python, __file__, "--floor", str(pickled), str(scratch / f"floor-{sites}-{run}")])[:2])
            wall = statistics.median(w for w, _ in renders)
            peak = statistics.median(m for _, m in renders) / 1024
            floor_wall = statistics.median(w for w, _ in floors)
            floor_peak = statistics.median(m for _, m in floors) / 1024
            walls[sites] = wall
            print(f"{sites:>5} {benches:>7} {objects:>7} {wall:>7.2f} {peak:>8.0f} {1000 * wall / objects:>6.2f} "
                  f"{floor_wall:>7.2f} {floor_peak:>9.0f} {wall / floor_wall:>5.1f}", flush=True)
    if 100 in walls and 1000 in walls:
        print(f"scaling 100 -> 1000 sites: {walls[1000] / walls[100]:.1f}x")
    print(f"medians of {args.runs} run(s); peak = resident set of the whole process tree; "
          f"floor = the same objects as plain dicts written with PyYAML's C dumper")
    return 0


if __name__ == "__main__":
    sys.exit(main())

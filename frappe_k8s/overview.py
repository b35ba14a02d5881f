"""dist/README.md: what the rendered tree holds, for a reviewer on the pull request.

A Mermaid diagram of the app folders and their order (GitHub draws it), the benches and sites, and the storage
capacity. Pure Python over the model and the synthesized manifests; byte-deterministic (sorted, no dates).
The same app rows feed `frappe-k8s plan`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from frappe_k8s import capacity
from frappe_k8s.coverage import ClaimCoverage
from frappe_k8s.charts.operators import operator_tools
from frappe_k8s.model import Platform
from frappe_k8s.model.bench import ExternalDatabase, FrappeBenchProps, MariaDBRef, MariaDBServer
from frappe_k8s.model.site import DEDICATED, EXTERNAL, FrappeSiteProps
from frappe_k8s.model.gitops import TOOLS, AppFolder, edges, group_of, stages
from frappe_k8s.upstream import UPSTREAMS, Upstream, owner_of

TOOL_NAMES = {"argocd": "Argo CD", "flux": "Flux"}


@dataclass(frozen=True)
class AppRow:
    folder: str
    stage: Optional[int]                 # None: not a synced app (the gitops folders, applied by hand)
    depends_on: tuple[str, ...]          # folders
    tools: tuple[str, ...]
    kinds: tuple[tuple[str, int], ...]   # (kind, count), sorted by kind

    @property
    def objects(self) -> int:
        return sum(n for _, n in self.kinds)


def app_rows(platform: Platform, apps: Sequence[tuple[AppFolder, list[dict]]]) -> list[AppRow]:
    """Every rendered folder in sync order (stage, then name); the gitops folders last."""
    rendered = [folder.folder for folder, manifests in apps if manifests]
    folders = [folder for folder, _ in apps]
    stage_of, deps = stages(folders, rendered), {}
    for before, after in edges(folders, rendered):
        deps.setdefault(after, []).append(before)
    wired = set(operator_tools(platform))
    rows = []
    for folder, manifests in apps:
        if not manifests:
            continue
        counts: dict[str, int] = {}
        for m in manifests:
            counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append(AppRow(folder.folder, stage_of.get(folder.folder), tuple(deps.get(folder.folder, ())),
                           tuple(t for t in TOOLS if t in folder.tools and t in wired), tuple(sorted(counts.items()))))
    return sorted(rows, key=lambda r: (r.stage is None, r.stage or 0, r.folder))


@dataclass(frozen=True)
class SiteRow:
    bench: str
    host: str      # the site's name
    domains: tuple[str, ...]
    database: str  # how its database is provided
    backup: str    # its backup schedule
    state: str     # present, or what an absent site keeps


def site_rows(platform: Platform) -> list[SiteRow]:
    """One row per site of every bench, in declaration order."""
    return [SiteRow(bench.name, site.name, site.domains, site_database_of(bench, site),
                    site_backup_of(site), site_state_of(site))
            for bench in platform.benches for site in bench.sites]


def site_notes(platform: Platform) -> list[str]:
    """What decommissioned sites keep, and what to do by hand: printed after every render."""
    notes = []
    for bench in platform.benches:
        namespace = bench.effective_namespace
        for site in bench.sites:
            if site.state != "absent":
                continue
            if site.drop_data:
                notes.append(f"site {site.name} is being dropped: once its Job {site.object_id}-drop-… has succeeded,"
                             f" delete what prune protection keeps (nothing is dropped by that): kubectl -n {namespace}"
                             f" delete databases,users,grants,externalsecrets,sealedsecrets,mariadbs"
                             f" -l frappe-k8s.io/site={site.name}; then remove the site from platform.yaml")
            else:
                server = f", its MariaDB {site.object_id}-mariadb" if site.database.mariadb is not None else ""
                notes.append(f"site {site.name} is absent and stopped (maintenance mode, scheduler off): kept are its"
                             f" database {site.database_name}, user, grant,"
                             f" passwords{server} and its folder on {bench.name}-sites; set dropData: true to delete"
                             " them, or state: present to bring the site back")
    return notes


def site_database_of(bench: FrappeBenchProps, site: FrappeSiteProps) -> str:
    mode, name = site.database.mode, f"`{site.database_name}`"
    if mode == DEDICATED:
        return f"{name} on its own MariaDB `{site.object_id}-mariadb`"
    if mode == EXTERNAL:
        external = site.database.external
        return f"{name} on external {external.type or 'mariadb'} `{external.host}`"
    return f"{name} on the bench's {database_of(bench)}"


def site_backup_of(site: FrappeSiteProps) -> str:
    backup = site.backup
    if not backup.active or site.state == "absent":
        return "none"
    offsite = ", copied by restic" if backup.offsite else ""
    return (f"`{site.backup_schedule}` onto `{backup.volume}`, keep "
            f"{backup.keep_last} (at most {backup.max_age_days} days){offsite}")


def site_state_of(site: FrappeSiteProps) -> str:
    if site.state != "absent":
        return "restoring " + site.restore.backup if site.restore else "present"
    return "absent: dropping its data" if site.drop_data else "absent: data kept"


def database_of(bench: FrappeBenchProps) -> str:
    db = bench.database
    if isinstance(db, MariaDBServer):
        return f"own MariaDB `{bench.name}-mariadb` ({db.storage_size} on {db.storage_class or 'the default class'})"
    if isinstance(db, MariaDBRef):
        return f"MariaDB `{db.namespace or bench.effective_namespace}/{db.name}`"
    if isinstance(db, ExternalDatabase):
        return f"external {db.type} `{db.host}:{db.effective_port}`"
    return str(db)


def backups_of(platform: Platform, namespace: str) -> str:
    velero = platform.backups.velero
    schedules = [s for s in velero.schedules if s.covers(namespace)] if velero else []
    return ", ".join(f"`{s.name}` (`{s.schedule}`, {s.strategy}, keep {s.ttl})" for s in schedules) or "none"


def _node(folder: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "_", folder)


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]


def operators(apps: Sequence[tuple[AppFolder, list[dict]]]) -> list[tuple[Upstream, set[str]]]:
    """The upstream projects whose kinds the primary app folders render, in the order of frappe_k8s.upstream."""
    kinds: dict[Upstream, set[str]] = {}
    for _, manifests in apps:
        for m in manifests:
            owner = owner_of(group_of(m["apiVersion"]), m["kind"])
            if owner is not None:
                kinds.setdefault(owner, set()).add(m["kind"])
    return [(u, kinds[u]) for u in UPSTREAMS if u in kinds]


def installed_charts(apps: Sequence[tuple[AppFolder, list[dict]]]) -> set[str]:
    """The Helm charts the platform installs: its Argo CD Applications' and Flux HelmReleases' chart names."""
    found = set()
    for _, manifests in apps:
        for m in manifests:
            if m["kind"] == "Application":
                found.add(m["spec"].get("source", {}).get("chart"))
            elif m["kind"] == "HelmRelease":
                found.add(m["spec"].get("chart", {}).get("spec", {}).get("chart"))
    return found - {None}


def overview(platform: Platform, apps: Sequence[tuple[AppFolder, list[dict]]],
             claims: Sequence[ClaimCoverage] = ()) -> str:
    rows = app_rows(platform, apps)
    synced = [r for r in rows if r.stage is not None]
    rendered = [r.folder for r in rows]
    lines = [f"# {platform.name}: the rendered platform", "",
             "Written by `frappe-k8s render` from `platform.yaml` at every render; edit `platform.yaml`, not this file.",
             "", "## Apps and their order", "",
             "Each box is an app folder; an arrow points from an app to one that waits for it (Argo CD: a later sync "
             "wave of the root Application; Flux: `dependsOn`).", "", "```mermaid", "flowchart LR"]
    lines += [f'  {_node(r.folder)}["{r.folder}"]' for r in synced]
    lines += [f"  {_node(a)} --> {_node(b)}" for a, b in edges([f for f, _ in apps], rendered)]
    lines += ["```", ""]
    lines += _table(["stage", "folder", "synced by", "waits for", "objects"], [
        (r.stage, f"`{r.folder}/`", ", ".join(TOOL_NAMES[t] for t in r.tools) or "–",
         ", ".join(f"`{d}`" for d in r.depends_on) or "–",
         f"{r.objects}: " + ", ".join(f"{k} {n}" for k, n in r.kinds)) for r in synced])
    wiring = [r for r in rows if r.stage is None]
    if wiring:
        lines += ["", "Applied once by hand, then synced from git: " +
                  ", ".join(f"`{r.folder}/` ({r.objects} objects)" for r in wiring) + " (frappe-k8s docs: reference, \"Argo CD and Flux\")."]
    lines += ["", "## Operators", "",
              "The custom resources of dist/ and the operator releases their schemas are validated against "
              "(`frappe_k8s/upstream.py`). Install each prerequisite at that release, with its CRDs, before the "
              "first sync.", ""]
    charts = installed_charts(apps)
    lines += _table(["operator", "release", "installed by", "kinds in dist/"], [
        (f"[{u.name}](https://github.com/{u.repository})", f"`{u.tag}`" if u.tag != "master" else f"`{u.commit[:12]}`",
         f"this platform: Helm chart `{u.installed_by.chart}` `{u.installed_by.version}`"
         if u.installed_by and u.installed_by.chart in charts else "prerequisite", ", ".join(sorted(kinds)))
        for u, kinds in operators(apps)])
    lines += ["", "## Benches and sites", ""]
    if platform.benches:
        lines += _table(["bench", "namespace", "image", "database", "sites", "backup schedules"], [
            (f"`{b.name}`", f"`{b.effective_namespace}`", f"`{b.image_reference}`", database_of(b),
             sum(1 for s in site_rows(platform) if s.bench == b.name), backups_of(platform, b.effective_namespace))
            for b in platform.benches])
    else:
        lines.append("No benches.")
    sites = site_rows(platform)
    lines += [""] + (_table(["site (hosts)", "bench", "state", "database", "backup schedule"],
                            [(", ".join(f"`{h}`" for h in (s.host, *s.domains)), f"`{s.bench}`", s.state,
                              s.database, s.backup) for s in sites])
                     if sites else ["No sites."])
    lines += ["", "## Storage capacity", ""]
    plans = capacity.plan(platform)
    if plans:
        gib = lambda n: f"{n / capacity.GIB:.1f}"
        lines += _table(["StorageClass", "pool", "usable GiB", "safe GiB", "requested GiB", "claims", "status"], [
            (f"`{p.storage_class}`", f"{p.capacity.pool}, {p.capacity.layout}" if p.capacity else "not rendered here",
             gib(p.capacity.usable_bytes) if p.capacity else "–", gib(p.capacity.safe_bytes) if p.capacity else "–",
             gib(p.requested_bytes), len(p.requests),
             ("OVER safe capacity" if p.over else "ok") if p.capacity else "capacity not known")
            for p in plans])
        lines += ["", "GiB = 2^30 bytes. Safe = usable x nearFullRatio; `frappe-k8s plan` shows every figure "
                  "and claim."]
    else:
        lines.append("No StorageClasses and no claims.")
    lines += ["", "## Backup coverage", "",
              "How every claim the platform makes or mounts is backed up, read from the rendered objects "
              "(`frappe_k8s/coverage.py`). A claim protected by nothing fails the render unless `platform.yaml` names "
              "it in `backups.unprotected` with a reason.", ""]
    if claims:
        lines += _table(["claim", "holds", "class", "status", "protected by"], [
            (f"`{c.key}`", c.holds, f"`{c.storage_class}`" if c.storage_class else "static volume", c.status,
             "<br>".join(f"{p.method}: {p.detail}" for p in c.protections)
             or (f"acknowledged: {c.acknowledged}" if c.acknowledged else "–"))
            for c in claims])
    else:
        lines.append("No claims.")
    return "\n".join(lines) + "\n"

"""Capacity: what the claims ask of each StorageClass before and after, against the planner's safe capacity.

Claims are read from the rendered objects on both sides (claims, StatefulSet claim templates, mariadb-operator
storage), so `--against DIR` works without the old platform file; safe capacity comes from the capacity planner
(frappe_k8s.capacity) of each side's model where it is known. Claims that leave the render but stay in the cluster
(prune protection, a StatefulSet's Retain policy) still hold their space, and are counted apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from frappe_k8s import capacity as planner
from frappe_k8s.claims import claims_of
from frappe_k8s.consequences.finding import CAPACITY, Context, Finding
from frappe_k8s.consequences.data import fate
from frappe_k8s.consequences.objects import Obj, Side, quantity
from frappe_k8s.model import Platform

GIB = planner.GIB
SOURCE = "frappe_k8s/capacity.py (the capacity planner: usable x nearFullRatio is safe)"
SHARED_SOURCE = "frappe_k8s/capacity.py shared_classes (pools of one Ceph cluster on the same OSDs)"


@dataclass(frozen=True)
class Claim:
    """One claim the objects of a render make."""

    storage_class: Optional[str]  # None: the cluster's default class, which this render does not declare
    namespace: str
    name: str
    bytes: int
    owner: Obj


@dataclass(frozen=True)
class ClassFigures:
    """One StorageClass before and after: bytes requested by rendered claims, safe capacity where the planner
    knows it, and bytes still held by claims that leave the render but stay in the cluster."""

    storage_class: str
    requested_before: int
    requested_after: int
    safe_before: Optional[float]
    safe_after: Optional[float]
    orphaned: int = 0

    @property
    def changed(self) -> bool:
        known = self.safe_before is not None and self.safe_after is not None
        return self.requested_before != self.requested_after or (known and self.safe_before != self.safe_after) or \
            self.orphaned > 0

    @property
    def over(self) -> bool:
        return self.safe_after is not None and self.requested_after + self.orphaned > self.safe_after

    def line(self) -> str:
        def figure(requested: int, safe: Optional[float]) -> str:
            return f"{requested / GIB:.1f} GiB" + (f" ({requested / safe:.0%} of {safe / GIB:.1f} GiB safe)" if safe else "")

        text = (f"StorageClass {self.storage_class}: requested {figure(self.requested_before, self.safe_before)} -> "
                f"{figure(self.requested_after, self.safe_after)}")
        if self.safe_after is None:
            text += ", capacity not known (not a Ceph class rendered here)"
        if self.orphaned:
            text += f"; orphaned claims still hold {self.orphaned / GIB:.1f} GiB"
        return text + (": OVER safe capacity" if self.over else "")


def claims(side: Side) -> list[Claim]:
    """Every claim the render's objects make (frappe_k8s/claims.py), with the class it lands on."""
    default = side.default_class
    return [Claim(default if c.storage_class is None else c.storage_class, obj.namespace, c.name, size, obj)
            for obj in side.of_kind("PersistentVolumeClaim", "StatefulSet", "MariaDB") for c in claims_of(obj.manifest)
            if (size := quantity(c.size)) is not None and c.storage_class != ""]  # "": pre-bound, on no class


def safe_capacity(platform: Optional[Platform]) -> dict[str, float]:
    if platform is None:
        return {}
    return {p.storage_class: p.capacity.safe_bytes for p in planner.plan(platform) if p.capacity is not None}


def figures(ctx: Context) -> list[ClassFigures]:
    """Every StorageClass some claim uses on either side, or the planner knows, in name order."""
    before, after = claims(ctx.old), claims(ctx.new)
    kept = {(c.namespace, c.name) for c in after}
    orphaned: dict[str, int] = {}
    for claim in before:
        if (claim.namespace, claim.name) not in kept and _still_held(claim, ctx):
            orphaned[claim.storage_class] = orphaned.get(claim.storage_class, 0) + claim.bytes
    safe_old, safe_new = safe_capacity(ctx.old_platform), safe_capacity(ctx.new_platform)
    names = sorted({c.storage_class or "(default)" for c in before + after} | set(safe_new) | set(safe_old))

    def total(items: list[Claim], name: str) -> int:
        return sum(c.bytes for c in items if (c.storage_class or "(default)") == name)

    return [ClassFigures(name, total(before, name), total(after, name), safe_old.get(name), safe_new.get(name),
                         orphaned.get(None if name == "(default)" else name, 0)) for name in names]


def _still_held(claim: Claim, ctx: Context) -> bool:
    """A claim that leaves the render stays when its owner stays (protected, or not pruned) or keeps its claims."""
    return fate(claim.owner, ctx)[0] if ctx.new.get(claim.owner.path) is None else True


def findings(ctx: Context, all_figures: list[ClassFigures]) -> list[Finding]:
    before = {(c.namespace, c.name): c for c in claims(ctx.old)}
    after = {(c.namespace, c.name): c for c in claims(ctx.new)}
    out = []
    for figure in all_figures:
        if not figure.changed:
            continue
        name = None if figure.storage_class == "(default)" else figure.storage_class
        details = []
        for key in sorted(set(before) | set(after)):
            old, new = before.get(key), after.get(key)
            was, is_ = old is not None and old.storage_class == name, new is not None and new.storage_class == name
            if is_ and not was:
                details.append(f"+ {key[0]}/{key[1]}: {new.bytes / GIB:.1f} GiB")
            elif was and not is_:
                details.append(f"- {key[0]}/{key[1]}: {old.bytes / GIB:.1f} GiB")
            elif was and old.bytes != new.bytes:
                details.append(f"~ {key[0]}/{key[1]}: {old.bytes / GIB:.1f} -> {new.bytes / GIB:.1f} GiB")
        out.append(Finding(CAPACITY, "", f"StorageClass {figure.storage_class}", figure.line(), tuple(details), (SOURCE,)))
    return out + _shared_findings(ctx, all_figures)


def _shared_findings(ctx: Context, all_figures: list[ClassFigures]) -> list[Finding]:
    """Classes whose pools use the same OSDs (a filesystem's data pool and a block pool on one set of disks): each
    one's safe capacity is the same space, so their shares add up."""
    out = []
    for names in planner.shared_classes(ctx.new_platform):
        group = [f for f in all_figures if f.storage_class in names and f.safe_after]
        if not any(f.changed for f in group):
            continue
        after = sum((f.requested_after + f.orphaned) / f.safe_after for f in group)
        before = f"{sum(f.requested_before / f.safe_before for f in group):.0%} -> " \
            if all(f.safe_before for f in group) else ""  # --against DIR: no old model, no old capacity
        orphans = ", orphaned claims included" if any(f.orphaned for f in group) else ""
        out.append(Finding(CAPACITY, "", f"OSDs of StorageClasses {', '.join(names)}",
                           f"StorageClasses {', '.join(names)} share their OSDs: together {before}{after:.0%} of their "
                           f"safe capacity requested{orphans}" + (": OVER safe capacity" if after > 1 else ""),
                           (), (SHARED_SOURCE,)))
    return out

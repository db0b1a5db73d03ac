"""Compare two versions of a criteria set: what was added, removed or changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .criteria_model import CriteriaSet

__all__ = ["CriteriaChange", "diff_criteria"]


@dataclass(frozen=True, slots=True)
class CriteriaChange:
    """kind: "added" | "removed" | "changed"; ``path`` like "item PK-E1" or "set"."""

    kind: str
    path: str
    field: str = ""
    old: str = ""
    new: str = ""

    def __str__(self) -> str:
        if self.kind == "changed":
            return f"{self.path}: {self.field} {self.old} -> {self.new}"
        return f"{self.kind} {self.path}"


def _fields(obj: object, skip: tuple[str, ...] = ()) -> dict[str, str]:
    assert dataclasses.is_dataclass(obj)
    return {f.name: repr(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name not in skip}


def _cmp(path: str, a: dict[str, str], b: dict[str, str]) -> list[CriteriaChange]:
    return [CriteriaChange("changed", path, k, a[k], b.get(k, "")) for k in a if a[k] != b.get(k)]


def diff_criteria(a: CriteriaSet, b: CriteriaSet) -> list[CriteriaChange]:
    """Changes from ``a`` (older) to ``b`` (newer), in a stable order."""
    out: list[CriteriaChange] = []
    top = ("code", "site_type", "name_zh", "name_en", "scale", "bonus_cap", "emissions_basis", "electricity_series")
    fa = {k: repr(getattr(a, k)) for k in top}
    fb = {k: repr(getattr(b, k)) for k in top}
    out += _cmp("set", fa, fb)
    groups = (
        ("gate", {g.code: g for g in a.gates}, {g.code: g for g in b.gates}, ()),
        ("category", {c.code: c for c in a.categories}, {c.code: c for c in b.categories}, ()),
        ("item", {i.code: i for i in a.items}, {i.code: i for i in b.items}, ()),
        ("tier", {t.code: t for t in a.tiers}, {t.code: t for t in b.tiers}, ()),
    )
    for label, old, new, skip in groups:
        for code in old:
            if code not in new:
                out.append(CriteriaChange("removed", f"{label} {code}"))
        for code in new:
            if code not in old:
                out.append(CriteriaChange("added", f"{label} {code}"))
            else:
                out += _cmp(f"{label} {code}", _fields(old[code], skip), _fields(new[code], skip))
    return out

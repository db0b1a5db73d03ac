"""Load criteria-set YAML files with strict validation; list, cache and look up packaged sets."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import yaml

from .criteria_model import Category, CriteriaSet, CriteriaSetInfo, Gate, Item
from .criteria_parse import EPS, TOP_KEYS, CriteriaError, Ctx, UnknownCriteriaSet, parse_gate, parse_item, parse_tier
from .metrics import METRICS

__all__ = [
    "CriteriaError", "UnknownCriteriaSet", "load_criteria_file", "load_criteria_text", "list_criteria_sets",
    "load_criteria_set", "criteria_code_for_site_type",
]


def load_criteria_text(text: str, file: str = "<text>") -> CriteriaSet:
    """Parse and validate criteria YAML ``text``; errors name ``file``, the item and the problem."""
    cx = Ctx(file)
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise cx.err("", f"not valid YAML: {e}") from None
    d = cx.keys(raw, TOP_KEYS, "")
    for k in ("code", "version", "site_type", "name_zh", "name_en"):
        cx.text(d, k, "")
    cx.translations(d, "", "description")
    scale = cx.num(d, "scale", "", 100.0)
    basis = str(d.get("emissions_basis", "market"))
    if basis not in ("market", "location"):
        raise cx.err("", f"emissions_basis must be market or location, not {basis!r}")
    codes: set[str] = set()

    def claim(code: str, what: str) -> None:
        if code in codes:
            raise cx.err(f"{what} {code}", "duplicate code")
        codes.add(code)

    gates = []
    for g in d.get("gates") or ():
        gate = parse_gate(cx, g)
        claim(gate.code, "gate")
        gates.append(gate)
    items: list[Item] = []
    cats: list[Category] = []
    cat_codes: set[str] = set()
    if not isinstance(d.get("categories"), list) or not d["categories"]:
        raise cx.err("", "needs a non-empty 'categories' list")
    for c in d["categories"]:
        ccode = str(c.get("code", "?")) if isinstance(c, dict) else "?"
        where = f"category {ccode}"
        c = cx.keys(c, {"code", "name_zh", "name_en", "max_points", "min_share", "items"}, where)
        if ccode in cat_codes:
            raise cx.err(where, "duplicate category code")
        cat_codes.add(ccode)
        its = [parse_item(cx, i, ccode, False) for i in c.get("items") or ()]
        if not its:
            raise cx.err(where, "has no items")
        for it in its:
            claim(it.code, "item")
        mx = cx.num(c, "max_points", where)
        total = sum(i.max_points for i in its)
        if abs(total - mx) > EPS:
            raise cx.err(where, f"points cannot add up: items give {total:g} but max_points is {mx:g}")
        share = cx.num(c, "min_share", where, 0.0)
        if not 0 <= share <= 1:
            raise cx.err(where, "min_share must be a fraction between 0 and 1")
        cats.append(Category(ccode, cx.text(c, "name_zh", where), cx.text(c, "name_en", where), mx, share,
                             tuple(i.code for i in its)))
        items.extend(its)
    cat_total = sum(c.max_points for c in cats)
    if abs(cat_total - scale) > EPS:
        raise cx.err("", f"points cannot add up: categories give {cat_total:g} but scale is {scale:g}")
    bonus = cx.keys(d.get("bonus") or {"cap": 0, "items": []}, {"cap", "items"}, "bonus")
    cap = cx.num(bonus, "cap", "bonus", 0.0)
    bitems = [parse_item(cx, i, "bonus", True) for i in bonus.get("items") or ()]
    for it in bitems:
        claim(it.code, "item")
    if cap < 0 or (cap > 0 and sum(i.max_points for i in bitems) < cap - EPS):
        raise cx.err("bonus", "points cannot add up: bonus items cannot reach the cap")
    items.extend(bitems)
    by_code = {i.code: i for i in items}
    owners: list[Item | Gate] = [*items, *gates]
    for owner in owners:
        for p, ref in owner.params.items():
            target = by_code.get(ref)
            if target is None or target.kind != "number":
                kind = "gate" if isinstance(owner, Gate) else "item"
                raise cx.err(f"{kind} {owner.code}", f"params.{p} must name a number item, not {ref!r}")
    refs = set(METRICS) | {i.code for i in items if i.kind == "number"}
    tiers = [parse_tier(cx, t, scale, refs) for t in d.get("tiers") or ()]
    if not tiers:
        raise cx.err("", "needs at least one tier")
    for a, b in zip(tiers, tiers[1:], strict=False):
        if b.min_total > a.min_total:
            raise cx.err(f"tier {b.code}", "tiers must be listed from highest to lowest min_total")
    if len({t.code for t in tiers}) != len(tiers):
        raise cx.err("", "duplicate tier code")
    series = d.get("electricity_series")
    return CriteriaSet(code=str(d["code"]), version=str(d["version"]), site_type=str(d["site_type"]),
                       name_zh=str(d["name_zh"]), name_en=str(d["name_en"]), scale=scale, gates=tuple(gates),
                       categories=tuple(cats), items=tuple(items), bonus_cap=cap, tiers=tuple(tiers),
                       source_file=file, description_zh=str(d.get("description_zh", "")),
                       description_en=str(d.get("description_en", "")), emissions_basis=basis,
                       electricity_series=None if series is None else str(series), items_by_code=by_code)


def load_criteria_file(path: str | Path) -> CriteriaSet:
    """Load one criteria file with strict validation (raises ``CriteriaError``)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise CriteriaError(f"{p.name}: cannot read: {e}") from None
    return load_criteria_text(text, p.name)


@functools.cache
def _packaged() -> dict[tuple[str, str], CriteriaSet]:
    out: dict[tuple[str, str], CriteriaSet] = {}
    folder = importlib.resources.files("resources") / "criteria"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            cs = load_criteria_text(entry.read_text(encoding="utf-8"), entry.name)
            if (cs.code, cs.version) in out:
                raise CriteriaError(f"{entry.name}: duplicate set {cs.code} version {cs.version}")
            out[(cs.code, cs.version)] = cs
    return out


def _vkey(v: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p for p in v.replace("-", ".").split("."))


def list_criteria_sets() -> list[CriteriaSetInfo]:
    """Every packaged set and version, ordered by code then version."""
    sets = _packaged()
    return [sets[k].info() for k in sorted(sets, key=lambda k: (k[0], _vkey(k[1])))]


def load_criteria_set(code: str, version: str | None = None) -> CriteriaSet:
    """A packaged set (newest version when ``version`` is None); cached frozen object."""
    sets = _packaged()
    versions = [v for (c, v) in sets if c == code]
    if not versions:
        raise UnknownCriteriaSet(f"unknown criteria set {code!r}; have {sorted({c for c, _ in sets})}")
    if version is None:
        version = max(versions, key=_vkey)
    if (code, version) not in sets:
        raise UnknownCriteriaSet(f"criteria set {code!r} has no version {version!r}; have {sorted(versions)}")
    return sets[(code, version)]


_SITE_TYPE_CODES = {"park": "nzc_park", "school": "nzc_school", "building": "nzc_building",
                    "public_facility": "nzc_public_facility"}


def criteria_code_for_site_type(site_type: str) -> str:
    """The default criteria-set code for a site type (packaged sets are searched too)."""
    if site_type in _SITE_TYPE_CODES:
        return _SITE_TYPE_CODES[site_type]
    for (code, _v), cs in sorted(_packaged().items()):
        if cs.site_type == site_type:
            return code
    raise UnknownCriteriaSet(f"no criteria set for site type {site_type!r}")

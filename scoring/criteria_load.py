"""Load criteria-set YAML files with strict validation; list, cache and look up sets."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .criteria_model import (
    GATE_KINDS,
    ITEM_KINDS,
    Category,
    Choice,
    Condition,
    CriteriaSet,
    CriteriaSetInfo,
    Gate,
    GateVariant,
    Item,
    Rule,
    Tier,
    TierCondition,
)
from .metrics import METRICS

__all__ = [
    "CriteriaError", "load_criteria_file", "load_criteria_text", "list_criteria_sets",
    "load_criteria_set", "criteria_code_for_site_type",
]

_EPS = 1e-9


class CriteriaError(ValueError):
    """A criteria file is refused: "<file>: item <code>: <problem>"."""


_ITEM_KEYS = {"code", "kind", "name_zh", "name_en", "help_zh", "help_en", "max_points", "metric", "unit",
              "rule", "choices", "evidence", "source", "applies_to_subtypes", "params"}
_GATE_KEYS = {"code", "kind", "name_zh", "name_en", "help_zh", "help_en", "metric", "unit", "test",
              "variants", "evidence", "source", "applies_to_subtypes", "params"}
_TOP_KEYS = {"code", "version", "site_type", "name_zh", "name_en", "description_zh", "description_en", "scale",
             "gates", "categories", "bonus", "tiers", "emissions_basis", "electricity_series", "released"}
_COND_KEYS = {"ge", "gt", "le", "lt"}


class _Ctx:
    def __init__(self, file: str) -> None:
        self.file = file

    def err(self, where: str, problem: str) -> CriteriaError:
        return CriteriaError(f"{self.file}: {where}: {problem}" if where else f"{self.file}: {problem}")

    def keys(self, d: Any, allowed: set[str], where: str) -> Mapping[str, Any]:
        if not isinstance(d, dict):
            raise self.err(where, "must be a mapping")
        extra = sorted(set(d) - allowed)
        if extra:
            raise self.err(where, f"unknown key(s) {', '.join(map(str, extra))}")
        return d

    def text(self, d: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        v = d.get(key)
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                what = "missing translation" if key.endswith(("_zh", "_en")) else "missing"
                raise self.err(where, f"{what} {key!r}")
            return ""
        return str(v)

    def num(self, d: Mapping[str, Any], key: str, where: str, default: float | None = None) -> float:
        v = d.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise self.err(where, f"{key!r} must be a number, got {v!r}")
        return float(v)

    def cond(self, d: Any, where: str, with_points: bool = False) -> Condition:
        allowed = _COND_KEYS | ({"points"} if with_points else set())
        d = self.keys(d, allowed, where)
        vals = {k: self.num(d, k, where) for k in _COND_KEYS if k in d}
        if not vals:
            raise self.err(where, "a band/test needs at least one of ge, gt, le, lt")
        if "ge" in vals and "gt" in vals or "le" in vals and "lt" in vals:
            raise self.err(where, "give only one lower and one upper bound")
        c = Condition(points=self.num(d, "points", where) if with_points else 0.0, **vals)
        lo, lo_inc = c.lower
        hi, hi_inc = c.upper
        if lo > hi or (lo == hi and not (lo_inc and hi_inc)):
            raise self.err(where, "empty interval")
        return c

    def translations(self, d: Mapping[str, Any], where: str, *keys: str) -> None:
        for k in keys:
            if bool(d.get(f"{k}_zh")) != bool(d.get(f"{k}_en")):
                raise self.err(where, f"missing translation: {k}_zh and {k}_en must both be given")


def _overlap(a: Condition, b: Condition) -> bool:
    (alo, alo_i), (ahi, ahi_i) = a.lower, a.upper
    (blo, blo_i), (bhi, bhi_i) = b.lower, b.upper
    lo, lo_i = (alo, alo_i) if (alo > blo or (alo == blo and not alo_i)) else (blo, blo_i)
    hi, hi_i = (ahi, ahi_i) if (ahi < bhi or (ahi == bhi and not ahi_i)) else (bhi, bhi_i)
    return lo < hi or (lo == hi and lo_i and hi_i)


def _rule(cx: _Ctx, raw: Any, where: str, max_points: float) -> Rule:
    raw = cx.keys(raw, {"bands", "linear"}, f"{where}: rule")
    if ("bands" in raw) == ("linear" in raw):
        raise cx.err(where, "rule needs exactly one of 'bands' or 'linear'")
    if "linear" in raw:
        d = cx.keys(raw["linear"], {"x0", "x1", "p0", "p1"}, f"{where}: linear")
        r = Rule("linear", x0=cx.num(d, "x0", where), x1=cx.num(d, "x1", where),
                 p0=cx.num(d, "p0", where), p1=cx.num(d, "p1", where))
        if r.x0 == r.x1:
            raise cx.err(where, "linear rule needs x0 != x1")
        top, low = max(r.p0, r.p1), min(r.p0, r.p1)
    else:
        if not isinstance(raw["bands"], list) or not raw["bands"]:
            raise cx.err(where, "bands must be a non-empty list")
        bands = tuple(cx.cond(b, f"{where}: band {i + 1}", with_points=True) for i, b in enumerate(raw["bands"]))
        for i, a in enumerate(bands):
            for j in range(i + 1, len(bands)):
                if _overlap(a, bands[j]):
                    raise cx.err(where, f"band {i + 1} overlaps band {j + 1}")
        r = Rule("bands", bands=bands)
        top, low = max(b.points for b in bands), min(b.points for b in bands)
    if low < 0:
        raise cx.err(where, "negative points in rule")
    if abs(top - max_points) > _EPS:
        raise cx.err(where, f"points cannot add up: rule gives at most {top:g} but max_points is {max_points:g}")
    return r


def _evidence(cx: _Ctx, d: Mapping[str, Any], where: str) -> tuple[bool, str, str]:
    ev = cx.keys(d.get("evidence") or {}, {"required", "hint_zh", "hint_en"}, f"{where}: evidence")
    req = bool(ev.get("required", False))
    cx.translations(ev, f"{where}: evidence", "hint")
    if req and not ev.get("hint_zh"):
        raise cx.err(where, "evidence required but no hint_zh/hint_en says what to attach")
    return req, str(ev.get("hint_zh", "")), str(ev.get("hint_en", ""))


def _params(cx: _Ctx, d: Mapping[str, Any], metric: str | None, where: str) -> dict[str, str]:
    params = {str(k): str(v) for k, v in (d.get("params") or {}).items()}
    needed = METRICS[metric].params if metric else ()
    for p in needed:
        if p not in params:
            raise cx.err(where, f"metric {metric!r} needs params.{p} naming a number item")
    for p in params:
        if p not in needed:
            raise cx.err(where, f"unknown param {p!r}")
    return params


def _metric(cx: _Ctx, d: Mapping[str, Any], where: str) -> str:
    m = cx.text(d, "metric", where)
    if m not in METRICS:
        raise cx.err(where, f"unknown metric {m!r}")
    return m


def _item(cx: _Ctx, d: Any, category: str, bonus: bool) -> Item:
    code = str(d.get("code", "?")) if isinstance(d, dict) else "?"
    where = f"item {code}"
    d = cx.keys(d, _ITEM_KEYS, where)
    cx.text(d, "code", where)
    kind = cx.text(d, "kind", where)
    if kind not in ITEM_KINDS:
        raise cx.err(where, f"unknown kind {kind!r} (use {', '.join(ITEM_KINDS)})")
    mx = cx.num(d, "max_points", where)
    if mx < 0 or (mx == 0 and kind != "number"):
        raise cx.err(where, "max_points must be > 0 (0 only for informational number items)")
    cx.translations(d, where, "help")
    metric = _metric(cx, d, where) if kind == "metric" else None
    if kind != "metric" and "metric" in d:
        raise cx.err(where, f"'metric' is only for metric items, not {kind}")
    rule = None
    if kind in ("metric", "number") and (mx > 0 or "rule" in d):
        rule = _rule(cx, d.get("rule"), where, mx)
    elif "rule" in d:
        raise cx.err(where, f"'rule' is not used by {kind} items")
    choices: tuple[Choice, ...] = ()
    if kind == "choice":
        raw = d.get("choices")
        if not isinstance(raw, list) or len(raw) < 2:
            raise cx.err(where, "a choice item needs at least two choices")
        keys: set[str] = set()
        lst = []
        for c in raw:
            c = cx.keys(c, {"key", "points", "label_zh", "label_en"}, f"{where}: choice")
            k = cx.text(c, "key", f"{where}: choice")
            if k in keys:
                raise cx.err(where, f"duplicate choice key {k!r}")
            keys.add(k)
            lst.append(Choice(k, cx.num(c, "points", f"{where}: choice {k}"),
                              cx.text(c, "label_zh", f"{where}: choice {k}"),
                              cx.text(c, "label_en", f"{where}: choice {k}")))
        choices = tuple(lst)
        if abs(max(c.points for c in choices) - mx) > _EPS or min(c.points for c in choices) < 0:
            raise cx.err(where, "points cannot add up: the best choice must give max_points, none negative")
    elif "choices" in d:
        raise cx.err(where, "'choices' is only for choice items")
    req, hz, he = _evidence(cx, d, where)
    unit = str(d.get("unit", METRICS[metric].unit if metric else ""))
    item = Item(code=code, category=category, kind=kind, name_zh=cx.text(d, "name_zh", where),
                name_en=cx.text(d, "name_en", where), max_points=mx, source=cx.text(d, "source", where),
                help_zh=cx.text(d, "help_zh", where, False), help_en=cx.text(d, "help_en", where, False),
                metric=metric, unit=unit, rule=rule, choices=choices, evidence_required=req,
                evidence_hint_zh=hz, evidence_hint_en=he,
                applies_to_subtypes=tuple(str(s) for s in d.get("applies_to_subtypes") or ()),
                params=_params(cx, d, metric, where), bonus=bonus)
    return item.with_texts()


def _gate(cx: _Ctx, d: Any) -> Gate:
    code = str(d.get("code", "?")) if isinstance(d, dict) else "?"
    where = f"gate {code}"
    d = cx.keys(d, _GATE_KEYS, where)
    kind = cx.text(d, "kind", where)
    if kind not in GATE_KINDS:
        raise cx.err(where, f"unknown kind {kind!r} (use {', '.join(GATE_KINDS)})")
    metric = _metric(cx, d, where) if kind == "metric" else None
    test = cx.cond(d.get("test"), f"{where}: test") if kind != "yes_no" else None
    variants = []
    for v in d.get("variants") or ():
        v = cx.keys(v, {"when", "test"}, f"{where}: variant")
        w = cx.keys(v.get("when"), _COND_KEYS | {"metric"}, f"{where}: variant when")
        m = _metric(cx, w, f"{where}: variant")
        variants.append(GateVariant(m, cx.cond({k: w[k] for k in w if k != "metric"}, f"{where}: variant"),
                                    cx.cond(v.get("test"), f"{where}: variant test")))
    cx.translations(d, where, "help")
    req, hz, he = _evidence(cx, d, where)
    return Gate(code=code, kind=kind, name_zh=cx.text(d, "name_zh", where), name_en=cx.text(d, "name_en", where),
                source=cx.text(d, "source", where), metric=metric,
                unit=str(d.get("unit", METRICS[metric].unit if metric else "")), test=test,
                variants=tuple(variants), help_zh=cx.text(d, "help_zh", where, False),
                help_en=cx.text(d, "help_en", where, False), evidence_required=req, evidence_hint_zh=hz,
                evidence_hint_en=he, applies_to_subtypes=tuple(str(s) for s in d.get("applies_to_subtypes") or ()),
                params=_params(cx, d, metric, where))


def _tier(cx: _Ctx, d: Any, scale: float, refs: set[str]) -> Tier:
    code = str(d.get("code", "?")) if isinstance(d, dict) else "?"
    where = f"tier {code}"
    d = cx.keys(d, {"code", "name_zh", "name_en", "min_total", "require_gates", "require_category_minimums",
                    "conditions"}, where)
    conds = []
    for c in d.get("conditions") or ():
        c = cx.keys(c, _COND_KEYS | {"ref"}, f"{where}: condition")
        ref = cx.text(c, "ref", f"{where}: condition")
        if ref not in refs:
            raise cx.err(where, f"condition on unknown metric or number item {ref!r}")
        conds.append(TierCondition(ref, cx.cond({k: c[k] for k in c if k != "ref"}, f"{where}: condition")))
    t = Tier(code=cx.text(d, "code", where), name_zh=cx.text(d, "name_zh", where),
             name_en=cx.text(d, "name_en", where), min_total=cx.num(d, "min_total", where),
             require_gates=bool(d.get("require_gates", True)),
             require_category_minimums=bool(d.get("require_category_minimums", True)), conditions=tuple(conds))
    if not 0 <= t.min_total <= scale:
        raise cx.err(where, f"min_total {t.min_total:g} outside 0..{scale:g}")
    return t


def load_criteria_text(text: str, file: str = "<text>") -> CriteriaSet:
    """Parse and validate criteria YAML ``text``; errors name ``file``, the item and the problem."""
    cx = _Ctx(file)
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise cx.err("", f"not valid YAML: {e}") from None
    d = cx.keys(raw, _TOP_KEYS, "")
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
        gate = _gate(cx, g)
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
        its = [_item(cx, i, ccode, False) for i in c.get("items") or ()]
        if not its:
            raise cx.err(where, "has no items")
        for it in its:
            claim(it.code, "item")
        mx = cx.num(c, "max_points", where)
        total = sum(i.max_points for i in its)
        if abs(total - mx) > _EPS:
            raise cx.err(where, f"points cannot add up: items give {total:g} but max_points is {mx:g}")
        share = cx.num(c, "min_share", where, 0.0)
        if not 0 <= share <= 1:
            raise cx.err(where, "min_share must be a fraction between 0 and 1")
        cats.append(Category(ccode, cx.text(c, "name_zh", where), cx.text(c, "name_en", where), mx, share,
                             tuple(i.code for i in its)))
        items.extend(its)
    cat_total = sum(c.max_points for c in cats)
    if abs(cat_total - scale) > _EPS:
        raise cx.err("", f"points cannot add up: categories give {cat_total:g} but scale is {scale:g}")
    bonus = cx.keys(d.get("bonus") or {"cap": 0, "items": []}, {"cap", "items"}, "bonus")
    cap = cx.num(bonus, "cap", "bonus", 0.0)
    bitems = [_item(cx, i, "bonus", True) for i in bonus.get("items") or ()]
    for it in bitems:
        claim(it.code, "item")
    if cap < 0 or (cap > 0 and sum(i.max_points for i in bitems) < cap - _EPS):
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
    tiers = [_tier(cx, t, scale, refs) for t in d.get("tiers") or ()]
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
        raise CriteriaError(f"unknown criteria set {code!r}; have {sorted({c for c, _ in sets})}")
    if version is None:
        version = max(versions, key=_vkey)
    if (code, version) not in sets:
        raise CriteriaError(f"criteria set {code!r} has no version {version!r}; have {sorted(versions)}")
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
    raise CriteriaError(f"no criteria set for site type {site_type!r}")

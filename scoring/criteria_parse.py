"""Parse the parts of a criteria file (conditions, rules, items, gates, tiers) with strict checks.

File format (YAML, one set version per file in ``resources/criteria``; unknown keys are errors)::

    code: nzc_park              version: "2025.1"        site_type: park
    name_zh / name_en           scale: 100               emissions_basis: market | location
    electricity_series: ...     (optional; e.g. carbon_market — never used unless named here)
    gates:      [{code, kind: metric | yes_no | number, name_zh, name_en, source,
                  metric, test: {ge|gt|le|lt}, variants: [{when: {metric, ge|gt|le|lt}, test}],
                  applies_to_subtypes, evidence: {required, hint_zh, hint_en}}]
    categories: [{code, name_zh, name_en, max_points, min_share (0..1), items: [item...]}]
    bonus:      {cap, items: [item...]}
    tiers:      [{code, name_zh, name_en, min_total, require_gates, require_category_minimums,
                  conditions: [{ref: <metric or number item>, ge|gt|le|lt}]}]   # highest first
    item:       {code, kind: metric | number | yes_no | choice | panel, name_zh, name_en, help_zh/en,
                 max_points, source ("GB/T ... clause" or "programme-defined"), unit,
                 metric (metric items), params: {treated_volume_m3: <number item>},
                 rule: {bands: [{ge|gt|le|lt, points}]} | {linear: {x0, p0, x1, p1}},
                 choices: [{key, points, label_zh, label_en}], applies_to_subtypes: [...],
                 evidence: {required, hint_zh, hint_en}}

Checks: every name has zh and en; codes are unique; metrics exist; bands do not overlap; a rule's or
choice's best points equal ``max_points``; items add up to their category and categories to
``scale``; bonus items can reach the cap; tiers run from highest to lowest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .criteria_model import (
    GATE_KINDS,
    ITEM_KINDS,
    Choice,
    Condition,
    Gate,
    GateVariant,
    Item,
    Rule,
    Tier,
    TierCondition,
)
from .metrics import METRICS

__all__ = [
    "CriteriaError", "UnknownCriteriaSet", "Ctx", "parse_item", "parse_gate", "parse_tier", "EPS", "COND_KEYS",
    "TOP_KEYS",
]

EPS = 1e-9


class CriteriaError(ValueError):
    """A criteria file is refused: "<file>: item <code>: <problem>"."""


class UnknownCriteriaSet(CriteriaError, LookupError):
    """No packaged criteria set has the requested code, version or site type."""


_ITEM_KEYS = {"code", "kind", "name_zh", "name_en", "help_zh", "help_en", "max_points", "metric", "unit",
              "rule", "choices", "evidence", "source", "applies_to_subtypes", "params"}
_GATE_KEYS = {"code", "kind", "name_zh", "name_en", "help_zh", "help_en", "metric", "unit", "test",
              "variants", "evidence", "source", "applies_to_subtypes", "params"}
TOP_KEYS = {"code", "version", "site_type", "name_zh", "name_en", "description_zh", "description_en", "scale",
             "gates", "categories", "bonus", "tiers", "emissions_basis", "electricity_series", "released"}
COND_KEYS = {"ge", "gt", "le", "lt"}


class Ctx:
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
        allowed = COND_KEYS | ({"points"} if with_points else set())
        d = self.keys(d, allowed, where)
        vals = {k: self.num(d, k, where) for k in COND_KEYS if k in d}
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


def _rule(cx: Ctx, raw: Any, where: str, max_points: float) -> Rule:
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
    if abs(top - max_points) > EPS:
        raise cx.err(where, f"points cannot add up: rule gives at most {top:g} but max_points is {max_points:g}")
    return r


def _evidence(cx: Ctx, d: Mapping[str, Any], where: str) -> tuple[bool, str, str]:
    ev = cx.keys(d.get("evidence") or {}, {"required", "hint_zh", "hint_en"}, f"{where}: evidence")
    req = bool(ev.get("required", False))
    cx.translations(ev, f"{where}: evidence", "hint")
    if req and not ev.get("hint_zh"):
        raise cx.err(where, "evidence required but no hint_zh/hint_en says what to attach")
    return req, str(ev.get("hint_zh", "")), str(ev.get("hint_en", ""))


def _params(cx: Ctx, d: Mapping[str, Any], metric: str | None, where: str) -> dict[str, str]:
    params = {str(k): str(v) for k, v in (d.get("params") or {}).items()}
    needed = METRICS[metric].params if metric else ()
    for p in needed:
        if p not in params:
            raise cx.err(where, f"metric {metric!r} needs params.{p} naming a number item")
    for p in params:
        if p not in needed:
            raise cx.err(where, f"unknown param {p!r}")
    return params


def _metric(cx: Ctx, d: Mapping[str, Any], where: str) -> str:
    m = cx.text(d, "metric", where)
    if m not in METRICS:
        raise cx.err(where, f"unknown metric {m!r}")
    return m


def parse_item(cx: Ctx, d: Any, category: str, bonus: bool) -> Item:
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
        if abs(max(c.points for c in choices) - mx) > EPS or min(c.points for c in choices) < 0:
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


def parse_gate(cx: Ctx, d: Any) -> Gate:
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
        w = cx.keys(v.get("when"), COND_KEYS | {"metric"}, f"{where}: variant when")
        m = _metric(cx, w, f"{where}: variant")
        if METRICS[m].params:
            raise cx.err(where, f"variant metric {m!r} needs parameters; use a metric without them")
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


def parse_tier(cx: Ctx, d: Any, scale: float, refs: set[str]) -> Tier:
    code = str(d.get("code", "?")) if isinstance(d, dict) else "?"
    where = f"tier {code}"
    d = cx.keys(d, {"code", "name_zh", "name_en", "min_total", "require_gates", "require_category_minimums",
                    "conditions"}, where)
    conds = []
    for c in d.get("conditions") or ():
        c = cx.keys(c, COND_KEYS | {"ref"}, f"{where}: condition")
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

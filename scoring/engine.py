"""Score one assessment against a criteria set: gates, items, categories, bonus, tier."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .accounting import MetricValue, account
from .card import (
    Blocker,
    BonusResult,
    CategoryResult,
    GateResult,
    ItemResult,
    QualityFinding,
    ScoreCard,
    TierResult,
)
from .compiled import build_item, fast_gate, fast_items, plan_for
from .criteria_model import CriteriaSet, Tier
from .evaluate import to_number
from .factors import FactorSet
from .gaps import analyse, condition_met
from .inputs import AssessmentInputs
from .metrics import METRICS
from .quality import check_quality
from .rules import pts
from .scan import scan, share_scan

__all__ = ["score", "input_hash"]

_EPS = 1e-9
_new = object.__new__
_set = object.__setattr__
_NOT_ANSWERED_MV = MetricValue(None, "未作答", "not answered")
_MEMO_MAX = 50_000  # bounded: a campaign needs a few thousand entries
_PROFILE_FIELDS = {"subtype", "floor_area_m2", "land_area_m2", "occupants", "green_space_m2", "region"}


def _kv(m: Mapping[str, object]) -> str:
    """Canonical text of a mapping (ints and floats with the same value are the same)."""
    return "\x1f".join(sorted(
        f"{k}={float(v)!r}" if type(v) is int else f"{k}={v!r}" for k, v in m.items()))


def input_hash(inputs: AssessmentInputs, criteria: CriteriaSet, factors: FactorSet,
               overrides: Mapping[str, object] | None = None) -> str:
    """SHA-256 over canonical inputs (record order ignored), criteria version and factor version."""
    p = inputs.profile
    parts = (
        "scoring-input-v1", criteria.code, criteria.version, factors.version, scan(inputs).digest,
        f"{p.site_type}|{p.subtype}|{p.floor_area_m2!r}|{p.land_area_m2!r}|{p.occupants!r}|"
        f"{p.green_space_m2!r}|{p.region}",
        _kv(inputs.responses), "\x1f".join(sorted(inputs.evidence)), _kv(inputs.panel), _kv(inputs.baseline),
        _kv(overrides or {}),
    )
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()


def _split_overrides(criteria: CriteriaSet, inputs: AssessmentInputs, ov: Mapping[str, object]
                     ) -> tuple[AssessmentInputs, dict[str, object], dict[str, float], dict[str, float]]:
    """Apply what-if overrides: item/gate codes, metric names, ``profile.<field>``, ``baseline.<key>``."""
    responses = dict(inputs.responses)
    panel = dict(inputs.panel)
    metrics: dict[str, float] = {}
    prof: dict[str, object] = {}
    base = dict(inputs.baseline)
    gate_codes = {g.code for g in criteria.gates}
    for k, v in ov.items():
        if k.startswith("profile.") and k[8:] in _PROFILE_FIELDS:
            prof[k[8:]] = v
        elif k.startswith("baseline."):
            n = to_number(v)
            if n is None:
                raise ValueError(f"override {k!r}: {v!r} is not a number")
            base[k[9:]] = n
        elif k in METRICS:
            n = to_number(v)
            if n is None:
                raise ValueError(f"override {k!r}: {v!r} is not a number")
            metrics[k] = n
        elif k in criteria.items_by_code and criteria.items_by_code[k].kind == "metric":
            n = to_number(v)
            metric = criteria.items_by_code[k].metric
            if n is None or metric is None:
                raise ValueError(f"override {k!r}: {v!r} is not a number")
            metrics[metric] = n  # a metric item's value is its metric's value
        elif k in criteria.items_by_code and criteria.items_by_code[k].kind == "panel":
            n = to_number(v)
            if n is None:
                raise ValueError(f"override {k!r}: {v!r} is not a number")
            panel[k] = n
        elif k in criteria.items_by_code or k in gate_codes:
            responses[k] = v
        else:
            raise ValueError(f"unknown override {k!r} (use an item/gate code, a metric name, "
                             "profile.<field> or baseline.<key>)")
    eff = inputs
    if prof or base != dict(inputs.baseline):
        eff = replace(inputs, profile=replace(inputs.profile, **prof) if prof else inputs.profile,  # type: ignore[arg-type]
                      baseline=base)
        share_scan(inputs, eff)
    return eff, responses, panel, metrics


def score(inputs: AssessmentInputs, criteria: CriteriaSet, factors: FactorSet, *,
          overrides: Mapping[str, object] | None = None) -> ScoreCard:
    """Score ``inputs`` against ``criteria`` with ``factors``; pure and deterministic.

    ``overrides`` makes a what-if card without touching the inputs: keys are item
    or gate codes (answers; panel items take points), metric names (e.g.
    ``renewable_share``), ``profile.<field>`` or ``baseline.<key>``.
    """
    ov = dict(overrides or {})
    responses: Mapping[str, object]
    panel: Mapping[str, float]
    if ov:
        eff, responses, panel, metric_ov = _split_overrides(criteria, inputs, ov)
    else:
        eff, responses, panel, metric_ov = inputs, inputs.responses, inputs.panel, {}
    acct = account(eff, factors, electricity_series=criteria.electricity_series)
    values: dict[str, MetricValue] = dict(acct.metrics if criteria.emissions_basis == "market"
                                          else acct.metrics_location)
    for name, val in metric_ov.items():
        values[name] = MetricValue(val, "假设值", "what-if value")
    plan = plan_for(criteria)
    for code in plan.number_codes:
        n = to_number(responses.get(code))
        values[code] = MetricValue(n) if n is not None else _NOT_ANSWERED_MV
    gates = tuple([fast_gate(g, eff, responses, acct, values) for g in criteria.gates])
    memo = plan.memo
    if len(memo) > _MEMO_MAX:
        memo.clear()
    rows = fast_items(plan, eff, responses, panel, acct, values, memo)
    cats: list[CategoryResult] = []
    scaled: list[tuple[float, list[str]]] = []  # (category factor, applicable item codes), for the gaps
    app_cat_max = sum_scaled = 0.0
    notes: list[str] = []
    for c, idx in plan.categories:
        app = [r for r in [rows[i] for i in idx] if r[1] != "not_applicable"]
        app_max = sum([r[3] for r in app], 0.0)  # sum(), not +=: Python 3.12 sums floats compensated
        raw = sum([r[2] for r in app], 0.0)
        if app_max <= _EPS:
            cats.append(CategoryResult(c.code, c.name_zh, c.name_en, 0.0, c.max_points, 0.0, 0.0, None,
                                       c.min_share, True, "本类别条目均不适用，不计入总分",
                                       "No item of this category applies; left out of the total"))
            continue
        k = c.max_points / app_max
        share = raw / app_max
        nz = ne = ""
        if app_max < c.max_points - _EPS:
            nz = f"部分条目不适用：得分按 {pts(raw)}/{pts(app_max)} 折算至满分 {pts(c.max_points)}"
            ne = (f"Some items do not apply: {pts(raw)}/{pts(app_max)} rescaled to a maximum of "
                  f"{pts(c.max_points)}")
            notes.append(f"{c.code}: {ne}")
        cat = _new(CategoryResult)
        _set(cat, "__dict__", {
            "code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "points": raw * k,
            "max_points": c.max_points, "raw_points": raw, "applicable_max": app_max, "share": share,
            "min_share": c.min_share, "minimum_met": share + _EPS >= c.min_share, "note_zh": nz, "note_en": ne})
        cats.append(cat)
        app_cat_max += c.max_points
        sum_scaled += raw * k
        scaled.append((k, [r[0] for r in app]))
    rescale = criteria.scale / app_cat_max if app_cat_max > 0 else 0.0
    if app_cat_max and abs(rescale - 1.0) > _EPS:
        notes.append(f"total rescaled from {pts(app_cat_max)} applicable points to {pts(criteria.scale)}")
    base_total = sum_scaled * rescale
    raw_bonus = sum([rows[i][2] for i in plan.bonus_index], 0.0)
    bonus = BonusResult(min(raw_bonus, criteria.bonus_cap), raw_bonus, criteria.bonus_cap)
    total = base_total + bonus.points
    tier = _tier_only(criteria, total, gates, cats, values)
    nxt = _next_tier(criteria, tier)
    tiers = plan.tiers
    card = _new(ScoreCard)
    _set(card, "__dict__", {
        "criteria_code": criteria.code, "criteria_version": criteria.version, "factor_version": factors.version,
        "is_what_if": bool(ov), "total": total, "base_total": base_total, "max_total": criteria.max_total,
        "scale": criteria.scale, "tier": None if tier is None else tiers[tier.code],
        "next_tier": None if nxt is None else tiers[nxt.code], "bonus": bonus, "gates": gates,
        "categories": tuple(cats), "account": acct, "notes": tuple(notes),
        "overrides": {k: v if isinstance(v, bool | int | float | str) or v is None else repr(v)
                      for k, v in sorted(ov.items())} if ov else {},
        "_lazy": _fill_card, "_x": (inputs, eff, criteria, factors, ov, values, scaled, rescale, nxt, rows)})
    return card


def _items(d: dict[str, Any]) -> tuple[ItemResult, ...]:
    if "items" not in d:
        _fill_card(d, "items")
    items: tuple[ItemResult, ...] = d["items"]
    return items


def _fill_card(d: dict[str, Any], name: str) -> None:
    """The card's parts left for first read, made by the same functions as always."""
    inputs, eff, criteria, factors, ov, values, scaled, rescale, nxt, rows = d["_x"]
    if name == "items":
        d[name] = tuple([build_item(r) for r in rows])
    elif name == "gaps":
        per_item: dict[str, float] = {}  # total points per item point (category rescaling)
        for k, codes in scaled:
            for code in codes:
                per_item[code] = k
        for code in per_item:
            per_item[code] *= rescale
        for it in criteria.items:
            if it.bonus:
                per_item[it.code] = 1.0
        d[name] = analyse(criteria, nxt, d["total"], d["gates"], d["categories"], _items(d), per_item,
                          d["bonus"], values)
    elif name == "quality":
        acct = d["account"]
        d[name] = check_quality(eff) + _extra_findings(acct.notes, acct.notes_zh, _items(d), d["gates"])
    elif name == "input_hash":
        d[name] = input_hash(inputs, criteria, factors, ov)
    elif name == "blocked_by":
        d[name] = tuple(_tier(criteria, d["total"], d["gates"], list(d["categories"]), values)[1])


def _tr(t: Tier | None) -> TierResult | None:
    return None if t is None else TierResult(t.code, t.name_zh, t.name_en, t.min_total)


def _tier(criteria: CriteriaSet, total: float, gates: tuple[GateResult, ...], cats: list[CategoryResult],
          values: Mapping[str, MetricValue]) -> tuple[Tier | None, list[Blocker]]:
    blocked: list[Blocker] = []
    for t in criteria.tiers:
        if total + _EPS < t.min_total:
            continue
        bl: list[Blocker] = []
        if t.require_gates:
            for g in gates:
                if g.status == "fail":
                    bl.append(Blocker(t.code, "gate", g.code, f"门槛项“{g.name_zh}”未通过：{g.reason_zh}",
                                      f"gate '{g.name_en}' failed: {g.reason_en}"))
                elif g.status == "not_available":
                    bl.append(Blocker(t.code, "gate", g.code, f"门槛项“{g.name_zh}”无法判定：{g.reason_zh}",
                                      f"gate '{g.name_en}' not available: {g.reason_en}"))
        if t.require_category_minimums:
            for c in cats:
                if not c.minimum_met:
                    bl.append(Blocker(t.code, "category", c.code,
                                      f"类别“{c.name_zh}”得分率 {100 * (c.share or 0):.1f}% 低于最低 "
                                      f"{100 * c.min_share:.0f}%",
                                      f"category '{c.name_en}' at {100 * (c.share or 0):.1f}% is below its "
                                      f"{100 * c.min_share:.0f}% minimum"))
        for cond in t.conditions:
            if not condition_met(cond.test, values.get(cond.ref)):
                bl.append(Blocker(t.code, "condition", cond.ref,
                                  f"{cond.ref} 未满足 {cond.test.text('', 'zh')}",
                                  f"{cond.ref} does not satisfy {cond.test.text('', 'en')}"))
        if not bl:
            return t, blocked
        blocked.extend(bl)
    return None, blocked


def _tier_only(criteria: CriteriaSet, total: float, gates: tuple[GateResult, ...], cats: list[CategoryResult],
               values: Mapping[str, MetricValue]) -> Tier | None:
    """The tier :func:`_tier` picks, without writing the blockers."""
    for t in criteria.tiers:
        if total + _EPS < t.min_total:
            continue
        if t.require_gates and any(g.status == "fail" or g.status == "not_available" for g in gates):
            continue
        if t.require_category_minimums and not all(c.minimum_met for c in cats):
            continue
        if all(condition_met(cond.test, values.get(cond.ref)) for cond in t.conditions):
            return t
    return None


def _next_tier(criteria: CriteriaSet, tier: Tier | None) -> Tier | None:
    tiers = criteria.tiers
    if tier is None:
        return tiers[-1]
    i = tiers.index(tier)
    return tiers[i - 1] if i > 0 else None


def _extra_findings(notes: tuple[str, ...], notes_zh: tuple[str, ...], items: tuple[ItemResult, ...],
                    gates: tuple[GateResult, ...]) -> tuple[QualityFinding, ...]:
    out = []
    if notes:
        out.append(QualityFinding("warning", "factors", "排放因子说明：" + "；".join(notes_zh),
                                  "Emission-factor notes: " + "; ".join(notes)))
    else:
        out.append(QualityFinding("ok", "factors", "所有排放因子均按评价年份和地区精确匹配",
                                  "Every emission factor matched the period's year and region exactly"))
    results: list[GateResult | ItemResult] = [*gates, *items]
    lacking = [r.code for r in results if r.evidence_required and not r.evidence_present
               and r.status != "not_applicable"]
    if lacking:
        out.append(QualityFinding("warning", "evidence", f"{len(lacking)} 项缺少佐证材料：{', '.join(lacking)}",
                                  f"{len(lacking)} item(s) lack required evidence: {', '.join(lacking)}"))
    else:
        out.append(QualityFinding("ok", "evidence", "所需佐证材料齐全", "All required evidence is attached"))
    waiting = [r.code for r in items if r.status == "awaiting_panel"]
    if waiting:
        out.append(QualityFinding("warning", "panel", f"{len(waiting)} 项等待专家评议：{', '.join(waiting)}",
                                  f"{len(waiting)} item(s) await panel judgement: {', '.join(waiting)}"))
    return tuple(out)

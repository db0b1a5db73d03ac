"""Score one assessment against a criteria set: gates, items, categories, bonus, tier."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .accounting import account, metric_floats
from .assemble import fill_card, input_hash
from .card import ScoreCard
from .compiled import Run, eval_gates, eval_items, plan_for
from .criteria_model import Condition, CriteriaSet, Tier
from .evaluate import to_number
from .factors import FactorSet
from .inputs import AssessmentInputs
from .metrics import METRICS
from .rules import pts
from .scan import share_scan

__all__ = ["score", "input_hash"]

_EPS = 1e-9
_new = object.__new__
_set = object.__setattr__
_PROFILE_FIELDS = {"subtype", "floor_area_m2", "land_area_m2", "occupants", "green_space_m2", "region"}


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
    ov = dict(overrides) if overrides else {}
    responses: Mapping[str, object]
    panel: Mapping[str, float]
    if ov:
        eff, responses, panel, metric_ov = _split_overrides(criteria, inputs, ov)
    else:
        eff, responses, panel, metric_ov = inputs, inputs.responses, inputs.panel, {}
    acct = account(eff, factors, electricity_series=criteria.electricity_series)
    location = criteria.emissions_basis != "market"
    floats = dict(metric_floats(acct, location))
    if metric_ov:
        floats.update(metric_ov)
    plan = plan_for(criteria)
    get = responses.get
    for code in plan.number_codes:
        a = get(code)
        # to_number() inlined for the usual answer, a finite float
        floats[code] = a if type(a) is float and a - a == 0.0 else to_number(a)
    run = Run(criteria, eff, responses, panel, acct, floats, location, metric_ov)
    gates, gates_ok = eval_gates(run)
    st, pts_, vals = eval_items(plan, run)
    raws: list[float] = []  # per category its raw points; the rest of its result is made on first read
    app_cat_max = sum_scaled = 0.0
    notes: list[str] = []
    mins_met = True
    for c, a, b, fixed_max, fixed_k, idx in plan.categories:
        # sum(), not +=: Python 3.12 sums floats compensated; the same values in the same order either way
        if fixed_max is not None:  # every item applies: the maximum and the factor are the plan's
            app_max, k = fixed_max, fixed_k
            raw = sum(pts_[a:b], 0.0)
        else:
            app = [i for i in idx if st[i] != "not_applicable"]
            app_max = sum([plan.items[i].max_points for i in app], 0.0)
            raw = sum([pts_[i] for i in app], 0.0)
            if app_max <= _EPS:
                raws.append(raw)
                continue
            k = c.max_points / app_max
            if app_max < c.max_points - _EPS:
                notes.append(f"{c.code}: Some items do not apply: {pts(raw)}/{pts(app_max)} rescaled to a maximum "
                             f"of {pts(c.max_points)}")
        raws.append(raw)
        if not raw / app_max + _EPS >= c.min_share:
            mins_met = False
        app_cat_max += c.max_points
        sum_scaled += raw * k
    rescale = criteria.scale / app_cat_max if app_cat_max > 0 else 0.0
    if app_cat_max and abs(rescale - 1.0) > _EPS:
        notes.append(f"total rescaled from {pts(app_cat_max)} applicable points to {pts(criteria.scale)}")
    base_total = sum_scaled * rescale
    raw_bonus = sum([pts_[i] for i in plan.bonus_index], 0.0)
    total = base_total + min(raw_bonus, criteria.bonus_cap)
    tier = _tier_fast(criteria, total, gates_ok, mins_met, floats)
    nxt = plan.next_tier[None if tier is None else tier.code]
    tiers = plan.tiers
    card = _new(ScoreCard)
    _set(card, "__dict__", {
        "criteria_code": criteria.code, "criteria_version": criteria.version, "factor_version": factors.version,
        "is_what_if": bool(ov), "total": total, "base_total": base_total,
        "max_total": criteria.scale + criteria.bonus_cap, "scale": criteria.scale,
        "tier": None if tier is None else tiers[tier.code], "next_tier": None if nxt is None else tiers[nxt.code],
        "account": acct, "notes": tuple(notes),
        "overrides": {k: v if isinstance(v, bool | int | float | str) or v is None else repr(v)
                      for k, v in sorted(ov.items())} if ov else {},
        "_lazy": fill_card,
        "_x": (inputs, run, factors, ov, rescale, nxt, gates, raws, raw_bonus, (st, pts_, vals))})
    return card


def _tier_fast(criteria: CriteriaSet, total: float, gates_ok: bool, mins_met: bool,
               floats: Mapping[str, float | None]) -> Tier | None:
    """The tier the blockers' pass (:func:`assemble.tiers_and_blockers`) picks, without writing blockers."""
    for t in criteria.tiers:
        if total + _EPS < t.min_total:
            continue
        if t.require_gates and not gates_ok:
            continue
        if t.require_category_minimums and not mins_met:
            continue
        if not t.conditions or all(_met(cond.test, floats.get(cond.ref)) for cond in t.conditions):
            return t
    return None


def _met(test: Condition, v: float | None) -> bool:
    return v is not None and test.contains(v)

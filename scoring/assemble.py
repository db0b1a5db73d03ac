"""The parts of a score card made on first read: result objects, texts, gaps, quality, blockers, input hash."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from .card import Blocker, BonusResult, CategoryResult, GateResult, ItemResult, QualityFinding
from .compiled import Run, build_gates, build_items, plan_for
from .criteria_model import Category, CriteriaSet, Tier
from .factors import FactorSet
from .gaps import analyse, condition_met
from .inputs import AssessmentInputs
from .quality import check_quality
from .rules import pts
from .scan import scan

__all__ = ["fill_card", "input_hash"]

_EPS = 1e-9
_new = object.__new__
_set = object.__setattr__


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


#: A category's numbers: (category, applicable maximum, factor, raw points, share, minimum met,
#: applicable item codes), or None for a category none of whose items applies.
CatNumbers = tuple[Category, float, float, float, float, bool, list[str]] | None


def _category_numbers(run: Run, st: list[str], raws: list[float]) -> list[CatNumbers]:
    """Each category's numbers from its raw points, computed as the engine computes them."""
    plan = plan_for(run.criteria)
    items = plan.items
    out: list[CatNumbers] = []
    for (c, _, _, _, _, idx), raw in zip(plan.categories, raws, strict=True):
        app = [i for i in idx if st[i] != "not_applicable"]
        app_max = sum([items[i].max_points for i in app], 0.0)
        if app_max <= _EPS:
            out.append(None)
            continue
        share = raw / app_max
        out.append((c, app_max, c.max_points / app_max, raw, share, share + _EPS >= c.min_share,
                    [items[i].code for i in app]))
    return out


def _categories(run: Run, st: list[str], raws: list[float]) -> tuple[CategoryResult, ...]:
    """The card's category results."""
    out = []
    for c, nums in zip(run.criteria.categories, _category_numbers(run, st, raws), strict=True):
        if nums is None:
            out.append(CategoryResult(c.code, c.name_zh, c.name_en, 0.0, c.max_points, 0.0, 0.0, None,
                                      c.min_share, True, "本类别条目均不适用，不计入总分",
                                      "No item of this category applies; left out of the total"))
            continue
        _, app_max, k, raw, share, met, _ = nums
        nz = ne = ""
        if app_max < c.max_points - _EPS:
            nz = f"部分条目不适用：得分按 {pts(raw)}/{pts(app_max)} 折算至满分 {pts(c.max_points)}"
            ne = (f"Some items do not apply: {pts(raw)}/{pts(app_max)} rescaled to a maximum of "
                  f"{pts(c.max_points)}")
        cat = _new(CategoryResult)
        _set(cat, "__dict__", {
            "code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "points": raw * k,
            "max_points": c.max_points, "raw_points": raw, "applicable_max": app_max, "share": share,
            "min_share": c.min_share, "minimum_met": met, "note_zh": nz, "note_en": ne})
        out.append(cat)
    return tuple(out)


def fill_card(d: dict[str, Any], name: str) -> None:
    """The card's parts left for first read, made by the same functions as always."""
    inputs, run, factors, ov, rescale, nxt, gates, raws, raw_bonus, lists = d["_x"]
    criteria: CriteriaSet = run.criteria
    if name == "gates":
        d[name] = build_gates(run, gates)
    elif name == "items":
        d[name] = build_items(plan_for(criteria), run, *lists)
    elif name == "categories":
        d[name] = _categories(run, lists[0], raws)
    elif name == "bonus":
        d[name] = BonusResult(min(raw_bonus, criteria.bonus_cap), raw_bonus, criteria.bonus_cap)
    elif name == "gaps":
        per_item: dict[str, float] = {}  # total points per item point (category rescaling)
        for nums in _category_numbers(run, lists[0], raws):
            if nums is not None:
                for code in nums[6]:
                    per_item[code] = nums[2]
        for code in per_item:
            per_item[code] *= rescale
        for it in criteria.items:
            if it.bonus:
                per_item[it.code] = 1.0
        card = _Card(d)
        d[name] = analyse(criteria, nxt, d["total"], card.gates, card.categories, card.items, per_item,
                          card.bonus, run.values())
    elif name == "quality":
        acct = d["account"]
        card = _Card(d)
        d[name] = check_quality(run.inputs) + _extra_findings(acct.notes, acct.notes_zh, card.items, card.gates)
    elif name == "input_hash":
        d[name] = input_hash(inputs, criteria, factors, ov)
    elif name == "blocked_by":
        card = _Card(d)
        d[name] = tuple(tiers_and_blockers(criteria, d["total"], card.gates, card.categories, run.values())[1])


class _Card:
    """Reads a card's (maybe not yet filled) parts from its instance dict."""

    __slots__ = ("d",)

    def __init__(self, d: dict[str, Any]) -> None:
        self.d = d

    def _get(self, name: str) -> Any:
        if name not in self.d:
            fill_card(self.d, name)
        return self.d[name]

    @property
    def gates(self) -> tuple[GateResult, ...]:
        out: tuple[GateResult, ...] = self._get("gates")
        return out

    @property
    def items(self) -> tuple[ItemResult, ...]:
        out: tuple[ItemResult, ...] = self._get("items")
        return out

    @property
    def categories(self) -> tuple[CategoryResult, ...]:
        out: tuple[CategoryResult, ...] = self._get("categories")
        return out

    @property
    def bonus(self) -> BonusResult:
        out: BonusResult = self._get("bonus")
        return out


def tiers_and_blockers(criteria: CriteriaSet, total: float, gates: Sequence[GateResult],
                       cats: Sequence[CategoryResult], values: Mapping[str, Any]) -> tuple[Tier | None, list[Blocker]]:
    """The tier reached and, for every better tier the total reached, what blocked it."""
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

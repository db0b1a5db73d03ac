"""Frozen, typed model of a criteria set: gates, categories, items, bonus, tiers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .metrics import fmt_num, fmt_pts

__all__ = [
    "Condition", "Rule", "Choice", "Item", "GateVariant", "Gate", "Category", "TierCondition",
    "Tier", "CriteriaSet", "CriteriaSetInfo", "ITEM_KINDS", "GATE_KINDS",
]

ITEM_KINDS = ("metric", "yes_no", "choice", "number", "panel")
GATE_KINDS = ("metric", "yes_no", "number")


@dataclass(frozen=True, slots=True)
class Condition:
    """An interval test on a number, any of ``ge``/``gt``/``le``/``lt``; also a rule band."""

    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    points: float = 0.0

    def contains(self, x: float) -> bool:
        if self.ge is not None and not x >= self.ge:
            return False
        if self.gt is not None and not x > self.gt:
            return False
        if self.le is not None and not x <= self.le:
            return False
        return not (self.lt is not None and not x < self.lt)

    @property
    def lower(self) -> tuple[float, bool]:
        """(bound, inclusive); -inf when open."""
        if self.ge is not None:
            return self.ge, True
        if self.gt is not None:
            return self.gt, False
        return float("-inf"), False

    @property
    def upper(self) -> tuple[float, bool]:
        if self.le is not None:
            return self.le, True
        if self.lt is not None:
            return self.lt, False
        return float("inf"), False

    def text(self, unit: str, lang: str) -> str:
        """"≥ 90%" / "≥ 70% 且 < 90%" / "≥ 70% and < 90%"."""
        u = "" if unit in ("", "%") else " "
        parts = []
        for op, v in (("≥", self.ge), (">", self.gt), ("≤", self.le), ("<", self.lt)):
            if v is not None:
                parts.append(f"{op} {fmt_num(v)}{u}{unit}")
        return (" 且 " if lang == "zh" else " and ").join(parts)


@dataclass(frozen=True, slots=True)
class Rule:
    """How a number becomes points: ``bands`` (first band containing it) or ``linear``."""

    type: str
    bands: tuple[Condition, ...] = ()
    x0: float = 0.0
    x1: float = 0.0
    p0: float = 0.0
    p1: float = 0.0

    def describe(self, unit: str, lang: str) -> str:
        if self.type == "linear":
            if lang == "zh":
                return (f"线性插值：{fmt_num(self.x0)}{unit} 得 {fmt_num(self.p0)} 分，"
                        f"{fmt_num(self.x1)}{unit} 得 {fmt_num(self.p1)} 分")
            return (f"linear: {fmt_num(self.x0)}{unit} -> {fmt_num(self.p0)} pts, "
                    f"{fmt_num(self.x1)}{unit} -> {fmt_num(self.p1)} pts")
        sep = "；" if lang == "zh" else "; "
        pts = "分" if lang == "zh" else " pts"
        return sep.join(f"{b.text(unit, lang)}: {fmt_num(b.points)}{pts}" for b in self.bands)


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    points: float
    label_zh: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Item:
    """One scored (or informational, ``max_points == 0``) criteria item."""

    code: str
    category: str
    kind: str
    name_zh: str
    name_en: str
    max_points: float
    source: str
    help_zh: str = ""
    help_en: str = ""
    metric: str | None = None
    unit: str = ""
    rule: Rule | None = None
    choices: tuple[Choice, ...] = ()
    evidence_required: bool = False
    evidence_hint_zh: str = ""
    evidence_hint_en: str = ""
    applies_to_subtypes: tuple[str, ...] = ()
    params: Mapping[str, str] = field(default_factory=dict)
    bonus: bool = False
    # Precomputed at load (display only): the scoring rule and each band's condition in zh/en.
    rule_zh: str = ""
    rule_en: str = ""
    band_text: tuple[tuple[str, str], ...] = ()

    def applies_to(self, subtype: str) -> bool:
        return not self.applies_to_subtypes or subtype in self.applies_to_subtypes

    def with_texts(self) -> Item:
        """A copy with ``rule_zh``/``rule_en``/``band_text`` filled in."""
        mx = fmt_pts(self.max_points)
        bands: tuple[tuple[str, str], ...] = ()
        if self.rule is not None:
            zh, en = self.rule.describe(self.unit, "zh"), self.rule.describe(self.unit, "en")
            bands = tuple((b.text(self.unit, "zh"), b.text(self.unit, "en")) for b in self.rule.bands)
        elif self.kind == "yes_no":
            zh, en = f"是：{mx} 分；否：0 分", f"yes: {mx} pts; no: 0 pts"
        elif self.kind == "choice":
            zh = "；".join(f"{c.label_zh}: {fmt_pts(c.points)}分" for c in self.choices)
            en = "; ".join(f"{c.label_en}: {fmt_pts(c.points)} pts" for c in self.choices)
        elif self.kind == "panel":
            zh, en = f"专家评议 0–{mx} 分（取汇总值）", f"panel judgement 0–{mx} pts (aggregated)"
        else:
            zh, en = "仅用于指标计算，不计分", "input to a metric; not scored"
        return replace(self, rule_zh=zh, rule_en=en, band_text=bands)


@dataclass(frozen=True, slots=True)
class GateVariant:
    """Use ``test`` instead of the gate's default when ``metric`` satisfies ``when``."""

    metric: str
    when: Condition
    test: Condition


@dataclass(frozen=True, slots=True)
class Gate:
    """A prerequisite (yes/no) or veto indicator (metric/number test)."""

    code: str
    kind: str
    name_zh: str
    name_en: str
    source: str
    metric: str | None = None
    unit: str = ""
    test: Condition | None = None
    variants: tuple[GateVariant, ...] = ()
    help_zh: str = ""
    help_en: str = ""
    evidence_required: bool = False
    evidence_hint_zh: str = ""
    evidence_hint_en: str = ""
    applies_to_subtypes: tuple[str, ...] = ()
    params: Mapping[str, str] = field(default_factory=dict)

    def applies_to(self, subtype: str) -> bool:
        return not self.applies_to_subtypes or subtype in self.applies_to_subtypes


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name_zh: str
    name_en: str
    max_points: float
    min_share: float
    item_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TierCondition:
    """Extra tier condition on a metric or a number item's value."""

    ref: str
    test: Condition


@dataclass(frozen=True, slots=True)
class Tier:
    code: str
    name_zh: str
    name_en: str
    min_total: float
    require_gates: bool = True
    require_category_minimums: bool = True
    conditions: tuple[TierCondition, ...] = ()


@dataclass(frozen=True, slots=True)
class CriteriaSetInfo:
    code: str
    version: str
    site_type: str
    name_zh: str
    name_en: str


@dataclass(frozen=True, eq=False)
class CriteriaSet:
    """A validated criteria set.  ``items`` holds category items in order, then bonus items."""

    code: str
    version: str
    site_type: str
    name_zh: str
    name_en: str
    scale: float
    gates: tuple[Gate, ...]
    categories: tuple[Category, ...]
    items: tuple[Item, ...]
    bonus_cap: float
    tiers: tuple[Tier, ...]
    source_file: str = ""
    description_zh: str = ""
    description_en: str = ""
    emissions_basis: str = "market"
    electricity_series: str | None = None
    items_by_code: Mapping[str, Item] = field(default_factory=dict)

    @property
    def max_total(self) -> float:
        return self.scale + self.bonus_cap

    def info(self) -> CriteriaSetInfo:
        return CriteriaSetInfo(self.code, self.version, self.site_type, self.name_zh, self.name_en)

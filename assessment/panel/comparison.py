"""Side-by-side comparison of 2 to 6 candidates: metrics, categories, items, gates; best value per row."""

from __future__ import annotations

from dataclasses import dataclass

from assessment.db import Database
from assessment.errors import PermissionDenied, ValidationError
from assessment.models import Site
from assessment.panel.access import resolve
from assessment.panel.scoring_ops import find_candidate
from assessment.panel.visibility import viewer_card
from scoring import METRICS, ScoreCard

MIN_CANDIDATES, MAX_CANDIDATES = 2, 6


@dataclass(frozen=True)
class CompareColumn:
    site_code: str
    site_name: str
    site_type: str
    total: float | None
    tier: str | None
    source: str
    panel_included: bool


@dataclass(frozen=True)
class CompareRow:
    section: str  # "total" | "metric" | "category" | "item" | "gate"
    key: str
    label_zh: str
    label_en: str
    unit: str
    values: tuple[float | str | None, ...]
    best: tuple[bool, ...]


@dataclass(frozen=True)
class RadarSeries:
    site_code: str
    shares: tuple[float, ...]  # 0..1 per axis


@dataclass(frozen=True)
class Comparison:
    columns: tuple[CompareColumn, ...]
    rows: tuple[CompareRow, ...]
    radar_axes_zh: tuple[str, ...]
    radar_axes_en: tuple[str, ...]
    radar: tuple[RadarSeries, ...]
    notes: tuple[str, ...]


def mark_best(values: list[float | str | None], higher_is_better: bool = True) -> tuple[bool, ...]:
    """Mark the best numeric value(s) in a row; nothing when fewer than two values or all equal."""
    nums = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(nums) < 2 or len(set(nums)) == 1:
        return tuple(False for _ in values)
    target = max(nums) if higher_is_better else min(nums)
    return tuple(isinstance(v, int | float) and not isinstance(v, bool) and v == target for v in values)


def _row(section: str, key: str, zh: str, en: str, unit: str, values: list[float | str | None],
         higher: bool = True) -> CompareRow:
    return CompareRow(section, key, zh, en, unit, tuple(values), mark_best(values, higher))


def build_rows(cards: list[ScoreCard], panel_visible: list[bool]) -> list[CompareRow]:
    rows = [_row("total", "total", "总分", "Total", "", [c.total for c in cards])]
    metric_names = [m for m in METRICS if any(c.account.metrics.get(m) is not None for c in cards)]
    for name in metric_names:
        md = METRICS[name]
        vals: list[float | str | None] = []
        for c in cards:
            mv = c.account.metrics.get(name)
            vals.append(round(mv.value, 4) if mv is not None and mv.value is not None else None)
        if any(v is not None for v in vals):
            rows.append(_row("metric", name, md.name_zh, md.name_en, md.unit, vals, md.higher_is_better))
    seen: list[str] = []
    labels: dict[str, tuple[str, str]] = {}
    for c in cards:
        for cat in c.categories:
            if cat.code not in labels:
                seen.append(cat.code)
                labels[cat.code] = (cat.name_zh, cat.name_en)
    for code in seen:
        vals = []
        for c in cards:
            found_cat = next((x for x in c.categories if x.code == code), None)
            vals.append(round(found_cat.points, 4) if found_cat else None)
        rows.append(_row("category", code, *labels[code], "pts", vals))
    item_codes: list[str] = []
    item_labels: dict[str, tuple[str, str]] = {}
    for c in cards:
        for it in c.items:
            if it.code not in item_labels:
                item_codes.append(it.code)
                item_labels[it.code] = (it.name_zh, it.name_en)
    for code in item_codes:
        vals = []
        for c, visible in zip(cards, panel_visible, strict=True):
            found = next((x for x in c.items if x.code == code), None)
            if found is None or found.status == "not_applicable":
                vals.append(None)
            elif found.kind == "panel" and not visible:
                vals.append("hidden")
            elif found.status in ("not_available", "awaiting_panel"):
                vals.append("n/a")
            else:
                vals.append(round(found.points, 4))
        rows.append(_row("item", code, *item_labels[code], "pts", vals))
    gate_codes: list[str] = []
    gate_labels: dict[str, tuple[str, str]] = {}
    for c in cards:
        for g in c.gates:
            if g.code not in gate_labels:
                gate_codes.append(g.code)
                gate_labels[g.code] = (g.name_zh, g.name_en)
    for code in gate_codes:
        gvals: list[float | str | None] = []
        for c in cards:
            gate = next((x for x in c.gates if x.code == code), None)
            gvals.append(gate.status if gate else None)
        best = tuple(v == "pass" and any(x != "pass" for x in gvals) for v in gvals)
        rows.append(CompareRow("gate", code, *gate_labels[code], "", tuple(gvals), best))
    return rows


def compare(db: Database, actor: str, site_refs: list[str], campaign: str | None = None) -> Comparison:
    """Compare 2-6 candidates as this person may see them (refused for a conflicted candidate)."""
    refs = list(dict.fromkeys(r.strip() for r in site_refs if r.strip()))
    if not MIN_CANDIDATES <= len(refs) <= MAX_CANDIDATES:
        raise ValidationError("candidates", len(refs), f"pick {MIN_CANDIDATES} to {MAX_CANDIDATES} candidates")
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        cards, cols, visible = [], [], []
        for ref in refs:
            a = find_candidate(s, viewer, ref)
            site = s.get(Site, a.site_id)
            assert site is not None
            if viewer.conflicted(site.id):
                raise PermissionDenied(f"{viewer.name} has a conflict of interest with {site.code}; it cannot "
                                       "be part of your comparison")
            card, source, panel_in = viewer_card(s, viewer, a)
            assert card is not None
            cards.append(card)
            visible.append(panel_in)
            cols.append(CompareColumn(site.code, site.name, site.site_type, card.total,
                                      card.tier.code if card.tier else None, source, panel_in))
    rows = build_rows(cards, visible)
    cats = [r for r in rows if r.section == "category"]
    axes_zh = tuple(r.label_zh for r in cats)
    axes_en = tuple(r.label_en for r in cats)
    series = []
    for k, c in enumerate(cards):
        shares = []
        for r in cats:
            cat = next((x for x in c.categories if x.code == r.key), None)
            shares.append(0.0 if cat is None or not cat.max_points else max(0.0, min(1.0, cat.points / cat.max_points)))
        series.append(RadarSeries(cols[k].site_code, tuple(shares)))
    notes = []
    if not all(visible):
        notes.append("Panel points are hidden for some candidates in your view (independent phase, or your own "
                     "scores are not all in); their totals leave panel points out.")
    if len({c.site_type for c in cols}) > 1:
        notes.append("Candidates of different site types are scored against different criteria sets.")
    return Comparison(tuple(cols), tuple(rows), axes_zh, axes_en, tuple(series), tuple(notes))

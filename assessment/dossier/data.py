"""Finished report data: everything a PDF shows, gathered and computed beforehand (renderers only lay it out).

Texts that exist in both languages travel as ``Bi`` (zh, en) pairs; user texts are raw strings, escaped by
the renderer at the last moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Bi = tuple[str, str]  # (Chinese, English)


@dataclass(frozen=True)
class PrintPhoto:
    """A photo re-encoded for print (JPEG at ~170 dpi of its box) or a non-image evidence file."""

    sha256: str
    name: str
    caption: str
    captured_at: str
    gps: str
    items: tuple[str, ...]
    media_type: str
    jpeg: bytes | None
    width_px: int = 0
    height_px: int = 0


@dataclass(frozen=True)
class Series:
    label: Bi
    values: tuple[float, ...]


@dataclass(frozen=True)
class Slice:
    label: Bi
    value: float


@dataclass(frozen=True)
class MonthlyRow:
    carrier: Bi
    unit: str
    values: tuple[float | None, ...]
    total: float


@dataclass(frozen=True)
class CarrierRow:
    carrier: Bi
    quantity: float
    unit: str
    energy_tce: float | None
    location_t: float | None
    market_t: float | None
    share_pct: float | None
    factor_ids: tuple[str, ...]


@dataclass(frozen=True)
class FactorRow:
    id: str
    carrier: Bi
    value: float
    unit: str
    series: Bi
    region: str
    year: str
    source: str


@dataclass(frozen=True)
class MetricRow:
    label: Bi
    value: str
    reason: Bi = ("", "")


@dataclass(frozen=True)
class GateRow:
    code: str
    name: Bi
    status: str
    value: str
    rule: Bi
    reason: Bi
    source: str
    evidence: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class CategoryRow:
    code: str
    name: Bi
    points: float
    max_points: float
    share: float | None
    min_share: float
    minimum_met: bool
    note: Bi


@dataclass(frozen=True)
class ItemRow:
    code: str
    category: Bi
    name: Bi
    status: str
    value: str
    points: float
    max_points: float
    rule: Bi
    explanation: Bi
    evidence: tuple[str, ...]  # file names supporting the item
    evidence_required: bool
    note: str


@dataclass(frozen=True)
class FindingRow:
    level: str
    code: str
    message: Bi


@dataclass(frozen=True)
class PanelItemRow:
    code: str
    name: Bi
    n: int
    value: float | None
    low: float | None
    high: float | None
    max_points: float


@dataclass(frozen=True)
class CommentRow:
    member: str
    item: str
    comment: str


@dataclass(frozen=True)
class DecisionView:
    outcome: Bi
    votes_for: int
    votes_against: int
    votes_abstain: int
    rationale: str
    decided_by: str
    decided_at: str


@dataclass(frozen=True)
class SignatureBlock:
    role: Bi
    name: str


@dataclass(frozen=True)
class DossierData:
    """One candidate's dossier, ready to render."""

    lang: str
    number: str
    fingerprint: str
    assessment_id: str
    issued_on: str
    provisional: bool
    basis: Bi  # which score the document shows ("decision snapshot of ...", "live card (provisional)")
    campaign_code: str
    campaign_name: str
    site_code: str
    site_name: str
    site_type: Bi
    status: Bi
    award: Bi  # the award or tier line of the cover
    tier: Bi
    total: float
    max_total: float
    criteria: str
    factor_version: str
    profile: tuple[tuple[Bi, str], ...]
    description: str
    location: str
    site_photo: PrintPhoto | None
    months: tuple[str, ...]
    monthly: tuple[MonthlyRow, ...]
    energy_monthly: tuple[Series, ...]  # tce per month per carrier (chart)
    emissions_monthly: tuple[Series, ...]  # tCO2 per month, market- and location-based (chart)
    energy_mix: tuple[Slice, ...]
    emissions_by_source: tuple[Slice, ...]
    account_summary: tuple[MetricRow, ...]
    carriers: tuple[CarrierRow, ...]
    factors: tuple[FactorRow, ...]
    electricity_series: Bi
    account_notes: tuple[str, ...]
    gates: tuple[GateRow, ...]
    categories: tuple[CategoryRow, ...]
    items: tuple[ItemRow, ...]
    bonus: tuple[float, float]
    blocked_by: tuple[Bi, ...]
    quality: tuple[FindingRow, ...]
    panel_method: Bi
    panel_items: tuple[PanelItemRow, ...]
    panel_comments: tuple[CommentRow, ...]
    decision: DecisionView | None
    evidence: tuple[PrintPhoto, ...]
    signatures: tuple[SignatureBlock, ...]
    font_note: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CertificateData:
    lang: str
    number: str
    fingerprint: str
    assessment_id: str
    campaign_name: str
    campaign_code: str
    site_name: str
    site_code: str
    award: Bi
    total: float
    decided_on: str
    issued_on: str
    signatures: tuple[SignatureBlock, ...]
    font_note: str = ""


@dataclass(frozen=True)
class RankRow:
    rank: int
    site_code: str
    site_name: str
    total: float | None
    tier: Bi
    status: Bi
    outcome: Bi
    votes: str


@dataclass(frozen=True)
class RankTable:
    site_type: Bi
    quota: int | None
    rows: tuple[RankRow, ...]


@dataclass(frozen=True)
class SummaryData:
    """The panel's summary report for one campaign."""

    lang: str
    number: str
    fingerprint: str
    campaign_code: str
    campaign_name: str
    issued_on: str
    ranking_method: Bi
    counts: tuple[tuple[Bi, int], ...]
    tables: tuple[RankTable, ...]
    awards: tuple[RankRow, ...]
    votes: tuple[RankRow, ...]
    totals_chart: tuple[Series, ...]  # one series per site type, one value per candidate
    chart_labels: tuple[tuple[str, ...], ...]
    outcome_mix: tuple[Slice, ...]
    tier_mix: tuple[Slice, ...]
    font_note: str = ""

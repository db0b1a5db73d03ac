"""Plain dataclasses the panel operations hand to the UI, the CLI and the exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from assessment.panel.aggregation import ItemAggregate


@dataclass(frozen=True)
class MemberView:
    name: str
    organisation: str | None
    roles: tuple[str, ...]


@dataclass(frozen=True)
class ConflictView:
    id: str
    member: str
    site_code: str
    site_name: str
    status: str
    reason: str | None


@dataclass(frozen=True)
class PanelScoreView:
    member: str
    item_code: str
    points: float
    comment: str | None
    phase: str
    updated_at: datetime | None
    own: bool


@dataclass(frozen=True)
class PanelItemView:
    """One judgement item of one candidate, as one viewer may see it."""

    code: str
    name_zh: str
    name_en: str
    max_points: float
    own: PanelScoreView | None
    others: tuple[PanelScoreView, ...]
    aggregate: ItemAggregate | None


@dataclass(frozen=True)
class CandidatePanelView:
    """``level``: "all" (others' scores and the aggregate), "own" (only one's own) or "none"."""

    assessment_id: str
    site_id: str
    site_code: str
    site_name: str
    site_type: str
    status: str
    level: str
    hidden_reason: str
    can_score: bool
    items: tuple[PanelItemView, ...]
    own_complete: bool
    conflicted: bool = False


@dataclass(frozen=True)
class SheetRow:
    """One line of a member's own scoring sheet."""

    assessment_id: str
    site_code: str
    site_name: str
    site_type: str
    item_code: str
    item_name_zh: str
    item_name_en: str
    max_points: float
    points: float | None
    comment: str | None
    editable: bool
    note: str


@dataclass(frozen=True)
class PanelStatus:
    campaign_code: str
    phase: str
    aggregation: str
    roles: tuple[str, ...]
    viewer: str
    progress: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScoreEvent:
    at: datetime
    member: str
    item_code: str
    old: str | None
    new: str | None
    reason: str | None

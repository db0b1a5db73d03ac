"""Plain read-only dataclasses handed to the UI, CLI and reports (never ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CampaignView:
    id: str
    code: str
    name: str
    year: int
    status: str
    criteria_versions: dict[str, str]
    factor_set_version: str
    award_quotas: dict[str, int]
    panel_phase: str
    aggregation: str
    is_sample: bool


@dataclass(frozen=True)
class SiteRow:
    """One line of the candidate list."""

    site_id: str
    assessment_id: str | None
    code: str
    name: str
    site_type: str
    subtype: str | None
    district: str | None
    status: str | None
    outcome: str | None
    total: float | None
    tier: str | None
    is_sample: bool
    hidden_reason: str | None = None  # why total/tier are blank for this viewer (panel visibility)


@dataclass(frozen=True)
class SiteView:
    id: str
    code: str
    name: str
    site_type: str
    subtype: str | None
    district: str | None
    address: str | None
    latitude: float | None
    longitude: float | None
    operator_org: str | None
    contact_name: str | None
    contact_phone: str | None
    floor_area_m2: float | None
    land_area_m2: float | None
    green_space_m2: float | None
    occupants: int | None
    occupant_kind: str | None
    year_commissioned: int | None
    lifecycle_stage: str
    description: str | None
    is_sample: bool
    version: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ActivityView:
    id: str
    carrier: str
    month: str
    quantity: float
    unit: str
    source: str
    estimated: bool
    meter_id: str
    note: str | None


@dataclass(frozen=True)
class ResponseView:
    item_code: str
    value: Any
    note: str | None


@dataclass(frozen=True)
class EvidenceView:
    id: str
    sha256: str
    original_sha256: str
    original_name: str
    media_type: str
    size_bytes: int
    captured_at: datetime | None
    latitude: float | None
    longitude: float | None
    caption: str | None
    items: tuple[str, ...]
    added_by: str | None
    added_at: datetime


@dataclass(frozen=True)
class AssessmentView:
    id: str
    site_id: str
    campaign_id: str
    assessor: str | None
    period_start: str
    period_end: str
    status: str
    outcome: str | None
    revision: int
    is_current: bool
    return_comment: str | None
    submitted_at: datetime | None
    decided_at: datetime | None
    last_total: float | None
    last_tier: str | None
    version: int
    baseline_year: int | None = None
    baseline_emissions_t: float | None = None


@dataclass(frozen=True)
class AssessmentDetail:
    """Everything stored about one assessment: what a score, a package or a dossier reads."""

    site: SiteView
    assessment: AssessmentView
    campaign: CampaignView
    activity: tuple[ActivityView, ...]
    responses: tuple[ResponseView, ...]
    evidence: tuple[EvidenceView, ...]
    panel_aggregate: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditView:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None


@dataclass(frozen=True)
class SnapshotView:
    id: str
    assessment_id: str
    kind: str
    criteria_code: str
    criteria_version: str
    factor_version: str
    total: float | None
    tier: str | None
    card_json: str
    card_hash: str
    created_at: datetime

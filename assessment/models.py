"""SQLAlchemy ORM models: campaigns, sites, assessments, activity data, evidence, panel, audit."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A globally unique id, so records from different laptops never collide."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, second precision: what SQLite gives back, so hashes over it are stable."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


SITE_TYPES = ("park", "school", "building", "public_facility")
LIFECYCLE_STAGES = ("planning", "construction", "completion_acceptance", "operation", "demolition")
ASSESSMENT_STATUSES = ("draft", "submitted", "under_review", "decided")
OUTCOMES = ("awarded", "not_awarded", "deferred")
ROLES = ("assessor", "panel_member", "panel_chair", "secretariat")
ACTIVITY_SOURCES = ("meter", "bill", "estimate")


class AppMeta(Base):
    """Key/value facts about this database (device id, demo version)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Campaign(Base):
    __tablename__ = "campaign"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="open")
    criteria_versions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    factor_set_version: Mapped[str] = mapped_column(String(40))
    award_quotas: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    panel_phase: Mapped[str] = mapped_column(String(20), default="independent")
    aggregation: Mapped[str] = mapped_column(String(20), default="median")
    signing_key: Mapped[str | None] = mapped_column(String(128))
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CampaignMember(Base):
    """A person's role in one campaign."""

    __tablename__ = "campaign_member"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    __table_args__ = (UniqueConstraint("campaign_id", "person_id", "role"),)


class Site(Base):
    __tablename__ = "site"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    site_type: Mapped[str] = mapped_column(String(40), index=True)
    subtype: Mapped[str | None] = mapped_column(String(40))
    district: Mapped[str | None] = mapped_column(String(100), index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    operator_org: Mapped[str | None] = mapped_column(String(300))
    contact_name: Mapped[str | None] = mapped_column(String(100))
    contact_phone: Mapped[str | None] = mapped_column(String(60))
    floor_area_m2: Mapped[float | None] = mapped_column(Float)
    land_area_m2: Mapped[float | None] = mapped_column(Float)
    green_space_m2: Mapped[float | None] = mapped_column(Float)
    occupants: Mapped[int | None] = mapped_column(Integer)
    occupant_kind: Mapped[str | None] = mapped_column(String(20))
    year_commissioned: Mapped[int | None] = mapped_column(Integer)
    lifecycle_stage: Mapped[str] = mapped_column(String(30), default="operation")
    description: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    assessments: Mapped[list[Assessment]] = relationship(back_populates="site")


class Assessment(Base):
    """One site in one campaign, in one revision."""

    __tablename__ = "assessment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    assessor_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    period_start: Mapped[str] = mapped_column(String(7))
    period_end: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    return_comment: Mapped[str | None] = mapped_column(Text)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_emissions_t: Mapped[float | None] = mapped_column(Float)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_total: Mapped[float | None] = mapped_column(Float)
    last_tier: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    site: Mapped[Site] = relationship(back_populates="assessments")
    __table_args__ = (
        UniqueConstraint("site_id", "campaign_id", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        CheckConstraint("status IN ('draft', 'submitted', 'under_review', 'decided')", name="status_known"),
    )


class ActivityRecord(Base):
    """One month of one carrier on one meter."""

    __tablename__ = "activity_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(40))
    month: Mapped[str] = mapped_column(String(7))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20), default="meter")
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    meter_id: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        UniqueConstraint("assessment_id", "carrier", "meter_id", "month"),
        CheckConstraint("quantity >= 0", name="quantity_nonneg"),
    )


class Response(Base):
    """The answer to one criteria item."""

    __tablename__ = "response"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(40))
    value: Mapped[object] = mapped_column(JSON, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("assessment_id", "item_code"),)


class Evidence(Base):
    """A photo or document, stored by SHA-256 in the evidence folder beside the database."""

    __tablename__ = "evidence"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    captured_at: Mapped[datetime | None] = mapped_column(DateTime)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    caption: Mapped[str | None] = mapped_column(Text)
    added_by: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    items: Mapped[list[EvidenceItem]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class EvidenceItem(Base):
    """Which criteria items a piece of evidence supports."""

    __tablename__ = "evidence_item"
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    item_code: Mapped[str] = mapped_column(String(40), primary_key=True)


class PanelScore(Base):
    """One panel member's points for one judgement item of one assessment."""

    __tablename__ = "panel_score"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(40))
    points: Mapped[float] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    phase: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("assessment_id", "member_id", "item_code"),)


class ConflictDeclaration(Base):
    """A panel member's conflict of interest with a site (declared, or suggested then confirmed)."""

    __tablename__ = "conflict_declaration"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="declared")
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("campaign_id", "person_id", "site_id"),)


class Decision(Base):
    """The panel's outcome for an assessment, with the frozen score snapshot."""

    __tablename__ = "decision"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(20))
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstain: Mapped[int] = mapped_column(Integer, default=0)
    rationale: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    snapshot_id: Mapped[str | None] = mapped_column(ForeignKey("score_snapshot.id"))


class ScoreSnapshot(Base):
    """A frozen score card (JSON) with the criteria and factor versions it was computed with."""

    __tablename__ = "score_snapshot"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    criteria_code: Mapped[str] = mapped_column(String(60))
    criteria_version: Mapped[str] = mapped_column(String(20))
    factor_version: Mapped[str] = mapped_column(String(40))
    total: Mapped[float | None] = mapped_column(Float)
    tier: Mapped[str | None] = mapped_column(String(40))
    card_json: Mapped[str] = mapped_column(Text)
    card_hash: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEvent(Base):
    """One change: who, when, which record and field, old, new, why; chained by hash."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    assessment_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    device_id: Mapped[str | None] = mapped_column(String(36))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DossierRecord(Base):
    """A dossier or certificate that was issued: its number and the fingerprint printed on it."""

    __tablename__ = "dossier_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="dossier")
    language: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64))
    snapshot_id: Mapped[str | None] = mapped_column(ForeignKey("score_snapshot.id"))
    created_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ExchangeLog(Base):
    """A package exported or imported (idempotency: the same package id imports once)."""

    __tablename__ = "exchange_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    campaign_id: Mapped[str | None] = mapped_column(String(36))
    source_device: Mapped[str | None] = mapped_column(String(36))
    person: Mapped[str | None] = mapped_column(String(200))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    summary: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("package_id", "direction"),)


class SyncState(Base):
    """The value of a field as last exchanged with another device: the base for conflict detection."""

    __tablename__ = "sync_state"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    peer_device: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
    package_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("peer_device", "entity", "entity_id", "field"),)


class MergeConflict(Base):
    """A field changed on both sides since the last exchange, waiting for a person to choose."""

    __tablename__ = "merge_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    assessment_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
    local_value: Mapped[str | None] = mapped_column(Text)
    incoming_value: Mapped[str | None] = mapped_column(Text)
    incoming_actor: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

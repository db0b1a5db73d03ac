"""Rows as plain JSON dicts and back: what a package carries for each table, and which fields merge."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Table

from assessment.models import (
    ActivityRecord,
    Assessment,
    AuditEvent,
    Campaign,
    CampaignMember,
    ConflictDeclaration,
    Decision,
    Evidence,
    PanelScore,
    Person,
    Response,
    ScoreSnapshot,
    Site,
)

PACKAGE_FORMAT = "lcs-offline-package"
DELETED = "(deleted)"  # the "field" of a conflict about a whole record deleted on one side
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class EntitySpec:
    """How one table travels: its model, the fields merged one by one, and its natural key."""

    name: str
    model: Any
    fields: tuple[str, ...]  # compared and merged field by field; everything else is set on insert only
    natural_key: tuple[str, ...] = ()
    assessment_field: str | None = "assessment_id"


SPECS: dict[str, EntitySpec] = {s.name: s for s in (
    EntitySpec("campaign", Campaign, ("name", "year", "status", "criteria_versions", "factor_set_version",
                                      "award_quotas", "panel_phase", "aggregation"), ("code",), None),
    EntitySpec("person", Person, ("organisation", "email"), ("name",), None),
    EntitySpec("campaign_member", CampaignMember, (), ("campaign_id", "person_id", "role"), None),
    EntitySpec("site", Site, ("name", "site_type", "subtype", "district", "address", "latitude", "longitude",
                              "operator_org", "contact_name", "contact_phone", "floor_area_m2", "land_area_m2",
                              "green_space_m2", "occupants", "occupant_kind", "year_commissioned",
                              "lifecycle_stage", "description"), (), None),
    EntitySpec("assessment", Assessment, ("assessor_id", "period_start", "period_end", "status", "outcome",
                                          "is_current", "return_comment", "baseline_year", "baseline_emissions_t",
                                          "submitted_at", "decided_at"),
               ("site_id", "campaign_id", "revision"), "id"),
    EntitySpec("score_snapshot", ScoreSnapshot, ()),
    EntitySpec("decision", Decision, ("outcome", "votes_for", "votes_against", "votes_abstain", "rationale",
                                      "decided_by", "snapshot_id"), ("assessment_id",)),
    EntitySpec("activity_record", ActivityRecord, ("quantity", "unit", "source", "estimated", "note"),
               ("assessment_id", "carrier", "meter_id", "month")),
    EntitySpec("response", Response, ("value", "note"), ("assessment_id", "item_code")),
    EntitySpec("evidence", Evidence, ("caption", "items"), ("assessment_id", "sha256")),
    EntitySpec("panel_score", PanelScore, ("points", "comment", "phase"),
               ("assessment_id", "member_id", "item_code")),
    EntitySpec("conflict_declaration", ConflictDeclaration, ("status", "reason"),
               ("campaign_id", "person_id", "site_id"), None),
)}
#: Order of insertion (foreign keys first).
ORDER = ("campaign", "person", "campaign_member", "site", "assessment", "score_snapshot", "decision",
         "activity_record", "response", "evidence", "panel_score", "conflict_declaration")
#: Foreign keys that point at rows which may carry another id here (matched by natural key).
REFS: dict[str, dict[str, str]] = {
    "campaign_member": {"campaign_id": "campaign", "person_id": "person"},
    "assessment": {"site_id": "site", "campaign_id": "campaign", "assessor_id": "person",
                   "previous_id": "assessment"},
    "score_snapshot": {"assessment_id": "assessment"},
    "decision": {"assessment_id": "assessment"},
    "activity_record": {"assessment_id": "assessment"},
    "response": {"assessment_id": "assessment"},
    "evidence": {"assessment_id": "assessment"},
    "panel_score": {"assessment_id": "assessment", "member_id": "person"},
    "conflict_declaration": {"campaign_id": "campaign", "person_id": "person", "site_id": "site"},
}
NEVER_EXPORTED = {"campaign": ("signing_key",)}
AUDIT_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "assessment_id", "field", "old_value",
                 "new_value", "reason", "device_id")


def upsert(session: Any, model: Any) -> Any:
    """INSERT ... ON CONFLICT for the session's database (SQLite on laptops, PostgreSQL on a server)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model)


def table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _datetime_columns(model: Any) -> frozenset[str]:
    return frozenset(c.name for c in table(model).columns if isinstance(c.type, DateTime))


_DT = {name: _datetime_columns(spec.model) for name, spec in SPECS.items()}
_DT["audit_event"] = _datetime_columns(AuditEvent)
_COLS = {name: frozenset(c.name for c in table(spec.model).columns) - set(NEVER_EXPORTED.get(name, ()))
         for name, spec in SPECS.items()}
_COLS["audit_event"] = frozenset(AUDIT_COLUMNS)


def row_to_json(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    skip = NEVER_EXPORTED.get(entity, ())
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row.items() if k not in skip}


def row_from_json(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    """Keep known columns only; datetimes parsed back."""
    cols = _COLS[entity]
    dts = _DT[entity]
    out = {k: v for k, v in data.items() if k in cols}
    for k in dts.intersection(out):
        if isinstance(out[k], str):
            out[k] = datetime.fromisoformat(out[k])
    return out


def encode(value: Any) -> str | None:
    """Canonical text of a value for comparisons, sync bases and conflicts (JSON, sorted keys)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=plain)


def plain(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def decode(text: str | None, entity: str, field: str) -> Any:
    if text is None:
        return None
    value = json.loads(text)
    if field in _DT.get(entity, ()) and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value

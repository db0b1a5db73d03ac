"""Fixtures for exchange tests: a filled park assessment (data, answers, photo, panel score) and empty peers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from assessment import ops
from assessment.db import Database, open_database
from assessment.models import AuditEvent, Campaign, CampaignMember, PanelScore, Person
from scoring import load_criteria_set
from tests.assessment.conftest import ACTOR, ParkSite, twelve_months

VOLATILE = {"audit_event", "sync_state", "exchange_log", "app_meta", "merge_conflict"}


@dataclass
class Filled:
    park: ParkSite
    db: Database
    site_code: str


def jpeg(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    img = Image.new("RGB", size, (seed % 255, (seed * 7) % 255, (seed * 13) % 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def answer_some(db: Database, assessment_id: str) -> None:
    cs = load_criteria_set("nzc_park")
    done: set[str] = set()
    for it in cs.items:
        if it.kind in done:
            continue
        value = {"yes_no": "是", "number": 42.5}.get(it.kind, it.choices[0].key if it.choices else None)
        if value is not None and it.kind in ("yes_no", "number", "choice"):
            ops.set_response(db, ACTOR, assessment_id, it.code, value, note="现场核实")
            done.add(it.kind)


def panel_item() -> str:
    return next(it.code for it in load_criteria_set("nzc_park").items if it.kind == "panel")


@pytest.fixture
def filled(park: ParkSite, tmp_path: Path) -> Filled:
    db = park.db
    ops.record_activity(db, ACTOR, park.assessment_id, twelve_months())
    ops.record_activity(db, ACTOR, park.assessment_id, [
        {**r, "meter_id": "0012"} for r in twelve_months("natural_gas", 3000, "m3")])
    answer_some(db, park.assessment_id)
    photo = tmp_path / "屋顶光伏.jpg"
    photo.write_bytes(jpeg(1))
    ops.attach_evidence(db, ACTOR, park.assessment_id, photo, caption="屋顶光伏", items=["PK-E3"])
    with db.write() as s:
        camp = s.execute(select(Campaign)).scalar_one()
        member = Person(name="评审专家甲", organisation="深圳大学")
        s.add(member)
        s.flush()
        s.add(CampaignMember(campaign_id=camp.id, person_id=member.id, role="panel_member"))
        s.add(PanelScore(assessment_id=park.assessment_id, member_id=member.id, item_code=panel_item(), points=3.0,
                         phase="independent"))
    return Filled(park, db, ops.get_site(db, park.site_id).code)


@pytest.fixture
def peer(tmp_path: Path):
    """A second, empty database (another laptop, or the secretariat's new database)."""
    database = open_database(tmp_path / "peer" / "peer.sqlite3")
    yield database
    database.dispose()


def _comparable(value: object) -> str:
    """One spelling per value whatever the backend (SQLite and PostgreSQL return JSON and times differently)."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def table_rows(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table except bookkeeping ones, sorted; for equality between databases."""
    from sqlalchemy import select

    from assessment.models import Base

    out = {}
    with db.engine.connect() as conn:
        for t in sorted(db.table_names()):
            if t in VOLATILE or t == "alembic_version":
                continue
            rows = conn.execute(select(Base.metadata.tables[t])).fetchall()
            out[t] = sorted(tuple(_comparable(v) for v in r) for r in rows)
    return out


def audit_ids(db: Database) -> set[str]:
    """Ids of the audit events about records (not the exchange bookkeeping events themselves)."""
    with db.read() as s:
        return set(s.execute(select(AuditEvent.id).where(AuditEvent.entity != "exchange")).scalars())

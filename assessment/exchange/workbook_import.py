"""Storing a checked workbook preview: all rows in one transaction, or only the valid rows when asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from assessment import audit
from assessment.db import Database
from assessment.errors import AssessmentError
from assessment.exchange.records import table
from assessment.exchange.workbook_preview import ImportPreview, Problem, preview_file
from assessment.models import ActivityRecord, Assessment, Campaign, Response, Site, new_id
from assessment.ops.common import guard_edit

__all__ = ["ImportResult", "commit_import", "preview_file", "Problem"]
BATCH = 2000


@dataclass(frozen=True)
class ImportResult:
    file: str
    sites_created: int
    sites_updated: int
    activity_added: int
    activity_updated: int
    answers_set: int
    rows_skipped: int

    def describe(self) -> str:
        return (f"{self.file}: stored {self.sites_created} new site(s), updated {self.sites_updated}; monthly data "
                f"{self.activity_added} added, {self.activity_updated} changed; {self.answers_set} answer(s)"
                + (f"; {self.rows_skipped} row(s) with problems skipped" if self.rows_skipped else ""))


def commit_import(db: Database, actor: str, preview: ImportPreview, *, valid_rows_only: bool = False,
                  reason: str | None = None, progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """One transaction. With errors in the preview, nothing is stored unless valid_rows_only is chosen.
    progress(done, total) may raise to cancel: the transaction is rolled back."""
    errors = preview.errors
    if errors and not valid_rows_only:
        raise AssessmentError(f"{len(errors)} problem(s) in {preview.file}; nothing was stored. First: {errors[0]}")
    skipped = len(preview.bad_rows)
    with db.write() as s:
        camp = s.get(Campaign, preview.campaign_id)
        if camp is None:
            raise AssessmentError("the campaign of this preview no longer exists")
        what = f"import of {preview.file}"
        assessments: dict[str, Assessment] = {}
        created = updated = 0
        for plan in preview.sites:
            site, a, is_new = _site(s, actor, camp, plan, reason, what)
            created += is_new
            updated += (not is_new) and plan.get("_changed", False)
            assessments[plan["code"]] = a
        codes = {r["site_code"] for r in preview.activity} | {r["site_code"] for r in preview.answers}
        for code in codes - set(assessments):
            site = s.execute(select(Site).where(Site.code == code)).scalar_one()
            assessments[code] = _assessment(s, actor, camp, site, None)
        added = changed = 0
        by_site: dict[str, list[dict[str, Any]]] = {}
        for r in preview.activity:
            by_site.setdefault(r["site_code"], []).append(r["data"])
        for n, (code, rows) in enumerate(by_site.items(), 1):
            if progress is not None:
                progress(n, len(by_site) + 1)
            a = assessments[code]
            why = guard_edit(a, reason)
            n_add, n_upd = _activity(s, actor, a, rows, why)
            added, changed = added + n_add, changed + n_upd
            audit.record(s, actor=actor, action="import_workbook", entity="assessment", entity_id=a.id,
                         assessment_id=a.id, new={"file": preview.file, "added": n_add, "updated": n_upd},
                         reason=why)
            a.version += 1
        answers = 0
        for r in preview.answers:
            a = assessments[r["site_code"]]
            answers += _answer(s, actor, a, r, guard_edit(a, reason))
        return ImportResult(preview.file, created, updated, added, changed, answers, skipped)


def _assessment(s: Any, actor: str, camp: Campaign, site: Site, period: tuple[str, str] | None) -> Assessment:
    a: Assessment | None = s.execute(select(Assessment).where(
        Assessment.site_id == site.id, Assessment.campaign_id == camp.id, Assessment.is_current.is_(True))).scalar()
    if a is None:
        start, end = period or (f"{camp.year}-01", f"{camp.year}-12")
        a = Assessment(site_id=site.id, campaign_id=camp.id, period_start=start, period_end=end)
        s.add(a)
        s.flush()
        audit.record(s, actor=actor, action="create_assessment", entity="assessment", entity_id=a.id,
                     assessment_id=a.id, new={"campaign": camp.code, "period": [start, end]}, reason="workbook import")
    return a


def _site(s: Any, actor: str, camp: Campaign, plan: dict[str, Any], reason: str | None, what: str
          ) -> tuple[Site, Assessment, bool]:
    site = s.execute(select(Site).where(Site.code == plan["code"])).scalar()
    if site is None:
        site = Site(code=plan["code"], **plan["values"])
        s.add(site)
        s.flush()
        audit.record(s, actor=actor, action="create_site", entity="site", entity_id=site.id, new=plan["values"],
                     reason="workbook import")
        return site, _assessment(s, actor, camp, site, plan["period"]), True
    a = _assessment(s, actor, camp, site, plan["period"])
    changes = {k: v for k, v in plan["values"].items() if getattr(site, k) != v}
    if changes:
        why = guard_edit(a, reason)
        for name, new in changes.items():
            audit.record(s, actor=actor, action="update_site", entity="site", entity_id=site.id, assessment_id=a.id,
                         field=name, old=getattr(site, name), new=new, reason=why or what)
            setattr(site, name, new)
        site.version += 1
        plan["_changed"] = True
    return site, a, False


def _activity(s: Any, actor: str, a: Assessment, rows: list[dict[str, Any]], reason: str | None) -> tuple[int, int]:
    existing = {(r.carrier, r.meter_id, r.month): r for r in s.execute(
        select(ActivityRecord).where(ActivityRecord.assessment_id == a.id)).scalars()}
    new, updated = [], 0
    for c in rows:
        rec = existing.get((c["carrier"], c["meter_id"], c["month"]))
        if rec is None:
            new.append({"id": new_id(), "assessment_id": a.id, **c})
            continue
        touched = False
        for name in ("quantity", "unit", "source", "estimated", "note"):
            old = getattr(rec, name)
            if old != c[name]:
                audit.record(s, actor=actor, action="update_activity", entity="activity_record", entity_id=rec.id,
                             assessment_id=a.id, field=name, old=old, new=c[name], reason=reason)
                setattr(rec, name, c[name])
                touched = True
        updated += touched
    for i in range(0, len(new), BATCH):
        s.execute(insert(table(ActivityRecord)), new[i:i + BATCH])  # Core: no ORM bookkeeping
    return len(new), updated


def _answer(s: Any, actor: str, a: Assessment, r: dict[str, Any], reason: str | None) -> int:
    resp = s.execute(select(Response).where(Response.assessment_id == a.id, Response.item_code == r["item"])).scalar()
    if resp is None:
        resp = Response(assessment_id=a.id, item_code=r["item"], value=r["value"], note=r["note"])
        s.add(resp)
        s.flush()
        audit.record(s, actor=actor, action="set_response", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=r["item"], old=None, new=r["value"], reason=reason)
        return 1
    changed = 0
    if resp.value != r["value"]:
        audit.record(s, actor=actor, action="set_response", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=r["item"], old=resp.value, new=r["value"], reason=reason)
        resp.value = r["value"]
        changed = 1
    if r["note"] is not None and resp.note != r["note"]:
        audit.record(s, actor=actor, action="set_response_note", entity="response", entity_id=resp.id,
                     assessment_id=a.id, field=f"{r['item']}.note", old=resp.note, new=r["note"], reason=reason)
        resp.note = r["note"]
        changed = 1
    return changed

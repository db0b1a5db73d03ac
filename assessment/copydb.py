"""Copy a campaign between two databases (a laptop's SQLite file and the panel's server), checked, or refused.

What is copied: the campaign, its assessments (every revision) with their sites, the people they name, monthly
data, answers, evidence records and files, panel scores, conflicts, snapshots, decisions, dossier records, and
the campaign's audit events (appended to the target's chain in their order; original id, time, actor and device
kept). Rows already on the target and identical are skipped, so copying again is harmless. A row that exists on
both sides with different content, or campaign rows only the target has, mean the campaign changed on one side
or both since: nothing is copied (copy-db never overwrites; merging is what offline packages are for). Before
the target commits, its row counts and the score-card input hash of every assessment must equal the source's.
The source is only read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from assessment import audit, pg
from assessment.db import Database
from assessment.errors import AssessmentError
from assessment.evidence_store import EvidenceStore
from assessment.models import AppMeta, Assessment, AuditEvent, Base, Campaign, MergeConflict
from assessment.scores import card_for

# Insert order (foreign keys first). Exchange bookkeeping (packages, sync bases) stays with its own database.
TABLES = ("person", "campaign", "site", "campaign_member", "conflict_declaration", "assessment", "activity_record",
          "response", "evidence", "evidence_item", "score_snapshot", "panel_score", "decision", "dossier_record")
CHUNK = 500
SHOWN_DIFFERENCES = 5


class CopyConflict(AssessmentError):
    """The target holds a different state of the campaign (changed on either side): nothing was copied."""


@dataclass
class CopyReport:
    campaigns: list[str]
    source: str
    target: str
    copied: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    audit_events: int = 0
    evidence_files: int = 0
    missing_files: list[str] = field(default_factory=list)
    score_hashes: int = 0


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


def _fetch(s: Session, name: str, column: str, ids: Iterable[Any]) -> list[dict[str, Any]]:
    t, ids = _t(name), sorted(set(ids))
    out: list[dict[str, Any]] = []
    for i in range(0, len(ids), CHUNK):
        out += [dict(r._mapping) for r in s.execute(select(t).where(t.c[column].in_(ids[i:i + CHUNK])))]
    return out


def campaign_rows(s: Session, campaign_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row that belongs to the campaign, per table (empty lists when the campaign is not there)."""
    rows: dict[str, list[dict[str, Any]]] = {"campaign": _fetch(s, "campaign", "id", [campaign_id])}
    for name in ("assessment", "campaign_member", "conflict_declaration"):
        rows[name] = _fetch(s, name, "campaign_id", [campaign_id])
    rows["assessment"].sort(key=lambda r: r["revision"])  # an amendment's previous revision goes in first
    a_ids = [r["id"] for r in rows["assessment"]]
    for name in ("activity_record", "response", "evidence", "score_snapshot", "panel_score", "decision",
                 "dossier_record"):
        rows[name] = _fetch(s, name, "assessment_id", a_ids)
    rows["evidence_item"] = _fetch(s, "evidence_item", "evidence_id", [r["id"] for r in rows["evidence"]])
    rows["site"] = _fetch(s, "site", "id", [r["site_id"] for r in rows["assessment"] + rows["conflict_declaration"]])
    people = {r["assessor_id"] for r in rows["assessment"] if r["assessor_id"]}
    people |= {r["person_id"] for r in rows["campaign_member"] + rows["conflict_declaration"]}
    people |= {r["member_id"] for r in rows["panel_score"]}
    rows["person"] = _fetch(s, "person", "id", people)
    return rows


def _key(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in _t(name).primary_key.columns)


def _label(name: str, r: dict[str, Any]) -> str:
    if name in ("site", "campaign"):
        return f"{name} {r['code']} ({r['name']})"
    if name == "activity_record":
        return f"monthly value {r['carrier']} {r['month']}"
    if name == "response":
        return f"answer {r['item_code']}"
    if name == "person":
        return f"person {r['name']}"
    return f"{name.replace('_', ' ')} {str(_key(name, r)[0])[:8]}"


def _differences(src: dict[str, list[dict[str, Any]]], dst_session: Session,
                 dst: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Why the target cannot take the copy, or [] (rows only the source has are fine: they get inserted)."""
    found: list[str] = []
    for name in TABLES:
        mine = {_key(name, r): r for r in src[name]}
        column = _t(name).primary_key.columns.keys()[0]
        theirs = {_key(name, r): r for r in _fetch(dst_session, name, column, [k[0] for k in mine])}
        for key, r in mine.items():
            other = theirs.get(key)
            if other is None or other == r:
                continue
            cols = [c for c in r if r[c] != other.get(c)]
            found.append(f"{_label(name, r)}: {cols[0]} is {other.get(cols[0])!r} there, {r[cols[0]]!r} here"
                         + (f" (and {len(cols) - 1} more fields)" if len(cols) > 1 else ""))
        extra = [r for r in dst.get(name, []) if _key(name, r) not in mine]
        if extra:
            what = name.replace("_", " ")
            found.append(f"{len(extra)} {what} row(s) exist only there, e.g. {_label(name, extra[0])}")
    for name, column in (("campaign", "code"), ("site", "code")):
        for r in src[name]:
            same = dst_session.execute(select(_t(name)).where(_t(name).c[column] == r[column])).first()
            if same is not None and same._mapping["id"] != r["id"]:
                found.append(f"{name} code {r[column]} is used there by another {name} ('{same._mapping['name']}')")
    return found


def _score_hashes(s: Session, assessment_ids: list[str]) -> dict[str, str]:
    out = {}
    for a_id in assessment_ids:
        a = s.get(Assessment, a_id)
        assert a is not None
        try:
            out[a_id] = card_for(s, a).input_hash
        except Exception as exc:  # noqa: BLE001 - an unscorable assessment must be unscorable on both sides
            out[a_id] = f"not scorable: {exc}"
    return out


def _append_audit(s: Session, events: list[dict[str, Any]]) -> int:
    """The source's events for the campaign that are new here, re-chained onto this database's chain."""
    known = {r["id"] for r in _fetch(s, "audit_event", "id", [e["id"] for e in events])}
    fresh = [e for e in events if e["id"] not in known]
    if not fresh:
        return 0
    on_server = pg.begin_audit_append(s)
    last = s.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, prev = (last.seq, last.hash) if last else (0, audit.GENESIS)
    for e in fresh:
        seq += 1
        e.update(seq=seq, prev_hash=prev)
        e["hash"] = prev = audit.event_hash(prev, SimpleNamespace(**e))  # type: ignore[arg-type]
    for i in range(0, len(fresh), CHUNK):
        s.execute(insert(AuditEvent), fresh[i:i + CHUNK])
    if on_server:
        pg.end_audit_append(s, seq)
    s.merge(AppMeta(key="audit_head", value=f"{seq}:{prev}"))
    return len(fresh)


def _campaign_events(s: Session, rows: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    ids = {_key(n, r)[0] for n in TABLES if n not in ("person", "evidence_item") for r in rows[n]}
    events = {e["id"]: e for e in _fetch(s, "audit_event", "assessment_id", [r["id"] for r in rows["assessment"]])}
    events.update({e["id"]: e for e in _fetch(s, "audit_event", "entity_id", ids)})
    return [{k: v for k, v in e.items() if k != "seq"} for e in sorted(events.values(), key=lambda e: e["seq"])]


def _copy_files(source: Database, target: Database, rows: list[dict[str, Any]], report: CopyReport) -> None:
    if not rows:
        return
    if source.evidence_dir is None or target.evidence_dir is None:
        raise AssessmentError("both databases need an evidence folder to copy evidence files")
    src, dst = EvidenceStore(source.evidence_dir), EvidenceStore(target.evidence_dir)
    for sha in sorted({r["sha256"] for r in rows}):
        if dst.verify(sha):
            continue
        if not src.verify(sha):
            report.missing_files.append(sha)
            continue
        dst.put_bytes(src.read_bytes(sha))
        report.evidence_files += 1


def copy_campaigns(source: Database, target: Database, campaign: str | None = None, *, actor: str = "cli"
                   ) -> CopyReport:
    """Copy one campaign (code or id), or every campaign, from source to target; all checked, or nothing."""
    with source.read() as s:
        camps = s.execute(select(Campaign).order_by(Campaign.created_at)).scalars().all()
        if campaign is not None:
            camps = [c for c in camps if campaign in (c.code, c.id)]
            if not camps:
                raise AssessmentError(f"{source.shown_url} has no campaign '{campaign}'")
        plan = [(c.id, c.code, campaign_rows(s, c.id)) for c in camps]
        for _cid, code, rows in plan:
            open_conflicts = s.execute(select(func.count()).select_from(MergeConflict).where(
                MergeConflict.assessment_id.in_([r["id"] for r in rows["assessment"]]),
                MergeConflict.status == "open")).scalar_one()
            if open_conflicts:
                raise AssessmentError(f"campaign {code} has {open_conflicts} open merge conflict(s) in "
                                      f"{source.shown_url}; resolve them first (python main.py conflicts)")
        events = [_campaign_events(s, rows) for _cid, _code, rows in plan]
        hashes = [_score_hashes(s, [r["id"] for r in rows["assessment"]]) for _cid, _code, rows in plan]
    report = CopyReport([code for _cid, code, _rows in plan], source.shown_url, target.shown_url)
    for _cid, _code, rows in plan:
        _copy_files(source, target, rows["evidence"], report)
    with target.write() as s:
        for (cid, code, rows), evs, want in zip(plan, events, hashes, strict=True):
            problems = _differences(rows, s, campaign_rows(s, cid))
            if problems:
                more = f" (and {len(problems) - SHOWN_DIFFERENCES} more)" if len(problems) > SHOWN_DIFFERENCES else ""
                raise CopyConflict(
                    f"nothing was copied: campaign {code} differs between {source.shown_url} ('here') and "
                    f"{target.shown_url} ('there'), and copy-db never overwrites: "
                    + "; ".join(problems[:SHOWN_DIFFERENCES]) + more
                    + ". Copy into a new database file, or bring the changes across with packages "
                    "(python main.py package export / import).")
            inserted = 0
            for name in TABLES:
                present = {_key(name, r) for r in _fetch(s, name, _t(name).primary_key.columns.keys()[0],
                                                         [_key(name, r)[0] for r in rows[name]])}
                new = [r for r in rows[name] if _key(name, r) not in present]
                for i in range(0, len(new), CHUNK):
                    s.execute(insert(_t(name)), new[i:i + CHUNK])
                report.copied[name] = report.copied.get(name, 0) + len(new)
                inserted += len(new)
            s.flush()
            landed = campaign_rows(s, cid)
            for name in TABLES:
                if len(landed[name]) != len(rows[name]):
                    raise AssessmentError(f"copy check failed, nothing was copied: {name} has {len(landed[name])} "
                                          f"rows on the target, {len(rows[name])} in the source")
                report.rows[name] = report.rows.get(name, 0) + len(rows[name])
            got = _score_hashes(s, list(want))
            wrong = [a for a in want if got[a] != want[a]]
            if wrong:
                raise AssessmentError(f"copy check failed, nothing was copied: the score card of assessment "
                                      f"{wrong[0]} differs ({got[wrong[0]][:16]} there, {want[wrong[0]][:16]} here)")
            report.score_hashes += len(want)
            report.audit_events += _append_audit(s, evs)
            if inserted:
                audit.record(s, actor=actor, action="copy_db", entity="campaign", entity_id=cid,
                             new={"from": source.shown_url, "rows": inserted})
    return report

"""Offline member score files: a member exports their own scores; the secretariat imports them.

The file is JSON: ``{"payload": {...}, "sha256": ..., "signature": ...}``. ``sha256`` is over the
canonical payload; ``signature`` is HMAC-SHA256 of the same bytes keyed with the campaign's signing key
(or, when the campaign has none, its id, which still refuses edited files and other campaigns' files).
Refused with a clear message: a tampered file, another campaign's file, another member's scores.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from assessment.db import Database
from assessment.errors import AssessmentError, PermissionDenied, ValidationError, WorkflowError
from assessment.models import Assessment, Campaign, ExchangeLog, PanelScore, Site, new_id, utcnow
from assessment.panel.access import find_person, require, resolve
from assessment.panel.scoring_ops import apply_score, candidates

FORMAT = "lcs-panel-scores"
VERSION = 1


class ScoreFileError(AssessmentError):
    """A member score file that cannot be imported (the message says why)."""


@dataclass(frozen=True)
class ImportResult:
    member: str
    campaign: str
    applied: int
    unchanged: int
    skipped: tuple[str, ...] = field(default_factory=tuple)
    already_imported: bool = False


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _key(camp: Campaign) -> bytes:
    return (camp.signing_key or camp.id).encode("utf-8")


def export_scores(db: Database, actor: str, out: Path, campaign: str | None = None) -> int:
    """Write the acting member's own scores of the campaign to ``out``; returns the number of scores."""
    with db.read() as s:
        viewer = resolve(s, actor, campaign)
        require(viewer, {"panel_member", "panel_chair"}, "export panel scores")
        camp = s.get(Campaign, viewer.campaign_id)
        assert camp is not None
        scores = []
        for a in candidates(s, viewer):
            site = s.get(Site, a.site_id)
            assert site is not None
            if viewer.conflicted(site.id):
                continue
            for r in s.execute(select(PanelScore).where(PanelScore.assessment_id == a.id,
                                                        PanelScore.member_id == viewer.person_id)
                               .order_by(PanelScore.item_code)).scalars():
                scores.append({"assessment_id": a.id, "site_id": site.id, "site_code": site.code,
                               "item_code": r.item_code, "points": r.points, "comment": r.comment,
                               "updated_at": (r.updated_at or utcnow()).isoformat()})
        payload = {"format": FORMAT, "version": VERSION, "package_id": new_id(),
                   "campaign": {"id": camp.id, "code": camp.code},
                   "member": {"id": viewer.person_id, "name": viewer.name},
                   "exported_at": utcnow().isoformat(), "scores": scores}
        body = canonical(payload)
        envelope = {"payload": payload, "sha256": hashlib.sha256(body).hexdigest(),
                    "signature": hmac.new(_key(camp), body, hashlib.sha256).hexdigest()}
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(json.dumps(envelope, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(out)
    return len(scores)


def read_envelope(path: Path) -> dict[str, Any]:
    try:
        envelope = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScoreFileError(f"{Path(path).name} is not a panel score file (not readable JSON: {exc})") from None
    payload = envelope.get("payload") if isinstance(envelope, dict) else None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ScoreFileError(f"{Path(path).name} is not a panel score file")
    if payload.get("version") != VERSION:
        raise ScoreFileError(f"{Path(path).name} was written by another version of the app "
                             f"(file format {payload.get('version')}, expected {VERSION})")
    if hashlib.sha256(canonical(payload)).hexdigest() != envelope.get("sha256"):
        raise ScoreFileError(f"{Path(path).name} was changed after it was exported (checksum mismatch); "
                             "nothing was imported. Ask the member to export their scores again.")
    return dict(envelope)


def import_scores(db: Database, actor: str, path: Path, campaign: str | None = None,
                  member: str | None = None) -> ImportResult:
    """Import one member's score file (secretariat, or the member themselves); all or nothing."""
    envelope = read_envelope(path)
    payload = envelope["payload"]
    name = Path(path).name
    with db.write() as s:
        fcamp = payload.get("campaign") or {}
        target = campaign or fcamp.get("code")
        viewer = resolve(s, actor, target)
        camp = s.get(Campaign, viewer.campaign_id)
        assert camp is not None
        if fcamp.get("id") != camp.id:
            raise ScoreFileError(f"{name} holds scores for campaign {fcamp.get('code')!r}, not {camp.code}; "
                                 "nothing was imported")
        sig = hmac.new(_key(camp), canonical(payload), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(sig, str(envelope.get("signature", ""))):
            raise ScoreFileError(f"{name} was changed after it was exported (signature does not match); "
                                 "nothing was imported")
        fmember = payload.get("member") or {}
        person = find_person(s, str(fmember.get("name", "")))
        if person.id != fmember.get("id"):
            raise ScoreFileError(f"{name}: the member named in the file is not the person of that name here")
        if member and member.strip() != person.name:
            raise ScoreFileError(f"{name} holds the scores of {person.name}, not of {member.strip()}; "
                                 "nothing was imported")
        if person.id != viewer.person_id and not viewer.is_secretariat:
            raise PermissionDenied(f"{name} holds the scores of {person.name}; {viewer.name} may import only "
                                   "their own scores (the secretariat imports anyone's)")
        prior = s.execute(select(ExchangeLog).where(ExchangeLog.package_id == payload["package_id"],
                                                    ExchangeLog.direction == "in")).scalar()
        if prior is not None:
            return ImportResult(person.name, camp.code, 0, 0, (f"already imported on {prior.created_at}",), True)
        scorer = resolve(s, person.name, camp.id)
        if scorer.phase not in ("independent", "revise"):
            raise WorkflowError(f"{name}: scores cannot be imported in the {scorer.phase} phase "
                                "(only in the independent and revise phases)")
        applied = unchanged = 0
        skipped: list[str] = []
        for row in payload.get("scores") or []:
            where = f"{row.get('site_code')} {row.get('item_code')}"
            a = s.get(Assessment, row.get("assessment_id"))
            if a is None or a.campaign_id != camp.id:
                raise ScoreFileError(f"{name}: {where}: the candidate is not in campaign {camp.code}")
            if scorer.conflicted(a.site_id):
                skipped.append(f"{where}: conflict of interest, not imported")
                continue
            if a.status != "under_review":
                skipped.append(f"{where}: candidate is {a.status.replace('_', ' ')}, not imported")
                continue
            current = s.execute(select(PanelScore).where(
                PanelScore.assessment_id == a.id, PanelScore.member_id == person.id,
                PanelScore.item_code == row.get("item_code"))).scalar()
            stamp = datetime.fromisoformat(str(row.get("updated_at")))
            if current is not None and current.updated_at and current.updated_at > stamp:
                skipped.append(f"{where}: a newer score is already stored ({current.updated_at}), kept")
                continue
            if current is not None and (current.points, current.comment) == (row.get("points"), row.get("comment")):
                unchanged += 1
                continue
            try:
                apply_score(s, scorer, a, str(row.get("item_code")), row.get("points"), row.get("comment"),
                            f"imported from {name} by {viewer.name}", source="import")
            except ValidationError as exc:
                raise ScoreFileError(f"{name}: {where}: {exc}; nothing was imported") from None
            applied += 1
        s.add(ExchangeLog(package_id=payload["package_id"], direction="in", campaign_id=camp.id,
                          person=person.name, file_sha256=envelope["sha256"],
                          summary={"kind": "panel_scores", "applied": applied, "unchanged": unchanged,
                                   "skipped": len(skipped)}))
        return ImportResult(person.name, camp.code, applied, unchanged, tuple(skipped))

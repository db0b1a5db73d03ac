"""Issuing documents: build, render, write atomically, record the issue; and verifying a PDF against the DB."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from assessment import audit
from assessment.db import Database
from assessment.dossier.build import build_dossier
from assessment.dossier.certificate import build_certificate, render_certificate
from assessment.dossier.files import write_atomic
from assessment.dossier.fingerprint import campaign_fingerprint, fingerprint_for, read_metadata
from assessment.dossier.fonts import register_font
from assessment.dossier.labels import LANGS
from assessment.dossier.render_dossier import render_dossier
from assessment.dossier.signing import check_signature, configured_p12, sign_pdf
from assessment.dossier.summary import build_summary, render_summary
from assessment.errors import AssessmentError, ValidationError
from assessment.evidence_store import EvidenceStore
from assessment.models import Assessment, DossierRecord, Evidence
from assessment.ops.common import find_campaign, get_assessment


@dataclass(frozen=True)
class Issued:
    path: Path | None
    kind: str
    number: str
    fingerprint: str
    size: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verification:
    ok: bool
    kind: str
    number: str
    printed: str
    current: str
    problems: tuple[str, ...] = field(default_factory=tuple)
    signed: bool = False
    signer: str = ""


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", lang, f"must be one of: {', '.join(LANGS)}")
    return lang


def dossier_pdf(db: Database, assessment_id: str, lang: str = "both", font: str | None = None,
                actor: str | None = None) -> tuple[bytes, object]:
    """The dossier as bytes (for the preview) and its report data.

    ``actor``: a panel member conflicted with the candidate (or not yet allowed to see the others' scores)
    is refused with PermissionDenied (assessment.panel.guard.check_document).
    """
    check_access(db, actor, assessment_id, "get its dossier")
    data = build_dossier(db, assessment_id, _check_lang(lang), font=font)
    return render_dossier(data, register_font(font)), data


def check_access(db: Database, actor: str | None, assessment_id: str, what: str) -> None:
    from assessment.panel.guard import check_document

    with db.read() as s:
        check_document(s, actor, get_assessment(s, assessment_id), what)


def record_issue(db: Database, actor: str, assessment_id: str, kind: str, number: str, lang: str, fp: str) -> None:
    """Remember the issued document (once per number) with an audit event."""
    with db.write() as s:
        if s.execute(select(DossierRecord.id).where(DossierRecord.number == number)).first():
            return
        a = get_assessment(s, assessment_id)
        from assessment.dossier.fingerprint import score_basis

        rec = DossierRecord(assessment_id=a.id, number=number, kind=kind, language=lang, fingerprint=fp,
                            snapshot_id=score_basis(s, a).snapshot_id, created_by=actor)
        s.add(rec)
        s.flush()
        audit.record(s, actor=actor, action=f"issue_{kind}", entity="dossier_record", entity_id=rec.id,
                     assessment_id=a.id, field="number", new=number, reason=f"fingerprint {fp}")


def _maybe_sign(pdf: bytes, sign: str | Path | None, reason: str) -> bytes:
    p12 = configured_p12(sign)
    return sign_pdf(pdf, p12, reason=reason) if p12 is not None else pdf


def export_dossier(db: Database, assessment_id: str, out: Path | str, *, lang: str = "both",
                   actor: str = "cli", font: str | None = None, record: bool = True,
                   sign: str | Path | None = None) -> Issued:
    pdf, data = dossier_pdf(db, assessment_id, lang, font, actor)
    pdf = _maybe_sign(pdf, sign, f"award dossier {data.number}")  # type: ignore[attr-defined]
    path = write_atomic(out, pdf)
    if record:
        record_issue(db, actor, assessment_id, "dossier", data.number, lang, data.fingerprint)  # type: ignore[attr-defined]
    return Issued(path, "dossier", data.number, data.fingerprint, len(pdf), data.warnings)  # type: ignore[attr-defined]


def export_certificate(db: Database, assessment_id: str, out: Path | str, *, lang: str = "both",
                       actor: str = "cli", font: str | None = None, record: bool = True,
                       sign: str | Path | None = None) -> Issued:
    check_access(db, actor, assessment_id, "get its certificate")
    fi = register_font(font)
    data = build_certificate(db, assessment_id, _check_lang(lang), font=font)
    pdf = _maybe_sign(render_certificate(data, fi), sign, f"award certificate {data.number}")
    path = write_atomic(out, pdf)
    if record:
        record_issue(db, actor, assessment_id, "certificate", data.number, lang, data.fingerprint)
    return Issued(path, "certificate", data.number, data.fingerprint, len(pdf), (fi.warning,) if fi.warning else ())


def export_report(db: Database, campaign: str | None, out: Path | str, *, lang: str = "both",
                  font: str | None = None, sign: str | Path | None = None, actor: str | None = None) -> Issued:
    """The panel's summary report; refused to a panel member who may not see every candidate's total."""
    from assessment.ops.common import find_campaign
    from assessment.panel.guard import check_report

    with db.read() as s:
        check_report(s, actor, find_campaign(s, campaign).id)
    fi = register_font(font)
    data = build_summary(db, campaign, _check_lang(lang), font=font)
    pdf = _maybe_sign(render_summary(data, fi), sign, f"panel summary report {data.number}")
    path = write_atomic(out, pdf)
    return Issued(path, "report", data.number, data.fingerprint, len(pdf), (fi.warning,) if fi.warning else ())


def verify_bytes(db: Database, pdf: bytes) -> Verification:
    """Recompute the fingerprint from the database (same snapshot rule) and compare with the PDF's."""
    meta = read_metadata(pdf)
    printed, kind, number = meta.get("LCSFingerprint", ""), meta.get("LCSKind", ""), meta.get("LCSNumber", "")
    if not printed:
        raise AssessmentError("this PDF carries no dossier fingerprint (not issued by this app, or altered)")
    problems: list[str] = []
    sig = check_signature(pdf)
    if sig.signed and not sig.intact:
        problems.append("the digital signature does not cover the document as it is now (altered after signing?)"
                        if "not checked" not in sig.signer else sig.signer)
    if kind == "report":
        with db.read() as s:
            camp = find_campaign(s, meta.get("LCSCampaign"))
            rows = []
            for a in s.execute(select(Assessment).where(Assessment.campaign_id == camp.id,
                                                        Assessment.is_current.is_(True))).scalars():
                rows.append((a.id, fingerprint_for(s, a)[0]))
        current = campaign_fingerprint(rows)
        if current != printed:
            problems.append("a candidate's score, decision basis or evidence changed since the report was made")
        return Verification(not problems, kind, number, printed, current, tuple(problems), sig.signed, sig.signer)
    with db.read() as s:
        a = s.get(Assessment, meta.get("LCSAssessment", ""))
        if a is None:
            raise AssessmentError(f"the assessment {meta.get('LCSAssessment')!r} of this document is not in "
                                  "this database")
        current, basis, hashes = fingerprint_for(s, a)
        names = {e.sha256: e.original_name for e in s.execute(
            select(Evidence).where(Evidence.assessment_id == a.id)).scalars()}
    if current != printed:
        problems.append("the score card or the evidence list in the database differs from the one the document "
                        f"was made from (basis now: {basis.kind})")
    if db.evidence_dir is not None:
        store = EvidenceStore(db.evidence_dir)
        for h in hashes:
            if not store.verify(h):
                problems.append(f"evidence file {names.get(h, h)} is missing or its content no longer matches "
                                f"SHA-256 {h[:12]}…")
    return Verification(not problems, kind, number, printed, current, tuple(problems), sig.signed, sig.signer)


def verify_pdf(db: Database, path: Path | str) -> Verification:
    return verify_bytes(db, Path(path).read_bytes())

"""The dossier fingerprint: SHA-256 over the frozen score card and the evidence hashes; reading it back.

Which score card (the same rule for issuing and for verifying):
* decided  -> the decision's snapshot;
* submitted / under review -> the newest submission snapshot;
* draft    -> the live card computed now, marked provisional (its JSON is what the fingerprint covers).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment import ops as _ops  # noqa: F401  (loads ops before scores: avoids an import cycle)
from assessment.models import Assessment, Decision, Evidence, ScoreSnapshot
from assessment.scores import card_for, latest_snapshot

DOMAIN = b"lcs-dossier-fingerprint/1\n"


@dataclass(frozen=True)
class ScoreBasis:
    card_json: str
    kind: str  # "decision" | "submission" | "live"
    snapshot_id: str | None
    created_at: datetime | None

    @property
    def provisional(self) -> bool:
        return self.kind == "live"


def score_basis(session: Session, a: Assessment) -> ScoreBasis:
    """The card a dossier of this assessment shows (see the module docstring)."""
    snap: ScoreSnapshot | None = None
    if a.status == "decided":
        dec = session.execute(select(Decision).where(Decision.assessment_id == a.id)).scalar()
        if dec is not None and dec.snapshot_id:
            snap = session.get(ScoreSnapshot, dec.snapshot_id)
        snap = snap or latest_snapshot(session, a.id, "decision")
        kind = "decision"
    elif a.status in ("submitted", "under_review"):
        snap = latest_snapshot(session, a.id, "submission")
        kind = "submission"
    if snap is not None:
        return ScoreBasis(snap.card_json, kind, snap.id, snap.created_at)
    return ScoreBasis(card_for(session, a).to_json(), "live", None, None)


def evidence_hashes(session: Session, assessment_id: str) -> list[str]:
    return sorted(session.execute(select(Evidence.sha256).where(Evidence.assessment_id == assessment_id)).scalars())


def fingerprint(card_json: str, hashes: list[str]) -> str:
    h = hashlib.sha256(DOMAIN)
    h.update(card_json.encode("utf-8"))
    h.update(b"\n")
    h.update("\n".join(sorted(hashes)).encode("ascii"))
    return h.hexdigest()


def fingerprint_for(session: Session, a: Assessment) -> tuple[str, ScoreBasis, list[str]]:
    basis = score_basis(session, a)
    hashes = evidence_hashes(session, a.id)
    return fingerprint(basis.card_json, hashes), basis, hashes


def campaign_fingerprint(rows: list[tuple[str, str]]) -> str:
    """The summary report's fingerprint: over (assessment id, dossier fingerprint) of every candidate."""
    h = hashlib.sha256(b"lcs-summary-fingerprint/1\n")
    for aid, fp in sorted(rows):
        h.update(f"{aid}:{fp}\n".encode("ascii"))
    return h.hexdigest()


_KEY = re.compile(rb"/(LCS[A-Za-z]+)\s*\(((?:[^()\\]|\\.)*)\)")


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESC = re.compile(rb"\\([0-7]{1,3}|\r\n|[\s\S])")


def _unescape(raw: bytes) -> bytes:
    """A PDF literal string's escapes: \\n, \\(, \\ddd octal (pyHanko writes those), line continuations."""
    def one(m: re.Match[bytes]) -> bytes:
        g = m.group(1)
        if g[:1].isdigit():
            return bytes([int(g, 8) & 0xFF])
        if g in (b"\r\n", b"\n", b"\r"):
            return b""
        return _ESCAPES.get(g, g)

    return _ESC.sub(one, raw)


def read_metadata(pdf: bytes) -> dict[str, str]:
    """Our /LCS* keys from the document information dictionary (the last one wins: incremental updates)."""
    out: dict[str, str] = {}
    for m in _KEY.finditer(pdf):
        out[m.group(1).decode("ascii")] = _unescape(m.group(2)).decode("latin-1")
    return out

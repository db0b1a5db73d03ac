"""A campaign's package-signing key: the secretariat generates it and hands it to its assessors."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy.orm import Session

from assessment import audit
from assessment.db import Database
from assessment.errors import ValidationError
from assessment.models import Campaign
from assessment.ops.common import find_campaign

MIN_KEY, MAX_KEY = 16, 128


def generate_key() -> str:
    """256 random bits as hex: easy to read out, never starts with '-' (a command line would take it for an option)."""
    return secrets.token_hex(32)


def fingerprint(key: str) -> str:
    """What the audit trail and the screen show instead of the key itself."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def store_key(s: Session, actor: str, camp: Campaign, key: str, how: str) -> None:
    key = key.strip()
    if not MIN_KEY <= len(key) <= MAX_KEY:
        raise ValidationError("key", f"({len(key)} characters)", f"must be {MIN_KEY} to {MAX_KEY} characters long")
    old = fingerprint(camp.signing_key) if camp.signing_key else None
    camp.signing_key = key
    audit.record(s, actor=actor, action="set_signing_key", entity="campaign", entity_id=camp.id,
                 field="signing_key", old=old, new=fingerprint(key), reason=how)


def set_signing_key(db: Database, actor: str, campaign: str | None, key: str | None = None) -> tuple[str, str]:
    """Set (or generate when key is None) the campaign's key; returns (key, fingerprint)."""
    how = "entered" if key is not None else "generated"
    key = key if key is not None else generate_key()
    with db.write() as s:
        camp = find_campaign(s, campaign)
        store_key(s, actor, camp, key, how)
    return key, fingerprint(key)

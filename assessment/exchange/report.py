"""Plain-text reports of a package import and of conflicts (CLI, and the dialogs' copy button)."""

from __future__ import annotations

from typing import Any

ENTITY_NAMES = {
    "campaign": "campaign", "person": "people", "campaign_member": "campaign roles", "site": "sites",
    "assessment": "assessments", "score_snapshot": "score snapshots", "decision": "decisions",
    "activity_record": "monthly data rows", "response": "checklist answers", "evidence": "evidence records",
    "panel_score": "panel scores", "conflict_declaration": "conflict-of-interest declarations",
}


def short(value: str | None, width: int = 40) -> str:
    if value is None:
        return "—"
    return value if len(value) <= width else value[: width - 1] + "…"


def describe_conflict(c: Any) -> str:
    return (f"{c.id[:8]}  {c.site}  {c.entity} {c.record}  field {c.field}: here {short(c.current_value)}, "
            f"incoming {short(c.incoming_value)} (from {c.incoming_actor or '?'}), last agreed "
            f"{short(c.base_value)}" + (f" [{c.note}]" if c.note else "") + (
                f" — {c.status}" if c.status != "open" else ""))


def _counts(d: dict[str, int]) -> str:
    return ", ".join(f"{n} {ENTITY_NAMES.get(k, k)}" for k, n in sorted(d.items()) if n) or "nothing"


def describe_report(r: Any) -> str:
    lines = [f"package {r.package_id[:8]} from {r.source_person or '?'} (device {r.source_device[:8]}), "
             f"made {r.created_at}, campaign {r.campaign}; signature: {r.signature}",
             "sites: " + "; ".join(r.sites)]
    if r.already_imported:
        lines.append("this package was imported before: nothing changed")
        return "\n".join(lines)
    lines.append("added: " + _counts(r.inserted))
    lines.append("updated: " + _counts(r.updated))
    if r.deleted:
        lines.append("deleted (deleted on the other side, unchanged here): " + _counts(r.deleted))
    lines.append(f"evidence files: {r.evidence_new} new, {r.evidence_known} already here (deduplicated by hash)")
    lines.append(f"audit trail: {r.audit_appended} event(s) appended, {r.audit_known} already here")
    lines.extend(f"note: {n}" for n in r.notes)
    if r.conflicts:
        lines.append(f"{len(r.conflicts)} conflict(s) need a person to decide (nothing was overwritten):")
        lines.extend("  " + describe_conflict(c) for c in r.conflicts)
        lines.append("resolve with: python main.py conflicts resolve ID --keep local|incoming")
    else:
        lines.append("no conflicts")
    return "\n".join(lines)

"""What an import did, in the app's language: the workbook import's summary and the package import's report.

The command line prints assessment.exchange's English texts; the dialogs build theirs here from the same
result objects, so a Chinese user reads every line in Chinese (site names, codes and values as stored).
"""

from __future__ import annotations

import re
from typing import Any

from assessment.exchange.report import short
from ui.exchange.texts import tx
from ui.i18n import is_zh
from ui.problems.words import carrier, field

NO_KEY = "not checked: this database holds no signing key for campaign "
CODE_TAKEN = re.compile(r"^site code (\S+) is already used here by another site; the incoming site '(.*)' was "
                        r"stored as (\S+) \(merge by hand if they are the same place\)$")


def fill(template: str, *values: object) -> str:
    """A translated template with %1…%9 replaced in one pass (a value may itself contain "%2")."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), template)


def entity_name(table: str) -> str:
    """What a table holds, as the command line says it (literal tx() calls: each has its Chinese)."""
    return {
        "campaign": tx("campaign"), "person": tx("people"), "campaign_member": tx("campaign roles"),
        "site": tx("sites"), "assessment": tx("assessments"), "score_snapshot": tx("score snapshots"),
        "decision": tx("decisions"), "activity_record": tx("monthly data rows"),
        "response": tx("checklist answers"), "evidence": tx("evidence records"), "panel_score": tx("panel scores"),
        "conflict_declaration": tx("conflict-of-interest declarations"),
    }.get(table, table)


def import_summary(r: Any) -> str:
    """One sentence: what a workbook import stored."""
    text = fill(tx("%1: stored %2 new site(s), updated %3; monthly data %4 added, %5 changed; %6 answer(s)"),
                r.file, r.sites_created, r.sites_updated, r.activity_added, r.activity_updated, r.answers_set)
    if r.rows_skipped:
        text += fill(tx("; %1 row(s) with problems skipped"), r.rows_skipped)
    return text


def _counts(d: dict[str, int]) -> str:
    sep = "、" if is_zh() else ", "
    return sep.join(fill(tx("%1 %2"), n, entity_name(k)) for k, n in sorted(d.items()) if n) \
        or tx("nothing")


def _signature(state: str) -> str:
    if state.startswith(NO_KEY):
        return fill(tx("not checked (this database holds no signing key for campaign %1)"), state[len(NO_KEY):])
    return {"verified": tx("verified"), "unsigned": tx("unsigned")}.get(state, state)


def _note(note: str) -> str:
    m = CODE_TAKEN.match(note)
    if m:
        return fill(tx("site code %1 is already used here by another site; the incoming site “%2” was stored as %3 "
                       "(merge by hand if they are the same place)"), *m.groups())
    return note


def record_kind(entity: str) -> str:
    return {"site": tx("site"), "assessment": tx("assessment"), "activity_record": tx("monthly value"),
            "response": tx("answer"), "evidence": tx("evidence"), "panel_score": tx("panel score")}.get(entity, entity)


def conflict_line(c: Any) -> str:
    record = " ".join(carrier(part) for part in c.record.split(" "))  # "grid_electricity 2023-01" by name
    text = fill(tx("%1  %2  %3 %4  field %5: here %6, incoming %7 (from %8), last agreed %9"), c.id[:8], c.site,
                record_kind(c.entity), record, field(c.field), short(c.current_value), short(c.incoming_value),
                c.incoming_actor or "?", short(c.base_value))
    return text + (f" [{c.note}]" if c.note else "")


def package_report(r: Any) -> str:
    """Line by line: where the package came from, what was added or updated, files, audit trail, conflicts."""
    lines = [fill(tx("Package %1 from %2 (device %3), made %4, campaign %5; signature: %6"), r.package_id[:8],
                  r.source_person or "?", r.source_device[:8], r.created_at, r.campaign, _signature(r.signature)),
             fill(tx("Sites: %1"), ("；" if is_zh() else "; ").join(r.sites))]
    if r.already_imported:
        lines.append(tx("This package was imported before; nothing changed."))
        return "\n".join(lines)
    lines.append(fill(tx("Added: %1"), _counts(r.inserted)))
    lines.append(fill(tx("Updated: %1"), _counts(r.updated)))
    if r.deleted:
        lines.append(fill(tx("Deleted (deleted on the other side, unchanged here): %1"), _counts(r.deleted)))
    lines.append(fill(tx("Evidence files: %1 new, %2 already here (deduplicated by hash)"), r.evidence_new,
                      r.evidence_known))
    lines.append(fill(tx("Audit trail: %1 event(s) appended, %2 already here"), r.audit_appended, r.audit_known))
    lines.extend(fill(tx("Note: %1"), _note(n)) for n in r.notes)
    if r.conflicts:
        lines.append(fill(tx("%1 conflict(s) need a person to decide (nothing was overwritten):"), len(r.conflicts)))
        lines.extend("  " + conflict_line(c) for c in r.conflicts)
        lines.append(tx("Decide them with “Resolve conflicts…”."))
    else:
        lines.append(tx("No conflicts."))
    return "\n".join(lines)

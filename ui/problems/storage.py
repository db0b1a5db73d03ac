"""Refusals of the database, the records and the workflow (assessment/db, ops, scores, dossier) as patterns."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n
from ui.problems.engine import fill
from ui.problems.words import message, status, statuses, term


def site_type(text: str) -> str:
    return i18n.label(text) if text in i18n.LABELS else text


def outcome(text: str) -> str:
    if text == "none":
        return QCoreApplication.translate("Terms", "none")
    return i18n.label(text) if text in i18n.LABELS else text


def changed_by(text: str) -> str:
    """' by NAME at 2024-01-02 10:00 UTC (change)' of a concurrent edit, or nothing."""
    m = re.fullmatch(r" by (.+) at (.+) UTC \((.*)\)", text)
    if not m:
        return text
    from ui.messages import change_label

    return fill(QCoreApplication.translate("Errors", " by %1 at %2 UTC (%3)"),
                [m.group(1), m.group(2), change_label(m.group(3).replace(" ", "_"))])


QT_TRANSLATE_NOOP("Terms", "none")

STORAGE = [
    # the database (assessment/db.py, migrate.py, backup.py)
    (QT_TRANSLATE_NOOP("Errors", "The database is in use by another program (or another window of this app) and "
                                 "stayed locked for %1 s. Nothing was saved; close the other program or try again."),),
    (QT_TRANSLATE_NOOP("Errors", "Someone else was saving a long change on %1 for more than %2 s (e.g. an import). "
                                 "Nothing was saved; try again."),),
    (QT_TRANSLATE_NOOP("Errors", "The connection to the database server %1 was lost while saving. Nothing was saved; "
                                 "check the network (or ask whoever runs the server) and try again."),),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot be opened as a database (%2). %3"), None, None, message),
    (QT_TRANSLATE_NOOP("Errors", "%1 failed its integrity check (%2). %3"), None, None, message),
    (QT_TRANSLATE_NOOP("Errors", "Restore the latest backup from the 'backups' folder beside it (python main.py "
                                 "restore BACKUP --db %1), or open another database."),),
    (QT_TRANSLATE_NOOP("Errors", "cannot reach the database server %1: %2"),),
    (QT_TRANSLATE_NOOP("Errors", "the database on %1 failed its check (%2); ask whoever runs the server to restore "
                                 "its latest dump"),),
    (QT_TRANSLATE_NOOP("Errors", "This database has schema version %1, written by a newer version of the app. "
                                 "Update the app before opening it; the file was not changed."),),
    (QT_TRANSLATE_NOOP("Errors", "%1 already exists; choose another file name"),),
    (QT_TRANSLATE_NOOP("Errors", "backup of %1 failed its integrity check: %2"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 does not exist"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 failed its integrity check (%2); choose another backup"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not a usable database: %2"),),
    (QT_TRANSLATE_NOOP("Errors", "this database has no evidence folder configured"),),
    # finding records (assessment/ops/common.py, scores.py)
    (QT_TRANSLATE_NOOP("Errors", "no site with id, code or name '%1'"),),
    (QT_TRANSLATE_NOOP("Errors", "'%1' matches %2 sites; use the site code"),),
    (QT_TRANSLATE_NOOP("Errors", "no campaign with id or code '%1'"),),
    (QT_TRANSLATE_NOOP("Errors", "there is no campaign yet; run 'python main.py demo' or create one"),),
    (QT_TRANSLATE_NOOP("Errors", "site '%1' has no assessment"),),
    (QT_TRANSLATE_NOOP("Errors", "site '%1' has no assessment in this campaign"),),
    (QT_TRANSLATE_NOOP("Errors", "assessment %1 does not exist"),),
    (QT_TRANSLATE_NOOP("Errors", "no criteria set for site type '%1' in campaign %2"), site_type),
    # the workflow (assessment/ops/common.py, workflow.py, versions.py)
    (QT_TRANSLATE_NOOP("Errors", "assessment revision %1 is decided and cannot be changed; start an amendment "
                                 "(a new revision) instead"),),
    (QT_TRANSLATE_NOOP("Errors", "assessment revision %1 has been superseded by a newer revision"),),
    (QT_TRANSLATE_NOOP("Errors", "the assessment is %1: every change needs a reason"), status),
    (QT_TRANSLATE_NOOP("Errors", "revision %1 has been superseded; %2 the newest revision"), None, term),
    (QT_TRANSLATE_NOOP("Errors", "cannot %1 an assessment that is %2 (allowed from: %3)"), term, status, statuses),
    (QT_TRANSLATE_NOOP("Errors", "cannot submit, fix these first: %1"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 was changed%2 after you opened it (your copy is version %3, the stored one "
                                 "version %4). Nothing was saved: reload to see the other change, then make yours "
                                 "again."), message, changed_by),
    (QT_TRANSLATE_NOOP("Errors", "the assessment of site '%1'"),),
    (QT_TRANSLATE_NOOP("Errors", "site '%1'"),),
    # documents (assessment/dossier)
    (QT_TRANSLATE_NOOP("Errors", "%1 has not been awarded (status %2, outcome %3); a certificate is issued for "
                                 "awarded sites only"), None, status, outcome),
    (QT_TRANSLATE_NOOP("Errors", "this PDF carries no dossier fingerprint (not issued by this app, or altered)"),),
    (QT_TRANSLATE_NOOP("Errors", "the assessment %1 of this document is not in this database"),),
    (QT_TRANSLATE_NOOP("Errors", "signing certificate not found: %1"),),
    (QT_TRANSLATE_NOOP("Errors", "could not read the signing certificate %1 (wrong passphrase?)"),),
    (QT_TRANSLATE_NOOP("Errors", "signing is configured but pyHanko is not installed (pip install "
                                 "'lowcarbon-sites[sign]')"),),
    (QT_TRANSLATE_NOOP("Errors", "the dossier worker processes stopped unexpectedly (%1); %2 of %3 dossiers were "
                                 "written"),),
]

"""What is wrong with one value (ValidationError.problem, a workbook cell's reason, a unit error), as patterns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.problems.engine import Catalogue
from ui.problems.words import carrier, choices, field, listing, quoted, term

PROBLEMS = Catalogue("Problems", [
    # assessment/fields.py: any typed value
    (QT_TRANSLATE_NOOP("Problems", "is required"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a number"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a number, not yes/no"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a finite number"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a whole number"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a whole number, 0 or more"),),
    (QT_TRANSLATE_NOOP("Problems", "cannot be negative"),),
    (QT_TRANSLATE_NOOP("Problems", "must be yes or no"),),
    (QT_TRANSLATE_NOOP("Problems", "must be at least %1"),),
    (QT_TRANSLATE_NOOP("Problems", "must be at most %1"),),
    (QT_TRANSLATE_NOOP("Problems", "must be between %1 and %2"),),
    (QT_TRANSLATE_NOOP("Problems", "is longer than %1 characters"),),
    (QT_TRANSLATE_NOOP("Problems", "must be %1 to %2 characters"),),
    (QT_TRANSLATE_NOOP("Problems", "must be %1 to %2 characters long"),),
    (QT_TRANSLATE_NOOP("Problems", "must be one of: %1"), choices),
    (QT_TRANSLATE_NOOP("Problems", "is not a site field"),),
    (QT_TRANSLATE_NOOP("Problems", "must be a month written YYYY-MM, e.g. 2023-01"),),
    (QT_TRANSLATE_NOOP("Problems", "cannot be changed here (allowed: %1)"), lambda v: "、".join(
        field(f) for f in v.split(", "))),
    # monthly data (assessment/ops/activity.py) and units (scoring/units.py)
    (QT_TRANSLATE_NOOP("Problems", "is outside the reporting period %1 to %2"),),
    (QT_TRANSLATE_NOOP("Problems", "is implausibly large for one month of %1 (check the unit: %2)"), carrier),
    (QT_TRANSLATE_NOOP("Problems", "unknown carrier; known: %1"), listing),
    (QT_TRANSLATE_NOOP("Problems", "some rows do not belong to this assessment"),),
    (QT_TRANSLATE_NOOP("Problems", "%1 meter '%2' already has a value for this month (%3 such rows); nothing stored"),
     carrier),
    (QT_TRANSLATE_NOOP("Problems", "duplicates row %1 (same carrier, meter and month)"),),
    (QT_TRANSLATE_NOOP("Problems", "unknown unit %1"), quoted),
    (QT_TRANSLATE_NOOP("Problems", "unknown carrier %1"), carrier),
    (QT_TRANSLATE_NOOP("Problems", "unit %1: unknown carrier %2"), quoted, carrier),
    (QT_TRANSLATE_NOOP("Problems", "unknown unit %1 for carrier %2 (%3; use %4)"), quoted, carrier, term, listing),
    (QT_TRANSLATE_NOOP("Problems", "unit %1 does not fit carrier %2 (%3; use %4)"), quoted, carrier, term, listing),
    # sites and campaigns (assessment/ops/sites.py)
    (QT_TRANSLATE_NOOP("Problems", "is before the period start %1"),),
    (QT_TRANSLATE_NOOP("Problems", "a reporting period longer than 60 months is not supported"),),
    (QT_TRANSLATE_NOOP("Problems", "is already used by another campaign"),),
    (QT_TRANSLATE_NOOP("Problems", "is already used by another site"),),
    (QT_TRANSLATE_NOOP("Problems", "data for %1 would fall outside it"),),
    # evidence files, answers, workflow
    (QT_TRANSLATE_NOOP("Problems", "does not exist"),),
    (QT_TRANSLATE_NOOP("Problems", "does not exist or is not a file"),),
    (QT_TRANSLATE_NOOP("Problems", "is empty"),),
    (QT_TRANSLATE_NOOP("Problems", "is larger than %1 MB"),),
    (QT_TRANSLATE_NOOP("Problems", "is not a readable image (%1)"),),
    (QT_TRANSLATE_NOOP("Problems", "is not an item of criteria set %1"),),
    (QT_TRANSLATE_NOOP("Problems", "is computed from the activity data, not answered by hand"),),
    (QT_TRANSLATE_NOOP("Problems", "is scored by the review panel, not answered by the assessor"),),
    (QT_TRANSLATE_NOOP("Problems", "say what needs correcting"),),
    (QT_TRANSLATE_NOOP("Problems", "say why the decided assessment is being amended"),),
    # data exchange
    (QT_TRANSLATE_NOOP("Problems", "must be 'local' or 'incoming'"),),
    (QT_TRANSLATE_NOOP("Problems", "name at least one site to export"),),
    (QT_TRANSLATE_NOOP("Problems", "has no assessment in campaign %1"),),
    (QT_TRANSLATE_NOOP("Problems", "must end in .xlsx or .csv"),),
    (QT_TRANSLATE_NOOP("Problems", "must end in .xlsx"),),
    (QT_TRANSLATE_NOOP("Problems", "is neither a site type with criteria nor a criteria set (%1)"),),
    # a workbook's cells (assessment/exchange/workbook_preview.py)
    (QT_TRANSLATE_NOOP("Problems", "a formula without a saved result: open the file in Excel, let it calculate, "
                                   "save, and import again (or paste values)"),),
    (QT_TRANSLATE_NOOP("Problems", "merged cells %1: unmerge them and fill every row"),),
    (QT_TRANSLATE_NOOP("Problems", "the site code is required"),),
    (QT_TRANSLATE_NOOP("Problems", "the site code is required when the workbook holds several sites"),),
    (QT_TRANSLATE_NOOP("Problems", "is required for a new site"),),
    (QT_TRANSLATE_NOOP("Problems", "this site code appears twice in the sheet"),),
    (QT_TRANSLATE_NOOP("Problems", "this site's row %1 in the Sites sheet has problems; fix it first"),),
    (QT_TRANSLATE_NOOP("Problems", "unknown site code: not in this database nor in the Sites sheet"),),
    (QT_TRANSLATE_NOOP("Problems", "the assessment of this site is decided; start an amendment before importing "
                                   "new data"),),
    (QT_TRANSLATE_NOOP("Problems", "duplicates row %1 (same site, carrier, meter and month)"),),
    (QT_TRANSLATE_NOOP("Problems", "the column '%1' is missing"),),
    # the review panel
    (QT_TRANSLATE_NOOP("Problems", "pick %1 to %2 candidates"),),
    (QT_TRANSLATE_NOOP("Problems", "state the panel's reasons; an appeal will read them"),),
    (QT_TRANSLATE_NOOP("Problems", "more votes than the %1 panel member(s) without a conflict"),),
    (QT_TRANSLATE_NOOP("Problems", "has no decision yet"),),
    (QT_TRANSLATE_NOOP("Problems", "use whole or half points (e.g. 4 or 4.5)"),),
    (QT_TRANSLATE_NOOP("Problems", "is not a panel judgement item of %1 (items: %2)"),),
    (QT_TRANSLATE_NOOP("Problems", "say what the conflict is (e.g. 'former employer')"),),
    (QT_TRANSLATE_NOOP("Problems", "must be confirmed or dismissed"),),
    (QT_TRANSLATE_NOOP("Problems", "say why the suggested conflict is not a conflict"),),
])

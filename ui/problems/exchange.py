"""Refusals of data exchange: workbooks, CSV, offline packages (zip checks), conflicts, exports, as patterns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.problems.words import carrier, located, message, term

EXCHANGE = [
    # reading a workbook or CSV (assessment/exchange/workbook_read.py, workbook_preview.py, workbook_import.py)
    (QT_TRANSLATE_NOOP("Errors", "%1 is an old Excel 97-2003 workbook (.xls, perhaps renamed); open it in Excel and "
                                 "save it as .xlsx"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not an Excel .xlsx workbook or a CSV file"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is larger than %2 MB"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is neither UTF-8 nor GBK text; save it as 'CSV UTF-8' and try again"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 has %2 rows (at most %3)"),),
    (QT_TRANSLATE_NOOP("Errors", "sheet '%1' has values out to row %2, column %3 (at most %4 rows and %5 columns); "
                                 "delete the stray cells"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is password-protected; remove the password in Excel (File > Info > Protect "
                                 "Workbook) and import again"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is not a safe .xlsx workbook: %2"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "%1 is damaged (%2)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot be read as a workbook (%2)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 is a zip file but not an Excel workbook"),),
    (QT_TRANSLATE_NOOP("Errors", "%1: no sheet with known columns (use 'python main.py template' to get a workbook "
                                 "with the right headers)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 problem(s) in %2; nothing was stored. First: %3"), None, None, located),
    (QT_TRANSLATE_NOOP("Errors", "the campaign of this preview no longer exists"),),
    # merge conflicts (assessment/exchange/conflicts.py)
    (QT_TRANSLATE_NOOP("Errors", "the assessment here is decided or superseded: start an amendment before taking "
                                 "the incoming value"),),
    (QT_TRANSLATE_NOOP("Errors", "the %1 no longer exists here"), term),
    (QT_TRANSLATE_NOOP("Errors", "conflict %1 was already resolved (%2) by %3"), None, term),
    (QT_TRANSLATE_NOOP("Errors", "no conflict with id '%1'"),),
    # writing a package (assessment/exchange/package_export.py)
    (QT_TRANSLATE_NOOP("Errors", "%1 has a conflict of interest with %2 and cannot export its package (it would "
                                 "carry the panel's data of that candidate)"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 evidence file(s) are missing from the evidence folder (first: %2); nothing was "
                                 "exported"),),
    (QT_TRANSLATE_NOOP("Errors", "evidence file %1 is damaged in the evidence folder (its content no longer matches "
                                 "its SHA-256); nothing was exported"),),
    # reading a package (assessment/exchange/package_import.py)
    (QT_TRANSLATE_NOOP("Errors", "manifest.json is not valid JSON (%1)"),),
    (QT_TRANSLATE_NOOP("Errors", "this zip is not an offline package of this app (manifest format is missing)"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json has no schema_version"),),
    (QT_TRANSLATE_NOOP("Errors", "the package was made by a newer version of the app (package schema %1, this app "
                                 "reads up to %2); update the app first"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json: %1 is missing or not an id"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json lists no members"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json: member entry %1 lacks a name, sha256 or size"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json lists %1 twice"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is not named by its SHA-256"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is larger than %2 MB"),),
    (QT_TRANSLATE_NOOP("Errors", "manifest.json lists an unexpected member %1"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is listed in the manifest but missing from the archive"),),
    (QT_TRANSLATE_NOOP("Errors", "the archive holds %1, which the manifest does not list"),),
    (QT_TRANSLATE_NOOP("Errors", "the package holds no site data"),),
    (QT_TRANSLATE_NOOP("Errors", "campaign %1 requires signed packages and this one is not signed"),),
    (QT_TRANSLATE_NOOP("Errors", "signature.json is damaged"),),
    (QT_TRANSLATE_NOOP("Errors", "bad signature: the package was altered, or signed with another campaign's key"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 does not have the size the manifest says"),),
    (QT_TRANSLATE_NOOP("Errors", "%1 evidence file(s) of the data are not in the package (refused so that no photo "
                                 "goes missing)"),),
    (QT_TRANSLATE_NOOP("Errors", "import cancelled; nothing was changed"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is not valid JSON (%2)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 does not hold package records"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1: %2 records are malformed"), None, term),
    (QT_TRANSLATE_NOOP("Errors", "member %1: evidence %2 has no valid SHA-256"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1: monthly data %2 %3: %4"), None, carrier, None, located),
    (QT_TRANSLATE_NOOP("Errors", "this package was made from this very database; there is nothing to import"),),
    (QT_TRANSLATE_NOOP("Errors", "the package's records do not fit this database (nothing was imported): %1"),),
    # the zip archive itself (assessment/exchange/zipsafe.py)
    (QT_TRANSLATE_NOOP("Errors", "%1 is not a readable zip archive (truncated or damaged: %2)"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "%1 cannot be read: %2"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "the archive has %1 entries (at most %2 are accepted)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 has an empty name"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 contains a NUL or control character"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 contains a backslash"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is an absolute path"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 starts with a drive letter"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 climbs out of the folder with '..' (path traversal)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is an archive inside the archive (nested archives are not accepted)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is a symbolic link"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is encrypted (password-protected archives are not accepted)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 appears twice (duplicate of %2)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 would unpack to %2 bytes (at most %3 per member)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 expands %2 times (a zip bomb; at most %3:1)"),),
    (QT_TRANSLATE_NOOP("Errors", "the archive would unpack to more than %1 bytes"),),
    (QT_TRANSLATE_NOOP("Errors", "members %1 and %2 overlap inside the archive (a zip bomb)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 runs past the end of the file (truncated archive)"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is larger than %2 bytes"),),
    (QT_TRANSLATE_NOOP("Errors", "the archive has no %1"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 cannot be read (truncated or damaged: %2)"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "member %1 is larger than the manifest says"),),
    (QT_TRANSLATE_NOOP("Errors", "member %1 does not match its SHA-256 in the manifest (altered or damaged)"),),
    # what the zip library and the file system say, quoted in the messages above
    (QT_TRANSLATE_NOOP("Errors", "File is not a zip file"),),
    (QT_TRANSLATE_NOOP("Errors", "Truncated file header"),),
    (QT_TRANSLATE_NOOP("Errors", "Bad magic number for file header"),),
    (QT_TRANSLATE_NOOP("Errors", "Bad magic number for central directory"),),
    (QT_TRANSLATE_NOOP("Errors", "Bad CRC-32 for file %1"),),
    (QT_TRANSLATE_NOOP("Errors", "No such file or directory"),),
    (QT_TRANSLATE_NOOP("Errors", "Permission denied"),),
    (QT_TRANSLATE_NOOP("Errors", "Is a directory"),),
    (QT_TRANSLATE_NOOP("Errors", "No space left on device"),),
    (QT_TRANSLATE_NOOP("Errors", "Read-only file system"),),
    (QT_TRANSLATE_NOOP("Errors", "Input/output error"),),
    (QT_TRANSLATE_NOOP("Errors", "Disk quota exceeded"),),
    (QT_TRANSLATE_NOOP("Errors", "[Errno %1] %2: %3"), None, message),
    (QT_TRANSLATE_NOOP("Errors", "[Errno %1] %2"), None, message),
]

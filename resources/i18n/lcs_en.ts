<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>computed from energy data</source>
        <translation>computed from energy data</translation>
    </message>
    <message>
        <source>scored by the panel</source>
        <translation>scored by the panel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>[Gate] </source>
        <translation>[Gate] </translation>
    </message>
    <message>
        <source>%1 file(s)</source>
        <translation>%1 file(s)</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ missing</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>not stored</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>History of the item…</source>
        <translation>History of the item…</translation>
    </message>
    <message>
        <source>Show only items still lacking evidence</source>
        <translation>Show only items still lacking evidence</translation>
    </message>
    <message>
        <source>%1 item(s) still lack evidence: %2</source>
        <translation>%1 item(s) still lack evidence: %2</translation>
    </message>
    <message>
        <source>Every item that needs evidence has some.</source>
        <translation>Every item that needs evidence has some.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>Evidence required</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Linked evidence</translation>
    </message>
    <message>
        <source>No evidence linked yet: add it on the Evidence tab and tick this item.</source>
        <translation>No evidence linked yet: add it on the Evidence tab and tick this item.</translation>
    </message>
</context>
<context>
    <name>EnergyGridModel</name>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>meter %1</translation>
    </message>
    <message>
        <source>%1, %2: “%3” %4 — not stored</source>
        <translation>%1, %2: “%3” %4 — not stored</translation>
    </message>
</context>
<context>
    <name>EnergyTab</name>
    <message>
        <source>Add carrier or meter…</source>
        <translation>Add carrier or meter…</translation>
    </message>
    <message>
        <source>Mark as estimated</source>
        <translation>Mark as estimated</translation>
    </message>
    <message>
        <source>Mark as measured</source>
        <translation>Mark as measured</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Paste from spreadsheet</translation>
    </message>
    <message>
        <source>History of the cell…</source>
        <translation>History of the cell…</translation>
    </message>
    <message>
        <source>Type a value and press Enter: it is stored at once. Paste a block copied from a spreadsheet with Ctrl+V. Values marked ≈ are estimates.</source>
        <translation>Type a value and press Enter: it is stored at once. Paste a block copied from a spreadsheet with Ctrl+V. Values marked ≈ are estimates.</translation>
    </message>
    <message>
        <source>%1 months × %2 columns · %3 values stored · %4 estimated</source>
        <translation>%1 months × %2 columns · %3 values stored · %4 estimated</translation>
    </message>
    <message>
        <source>Period totals: %1</source>
        <translation>Period totals: %1</translation>
    </message>
    <message>
        <source>%1 value(s) not accepted; nothing was stored:</source>
        <translation>%1 value(s) not accepted; nothing was stored:</translation>
    </message>
    <message>
        <source>Enter %1 values</source>
        <translation>Enter %1 values</translation>
    </message>
    <message>
        <source>Enter %1 for %2</source>
        <translation>Enter %1 for %2</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Not stored: %1</translation>
    </message>
    <message>
        <source>The pasted block is larger than the grid from the chosen cell; nothing was stored.</source>
        <translation>The pasted block is larger than the grid from the chosen cell; nothing was stored.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>cannot submit, fix these first: %1</source>
        <translation>cannot submit, fix these first: %1</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls, perhaps renamed); open it in Excel and save it as .xlsx</source>
        <translation>%1 is an old Excel 97-2003 workbook (.xls, perhaps renamed); open it in Excel and save it as .xlsx</translation>
    </message>
    <message>
        <source>%1 is not an Excel .xlsx workbook or a CSV file</source>
        <translation>%1 is not an Excel .xlsx workbook or a CSV file</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK text; save it as &apos;CSV UTF-8&apos; and try again</source>
        <translation>%1 is neither UTF-8 nor GBK text; save it as &apos;CSV UTF-8&apos; and try again</translation>
    </message>
    <message>
        <source>%1 has %2 rows (at most %3)</source>
        <translation>%1 has %2 rows (at most %3)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has values out to row %2, column %3 (at most %4 rows and %5 columns); delete the stray cells</source>
        <translation>sheet &apos;%1&apos; has values out to row %2, column %3 (at most %4 rows and %5 columns); delete the stray cells</translation>
    </message>
    <message>
        <source>%1 is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and import again</source>
        <translation>%1 is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and import again</translation>
    </message>
    <message>
        <source>%1 is not a safe .xlsx workbook: %2</source>
        <translation>%1 is not a safe .xlsx workbook: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 is damaged (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook (%2)</source>
        <translation>%1 cannot be read as a workbook (%2)</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook</source>
        <translation>%1 is a zip file but not an Excel workbook</translation>
    </message>
    <message>
        <source>%1: no sheet with known columns (use &apos;python main.py template&apos; to get a workbook with the right headers)</source>
        <translation>%1: no sheet with known columns (use &apos;python main.py template&apos; to get a workbook with the right headers)</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; nothing was stored. First: %3</source>
        <translation>%1 problem(s) in %2; nothing was stored. First: %3</translation>
    </message>
    <message>
        <source>the campaign of this preview no longer exists</source>
        <translation>the campaign of this preview no longer exists</translation>
    </message>
    <message>
        <source>the assessment here is decided or superseded: start an amendment before taking the incoming value</source>
        <translation>the assessment here is decided or superseded: start an amendment before taking the incoming value</translation>
    </message>
    <message>
        <source>the %1 no longer exists here</source>
        <translation>the %1 no longer exists here</translation>
    </message>
    <message>
        <source>conflict %1 was already resolved (%2) by %3</source>
        <translation>conflict %1 was already resolved (%2) by %3</translation>
    </message>
    <message>
        <source>no conflict with id &apos;%1&apos;</source>
        <translation>no conflict with id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot export its package (it would carry the panel&apos;s data of that candidate)</source>
        <translation>%1 has a conflict of interest with %2 and cannot export its package (it would carry the panel&apos;s data of that candidate)</translation>
    </message>
    <message>
        <source>%1 evidence file(s) are missing from the evidence folder (first: %2); nothing was exported</source>
        <translation>%1 evidence file(s) are missing from the evidence folder (first: %2); nothing was exported</translation>
    </message>
    <message>
        <source>evidence file %1 is damaged in the evidence folder (its content no longer matches its SHA-256); nothing was exported</source>
        <translation>evidence file %1 is damaged in the evidence folder (its content no longer matches its SHA-256); nothing was exported</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1)</source>
        <translation>manifest.json is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>this zip is not an offline package of this app (manifest format is missing)</source>
        <translation>this zip is not an offline package of this app (manifest format is missing)</translation>
    </message>
    <message>
        <source>manifest.json has no schema_version</source>
        <translation>manifest.json has no schema_version</translation>
    </message>
    <message>
        <source>the package was made by a newer version of the app (package schema %1, this app reads up to %2); update the app first</source>
        <translation>the package was made by a newer version of the app (package schema %1, this app reads up to %2); update the app first</translation>
    </message>
    <message>
        <source>manifest.json: %1 is missing or not an id</source>
        <translation>manifest.json: %1 is missing or not an id</translation>
    </message>
    <message>
        <source>manifest.json lists no members</source>
        <translation>manifest.json lists no members</translation>
    </message>
    <message>
        <source>manifest.json: member entry %1 lacks a name, sha256 or size</source>
        <translation>manifest.json: member entry %1 lacks a name, sha256 or size</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice</source>
        <translation>manifest.json lists %1 twice</translation>
    </message>
    <message>
        <source>member %1 is not named by its SHA-256</source>
        <translation>member %1 is not named by its SHA-256</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 MB</source>
        <translation>member %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>manifest.json lists an unexpected member %1</source>
        <translation>manifest.json lists an unexpected member %1</translation>
    </message>
    <message>
        <source>member %1 is listed in the manifest but missing from the archive</source>
        <translation>member %1 is listed in the manifest but missing from the archive</translation>
    </message>
    <message>
        <source>the archive holds %1, which the manifest does not list</source>
        <translation>the archive holds %1, which the manifest does not list</translation>
    </message>
    <message>
        <source>the package holds no site data</source>
        <translation>the package holds no site data</translation>
    </message>
    <message>
        <source>campaign %1 requires signed packages and this one is not signed</source>
        <translation>campaign %1 requires signed packages and this one is not signed</translation>
    </message>
    <message>
        <source>signature.json is damaged</source>
        <translation>signature.json is damaged</translation>
    </message>
    <message>
        <source>bad signature: the package was altered, or signed with another campaign&apos;s key</source>
        <translation>bad signature: the package was altered, or signed with another campaign&apos;s key</translation>
    </message>
    <message>
        <source>member %1 does not have the size the manifest says</source>
        <translation>member %1 does not have the size the manifest says</translation>
    </message>
    <message>
        <source>%1 evidence file(s) of the data are not in the package (refused so that no photo goes missing)</source>
        <translation>%1 evidence file(s) of the data are not in the package (refused so that no photo goes missing)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>import cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>member %1 is not valid JSON (%2)</source>
        <translation>member %1 is not valid JSON (%2)</translation>
    </message>
    <message>
        <source>member %1 does not hold package records</source>
        <translation>member %1 does not hold package records</translation>
    </message>
    <message>
        <source>member %1: %2 records are malformed</source>
        <translation>member %1: %2 records are malformed</translation>
    </message>
    <message>
        <source>member %1: evidence %2 has no valid SHA-256</source>
        <translation>member %1: evidence %2 has no valid SHA-256</translation>
    </message>
    <message>
        <source>member %1: monthly data %2 %3: %4</source>
        <translation>member %1: monthly data %2 %3: %4</translation>
    </message>
    <message>
        <source>this package was made from this very database; there is nothing to import</source>
        <translation>this package was made from this very database; there is nothing to import</translation>
    </message>
    <message>
        <source>the package&apos;s records do not fit this database (nothing was imported): %1</source>
        <translation>the package&apos;s records do not fit this database (nothing was imported): %1</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (truncated or damaged: %2)</source>
        <translation>%1 is not a readable zip archive (truncated or damaged: %2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>the archive has %1 entries (at most %2 are accepted)</source>
        <translation>the archive has %1 entries (at most %2 are accepted)</translation>
    </message>
    <message>
        <source>member %1 has an empty name</source>
        <translation>member %1 has an empty name</translation>
    </message>
    <message>
        <source>member %1 contains a NUL or control character</source>
        <translation>member %1 contains a NUL or control character</translation>
    </message>
    <message>
        <source>member %1 contains a backslash</source>
        <translation>member %1 contains a backslash</translation>
    </message>
    <message>
        <source>member %1 is an absolute path</source>
        <translation>member %1 is an absolute path</translation>
    </message>
    <message>
        <source>member %1 starts with a drive letter</source>
        <translation>member %1 starts with a drive letter</translation>
    </message>
    <message>
        <source>member %1 climbs out of the folder with &apos;..&apos; (path traversal)</source>
        <translation>member %1 climbs out of the folder with &apos;..&apos; (path traversal)</translation>
    </message>
    <message>
        <source>member %1 is an archive inside the archive (nested archives are not accepted)</source>
        <translation>member %1 is an archive inside the archive (nested archives are not accepted)</translation>
    </message>
    <message>
        <source>member %1 is a symbolic link</source>
        <translation>member %1 is a symbolic link</translation>
    </message>
    <message>
        <source>member %1 is encrypted (password-protected archives are not accepted)</source>
        <translation>member %1 is encrypted (password-protected archives are not accepted)</translation>
    </message>
    <message>
        <source>member %1 appears twice (duplicate of %2)</source>
        <translation>member %1 appears twice (duplicate of %2)</translation>
    </message>
    <message>
        <source>member %1 would unpack to %2 bytes (at most %3 per member)</source>
        <translation>member %1 would unpack to %2 bytes (at most %3 per member)</translation>
    </message>
    <message>
        <source>member %1 expands %2 times (a zip bomb; at most %3:1)</source>
        <translation>member %1 expands %2 times (a zip bomb; at most %3:1)</translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 bytes</source>
        <translation>the archive would unpack to more than %1 bytes</translation>
    </message>
    <message>
        <source>members %1 and %2 overlap inside the archive (a zip bomb)</source>
        <translation>members %1 and %2 overlap inside the archive (a zip bomb)</translation>
    </message>
    <message>
        <source>member %1 runs past the end of the file (truncated archive)</source>
        <translation>member %1 runs past the end of the file (truncated archive)</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 bytes</source>
        <translation>member %1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>the archive has no %1</translation>
    </message>
    <message>
        <source>member %1 cannot be read (truncated or damaged: %2)</source>
        <translation>member %1 cannot be read (truncated or damaged: %2)</translation>
    </message>
    <message>
        <source>member %1 is larger than the manifest says</source>
        <translation>member %1 is larger than the manifest says</translation>
    </message>
    <message>
        <source>member %1 does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>member %1 does not match its SHA-256 in the manifest (altered or damaged)</translation>
    </message>
    <message>
        <source>File is not a zip file</source>
        <translation>File is not a zip file</translation>
    </message>
    <message>
        <source>Truncated file header</source>
        <translation>Truncated file header</translation>
    </message>
    <message>
        <source>Bad magic number for file header</source>
        <translation>Bad magic number for file header</translation>
    </message>
    <message>
        <source>Bad magic number for central directory</source>
        <translation>Bad magic number for central directory</translation>
    </message>
    <message>
        <source>Bad CRC-32 for file %1</source>
        <translation>Bad CRC-32 for file %1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <source>[Errno %1] %2: %3</source>
        <translation>[Errno %1] %2: %3</translation>
    </message>
    <message>
        <source>[Errno %1] %2</source>
        <translation>[Errno %1] %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known person; use --actor with your name as registered</source>
        <translation>&apos;%1&apos; is not a known person; use --actor with your name as registered</translation>
    </message>
    <message>
        <source>%1 has no role in campaign %2</source>
        <translation>%1 has no role in campaign %2</translation>
    </message>
    <message>
        <source>%1 cannot %2: only the %3 may do that (your role: %4)</source>
        <translation>%1 cannot %2: only the %3 may do that (your role: %4)</translation>
    </message>
    <message>
        <source>cannot %1 in the %2 phase (allowed in: %3)</source>
        <translation>cannot %1 in the %2 phase (allowed in: %3)</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3</source>
        <translation>%1 has a conflict of interest with %2 and cannot %3</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2; it cannot be part of your comparison</source>
        <translation>%1 has a conflict of interest with %2; it cannot be part of your comparison</translation>
    </message>
    <message>
        <source>%1 cannot see this decision: %2</source>
        <translation>%1 cannot see this decision: %2</translation>
    </message>
    <message>
        <source>conflict of interest: nothing of this candidate&apos;s panel review is shown</source>
        <translation>conflict of interest: nothing of this candidate&apos;s panel review is shown</translation>
    </message>
    <message>
        <source>only the panel and the secretariat see panel scores</source>
        <translation>only the panel and the secretariat see panel scores</translation>
    </message>
    <message>
        <source>independent phase: others&apos; scores stay hidden until the chair opens the read phase</source>
        <translation>independent phase: others&apos; scores stay hidden until the chair opens the read phase</translation>
    </message>
    <message>
        <source>independent phase: the secretariat sees completion counts only</source>
        <translation>independent phase: the secretariat sees completion counts only</translation>
    </message>
    <message>
        <source>score every judgement item of this candidate first; then others&apos; scores are shown</source>
        <translation>score every judgement item of this candidate first; then others&apos; scores are shown</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3 (panel scores and comments of that candidate are hidden from them)</source>
        <translation>%1 has a conflict of interest with %2 and cannot %3 (panel scores and comments of that candidate are hidden from them)</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3: it shows the panel&apos;s scores and comments of that candidate</source>
        <translation>%1 has a conflict of interest with %2 and cannot %3: it shows the panel&apos;s scores and comments of that candidate</translation>
    </message>
    <message>
        <source>%1 cannot %2 for %3 yet: it shows other members&apos; panel scores and comments, which stay hidden from you in this phase</source>
        <translation>%1 cannot %2 for %3 yet: it shows other members&apos; panel scores and comments, which stay hidden from you in this phase</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot get the panel&apos;s summary report (it shows their totals); ask the secretariat</source>
        <translation>%1 has a conflict of interest with %2 and cannot get the panel&apos;s summary report (it shows their totals); ask the secretariat</translation>
    </message>
    <message>
        <source>%1 cannot get the panel&apos;s summary report yet: totals of %2 include other members&apos; panel scores hidden from you in this phase</source>
        <translation>%1 cannot get the panel&apos;s summary report yet: totals of %2 include other members&apos; panel scores hidden from you in this phase</translation>
    </message>
    <message>
        <source>%1 is not before the panel (its assessment is %2)</source>
        <translation>%1 is not before the panel (its assessment is %2)</translation>
    </message>
    <message>
        <source>%1 is decided; no scoring after the decision</source>
        <translation>%1 is decided; no scoring after the decision</translation>
    </message>
    <message>
        <source>%1 is not under review</source>
        <translation>%1 is not under review</translation>
    </message>
    <message>
        <source>scores cannot be entered or changed in the %1 phase (only in the independent and revise phases)</source>
        <translation>scores cannot be entered or changed in the %1 phase (only in the independent and revise phases)</translation>
    </message>
    <message>
        <source>%1 is not on the panel of %2</source>
        <translation>%1 is not on the panel of %2</translation>
    </message>
    <message>
        <source>the panel is in the %1 phase and cannot go back to %2: scores already seen cannot be unseen</source>
        <translation>the panel is in the %1 phase and cannot go back to %2: scores already seen cannot be unseen</translation>
    </message>
    <message>
        <source>the aggregation method cannot change in the decision phase</source>
        <translation>the aggregation method cannot change in the decision phase</translation>
    </message>
    <message>
        <source>a chair cannot dismiss a conflict of their own; ask the secretariat to record the panel&apos;s decision</source>
        <translation>a chair cannot dismiss a conflict of their own; ask the secretariat to record the panel&apos;s decision</translation>
    </message>
    <message>
        <source>%1 is not a panel score file</source>
        <translation>%1 is not a panel score file</translation>
    </message>
    <message>
        <source>%1 is not a panel score file (not readable JSON: %2)</source>
        <translation>%1 is not a panel score file (not readable JSON: %2)</translation>
    </message>
    <message>
        <source>%1 was written by another version of the app (file format %2, expected %3)</source>
        <translation>%1 was written by another version of the app (file format %2, expected %3)</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (checksum mismatch); nothing was imported. Ask the member to export their scores again.</source>
        <translation>%1 was changed after it was exported (checksum mismatch); nothing was imported. Ask the member to export their scores again.</translation>
    </message>
    <message>
        <source>%1 holds scores for campaign %2, not %3; nothing was imported</source>
        <translation>%1 holds scores for campaign %2, not %3; nothing was imported</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (signature does not match); nothing was imported</source>
        <translation>%1 was changed after it was exported (signature does not match); nothing was imported</translation>
    </message>
    <message>
        <source>%1: the member named in the file is not the person of that name here</source>
        <translation>%1: the member named in the file is not the person of that name here</translation>
    </message>
    <message>
        <source>%1 holds the scores of %2, not of %3; nothing was imported</source>
        <translation>%1 holds the scores of %2, not of %3; nothing was imported</translation>
    </message>
    <message>
        <source>%1 holds the scores of %2; %3 may import only their own scores (the secretariat imports anyone&apos;s)</source>
        <translation>%1 holds the scores of %2; %3 may import only their own scores (the secretariat imports anyone&apos;s)</translation>
    </message>
    <message>
        <source>%1: scores cannot be imported in the %2 phase (only in the independent and revise phases)</source>
        <translation>%1: scores cannot be imported in the %2 phase (only in the independent and revise phases)</translation>
    </message>
    <message>
        <source>%1: %2: the candidate is not in campaign %3</source>
        <translation>%1: %2: the candidate is not in campaign %3</translation>
    </message>
    <message>
        <source>%1: %2: %3; nothing was imported</source>
        <translation>%1: %2: %3; nothing was imported</translation>
    </message>
    <message>
        <source> by %1 at %2 UTC (%3)</source>
        <translation> by %1 at %2 UTC (%3)</translation>
    </message>
    <message>
        <source>The database is in use by another program (or another window of this app) and stayed locked for %1 s. Nothing was saved; close the other program or try again.</source>
        <translation>The database is in use by another program (or another window of this app) and stayed locked for %1 s. Nothing was saved; close the other program or try again.</translation>
    </message>
    <message>
        <source>Someone else was saving a long change on %1 for more than %2 s (e.g. an import). Nothing was saved; try again.</source>
        <translation>Someone else was saving a long change on %1 for more than %2 s (e.g. an import). Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost while saving. Nothing was saved; check the network (or ask whoever runs the server) and try again.</source>
        <translation>The connection to the database server %1 was lost while saving. Nothing was saved; check the network (or ask whoever runs the server) and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (%2). %3</source>
        <translation>%1 cannot be opened as a database (%2). %3</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2). %3</source>
        <translation>%1 failed its integrity check (%2). %3</translation>
    </message>
    <message>
        <source>Restore the latest backup from the &apos;backups&apos; folder beside it (python main.py restore BACKUP --db %1), or open another database.</source>
        <translation>Restore the latest backup from the &apos;backups&apos; folder beside it (python main.py restore BACKUP --db %1), or open another database.</translation>
    </message>
    <message>
        <source>cannot reach the database server %1: %2</source>
        <translation>cannot reach the database server %1: %2</translation>
    </message>
    <message>
        <source>the database on %1 failed its check (%2); ask whoever runs the server to restore its latest dump</source>
        <translation>the database on %1 failed its check (%2); ask whoever runs the server to restore its latest dump</translation>
    </message>
    <message>
        <source>This database has schema version %1, written by a newer version of the app. Update the app before opening it; the file was not changed.</source>
        <translation>This database has schema version %1, written by a newer version of the app. Update the app before opening it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 already exists; choose another file name</translation>
    </message>
    <message>
        <source>backup of %1 failed its integrity check: %2</source>
        <translation>backup of %1 failed its integrity check: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2); choose another backup</source>
        <translation>%1 failed its integrity check (%2); choose another backup</translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation>%1 is not a usable database: %2</translation>
    </message>
    <message>
        <source>this database has no evidence folder configured</source>
        <translation>this database has no evidence folder configured</translation>
    </message>
    <message>
        <source>no site with id, code or name &apos;%1&apos;</source>
        <translation>no site with id, code or name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 sites; use the site code</source>
        <translation>&apos;%1&apos; matches %2 sites; use the site code</translation>
    </message>
    <message>
        <source>no campaign with id or code &apos;%1&apos;</source>
        <translation>no campaign with id or code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no campaign yet; run &apos;python main.py demo&apos; or create one</source>
        <translation>there is no campaign yet; run &apos;python main.py demo&apos; or create one</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; has no assessment</source>
        <translation>site &apos;%1&apos; has no assessment</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; has no assessment in this campaign</source>
        <translation>site &apos;%1&apos; has no assessment in this campaign</translation>
    </message>
    <message>
        <source>assessment %1 does not exist</source>
        <translation>assessment %1 does not exist</translation>
    </message>
    <message>
        <source>no criteria set for site type &apos;%1&apos; in campaign %2</source>
        <translation>no criteria set for site type &apos;%1&apos; in campaign %2</translation>
    </message>
    <message>
        <source>assessment revision %1 is decided and cannot be changed; start an amendment (a new revision) instead</source>
        <translation>assessment revision %1 is decided and cannot be changed; start an amendment (a new revision) instead</translation>
    </message>
    <message>
        <source>assessment revision %1 has been superseded by a newer revision</source>
        <translation>assessment revision %1 has been superseded by a newer revision</translation>
    </message>
    <message>
        <source>the assessment is %1: every change needs a reason</source>
        <translation>the assessment is %1: every change needs a reason</translation>
    </message>
    <message>
        <source>revision %1 has been superseded; %2 the newest revision</source>
        <translation>revision %1 has been superseded; %2 the newest revision</translation>
    </message>
    <message>
        <source>cannot %1 an assessment that is %2 (allowed from: %3)</source>
        <translation>cannot %1 an assessment that is %2 (allowed from: %3)</translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it (your copy is version %3, the stored one version %4). Nothing was saved: reload to see the other change, then make yours again.</source>
        <translation>%1 was changed%2 after you opened it (your copy is version %3, the stored one version %4). Nothing was saved: reload to see the other change, then make yours again.</translation>
    </message>
    <message>
        <source>the assessment of site &apos;%1&apos;</source>
        <translation>the assessment of site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>site &apos;%1&apos;</source>
        <translation>site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has not been awarded (status %2, outcome %3); a certificate is issued for awarded sites only</source>
        <translation>%1 has not been awarded (status %2, outcome %3); a certificate is issued for awarded sites only</translation>
    </message>
    <message>
        <source>this PDF carries no dossier fingerprint (not issued by this app, or altered)</source>
        <translation>this PDF carries no dossier fingerprint (not issued by this app, or altered)</translation>
    </message>
    <message>
        <source>the assessment %1 of this document is not in this database</source>
        <translation>the assessment %1 of this document is not in this database</translation>
    </message>
    <message>
        <source>signing certificate not found: %1</source>
        <translation>signing certificate not found: %1</translation>
    </message>
    <message>
        <source>could not read the signing certificate %1 (wrong passphrase?)</source>
        <translation>could not read the signing certificate %1 (wrong passphrase?)</translation>
    </message>
    <message>
        <source>signing is configured but pyHanko is not installed (pip install &apos;lowcarbon-sites[sign]&apos;)</source>
        <translation>signing is configured but pyHanko is not installed (pip install &apos;lowcarbon-sites[sign]&apos;)</translation>
    </message>
    <message>
        <source>the dossier worker processes stopped unexpectedly (%1); %2 of %3 dossiers were written</source>
        <translation>the dossier worker processes stopped unexpectedly (%1); %2 of %3 dossiers were written</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Taken: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>Taken: unknown (no EXIF time)</source>
        <translation>Taken: unknown (no EXIF time)</translation>
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translation>GPS: %1, %2</translation>
    </message>
    <message>
        <source>GPS: none</source>
        <translation>GPS: none</translation>
    </message>
    <message>
        <source>Original SHA-256: %1</source>
        <translation>Original SHA-256: %1</translation>
    </message>
    <message>
        <source>Stored (downscaled) SHA-256: %1</source>
        <translation>Stored (downscaled) SHA-256: %1</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Linked to: %1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Added by %1 on %2</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>Add photos or documents…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop files here. Photos are downscaled to the size set in Settings; the original&apos;s SHA-256, time and GPS are kept.</source>
        <translation>Drop files here. Photos are downscaled to the size set in Settings; the original&apos;s SHA-256, time and GPS are kept.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Evidence for items:</source>
        <translation>Evidence for items:</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>add evidence</source>
        <translation>add evidence</translation>
    </message>
    <message>
        <source>Importing evidence…</source>
        <translation>Importing evidence…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Add %1 files</source>
        <translation>Add %1 files</translation>
    </message>
    <message>
        <source>Choose a photo or document to see its details.</source>
        <translation>Choose a photo or document to see its details.</translation>
    </message>
    <message>
        <source>Caption of %1</source>
        <translation>Caption of %1</translation>
    </message>
    <message>
        <source>Links of %1</source>
        <translation>Links of %1</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove “%1” from this assessment? This cannot be undone; the removal is recorded in the history.</source>
        <translation>Remove “%1” from this assessment? This cannot be undone; the removal is recorded in the history.</translation>
    </message>
    <message>
        <source>remove evidence</source>
        <translation>remove evidence</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>History of this field</source>
        <translation>History of this field</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>meter_id</source>
        <translation>meter_id</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>record_ids</source>
        <translation>record_ids</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>period_end</source>
        <translation>period_end</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation>aggregation</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>rationale</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidates</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>row %1, %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Public facility</source>
        <translation>Public facility</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Early planning</source>
        <translation>Early planning</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Completion acceptance</source>
        <translation>Completion acceptance</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Demolition</source>
        <translation>Demolition</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Awaiting panel</source>
        <translation>Awaiting panel</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Site registered</source>
        <translation>Site registered</translation>
    </message>
    <message>
        <source>Site field changed</source>
        <translation>Site field changed</translation>
    </message>
    <message>
        <source>Assessment opened</source>
        <translation>Assessment opened</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Value added</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Value changed</translation>
    </message>
    <message>
        <source>Value deleted</source>
        <translation>Value deleted</translation>
    </message>
    <message>
        <source>Values imported</source>
        <translation>Values imported</translation>
    </message>
    <message>
        <source>Answer set</source>
        <translation>Answer set</translation>
    </message>
    <message>
        <source>Answer note set</source>
        <translation>Answer note set</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Evidence attached</translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation>Evidence changed</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Evidence removed</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>Returned to draft</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>Review started</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Amendment started</source>
        <translation>Amendment started</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Preparing the demo campaign…</source>
        <translation>Preparing the demo campaign…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>New site…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Check &amp;&amp; submit…</source>
        <translation>Check &amp;&amp; submit…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Re-score all</source>
        <translation>Re-score all</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open or create a campaign first.</source>
        <translation>Open or create a campaign first.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>Assessment databases (*.sqlite3 *.db)</source>
        <translation>Assessment databases (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>%1 candidates re-scored</source>
        <translation>%1 candidates re-scored</translation>
    </message>
    <message>
        <source>Re-scoring all candidates…</source>
        <translation>Re-scoring all candidates…</translation>
    </message>
    <message>
        <source>Low-carbon demonstration sites: field assessment, scoring, review and award dossiers, offline.
Qt %1</source>
        <translation>Low-carbon demonstration sites: field assessment, scoring, review and award dossiers, offline.
Qt %1</translation>
    </message>
    <message>
        <source>Low-carbon demonstration sites — assessment</source>
        <translation>Low-carbon demonstration sites — assessment</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation>Review panel</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Open review panel…</source>
        <translation>Open review panel…</translation>
    </message>
    <message>
        <source>Award dossiers…</source>
        <translation>Award dossiers…</translation>
    </message>
    <message>
        <source>Offline packages…</source>
        <translation>Offline packages…</translation>
    </message>
    <message>
        <source>Not available in this build: %1</source>
        <translation>Not available in this build: %1</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Submitted.</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Someone else saved a change to this record after you opened it. Your change was not saved, so theirs is not overwritten. The editor now shows what is stored; make your change again if it is still needed.</source>
        <translation>Someone else saved a change to this record after you opened it. Your change was not saved, so theirs is not overwritten. The editor now shows what is stored; make your change again if it is still needed.</translation>
    </message>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>Last change: %1 by %2 at %3.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it). Your change was not saved; try again in a moment.</source>
        <translation>The database is busy (another program is writing to it). Your change was not saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Your change was not saved; free some space and try again.</source>
        <translation>The disk is full. Your change was not saved; free some space and try again.</translation>
    </message>
    <message>
        <source>A problem with the computer&apos;s files or database stopped this action:</source>
        <translation>A problem with the computer&apos;s files or database stopped this action:</translation>
    </message>
    <message>
        <source>Nothing was stored:</source>
        <translation>Nothing was stored:</translation>
    </message>
    <message>
        <source>Not accepted:</source>
        <translation>Not accepted:</translation>
    </message>
    <message>
        <source>Not possible:</source>
        <translation>Not possible:</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug). Your saved data is safe. Please report this with the details below.</source>
        <translation>An unexpected error occurred (a bug). Your saved data is safe. Please report this with the details below.</translation>
    </message>
    <message>
        <source>Low-carbon sites</source>
        <translation>Low-carbon sites</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Site type</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Life-cycle stage</source>
        <translation>Life-cycle stage</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a number, not yes/no</source>
        <translation>must be a number, not yes/no</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>must be at most %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters</source>
        <translation>must be %1 to %2 characters</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>must be %1 to %2 characters long</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>is not a site field</source>
        <translation>is not a site field</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM, e.g. 2023-01</source>
        <translation>must be a month written YYYY-MM, e.g. 2023-01</translation>
    </message>
    <message>
        <source>cannot be changed here (allowed: %1)</source>
        <translation>cannot be changed here (allowed: %1)</translation>
    </message>
    <message>
        <source>is outside the reporting period %1 to %2</source>
        <translation>is outside the reporting period %1 to %2</translation>
    </message>
    <message>
        <source>is implausibly large for one month of %1 (check the unit: %2)</source>
        <translation>is implausibly large for one month of %1 (check the unit: %2)</translation>
    </message>
    <message>
        <source>unknown carrier; known: %1</source>
        <translation>unknown carrier; known: %1</translation>
    </message>
    <message>
        <source>some rows do not belong to this assessment</source>
        <translation>some rows do not belong to this assessment</translation>
    </message>
    <message>
        <source>%1 meter &apos;%2&apos; already has a value for this month (%3 such rows); nothing stored</source>
        <translation>%1 meter &apos;%2&apos; already has a value for this month (%3 such rows); nothing stored</translation>
    </message>
    <message>
        <source>duplicates row %1 (same carrier, meter and month)</source>
        <translation>duplicates row %1 (same carrier, meter and month)</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>unknown unit %1</translation>
    </message>
    <message>
        <source>unknown carrier %1</source>
        <translation>unknown carrier %1</translation>
    </message>
    <message>
        <source>unit %1: unknown carrier %2</source>
        <translation>unit %1: unknown carrier %2</translation>
    </message>
    <message>
        <source>unknown unit %1 for carrier %2 (%3; use %4)</source>
        <translation>unknown unit %1 for carrier %2 (%3; use %4)</translation>
    </message>
    <message>
        <source>unit %1 does not fit carrier %2 (%3; use %4)</source>
        <translation>unit %1 does not fit carrier %2 (%3; use %4)</translation>
    </message>
    <message>
        <source>is before the period start %1</source>
        <translation>is before the period start %1</translation>
    </message>
    <message>
        <source>a reporting period longer than 60 months is not supported</source>
        <translation>a reporting period longer than 60 months is not supported</translation>
    </message>
    <message>
        <source>is already used by another campaign</source>
        <translation>is already used by another campaign</translation>
    </message>
    <message>
        <source>is already used by another site</source>
        <translation>is already used by another site</translation>
    </message>
    <message>
        <source>data for %1 would fall outside it</source>
        <translation>data for %1 would fall outside it</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>does not exist or is not a file</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>is larger than %1 MB</translation>
    </message>
    <message>
        <source>is not a readable image (%1)</source>
        <translation>is not a readable image (%1)</translation>
    </message>
    <message>
        <source>is not an item of criteria set %1</source>
        <translation>is not an item of criteria set %1</translation>
    </message>
    <message>
        <source>is computed from the activity data, not answered by hand</source>
        <translation>is computed from the activity data, not answered by hand</translation>
    </message>
    <message>
        <source>is scored by the review panel, not answered by the assessor</source>
        <translation>is scored by the review panel, not answered by the assessor</translation>
    </message>
    <message>
        <source>say what needs correcting</source>
        <translation>say what needs correcting</translation>
    </message>
    <message>
        <source>say why the decided assessment is being amended</source>
        <translation>say why the decided assessment is being amended</translation>
    </message>
    <message>
        <source>must be &apos;local&apos; or &apos;incoming&apos;</source>
        <translation>must be &apos;local&apos; or &apos;incoming&apos;</translation>
    </message>
    <message>
        <source>name at least one site to export</source>
        <translation>name at least one site to export</translation>
    </message>
    <message>
        <source>has no assessment in campaign %1</source>
        <translation>has no assessment in campaign %1</translation>
    </message>
    <message>
        <source>must end in .xlsx or .csv</source>
        <translation>must end in .xlsx or .csv</translation>
    </message>
    <message>
        <source>must end in .xlsx</source>
        <translation>must end in .xlsx</translation>
    </message>
    <message>
        <source>is neither a site type with criteria nor a criteria set (%1)</source>
        <translation>is neither a site type with criteria nor a criteria set (%1)</translation>
    </message>
    <message>
        <source>a formula without a saved result: open the file in Excel, let it calculate, save, and import again (or paste values)</source>
        <translation>a formula without a saved result: open the file in Excel, let it calculate, save, and import again (or paste values)</translation>
    </message>
    <message>
        <source>merged cells %1: unmerge them and fill every row</source>
        <translation>merged cells %1: unmerge them and fill every row</translation>
    </message>
    <message>
        <source>the site code is required</source>
        <translation>the site code is required</translation>
    </message>
    <message>
        <source>the site code is required when the workbook holds several sites</source>
        <translation>the site code is required when the workbook holds several sites</translation>
    </message>
    <message>
        <source>is required for a new site</source>
        <translation>is required for a new site</translation>
    </message>
    <message>
        <source>this site code appears twice in the sheet</source>
        <translation>this site code appears twice in the sheet</translation>
    </message>
    <message>
        <source>this site&apos;s row %1 in the Sites sheet has problems; fix it first</source>
        <translation>this site&apos;s row %1 in the Sites sheet has problems; fix it first</translation>
    </message>
    <message>
        <source>unknown site code: not in this database nor in the Sites sheet</source>
        <translation>unknown site code: not in this database nor in the Sites sheet</translation>
    </message>
    <message>
        <source>the assessment of this site is decided; start an amendment before importing new data</source>
        <translation>the assessment of this site is decided; start an amendment before importing new data</translation>
    </message>
    <message>
        <source>duplicates row %1 (same site, carrier, meter and month)</source>
        <translation>duplicates row %1 (same site, carrier, meter and month)</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>the column &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>pick %1 to %2 candidates</source>
        <translation>pick %1 to %2 candidates</translation>
    </message>
    <message>
        <source>state the panel&apos;s reasons; an appeal will read them</source>
        <translation>state the panel&apos;s reasons; an appeal will read them</translation>
    </message>
    <message>
        <source>more votes than the %1 panel member(s) without a conflict</source>
        <translation>more votes than the %1 panel member(s) without a conflict</translation>
    </message>
    <message>
        <source>has no decision yet</source>
        <translation>has no decision yet</translation>
    </message>
    <message>
        <source>use whole or half points (e.g. 4 or 4.5)</source>
        <translation>use whole or half points (e.g. 4 or 4.5)</translation>
    </message>
    <message>
        <source>is not a panel judgement item of %1 (items: %2)</source>
        <translation>is not a panel judgement item of %1 (items: %2)</translation>
    </message>
    <message>
        <source>say what the conflict is (e.g. &apos;former employer&apos;)</source>
        <translation>say what the conflict is (e.g. &apos;former employer&apos;)</translation>
    </message>
    <message>
        <source>must be confirmed or dismissed</source>
        <translation>must be confirmed or dismissed</translation>
    </message>
    <message>
        <source>say why the suggested conflict is not a conflict</source>
        <translation>say why the suggested conflict is not a conflict</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>Evidence required</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Data-quality alert</source>
        <translation>Data-quality alert</translation>
    </message>
    <message>
        <source>To reach</source>
        <translation>To reach</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Gates (must all pass)</source>
        <translation>Gates (must all pass)</translation>
    </message>
    <message>
        <source>What-if (hypothetical, never stored)</source>
        <translation>What-if (hypothetical, never stored)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>What-if: </source>
        <translation>What-if: </translation>
    </message>
    <message>
        <source>No tier reached</source>
        <translation>No tier reached</translation>
    </message>
    <message>
        <source>next: %1 at %2</source>
        <translation>next: %1 at %2</translation>
    </message>
    <message>
        <source>Criteria %1 %2 · factors %3</source>
        <translation>Criteria %1 %2 · factors %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>HYPOTHETICAL — what-if values are not stored. Stored score: %1; with these changes: %2.</source>
        <translation>HYPOTHETICAL — what-if values are not stored. Stored score: %1; with these changes: %2.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Add carrier or meter</source>
        <translation>Add carrier or meter</translation>
    </message>
    <message>
        <source>e.g. M-01 (optional)</source>
        <translation>e.g. M-01 (optional)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Meter id</source>
        <translation>Meter id</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>This assessment has been submitted. Why are you changing it?
(%1)</source>
        <translation>This assessment has been submitted. Why are you changing it?
(%1)</translation>
    </message>
    <message>
        <source>Change cancelled: a reason is required after submission.</source>
        <translation>Change cancelled: a reason is required after submission.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your name, recorded with every change</source>
        <translation>Your name, recorded with every change</translation>
    </message>
    <message>
        <source>A database file, or a shared server: postgresql+psycopg://user@host/db</source>
        <translation>A database file, or a shared server: postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>Beside the database file (a server needs a shared folder)</source>
        <translation>Beside the database file (a server needs a shared folder)</translation>
    </message>
    <message>
        <source>Found automatically (SimHei, YaHei, WenQuanYi…)</source>
        <translation>Found automatically (SimHei, YaHei, WenQuanYi…)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>%1 px (long edge)</source>
        <translation>%1 px (long edge)</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Database (file or server URL)</source>
        <translation>Database (file or server URL)</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>Evidence folder</translation>
    </message>
    <message>
        <source>Chinese font for PDFs</source>
        <translation>Chinese font for PDFs</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>Chinese font</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>This font cannot be embedded in PDFs or lacks Chinese characters. Choose a TrueType font such as SimHei, Microsoft YaHei or WenQuanYi Zen Hei.</source>
        <translation>This font cannot be embedded in PDFs or lacks Chinese characters. Choose a TrueType font such as SimHei, Microsoft YaHei or WenQuanYi Zen Hei.</translation>
    </message>
    <message>
        <source>Photo size on import</source>
        <translation>Photo size on import</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Assessment databases (*.sqlite3 *.db)</source>
        <translation>Assessment databases (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Choose a site in the list</source>
        <translation>Choose a site in the list</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Energy &amp;&amp; resources</source>
        <translation>Energy &amp;&amp; resources</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 · %2 · period %3 to %4 · revision %5 · assessor %6</source>
        <translation>%1 · %2 · period %3 to %4 · revision %5 · assessor %6</translation>
    </message>
    <message>
        <source>Returned for correction by the reviewer: %1</source>
        <translation>Returned for correction by the reviewer: %1</translation>
    </message>
    <message>
        <source>Submitted: every change now needs a reason and is recorded in the history.</source>
        <translation>Submitted: every change now needs a reason and is recorded in the history.</translation>
    </message>
    <message>
        <source>Decided: this revision can no longer be changed.</source>
        <translation>Decided: this revision can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>SiteListPanel</name>
    <message>
        <source>Search name, code, district…</source>
        <translation>Search name, code, district…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>%1 of %2 sites</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>sample data</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Check and submit</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>This assessment is %1 and cannot be submitted again.</source>
        <translation>This assessment is %1 and cannot be submitted again.</translation>
    </message>
    <message>
        <source>Submission is blocked: fix the %1 error(s) below. Warnings do not block.</source>
        <translation>Submission is blocked: fix the %1 error(s) below. Warnings do not block.</translation>
    </message>
    <message>
        <source>Ready to submit, with %1 warning(s).</source>
        <translation>Ready to submit, with %1 warning(s).</translation>
    </message>
    <message>
        <source>Everything checked: ready to submit.</source>
        <translation>Everything checked: ready to submit.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>start the review of</source>
        <translation>start the review of</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>decide</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>amend</translation>
    </message>
    <message>
        <source>change the panel phase</source>
        <translation>change the panel phase</translation>
    </message>
    <message>
        <source>change the aggregation method</source>
        <translation>change the aggregation method</translation>
    </message>
    <message>
        <source>record a conflict for another member</source>
        <translation>record a conflict for another member</translation>
    </message>
    <message>
        <source>run the conflict suggestions</source>
        <translation>run the conflict suggestions</translation>
    </message>
    <message>
        <source>mark a conflict confirmed</source>
        <translation>mark a conflict confirmed</translation>
    </message>
    <message>
        <source>mark a conflict dismissed</source>
        <translation>mark a conflict dismissed</translation>
    </message>
    <message>
        <source>score candidates</source>
        <translation>score candidates</translation>
    </message>
    <message>
        <source>open a scoring sheet</source>
        <translation>open a scoring sheet</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>record a decision</translation>
    </message>
    <message>
        <source>record its decision</source>
        <translation>record its decision</translation>
    </message>
    <message>
        <source>score it</source>
        <translation>score it</translation>
    </message>
    <message>
        <source>export panel scores</source>
        <translation>export panel scores</translation>
    </message>
    <message>
        <source>get its dossier</source>
        <translation>get its dossier</translation>
    </message>
    <message>
        <source>get its certificate</source>
        <translation>get its certificate</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>panel member</source>
        <translation>panel member</translation>
    </message>
    <message>
        <source>panel chair</source>
        <translation>panel chair</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>campaign member</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>score snapshot</source>
        <translation>score snapshot</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>activity record</source>
        <translation>activity record</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>panel score</source>
        <translation>panel score</translation>
    </message>
    <message>
        <source>conflict declaration</source>
        <translation>conflict declaration</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>mass</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>trimmed mean</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>kept local</source>
        <translation>kept local</translation>
    </message>
    <message>
        <source>kept incoming</source>
        <translation>kept incoming</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
</context>
</TS>

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
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
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
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>is outside the reporting period %1 to %2</source>
        <translation>is outside the reporting period %1 to %2</translation>
    </message>
    <message>
        <source>is implausibly large for one month (check the unit: %1)</source>
        <translation>is implausibly large for one month (check the unit: %1)</translation>
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
</TS>

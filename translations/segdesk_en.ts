<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy of %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>%n row problem must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</numerusform>
            <numerusform>%n row problems must be fixed in the file (or their columns ignored) before it can be imported; nothing will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n warning below.</numerusform>
            <numerusform>%n warnings below.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before the restore is backed up as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Wrote a call sheet of %n contact</numerusform>
            <numerusform>Wrote a call sheet of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>Left out %n who refused phone calls.</numerusform>
            <numerusform>Left out %n who refused phone calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Wrote the summary of %n contact</numerusform>
            <numerusform>Wrote the summary of %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>Wrote %n label</numerusform>
            <numerusform>Wrote %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>Skipped %n without consent to post.</numerusform>
            <numerusform>Skipped %n without consent to post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>Skipped %n with an incomplete address.</numerusform>
            <numerusform>Skipped %n with an incomplete address.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>%n segment remembered.</numerusform>
            <numerusform>%n segments remembered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n contact? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n contacts? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Add tag “%1” to %n contact</numerusform>
            <numerusform>Add tag “%1” to %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Remove tag “%1” from %n contact</numerusform>
            <numerusform>Remove tag “%1” from %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Set stage of %n contact to “%1”</numerusform>
            <numerusform>Set stage of %n contacts to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Set owner of %n contact to %1</numerusform>
            <numerusform>Set owner of %n contacts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>Add %n contact to segment “%1”</numerusform>
            <numerusform>Add %n contacts to segment “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>%n left out: no email consent or no valid address.</numerusform>
            <numerusform>%n left out: no email consent or no valid address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n contact changed since then was left as it is.</numerusform>
            <numerusform>%n contacts changed since then were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>%n field to correct before saving</numerusform>
            <numerusform>%n fields to correct before saving</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>Wrote %n follow-up to %1.</numerusform>
            <numerusform>Wrote %n follow-ups to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Due dates changed for %n contact.</numerusform>
            <numerusform>Due dates changed for %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln follow-up due today or overdue.</numerusform>
            <numerusform>%Ln follow-ups due today or overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>Snooze %n follow-up</numerusform>
            <numerusform>Snooze %n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>Dismiss %n follow-up</numerusform>
            <numerusform>Dismiss %n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>%Ln follow-up exported to the calendar file.</numerusform>
            <numerusform>%Ln follow-ups exported to the calendar file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelOptionsBox</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>%Ln contact shown</numerusform>
            <numerusform>%Ln contacts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n row to import.</numerusform>
            <numerusform>%n rows to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) listed</source>
        <translation>
            <numerusform>%n contact listed</numerusform>
            <numerusform>%n contacts listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n left out: refused phone calls</numerusform>
            <numerusform>%n left out: they refused phone calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no postal consent</source>
        <translation>
            <numerusform>%n skipped: no postal consent</numerusform>
            <numerusform>%n skipped: no postal consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>%n skipped: incomplete address</numerusform>
            <numerusform>%n skipped: incomplete address</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n contact to call</numerusform>
            <numerusform>%n contacts to call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n left out: refused phone calls</numerusform>
            <numerusform>%n left out: they refused phone calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(%n incomplete condition not counted)</numerusform>
            <numerusform>(%n incomplete conditions not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n matching contact:</numerusform>
            <numerusform>%n matching contacts:</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Only %n contact matches: figures about so few people are unreliable and may single them out.</numerusform>
            <numerusform>Only %n contacts match: figures about so few people are unreliable and may single them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>%Ln contact to follow up today or earlier</numerusform>
            <numerusform>%Ln contacts to follow up today or earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Order (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

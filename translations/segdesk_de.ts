<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Sammeländerung</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Verknüpfte Firma</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>immer einbezogen</translation>
    </message>
    <message>
        <source>always left out</source>
        <translation>immer ausgeschlossen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy of %1 is damaged: %2</source>
        <translation>Die Sicherungskopie von %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Vor dem Rückgängigmachen eines Imports</translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation>Vor der Aktualisierung der Datenbank auf eine neue segdesk-Version</translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation>Vor dem Löschen von Kontakten</translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation>Vor dem Hinzufügen von Demodaten</translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation>Vor dem Zusammenführen von Kontakten</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Vor dem Wiederherstellen einer Sicherung</translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Sicherungen gibt es nur für Datenbankdateien; ein Server sichert seine Daten selbst.</translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation>Diese Datenbank liegt auf einem Server. Ihre Sicherungen erstellt der Administrator auf dem Server (zum Beispiel mit pg_dump) und stellt sie dort auch wieder her; segdesk ersetzt eine gemeinsam genutzte Datenbank nicht von hier aus.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Es gibt keine Sicherungen von %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation>Keine der %1 Sicherungen konnte wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation>Eine Serverdatenbank wird auf dem Server wiederhergestellt, nicht hier.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation>Noch keine Sicherungen. segdesk legt an jedem Tag, an dem es diese Datenbank öffnet, eine an, außerdem vor Importen, vor dem Löschen mehrerer Kontakte und vor Updates.</translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation>Beim Wiederherstellen wird die Datenbank auf den damaligen Stand zurückgesetzt. Der aktuelle Stand wird vorher gesichert, sodass sich eine Wiederherstellung über diese Liste rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation>Geprüfte Kopien von %1, aufbewahrt in %2.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation>Die Datenbank wird auf den Stand vom %1 zurückgesetzt: Alles, was seitdem eingegeben oder geändert wurde, wird ersetzt. Der aktuelle Stand wird vorher gesichert; Sie können den Vorgang also rückgängig machen, indem Sie diese Kopie wiederherstellen („Vor dem Wiederherstellen einer Sicherung“).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation>Geben Sie das Schlagwort ein, das hinzugefügt oder entfernt werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation>„%1“ ist keine Beziehungsphase.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>„%1“ gehört nicht zum Team.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation>Noch wurde nichts geschrieben: So würde der Import ablaufen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Für jedes Duplikat:</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Kontakt aktualisieren</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Duplikaten…</translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation>Ermitteln, was der Import ändern würde…</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>%n Problem in den Zeilen muss in der Datei behoben (oder die Spalte ignoriert) werden, bevor sie importiert werden kann; es wird nichts geschrieben.</numerusform>
            <numerusform>%n Probleme in den Zeilen müssen in der Datei behoben (oder die Spalten ignoriert) werden, bevor sie importiert werden kann; es wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>Unten steht %n Warnung.</numerusform>
            <numerusform>Unten stehen %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation>Auswahl geändert: „Erneut prüfen“ aktualisiert die Zahlen.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neukunde</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation>Inaktiver Kunde</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grundschule</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Weiterführende Schule</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation>Unteres Mittel</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <translation>Oberes Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Im Geschäft</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich null.</translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation>%1 Demo-Kontakte zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Read %1 rows from %2 (%3).</source>
        <translation>%1 Zeilen aus %2 gelesen (%3).</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation>Ignorierte Spalten:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation>%1 Zeilen haben Probleme, daher wurde nichts importiert; beheben Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>Probelauf: %1 würden hinzugefügt, %2 aktualisiert, %3 unverändert gelassen und %4 übersprungen.</translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation>Nichts zu importieren: Alle Kontakte sind bereits vorhanden.</translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Import %5: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation>Rückgängig machen mit: segdesk imports undo %1</translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation>Zeile %1 wiederholt Zeile %2 (%3)</translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation>Zeile %1 entspricht Kontakt %2 „%3“ (%4, %5 %)</translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation>Import %1 rückgängig gemacht: %2 Kontakte entfernt, %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation>%1 davon wurden seit dem Import bearbeitet; diese Änderungen sind ebenfalls verloren.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns braucht mindestens eine Feldkennung.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Kontakte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation>%1 Kontakte ohne E-Mail-Einwilligung oder gültige E-Mail-Adresse ausgelassen.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The state before the restore is backed up as %1.</source>
        <translation>Der Stand vor der Wiederherstellung wurde als %1 gesichert.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Die ersetzte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation>Alle Daten zu Kontakt %1 stehen in %2.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden: Fügen Sie --yes hinzu, um es zu bestätigen.</translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation>Kontakt %1 gelöscht (%2 Datensätze).</translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation>Geben Sie an, welchem Kanal der Kontakt zugestimmt hat: --channel.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung gespeichert.</translation>
    </message>
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation>Geben Sie an, für wen der Bericht ist: --segment NAME, --rules DATEI, --followups oder --all.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Anrufliste mit %n Kontakt</numerusform>
            <numerusform>Anrufliste mit %n Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>%n Kontakt ausgelassen, der Anrufe abgelehnt hat.</numerusform>
            <numerusform>%n Kontakte ausgelassen, die Anrufe abgelehnt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Übersicht über %n Kontakt</numerusform>
            <numerusform>Übersicht über %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation>Testseite zur Ausrichtung für %1 gespeichert unter %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>%n Etikett</numerusform>
            <numerusform>%n Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>%n Kontakt ohne Einwilligung für Briefpost übersprungen.</numerusform>
            <numerusform>%n Kontakte ohne Einwilligung für Briefpost übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>%n Kontakt mit unvollständiger Adresse übersprungen.</numerusform>
            <numerusform>%n Kontakte mit unvollständiger Adresse übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation>%1 (%2) gespeichert unter %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>im Segment</translation>
    </message>
    <message>
        <source>out</source>
        <translation>nicht im Segment</translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation>Kontakt %1 ist %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>Schnappschuss von %n Segment gespeichert.</numerusform>
            <numerusform>Schnappschüsse von %n Segmenten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation>Hinzugekommen: %1, weggefallen: %2, geblieben: %3.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation>Kontakt wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation>Jemand anderes hat %1 gespeichert, während Sie Änderungen vorgenommen haben. Diese Felder weichen jetzt von Ihren Eingaben ab. Welche Werte sollen erhalten bleiben?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deren Werte (soeben gespeichert)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Werte</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Deren Werte behalten</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Mit meinen Werten überschreiben</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Mailchimp CSV (*.csv)</source>
        <translation>CSV für Mailchimp (*.csv)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV für Google Kontakte (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV für Outlook (*.csv)</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt protokolliert.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>Kontakt &amp;protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Schlagwort &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Schlagwort &amp;entfernen…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Pha&amp;se festlegen…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Be&amp;treuer festlegen…</translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation>Zu Se&amp;gment hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Alle Daten zu dieser Person exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation>Druckbare Berichte folgen mit dem Berichtsfenster.</translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation>Ausgewählte Kontakte</translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation>Alle Daten zum Kontakt stehen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Kontakt löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>%n Kontakte löschen? Sie können das mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Schlagwort für die ausgewählten Kontakte:</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Kontakt hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Kontakten hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Schlagwort, das von den ausgewählten Kontakten entfernt werden soll:</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Kontakt entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Kontakten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Phase festlegen</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Beziehungsphase:</translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Phase von %n Kontakt auf „%1“ setzen</numerusform>
            <numerusform>Phase von %n Kontakten auf „%1“ setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation>Es gibt noch keine Teammitglieder zur Auswahl.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Betreuer festlegen</translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation>Zuständiges Teammitglied:</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Betreuer von %n Kontakt auf %1 setzen</numerusform>
            <numerusform>Betreuer von %n Kontakten auf %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation>Es gibt noch kein gespeichertes Segment.</translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation>Zu Segment hinzufügen</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>%n Kontakt zum Segment „%1“ hinzufügen</numerusform>
            <numerusform>%n Kontakte zum Segment „%1“ hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>%n ausgelassen: keine E-Mail-Einwilligung oder keine gültige Adresse.</numerusform>
            <numerusform>%n ausgelassen: keine E-Mail-Einwilligung oder keine gültige Adresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n seitdem geänderter Kontakt wurde so gelassen, wie er ist.</numerusform>
            <numerusform>%n seitdem geänderte Kontakte wurden so gelassen, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Briefpost</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>Kontakt &amp;protokollieren…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Alle Daten zu dieser Person exportieren…</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>Diese Person endgültig löschen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation>Noch keine Kontakte oder Bestellungen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation>Tippen, um eine Firma in der Datenbank zu finden</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Arbeitet bei</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation>Alle widerrufen (nicht kontaktieren)</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Dieser Kontakt wurde gelöscht.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation>Neuer Kontakt – segdesk</translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation>Füllen Sie aus, was Sie wissen; alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation>%1 – segdesk</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>nächste Wiedervorlage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>Kontakt-Nr. %1</translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation>Von %1 (schreibgeschützt):</translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation>Speichern Sie zuerst den Kontakt.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>%n Feld muss vor dem Speichern korrigiert werden</numerusform>
            <numerusform>%n Felder müssen vor dem Speichern korrigiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Neuer Kontakt %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>%1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>%1 für %2 erlauben</translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation>%1 für %2 widerrufen</translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation>Alle Einwilligungen für %1 widerrufen</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Diese Person endgültig löschen</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation>%1 und alle zugehörigen Daten (Verlauf, Bestellungen, Änderungsprotokoll) endgültig löschen? Das kann nicht rückgängig gemacht werden; nur ein Vermerk über die Löschung bleibt erhalten. Bisherige Sicherungen enthalten die Daten noch, bis neuere Sicherungen sie ersetzen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Änderungen an diesem Kontakt speichern?</translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation>Nummer, im Ausland mit +Ländervorwahl</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es wie %2.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Ein Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Prüfen Sie das Jahr: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Durch Kommas trennen</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation>Namen, Firmen, E-Mails, Telefonnummern, Orte suchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Keine Kontakte passen zu „%1“.</translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation>Niemand muss nachgefasst werden. Gut gemacht!</translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation>Diese Datenbank enthält noch keine Kontakte.
Importieren Sie eine Datei oder füllen Sie sie mit Demodaten (segdesk demo --contacts 2000).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation>„%1“ braucht ein Land: Wählen Sie das Land des Kontakts oder beginnen Sie mit +.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation>„%1“ ist kein zweistelliger Ländercode (IT, FR, PL…).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner dieser Werte: %2.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation>Jemand anderes hat diesen Kontakt inzwischen geändert (%1).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation>dieses Feld kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>dieses eigene Feld gibt es nicht</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>„%1“ gehört nicht zum Team.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Auf diesem Computer gespeichert, nur für Sie.</translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Eine Datei auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation>Ein gemeinsamer PostgreSQL-&amp;Server für das Team</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation>Wenn Sie eine andere Datenbank wählen, wird das Fenster mit ihr neu geöffnet.</translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation>segdesk wurde diesmal mit SEGDESK_DB gestartet; das hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>Sicherungen einer Datenbankdatei</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>Ordner „backups“ neben der Datenbankdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation>Täglich sowie vor Importen, vor dem Löschen mehrerer Kontakte und vor Programm-Updates wird eine geprüfte Kopie angelegt; ältere werden entfernt. Mit Datei ▸ Sicherungen… stellen Sie eine wieder her. Die Sicherungen eines Servers werden auf dem Server erstellt.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>segdesk-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>Kontakt protokollieren…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Änderungen…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Wer hat wann was geändert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n neuer Kontakt</numerusform>
            <numerusform>%n neue Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation>Es musste nichts geändert werden: Die Kontakte waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Vorher wurde eine Sicherung angelegt: %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows Westeuropäisch (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows Mitteleuropäisch (cp1250)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2)</source>
        <translation>ISO-8859-2 (Latin-2)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation>ISO-8859-15 (Latin-9)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel-Unicode-Text)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation>Eine Tabelle: die ersten Zeilen so, wie sie importiert werden.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation>Diese Datei ist nicht in UTF-8 kodiert; sie wurde als %1 gelesen. Wenn Buchstaben wie à, é, ł oder ß unten falsch aussehen, wählen Sie die Kodierung, die sie richtig anzeigt.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation>Die Kodierung der Datei wurde erkannt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation>Unbekanntes Exportformat „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation>Geben Sie mindestens eine Spalte für den Export an.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation>Unbekannte Spalte „%1“: „segdesk fields“ listet die Feldkennungen auf.</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation>Unbekanntes Trennzeichen „%1“; verwenden Sie , ; tab oder |.</translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation>„%1“ lässt sich nicht in %2 schreiben; wählen Sie UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>„%1“ ist keine bekannte Textkodierung.</translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation>Excel fasst höchstens 1.048.575 Zeilen; exportieren Sie stattdessen als CSV.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person oder Unternehmen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildungsabschluss</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Einkommensklasse</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Anzahl der Kontakte</translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation>Nachfassen alle (Tage)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Gekaufte Produkte</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation>Aktualitätswert (1-5)</translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation>Häufigkeitswert (1-5)</translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation>Umsatzwert (1-5)</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>E-Mails erlaubt</translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation>Anrufe erlaubt</translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation>Briefpost erlaubt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation>CSV oder TSV, Excel (.xlsx), Excel „Unicode-Text“, vCard (.vcf) oder ein Kontaktexport aus Google, Outlook oder Mailchimp.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.tsv *.txt *.xlsx *.vcf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation>keine Anrufe</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation>zuletzt: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Keine Wiedervorlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>%n Wiedervorlage in %1 geschrieben.</numerusform>
            <numerusform>%n Wiedervorlagen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation>Kontakt %1: keine Wiedervorlage bis zum nächsten Kontakt.</translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation>Kontakt %1: nächste Wiedervorlage am %2.</translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation>Standard-Wiedervorlage: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation>Segment „%1“, Wiedervorlage: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Fälligkeitsdatum für %n Kontakt geändert.</numerusform>
            <numerusform>Fälligkeitsdaten für %n Kontakte geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation>Segment „%1“ hat Regeln, die sich nicht verwenden lassen; sein Intervall wurde nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation>Segment „%1“ wählt seine Mitglieder nach Wiedervorlagedaten aus; sein Intervall wurde nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation>Ein Wiedervorlage-Intervall muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation>Ein Wiedervorlage-Intervall muss zwischen 1 und %1 Monaten liegen.</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>im Abstand von %n Monat</numerusform>
            <numerusform>im Abstand von %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation>„%1“ ist kein Intervall; schreiben Sie zum Beispiel „90 days“ oder „3 months“.</translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation>Unbekannte Wiedervorlagenliste „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachfassen</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Mobil: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation>Keine Anrufe: Dieser Kontakt hat Anrufen nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Nie kontaktiert.</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Letzter Kontakt: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation>Notiz zur Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>segdesk-Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation>Kein Teammitglied heißt „%1“.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>Verschieben Sie auf heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Es gibt kein Segment „%1“.</translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation>Unbekannte Kontaktart „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation>Das Ergebnis darf höchstens %1 Zeichen lang sein; schreiben Sie mehr in die Notiz.</translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation>Die nächste Wiedervorlage kann nicht vor diesem Kontakt liegen.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Überfällig seit</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation>Anrufe abgelehnt: nicht anrufen.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Verschoben auf %1</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Datum manuell festgelegt</translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation>Heute sind keine Wiedervorlagen fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln Wiedervorlage heute fällig oder überfällig.</numerusform>
            <numerusform>%Ln Wiedervorlagen heute fällig oder überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Wiedervorlagen anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>segdesk-Wiedervorlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Verschieben auf</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>%n Wiedervorlage verschieben</numerusform>
            <numerusform>%n Wiedervorlagen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>%n Wiedervorlage aufheben</numerusform>
            <numerusform>%n Wiedervorlagen aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Wiedervorlagen in Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>%Ln Wiedervorlage in die Kalenderdatei exportiert.</numerusform>
            <numerusform>%Ln Wiedervorlagen in die Kalenderdatei exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation>Nur Kontakte, die ich anrufen darf</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Anruf &amp;protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Aufheben</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation>Niemand muss nachgefasst werden. Gut gemacht!</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Änderungsverlauf – %1</translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation>Für diesen Kontakt wurden noch keine Änderungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>„%1“ ist keine bekannte Textkodierung.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>Das ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation>Die Datei ist bei Zeile %1 beschädigt (eine Zelle in Anführungszeichen wird nicht geschlossen); sie ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation>Die Datei lässt sich nicht als %1-Text lesen; wählen Sie eine andere Kodierung oder prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation>„%1“ ist kein Datum (gelesen als Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation>„%1“ ist kein Datum (gelesen als Monat/Tag/Jahr)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich null</translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation>Die Zuordnungsdatei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation>es ist keine segdesk-Zuordnung</translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation>unbekannter Typ für eigenes Feld „%1“</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation>Diese Tabelle wurde aus Sicherheitsgründen abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation>Die Tabelle ist beschädigt oder unvollständig; öffnen und speichern Sie sie erneut in Excel.</translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation>entpackt ist sie größer als 1 GB</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation>sie ist verdächtig stark komprimiert (eine Zip-Bombe)</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>sie deklariert XML-Entitäten</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation>Die Tabelle ist kennwortgeschützt; speichern Sie eine Kopie ohne Kennwort.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation>Das ist keine Tabelle, die segdesk lesen kann: %1</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Die Datei enthält keine Kontakte.</translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation>Unbekanntes Dateiformat „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie zuerst auf.</translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation>Die Datei ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation>„%1“ hat keine Ländervorwahl (+...); wählen Sie das Land der Nummern</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation>„%1“ ist kein Land, das segdesk kennt</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation>„%1“ ist kein Sprachcode wie en, it oder pl</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation>Das ist keine vCard-Datei (kein BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation>Die vCard-Datei ist unvollständig: Einer Karte fehlt END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation>Die vCard-Datei ist beschädigt (Karte %1): %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation>Datumsangaben könnten Tag/Monat oder Monat/Tag sein; gelesen als Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation>Datumsangaben könnten Tag/Monat oder Monat/Tag sein; gelesen als Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation>sie hat %1 Zellen, die Kopfzeile aber %2 (prüfen Sie Trennzeichen und Anführungszeichen)</translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation>weder Name, Firma, E-Mail noch Telefon; die Zeile wird ausgelassen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>Die Zuordnung passt nicht zu den Spalten der Datei.</translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation>Unbekannte Auswahl für Duplikate „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation>„%1“ ist kein Ländercode wie IT oder PL.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert; sie wurde als %1 gelesen. Wenn Buchstaben falsch aussehen, wählen Sie ihre Kodierung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation>Vollständiger Name (in Vor- und Nachname aufgeteilt)</translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation>Vollständige Adresse (Mailchimp)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation>Es gibt keinen Import mit der Nummer %1 („segdesk imports list“ zeigt alle an).</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>Import %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation>Import %1 hat später einige derselben Kontakte geändert; machen Sie ihn zuerst rückgängig.</translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation>Kontakte aus Import %1 haben seitdem %2 Aktivitäten, Bestellungen oder Wiedervorlagen; machen Sie den Import mit --force rückgängig, um diese ebenfalls zu entfernen.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import-&amp;Verlauf…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Import-Verlauf</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation>Den Import von %1 rückgängig machen? Die dabei angelegten Kontakte werden entfernt, und geänderte Kontakte erhalten ihre früheren Werte zurück.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
</context>
<context>
    <name>LabelOptionsBox</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Eigenes Format…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Bo&amp;gen:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation>Spalten × Zeilen:</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Etikettengröße:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Abstände:</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation>Beginnen in &amp;Zeile:</translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation>Verschiebt alles nach rechts (negativ: nach links).</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation>Verschiebt alles nach unten (negativ: nach oben).</translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation>&amp;Versatz x / y:</translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation>Ein Etikett pro &amp;Adresse (Haushalt oder Firma)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation>Etiketten&amp;umrisse zeichnen</translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation>&amp;Testseite zur Ausrichtung</translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation>Auf normales Papier drucken und gegen einen Etikettenbogen halten, um den Versatz zu prüfen.</translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation>Avery %1 – %2 pro Bogen, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation>Kontakt protokollieren – %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Später zurückrufen</translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation>Was dabei herauskam (optional)</translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation>Was Sie beim nächsten Mal wissen sollten (optional)</translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation>Im üblichen Abstand</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>An einem bestimmten Datum</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation>Nächste Wieder&amp;vorlage:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Wählen Sie mit --db PFAD eine andere Datenbank oder setzen Sie SEGDESK_DB, und starten Sie segdesk neu.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation>Ü&amp;ber segdesk</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Dunkles &amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>%Ln Kontakt angezeigt</numerusform>
            <numerusform>%Ln Kontakte angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>segdesk-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation>Eine Kontaktverwaltung für kleine Unternehmen: Kundensegmente, Wiedervorlagen, Anruflisten und Mailinglisten.</translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation>Über segdesk</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation>Segment &amp;bearbeiten</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Wählen Sie, was aus jeder Spalte der Datei wird. Spalten mit „Ignorieren“ werden nicht importiert.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Die ganze Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n Zeile zu importieren.</numerusform>
            <numerusform>%n Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Die Spalten wurden anhand ihrer Namen zugeordnet; bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorieren —</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Eigenes Feld…</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Eigenes Feld: %1</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation>Name des neuen eigenen Felds:</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Zuordnung aus %1 geladen.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Alle Daten zu dieser Person exportieren</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (%2); segdesk verwendet die Standardwerte. Beim Speichern der Einstellungen wird sie ersetzt.</translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation>„%1“ ist keine Datenbank, die segdesk verwenden kann: Geben Sie eine Datei oder eine Server-URL wie postgresql+psycopg://user@server/segdesk an.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation>„%1“ ist keine Sprache von segdesk; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation>Der Sicherungsordner „%1“ muss als vollständiger Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>Der Sicherungsordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation>Wer Sie im Team sind, muss ein Name sein.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation>Die Anzahl der aufzubewahrenden Sicherungen muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation>Das Standardintervall für Wiedervorlagen ist kein gültiges Intervall.</translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation>Der Schwellenwert für kleine Segmente muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>„%1“ ist kein Ländercode; wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation>Unbekannter Etikettenbogen „%1“; wählen Sie einen von: %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Auf diesem Computer gespeichert, nur für Sie.</translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation>In der Datenbank %1 gespeichert: Die Einstellung gilt für alle, die diese Datenbank nutzen.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation>(nicht festgelegt — Anmeldename dieses Computers verwenden: %1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Sie sind:</translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von segdesk.</translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation>„Sie sind“ gilt für diese Datenbank: Ihre Änderungen werden in den Änderungen jedes Kontakts unter dem Namen dieses Teammitglieds festgehalten, und der Filter Betreuer der Wiedervorlagen beginnt mit diesem Mitglied.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation>&amp;Erneut anrufen nach:</translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation>So lange nach dem letzten Anruf, Besuch oder der letzten E-Mail wird ein Kontakt zur Wiedervorlage fällig – es sei denn, der Kontakt oder eines seiner Segmente hat ein eigenes Intervall. Eine Änderung berechnet alle Fälligkeitsdaten neu.</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> Kontakten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Warnen unter:</translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation>Ein Segment mit weniger Kontakten erhält eine Warnung: Zahlen über so wenige Personen sind unzuverlässig und können Einzelne erkennbar machen. 0 schaltet die Warnung aus.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>Etiketten&amp;bogen:</translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation>Adressetiketten verwenden zunächst diesen Bogen; unter Datei ▸ Drucken… lässt sich jedes Mal ein anderer wählen.</translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation>Keins: Nummern müssen mit + beginnen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Telefonnummern aus:</translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation>Eine ohne + eingegebene Nummer gilt im Kontakteditor und beim Import als Nummer dieses Landes, sofern für den Kontakt kein eigenes Land angegeben ist.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation>segdesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation>Wählen Sie einen Bericht und seine Optionen; die Seiten erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation>%1 Seite(n) bereit. Diese Installation kann keine PDF-Seiten darstellen (dafür wird QtPdf oder pypdfium2 benötigt), daher gibt es keine Vorschau: Speichern Sie das PDF und öffnen Sie es in Ihrem PDF-Viewer.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>„%1“ ist kein Kanal (email, phone, post).</translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation>„%1“ ist hierfür kein gültiges Format (json, pdf).</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Briefpost</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation>Adressen und Telefonnummern</translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation>Kennzahlen, die segdesk aus dem Verlauf berechnet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>Es wurde keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Keine Aktivitäten erfasst.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation>Keine Bestellungen erfasst.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>aufgehoben am %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>verschoben auf %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation>Keine Wiedervorlagen erfasst.</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied in</translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation>In keinem gespeicherten Segment.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation>Alles, was segdesk über %1 (Kontaktnummer %2) speichert, exportiert am %3. Die Person erscheint außerdem in %4 täglichen Aufzeichnungen der Segmentmitgliedschaft (nur Datumsangaben und Nummern).</translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation>Exportiert von %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation>Berichte drucken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>Im PDF-Viewer ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Segmentübersicht</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation>Am längsten überfällige zuerst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>So&amp;rtieren nach:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) listed</source>
        <translation>
            <numerusform>%n Kontakt aufgeführt</numerusform>
            <numerusform>%n Kontakte aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n ausgelassen: hat Anrufe abgelehnt</numerusform>
            <numerusform>%n ausgelassen: haben Anrufe abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n Etikett</numerusform>
            <numerusform>%n Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no postal consent</source>
        <translation>
            <numerusform>%n übersprungen: keine Einwilligung für Briefpost</numerusform>
            <numerusform>%n übersprungen: keine Einwilligung für Briefpost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>%n übersprungen: unvollständige Adresse</numerusform>
            <numerusform>%n übersprungen: unvollständige Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation>Testseite zur Ausrichtung: Drucken Sie sie auf normales Papier.</translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation>Zum Drucken aus segdesk wird QtPdf oder pypdfium2 benötigt; speichern Sie stattdessen das PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>anrufliste</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiketten</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>uebersicht</translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation>ausrichtungstest</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation>Familie %1</translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation>%1 und Familie</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation>Rückruf am ____</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Name / Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation>Keine Kontakte anzurufen.</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>die am längsten überfälligen zuerst</translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation>nach Name sortiert</translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation>nach Ort sortiert</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n Kontakt anzurufen</numerusform>
            <numerusform>%n Kontakte anzurufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n ausgelassen: hat Anrufe abgelehnt</numerusform>
            <numerusform>%n ausgelassen: haben Anrufe abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation>Ein Bogen braucht mindestens ein Etikett mit positiver Größe.</translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation>Die Etiketten auf dem Bogen würden sich überlappen.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation>Die Etiketten passen nicht auf die Seite.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation>Unbekannter Etikettenbogen „%1“: Verwenden Sie einen von %2 oder SEITE:SPALTENxZEILEN:BREITExHÖHE in mm.</translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation>Dieser Bogen hat %1 Zeilen und %2 Spalten; beginnen Sie innerhalb davon.</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation>Ausrichtungstest für Etiketten</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation>Ausrichtungstest für %1: Versatz %2 mm nach rechts, %3 mm nach unten.</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation>Drucken Sie mit 100 % (ohne „An Seite anpassen“) auf normales Papier, halten Sie es mit einem Etikettenbogen gegen das Licht und messen Sie, wie weit die Umrisse abweichen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded</source>
        <translation>%1 Telefon  %2 E-Mail  %3 Post:  ✓ zugestimmt  ✗ abgelehnt  ? nicht erfasst</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Noch kein Schnappschuss</translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation>hinzugekommen / weggefallen seit %1</translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation>Kontakte aktuell</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation>Durchschnitt pro Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Segmentübersicht</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Keine Kontakte</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Größe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation>Noch zu wenig Verlauf: Schnappschüsse entstehen mit „segdesk segments snapshot“.</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Nach Bundesland</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>Nach Branche</translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation>Die 10 wertvollsten Kontakte</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Ausgewählte Kontakte</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation>Alle gespeicherten Daten zu dieser Person</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Bedingung löschen</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Gruppe verschieben</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation>Alle/eine/keine ändern</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>her</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation>Nur Käufe oder Kontakte in einem kürzlich zurückliegenden Zeitraum zählen</translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation>Diese Bedingung löschen (Entf)</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>Feld wählen</translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation>%1 (%2) – klicken, um ein anderes Feld zu wählen</translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation>z. B. Espressomaschinen-Besitzer in Bayern</translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation>Wer sie sind und was sie brauchen (Persona) oder wofür das Segment gedacht ist.</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation>wie beim Kontakt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation>Wie oft bei Mitgliedern dieses Segments nachgefasst werden soll</translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation>Dynamisch: Mitglieder werden täglich nach den Regeln bestimmt</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation>Statisch: heutige Mitglieder festschreiben</translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation>Mitglieder durch die Kontakte ersetzen, die heute die Regeln erfüllen</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Segment speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>&amp;Wiedervorlage alle:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Mitgliedschaft:</translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation>Statisch: die %1 von Hand ausgewählten Mitglieder behalten</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation>Statisch: die heutigen %1 Mitglieder festschreiben</translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation>Innerhalb der Regel ablegen</translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation>Hier ist nur Verschieben oder Kopieren möglich</translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation>Eine Bedingung kann keine Regeln enthalten</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Unbekanntes Feld</translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation>Hier lassen sich nur Felder und Regeln ablegen</translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation>Die gesamte Regel kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation>An anderer Stelle ablegen</translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation>Eine Gruppe kann nicht in sich selbst liegen</translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation>Gruppe kopieren</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Bedingung kopieren</translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation>Bedingungen gruppieren</translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation>Beide in eine neue Gruppe legen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation>%1[*] – Segmentregeln</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>In Worten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>Treffer: %1 von %2 Kontakten</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(%n unvollständige Bedingung nicht berücksichtigt)</numerusform>
            <numerusform>(%n unvollständige Bedingungen nicht berücksichtigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Mit Vorlage beginnen</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Segmentregeln</translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation>Geben Sie dem Segment zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation>Korrigieren Sie zuerst die rot umrandeten Bedingungen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation>Änderungen an diesem Segment vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find a Field</source>
        <translation>Feld &amp;finden</translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation>Zur Regel ge&amp;hen</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Gruppe hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Gruppierung &amp;aufheben</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation>Aktuelle Bedingung oder Gruppe löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Auss&amp;chneiden</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>Regeln &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>Regeln e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>Segment &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation>Erneut &amp;zählen</translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation>Mit einer &amp;Vorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Kontaktnummer</translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation>Kontaktnummer, die erklärt werden soll</translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation>Warum drin oder nicht?</translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation>Wählen Sie einen Kontakt in der Vorschau oder geben Sie seine Nummer ein, um zu sehen, welche Regeln er erfüllt.</translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation>Vom Kontakt erfüllte Regeln</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation>Kontakt %1 ist im Segment.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation>Kontakt %1 ist nicht im Segment.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation>Alle diese treffen zu</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Mindestens eine davon trifft zu</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>Keine davon trifft zu</translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation>Kontakte passen, wenn</translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation>Felder hier ablegen oder + Bedingung verwenden</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Dieser Gruppe eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation>Innerhalb dieser Gruppe eine Gruppe hinzufügen (Strg+G)</translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation>Diese Gruppe mit ihren Bedingungen löschen (Entf)</translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation>Suchen oder neuen Wert eingeben…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>auswählen…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation>Felder durchsuchen…</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Felder durchsuchen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation>Zum Löschen hier ablegen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Passende Kontakte</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Kein Kontakt passt.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation>Die ersten %1 von %2 passenden Kontakten:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n passender Kontakt:</numerusform>
            <numerusform>%n passende Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ist vor dem</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ist nach dem</translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation>liegt in den letzten</translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation>ist mehr als</translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation>liegt in den nächsten</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>liegt im Zeitraum</translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation>Jahrestag in den nächsten</translation>
    </message>
    <message>
        <source>include any of</source>
        <translation>enthalten eines von</translation>
    </message>
    <message>
        <source>include all of</source>
        <translation>enthalten alle von</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>enthalten keines von</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>ist Ja</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>ist Nein</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>ist im Segment</translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation>ist nicht im Segment</translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation>Ziehen zum Verschieben; Strg+Ziehen zum Kopieren</translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation>Kontakte, die allein diese Bedingung erfüllen</translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation>Nicht gezählt (unvollständig)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation>segdesk-Regeln (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wer sie sind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzten Monat</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>dieses Quartal</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>letztes Quartal</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>type a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>Segment wählen</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>%1 kleiner als %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 höchstens %2</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 größer als %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 mindestens %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 beginnt mit %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 endet auf %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 vor dem %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach dem %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 vor weniger als %2</translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation>%1 vor mehr als %2</translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation>%1 innerhalb von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation>%1: Jahrestag innerhalb von %2</translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation>%1 enthalten eines von %2</translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation>%1 enthalten %2</translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation>%1 enthalten alle: %2</translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation>%1 enthalten keines von %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation>im Segment %2</translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation>nicht im Segment %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzten Monat</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>dieses Quartal</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>letztes Quartal</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation>alle folgenden Bedingungen</translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation>mindestens eine der folgenden Bedingungen</translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation>keine der folgenden Bedingungen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation>%1 in den letzten %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, oder %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, und %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not &quot;%1&quot;</source>
        <translation>erwartet &quot;all&quot;, &quot;any&quot; oder &quot;none&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty group</source>
        <translation>leere Gruppe</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation>Operator &quot;%1&quot; passt nicht zu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation>&quot;window&quot; gilt nur für Kauf- und Aktivitätssummen</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation>unbekannte Einheit &quot;%1&quot; (erwartet days, weeks, months oder years)</translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation>dieser Operator hat keinen Wert</translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation>erwartet {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (oder weeks, months, years)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet einen der Werte %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet eine Zahl</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>erwartet einen nicht leeren Text</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>erwartet ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation>erwartet eine nicht leere Werteliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation>erwartet eine Liste mit zwei Werten [von, bis]</translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation>der untere Wert ist größer als der obere</translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation>erwartet einen Segmentnamen</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>die Regeln müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation>fehlt (erwartet 1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation>nicht unterstützte Version %1 (erwartet 1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation>erwartet ein Objekt (eine Bedingung oder eine Gruppe)</translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation>fehlt (erwartet &quot;all&quot;, &quot;any&quot; oder &quot;none&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation>erwartet &quot;all&quot;, &quot;any&quot; oder &quot;none&quot;, nicht %1</translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation>fehlt (erwartet eine Liste von Regeln)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>erwartet eine Liste von Regeln</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>erwartet eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation>Segment „%1“ verweist über %2 auf sich selbst</translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation>Segment „%1“ verweist auf sich selbst</translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation>Segment „%1“ hat Regeln, die sich nicht verwenden lassen (%2)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation>Alles oder nichts: Ein abgebrochener oder fehlgeschlagener Import schreibt nichts.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation>Datenbank wird gesichert, danach wird importiert…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Duplikaten…</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Kontakte werden geschrieben…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation>Die Datenbank %1 ist bereits in einem anderen segdesk-Fenster oder auf einem anderen Computer geöffnet. Schließen Sie sie dort zuerst; für mehrere Personen gleichzeitig nutzen Sie den Teammodus.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Stellen Sie die letzte intakte Sicherung wieder her: segdesk backups restore.</translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation>%1 liegt in einem freigegebenen oder synchronisierten Ordner. Wenn zwei Computer dieselbe Datei schreiben, kann sie beschädigt werden: Behalten Sie die Datenbank auf diesem Computer oder nutzen Sie den Teammodus mit einem PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation>Die Regeln des Segments „%1“ lassen sich nicht verwenden: %2</translation>
    </message>
    <message>
        <source>No contact matches these rules.</source>
        <translation>Kein Kontakt erfüllt diese Regeln.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Nur %n Kontakt erfüllt die Regeln: Zahlen über so wenige Personen sind unzuverlässig und können Einzelne erkennbar machen.</numerusform>
            <numerusform>Nur %n Kontakte erfüllen die Regeln: Zahlen über so wenige Personen sind unzuverlässig und können Einzelne erkennbar machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Dieses Segment gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Ein Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>Die Regeln lassen sich nicht verwenden: %1</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Es gibt bereits ein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation>Jemand hat dieses Segment inzwischen geändert oder gelöscht; öffnen Sie es erneut, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation>%1 enthält keine Segmentregeln: %2</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation>Segment „%1“ hat nicht für beide Daten einen Schnappschuss (am selben Tag oder früher).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 ist keine JSON-Regeldatei: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation>%1 ist keine JSON-Regeldatei.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>%Ln Kontakt ist heute oder schon früher fällig</numerusform>
            <numerusform>%Ln Kontakte sind heute oder schon früher fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Es gibt keine Sicherung dieser Datenbank, die wiederhergestellt werden könnte. Wählen Sie mit --db PFAD eine andere Datenbank oder setzen Sie SEGDESK_DB, und starten Sie segdesk neu.</translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation>segdesk kann die letzte intakte Sicherung zurückspielen (die neueste stammt vom %1). Was danach eingegeben wurde, geht verloren; die beschädigte Datei wird umbenannt und aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation>Letzte intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt; segdesk startet jetzt.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation>„%1“ ist weder ein Dateipfad noch eine Datenbank-URL.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm verwendet; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation>Der Ordner für die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren segdesk-Version geschrieben. Installieren Sie die neueste Version von segdesk, um sie zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation>%1 ist keine segdesk-Datenbank; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation>Unternehmen aus den gewählten Branchen und die Personen, die dort arbeiten.</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation>Unternehmen nach Mitarbeiterzahl (Kleinunternehmen: 10 bis 49).</translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation>Von (Mitarbeiter)</translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation>Bis (Mitarbeiter)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation>Personen in einem bestimmten Alter, für Angebote passend zur Lebensphase.</translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation>Von (Alter)</translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation>Bis (Alter)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation>Kontakte, die in den gewählten Bundesländern wohnen oder ihren Sitz haben.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bundesländer</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Geäußerte Bedürfnisse</translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation>Kontakte, die Ihnen gesagt haben, dass sie etwas brauchen, das Sie anbieten.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation>Top 20 % nach Umsatz</translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation>Das Fünftel der Käufer mit dem höchsten Umsatz (Umsatzwert 5).</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation>Kaufen kürzlich, oft und viel (Aktualitäts-, Häufigkeits- und Umsatzwert 4 oder 5).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Abwanderungsgefährdet</translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation>Gute Kunden, die länger nicht gekauft haben: Gewinnen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Vielkäufer</translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation>Kontakte mit vielen Bestellungen in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation>Mindestens (Bestellungen)</translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation>Kaufen online</translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation>Kontakte, die öfter online bestellen als im Geschäft.</translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation>Kaufen im Geschäft</translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation>Kontakte, die öfter im Geschäft kaufen als online.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation>Haben in den letzten 6 Monaten gekauft.</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Inaktive Kunden</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation>Haben früher gekauft, aber nicht in den letzten 6 Monaten.</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation>Kontakte in einer gewählten Phase: Neukunde, Stammkunde, Markenbotschafter ...</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation>Haben früher gekauft, aber nicht in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation>Letzten Monat kontaktiert</translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation>Kontakte, deren letzter Kontakt im vorigen Kalendermonat war.</translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation>Seit 90 Tagen nicht kontaktiert</translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation>Nie kontaktiert oder zuletzt vor mehr als 90 Tagen.</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Zusatzverkauf</translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation>Haben ein Produkt gekauft, aber nicht das passende Ergänzungsprodukt.</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Nicht gekauft</translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation>Anstehendes Ereignis</translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation>Ein wichtiges Datum des Kontakts (Verlängerung, Jahrestag) fällt in die nächsten 30 Tage.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Datumsfeld</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 · Order (%2) · %3</source>
        <translation>%1 · Bestellung (%2) · %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation>Willkommen bei segdesk</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation>Lernen Sie segdesk mit %1 realistischen Beispielkunden samt Bestellungen und Anrufen kennen. Ideal für einen ersten Eindruck; für Ihre echten Kontakte legen Sie danach eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation>Meine Kontakte importieren</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation>Übernehmen Sie eine Tabelle (CSV, Excel) oder vCards aus Ihrem Telefon oder E-Mail-Programm; Sie prüfen jede Spalte, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation>Öffnen Sie die leere Datenbank und legen Sie Ihre Kontakte selbst einzeln an.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation>Ihre Kunden, ihre Einkäufe und jeder Anruf an einem Ort: Segmente für gezielte Mailings, Wiedervorlagen, Anruflisten und Etiketten.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation>Die Datenbank in einer anderen Datei führen (einer neuen oder einer vorhandenen)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;Ein gemeinsam genutzter PostgreSQL-Server (Teammodus).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation>Eine gemeinsam genutzte Datenbank sichert der Administrator des Servers (zum Beispiel mit pg_dump); segdesk kopiert sie nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Eine Datei auf diesem Computer; nichts verlässt ihn.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation>Eine geprüfte Kopie der Datenbank an jedem Tag sowie vor jedem Import, jedem Löschen mehrerer Kontakte und jedem Programm-Update, im Ordner:</translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation>Die neuesten %1 werden aufbewahrt. Mit Datei ▸ Sicherungen… stellen Sie eine wieder her; unter Bearbeiten ▸ Einstellungen… ändern Sie den Ordner und die Anzahl.</translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation>Demo-Kontakte werden hinzugefügt… %v von %m</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Die Demo-Kontakte konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>segdesk-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Sicherungen gibt es nur für Datenbankdateien; ein Server sichert seine Daten selbst.</translation>
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
        <source>--columns needs at least one field id.</source>
        <translation>--columns braucht mindestens eine Feldkennung.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Kontakte nach %2 exportiert.</translation>
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
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
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
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
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
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>„%1“ ist kein Kanal (email, phone, post).</translation>
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
</TS>

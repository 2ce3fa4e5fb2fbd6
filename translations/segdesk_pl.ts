<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy of %1 is damaged: %2</source>
        <translation>Kopia zapasowa pliku %1 jest uszkodzona: %2</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>Nie udało się utworzyć kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Kopia zapasowa %1 jest uszkodzona (%2); niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>Nie udało się przywrócić %1: %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Kopie zapasowe dotyczą plików bazy danych; serwer tworzy własne kopie zapasowe.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>W lokalizacji %1 nie ma bazy danych.</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Brak kopii zapasowych %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>W lokalizacji %1 nie ma pliku kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation>Wpisz tag do dodania lub usunięcia.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation>„%1” nie jest etapem relacji.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>„%1” nie należy do zespołu.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Nie ma segmentu o nazwie „%1”.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Stały klient</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambasador marki</translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation>Nieaktywny klient</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Wykształcenie podstawowe</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Wykształcenie średnie</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Licencjat</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Magister</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doktorat</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation>Średnio-niski</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Średni</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <translation>Średnio-wysoki</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>W sklepie</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>„%1” nie jest liczbą całkowitą większą lub równą zero.</translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation>Dodano kontakty demonstracyjne (%1) do %2.</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns wymaga co najmniej jednego identyfikatora pola.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Wyeksportowano kontakty (%1) do %2.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Kopię zapasową zapisano w %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Przywrócono %1 z %2.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Zastąpiony plik zachowano jako %1.</translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation>Wszystkie dane kontaktu %1 zapisano w %2.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>Usunięcia nie można cofnąć: dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation>Usunięto kontakt %1 (rekordy: %2).</translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation>Podaj, na który kanał kontakt wyraził zgodę: --channel.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Zgodę zapisano.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation>Szukaj nazwisk, firm, e-maili, telefonów, miast…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Żaden kontakt nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation>Nikt nie czeka na ponowny kontakt. Świetna robota!</translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation>Ta baza danych nie zawiera jeszcze kontaktów.
Zaimportuj plik lub wypełnij ją danymi demonstracyjnymi (segdesk demo --contacts 2000).</translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation>„%1” wymaga kraju: wybierz kraj kontaktu lub zacznij od +.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation>„%1” nie jest dwuliterowym kodem kraju (IT, FR, PL…).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1” nie jest datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation>„%1” nie jest liczbą całkowitą większą lub równą %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1” nie jest kwotą pieniężną.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1” nie należy do dozwolonych wartości: %2.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation>W międzyczasie ktoś inny zmienił ten kontakt (%1).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Nie ma kontaktu o numerze %1.</translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation>tego pola nie można edytować</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>nie ma takiego pola własnego</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1” nie jest liczbą.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>„%1” nie należy do zespołu.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wybierz kontakt, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation>Nieznany format eksportu „%1”; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation>Podaj co najmniej jedną kolumnę do eksportu.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation>Nieznana kolumna „%1”: polecenie „segdesk fields” wyświetla identyfikatory pól.</translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation>Excel mieści najwyżej 1 048 575 wierszy; wyeksportuj do CSV.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation>Numer kontaktu</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Osoba czy firma</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodów</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma prawna</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Liczba pracowników</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Roczny przychód</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Etap relacji</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Liczba kontaktów</translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation>Kontakt co (dni)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Pierwszy zakup</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Liczba zamówień</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Łączne wydatki</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Kupione produkty</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation>Ocena aktualności (1-5)</translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation>Ocena częstotliwości (1-5)</translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation>Ocena wartości (1-5)</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>Zgoda na e-maile</translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation>Zgoda na telefony</translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation>Zgoda na pocztę tradycyjną</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>„%1” nie jest znanym kodowaniem tekstu.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>To nie jest plik tekstowy (zawiera dane binarne).</translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation>Plik jest uszkodzony w okolicy wiersza %1 (komórka w cudzysłowie nie jest zamknięta); może być niekompletny.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation>Pliku nie da się odczytać jako tekstu %1; wybierz inne kodowanie lub sprawdź plik.</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation>„%1” nie jest datą (odczytaną jako dzień/miesiąc/rok)</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation>„%1” nie jest datą (odczytaną jako miesiąc/dzień/rok)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation>„%1” nie jest liczbą całkowitą większą lub równą zero</translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation>Pliku mapowania nie można użyć: %1</translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation>to nie jest mapowanie segdesk</translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation>nieznany typ pola własnego „%1”</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>nieznane pole „%1”</translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation>Ten arkusz odrzucono ze względów bezpieczeństwa: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation>Arkusz jest uszkodzony lub niekompletny; otwórz go i zapisz ponownie w Excelu.</translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation>po rozpakowaniu zajmuje ponad 1 GB</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation>jest podejrzanie mocno skompresowany (bomba zip)</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>deklaruje encje XML</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation>Arkusz jest chroniony hasłem; zapisz jego kopię bez hasła.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation>To nie jest arkusz, który segdesk potrafi odczytać: %1</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Plik nie zawiera żadnych kontaktów.</translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation>Nieznany format pliku „%1”; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation>Plik ma ponad %1 wierszy; najpierw go podziel.</translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation>Plik jest za duży (%1 MB; najwyżej %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation>„%1” nie ma numeru kierunkowego kraju (+...); wybierz kraj numerów</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1” nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation>„%1” nie jest krajem znanym segdesk</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation>„%1” nie jest kodem języka, takim jak en, it lub pl</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>„%1” nie jest ani „tak”, ani „nie”</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1” nie należy do dozwolonych wartości: %2</translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation>To nie jest plik vCard (brak BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation>Plik vCard jest niekompletny: jednej wizytówce brakuje END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation>Plik vCard jest uszkodzony (wizytówka %1): %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Wiersz %1, kolumna „%2”: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Kolumna „%1”: %2</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation>daty mogą mieć format dzień/miesiąc lub miesiąc/dzień; odczytano jako dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation>daty mogą mieć format dzień/miesiąc lub miesiąc/dzień; odczytano jako miesiąc/dzień/rok</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation>ma %1 komórek, a nagłówek ma %2 (sprawdź separator i cudzysłowy)</translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation>brak nazwiska, firmy, e-maila i telefonu; wiersz pominięto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Wybierz inną bazę danych opcją --db ŚCIEŻKA albo ustaw SEGDESK_DB i uruchom segdesk ponownie.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>&amp;Znajdź kontakty</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>Pasek &amp;boczny</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panel &amp;szczegółów</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation>&amp;O programie segdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>Wyświetlono %Ln kontakt</numerusform>
            <numerusform>Wyświetlono %Ln kontakty</numerusform>
            <numerusform>Wyświetlono %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych segdesk (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation>Menedżer kontaktów dla małych firm: segmenty klientów, przypomnienia o kontakcie, listy telefoniczne i listy mailingowe.</translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation>O programie segdesk</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>„%1” nie jest kanałem (email, phone, post).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation>Rodzina %1</translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation>%1 z rodziną</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Oddzwonić</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Niezainteresowany</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation>Oddzwonić dnia ____</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Nazwisko / firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległość</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista telefonów</translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation>Brak kontaktów do obdzwonienia.</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>najbardziej zaległe najpierw</translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation>posortowane według nazwiska</translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation>posortowane według miasta</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n kontakt do obdzwonienia</numerusform>
            <numerusform>%n kontakty do obdzwonienia</numerusform>
            <numerusform>%n kontaktów do obdzwonienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>Pominięto %n: odmowa połączeń telefonicznych</numerusform>
            <numerusform>Pominięto %n: odmowa połączeń telefonicznych</numerusform>
            <numerusform>Pominięto %n: odmowa połączeń telefonicznych</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nigdy nie kontaktowano się</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Zaległość: %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>brak numeru telefonu</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Opiekun: %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Ostatni kontakt: %1</translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation>Arkusz musi mieć co najmniej jedną etykietę o dodatnim rozmiarze.</translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation>Etykiety na arkuszu nachodziłyby na siebie.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation>Etykiety nie mieszczą się na stronie.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation>Nieznany arkusz etykiet „%1”: użyj jednego z %2 albo STRONA:KOLUMNYxWIERSZE:SZEROKOŚĆxWYSOKOŚĆ w mm.</translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation>Ten arkusz ma %1 wierszy i %2 kolumn; zacznij w ich obrębie.</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etykiety adresowe</translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation>Test wyrównania etykiet</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation>Test wyrównania dla %1: przesunięcie %2 mm w prawo i %3 mm w dół.</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation>Wydrukuj w skali 100 % (bez „dopasuj do strony”) na zwykłym papierze, przyłóż do arkusza etykiet pod światło i zmierz, o ile przesunięte są kontury.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded</source>
        <translation>%1 telefon  %2 e-mail  %3 poczta:  ✓ zgoda  ✗ odmowa  ? brak informacji</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Brak preferencji</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Brak migawek</translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation>dołączyli / odeszli od %1</translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation>kontaktów obecnie</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>łączne wydatki</translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation>średnio na kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Podsumowanie segmentu</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Brak kontaktów</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Liczebność w czasie</translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation>Za mało historii: migawki tworzy polecenie „segdesk segments snapshot”.</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Według etapu</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Według województwa</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>Według branży</translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation>10 najcenniejszych kontaktów</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 to nie %2</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>%1 mniej niż %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 najwyżej %2</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 więcej niż %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 co najmniej %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 od %2 do %3</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 zawiera %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 nie zawiera %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 zaczyna się od %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 kończy się na %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 to żadne z: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 jest puste</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 nie jest puste</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 w dniu %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 przed %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 nie dawniej niż %2 temu</translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation>%1 ponad %2 temu</translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation>%1 nie później niż za %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation>%1: rocznica nie później niż za %2</translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation>%1 zawierają dowolne z: %2</translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation>%1 zawierają %2</translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation>%1 zawierają wszystkie: %2</translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation>%1 nie zawierają żadnego z: %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: tak</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nie</translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation>w segmencie %2</translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation>poza segmentem %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>w tym tygodniu</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>w zeszłym tygodniu</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>w tym miesiącu</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>w zeszłym miesiącu</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>w tym kwartale</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>w zeszłym kwartale</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>w tym roku</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>w zeszłym roku</translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation>wszystkie poniższe warunki</translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation>dowolny z poniższych warunków</translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation>żaden z poniższych warunków</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 tydzień</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation>%1 (okres: ostatnie %2)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>wszyscy</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nie (%1)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 oraz %2</translation>
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
        <translation>oczekiwano &quot;all&quot;, &quot;any&quot; lub &quot;none&quot;, a nie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty group</source>
        <translation>pusta grupa</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>nieznane pole &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>nieznany operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation>operatora &quot;%1&quot; nie można użyć dla &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation>&quot;window&quot; dotyczy tylko sum zakupów i aktywności</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>oczekiwano liczby całkowitej, 0 lub większej</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation>nieznana jednostka &quot;%1&quot; (oczekiwano days, weeks, months lub years)</translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation>ten operator nie przyjmuje wartości</translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation>oczekiwano {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (lub weeks, months, years)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>oczekiwano jednej z wartości: %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>oczekiwano liczby</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>oczekiwano niepustego tekstu</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>oczekiwano daty w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation>oczekiwano niepustej listy wartości</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; nie należy do %2</translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation>oczekiwano listy dwóch wartości [od, do]</translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation>dolna granica jest większa niż górna</translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation>oczekiwano nazwy segmentu</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>nieznany segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nieprawidłowy JSON: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reguły muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation>brak (oczekiwano 1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation>nieobsługiwana wersja %1 (oczekiwano 1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>nieznany klucz &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation>oczekiwano obiektu (warunku lub grupy)</translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation>brak (oczekiwano &quot;all&quot;, &quot;any&quot; lub &quot;none&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation>oczekiwano &quot;all&quot;, &quot;any&quot; lub &quot;none&quot;, a nie %1</translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation>brak (oczekiwano listy reguł)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>oczekiwano listy reguł</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>oczekiwano niepustego ciągu znaków</translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation>segment „%1” odwołuje się do siebie przez %2</translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation>segment „%1” odwołuje się do samego siebie</translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation>segment „%1” ma reguły, których nie można użyć (%2)</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation>Baza danych %1 jest już otwarta w innym oknie segdesk lub na innym komputerze. Najpierw ją tam zamknij; do pracy kilku osób naraz użyj trybu zespołowego.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation>Baza danych %1 jest uszkodzona (%2). Przywróć ostatnią sprawną kopię zapasową: segdesk backups restore.</translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation>%1 znajduje się w folderze udostępnionym lub synchronizowanym. Dwa komputery zapisujące ten sam plik mogą go uszkodzić: trzymaj bazę danych na tym komputerze albo użyj trybu zespołowego z serwerem PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation>Reguł segmentu „%1” nie można użyć: %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Do ponownego kontaktu</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>Dziś lub wcześniej trzeba odezwać się do %Ln kontaktu</numerusform>
            <numerusform>Dziś lub wcześniej trzeba odezwać się do %Ln kontaktów</numerusform>
            <numerusform>Dziś lub wcześniej trzeba odezwać się do %Ln kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Brak zapisanych segmentów</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation>„%1” nie jest ani ścieżką pliku, ani adresem URL bazy danych.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Dysk jest pełny, więc niczego nie zapisano. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Plik bazy danych jest tylko do odczytu, więc niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation>Baza danych jest zajęta przez inny program; niczego nie zapisano. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Niczego nie zapisano: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation>Nie można utworzyć folderu dla bazy danych %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję segdesk. Zainstaluj najnowszą wersję segdesk, aby ją otworzyć; nie została zmieniona.</translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation>%1 nie jest bazą danych segdesk; nie został zmieniony.</translation>
    </message>
</context>
</TS>

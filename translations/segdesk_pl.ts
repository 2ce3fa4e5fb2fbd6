<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zmieniono zgodę</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Zmieniono zbiorczo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Powiązana firma</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>member</source>
        <translation>członek</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>zawsze uwzględniany</translation>
    </message>
    <message>
        <source>always left out</source>
        <translation>zawsze pomijany</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
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
        <source>Daily</source>
        <translation>Codzienna</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Ręczna</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Przed cofnięciem importu</translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation>Przed aktualizacją bazy danych do nowej wersji segdesk</translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation>Przed usunięciem kontaktów</translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation>Przed dodaniem danych demonstracyjnych</translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation>Przed scaleniem kontaktów</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Przed przywróceniem kopii zapasowej</translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Kopie zapasowe dotyczą plików bazy danych; serwer tworzy własne kopie zapasowe.</translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation>Ta baza danych znajduje się na serwerze. Jej kopie zapasowe tworzy i przywraca na serwerze administrator (na przykład za pomocą pg_dump); segdesk nie zastępuje stąd wspólnej bazy danych.</translation>
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
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation>Nie udało się przywrócić żadnej z kopii zapasowych (%1): %2</translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation>Bazę danych na serwerze przywraca się na serwerze, a nie tutaj.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation>Nie ma jeszcze kopii zapasowych. segdesk tworzy kopię każdego dnia, w którym otwiera tę bazę danych, a także przed importem, zbiorczym usuwaniem i aktualizacją.</translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation>Przywrócenie kopii przywraca bazę danych do stanu z tamtej chwili. Bieżący stan zostaje najpierw zapisany w kopii zapasowej, więc przywrócenie można cofnąć z tej listy.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Pokaż &amp;folder</translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation>Sprawdzone kopie pliku %1 przechowywane w folderze %2.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Przywrócić kopię zapasową z %1?</translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation>Baza danych wróci do stanu z %1: wszystko, co od tego czasu wprowadzono lub zmieniono, zostanie zastąpione. Bieżący stan zostanie najpierw zapisany w kopii zapasowej, więc możesz to cofnąć, przywracając tę kopię („Przed przywróceniem kopii zapasowej”).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Przywrócono kopię zapasową z %1.</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation>Niczego jeszcze nie zapisano: tak wyglądałby wynik importu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Istniejący kontakt</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Dopasowano po</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Dla każdego duplikatu:</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Zaktualizuj kontakt</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Wyszukiwanie duplikatów…</translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation>Obliczanie, co zmieni import…</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>Przed importem trzeba poprawić w pliku %n problem w wierszach (albo pominąć kolumnę, której dotyczy); nic nie zostanie zapisane.</numerusform>
            <numerusform>Przed importem trzeba poprawić w pliku %n problemy w wierszach (albo pominąć kolumny, których dotyczą); nic nie zostanie zapisane.</numerusform>
            <numerusform>Przed importem trzeba poprawić w pliku %n problemów w wierszach (albo pominąć kolumny, których dotyczą); nic nie zostanie zapisane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>Odczytano %n wiersz.</numerusform>
            <numerusform>Odczytano %n wiersze.</numerusform>
            <numerusform>Odczytano %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Nowe: %1, zaktualizowane: %2, bez zmian: %3, pominięte: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>Poniżej %n ostrzeżenie.</numerusform>
            <numerusform>Poniżej %n ostrzeżenia.</numerusform>
            <numerusform>Poniżej %n ostrzeżeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation>Zmieniono wybór: „Sprawdź ponownie” zaktualizuje liczby.</translation>
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
        <source>Read %1 rows from %2 (%3).</source>
        <translation>Odczytano wiersze (%1) z %2 (%3).</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumny:</translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation>Pominięte kolumny:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... i jeszcze %1.</translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation>Wiersze z problemami: %1, więc niczego nie zaimportowano; popraw je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>Próba bez zapisu: do dodania %1, do aktualizacji %2, bez zmian %3, do pominięcia %4.</translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation>Nie ma czego importować: wszystkie kontakty już są w bazie.</translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Import %5: dodano %1, zaktualizowano %2, bez zmian %3, pominięto %4.</translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation>Aby go cofnąć: segdesk imports undo %1</translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation>wiersz %1 powtarza wiersz %2 (%3)</translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation>wiersz %1 pasuje do kontaktu %2 „%3” (%4, %5%)</translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation>Cofnięto import %1: usunięte kontakty: %2, przywrócone: %3.</translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation>Część z nich (%1) edytowano po imporcie; te zmiany również przepadły.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Nie ma jeszcze importów.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>cofnięty</translation>
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
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation>Pominięto kontakty bez zgody na e-maile lub bez prawidłowego adresu e-mail: %1.</translation>
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
        <source>The state before the restore is backed up as %1.</source>
        <translation>Stan sprzed przywrócenia zapisano w kopii zapasowej %1.</translation>
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
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation>Podaj, kogo ma dotyczyć raport: --segment NAZWA, --rules PLIK, --followups lub --all.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Zapisano listę telefonów z %n kontaktem</numerusform>
            <numerusform>Zapisano listę telefonów z %n kontaktami</numerusform>
            <numerusform>Zapisano listę telefonów z %n kontaktami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>Pominięto %n kontakt, który nie zgadza się na telefony.</numerusform>
            <numerusform>Pominięto %n kontakty, które nie zgadzają się na telefony.</numerusform>
            <numerusform>Pominięto %n kontaktów, które nie zgadzają się na telefony.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Zapisano podsumowanie %n kontaktu</numerusform>
            <numerusform>Zapisano podsumowanie %n kontaktów</numerusform>
            <numerusform>Zapisano podsumowanie %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation>Zapisano stronę testu wyrównania dla %1 w pliku %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>Zapisano %n etykietę</numerusform>
            <numerusform>Zapisano %n etykiety</numerusform>
            <numerusform>Zapisano %n etykiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>Pominięto %n kontakt bez zgody na pocztę tradycyjną.</numerusform>
            <numerusform>Pominięto %n kontakty bez zgody na pocztę tradycyjną.</numerusform>
            <numerusform>Pominięto %n kontaktów bez zgody na pocztę tradycyjną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>Pominięto %n kontakt z niepełnym adresem.</numerusform>
            <numerusform>Pominięto %n kontakty z niepełnym adresem.</numerusform>
            <numerusform>Pominięto %n kontaktów z niepełnym adresem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation>%1 (%2) w pliku %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>Zapisano segment „%1”.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>w segmencie</translation>
    </message>
    <message>
        <source>out</source>
        <translation>poza segmentem</translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation>Kontakt %1 jest %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>Zapisano migawkę %n segmentu.</numerusform>
            <numerusform>Zapisano migawki %n segmentów.</numerusform>
            <numerusform>Zapisano migawki %n segmentów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation>Dołączyło: %1, odeszło: %2, zostało: %3.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation>Kontakt zmieniony w międzyczasie</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>Ten kontakt</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation>%1: w trakcie Twojej edycji ktoś inny zapisał zmiany. Te pola różnią się teraz od tego, co zapisujesz. Które wartości zachować?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Cudze (właśnie zapisane)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Zachowaj cudze</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Zastąp moimi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
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
        <translation>CSV dla Mailchimp (*.csv)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV dla Kontaktów Google (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV dla Outlooka (*.csv)</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt odnotowany.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Nie udało się zapisać zmiany: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nowy kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Edytuj kontakt…</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Odnotuj kontakt…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Dodaj &amp;tag…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>U&amp;suń tag…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Ustaw &amp;etap…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Ustaw &amp;opiekuna…</translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation>Dodaj do se&amp;gmentu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia zmian…</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Eksportuj wszystkie dane tej osoby…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation>Raporty do druku pojawią się wraz z oknem raportów.</translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation>Zaznaczone kontakty</translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation>Wszystkie dane kontaktu zapisano w %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Usunąć %n kontakt? Możesz to cofnąć skrótem Ctrl+Z.</numerusform>
            <numerusform>Usunąć %n kontakty? Możesz to cofnąć skrótem Ctrl+Z.</numerusform>
            <numerusform>Usunąć %n kontaktów? Możesz to cofnąć skrótem Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Usuwanie kontaktów</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nie ma nic do zmiany.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Tag do dodania do zaznaczonych kontaktów:</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Dodanie tagu „%1” do %n kontaktu</numerusform>
            <numerusform>Dodanie tagu „%1” do %n kontaktów</numerusform>
            <numerusform>Dodanie tagu „%1” do %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Tag do usunięcia z zaznaczonych kontaktów:</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Usunięcie tagu „%1” z %n kontaktu</numerusform>
            <numerusform>Usunięcie tagu „%1” z %n kontaktów</numerusform>
            <numerusform>Usunięcie tagu „%1” z %n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Ustaw etap</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Etap relacji:</translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Zmiana etapu %n kontaktu na „%1”</numerusform>
            <numerusform>Zmiana etapu %n kontaktów na „%1”</numerusform>
            <numerusform>Zmiana etapu %n kontaktów na „%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation>Nie ma jeszcze członków zespołu do wyboru.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Ustaw opiekuna</translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation>Odpowiedzialny członek zespołu:</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Zmiana opiekuna %n kontaktu na: %1</numerusform>
            <numerusform>Zmiana opiekuna %n kontaktów na: %1</numerusform>
            <numerusform>Zmiana opiekuna %n kontaktów na: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation>Nie ma jeszcze zapisanych segmentów.</translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation>Dodaj do segmentu</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>Dodanie %n kontaktu do segmentu „%1”</numerusform>
            <numerusform>Dodanie %n kontaktów do segmentu „%1”</numerusform>
            <numerusform>Dodanie %n kontaktów do segmentu „%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Usunięcie %n kontaktu</numerusform>
            <numerusform>Usunięcie %n kontaktów</numerusform>
            <numerusform>Usunięcie %n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>Usunięto %n kontakt.</numerusform>
            <numerusform>Usunięto %n kontakty.</numerusform>
            <numerusform>Usunięto %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n kontakt do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontakty do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontaktów do %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>Pominięto %n kontakt: brak zgody na e-maile lub prawidłowego adresu.</numerusform>
            <numerusform>Pominięto %n kontakty: brak zgody na e-maile lub prawidłowego adresu.</numerusform>
            <numerusform>Pominięto %n kontaktów: brak zgody na e-maile lub prawidłowego adresu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n kontakt zmieniony w międzyczasie pozostawiono bez zmian.</numerusform>
            <numerusform>%n kontakty zmienione w międzyczasie pozostawiono bez zmian.</numerusform>
            <numerusform>%n kontaktów zmienionych w międzyczasie pozostawiono bez zmian.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation>Podstawowe dane</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poczta tradycyjna</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Odnotuj kontakt…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Eksportuj wszystkie dane tej osoby…</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>Trwale usuń tę osobę…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation>Nie ma jeszcze kontaktów ani zamówień.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Cofnij zmiany</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation>Wpisz, aby znaleźć firmę w bazie danych</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Pracuje w</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Dane firmy</translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation>Wycofaj wszystkie zgody (nie kontaktować się)</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Ten kontakt został usunięty.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation>Nowy kontakt – segdesk</translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation>Wypełnij to, co wiesz; wszystko można później zmienić.</translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation>%1 – segdesk</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Ostatni kontakt: %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nigdy nie kontaktowano się</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>następny kontakt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>kontakt nr %1</translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation>Z firmy %1 (tylko do odczytu):</translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation>Najpierw zapisz kontakt.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Udziel zgody</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zgoda udzielona</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Brak zgody</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj zgodę</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>Przed zapisaniem popraw %n pole</numerusform>
            <numerusform>Przed zapisaniem popraw %n pola</numerusform>
            <numerusform>Przed zapisaniem popraw %n pól</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nowy kontakt: %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Edycja: %1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>Udzielenie zgody (%1): %2</translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation>Wycofanie zgody (%1): %2</translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation>Wycofanie wszystkich zgód: %1</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Trwałe usunięcie osoby</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation>Trwale usunąć kontakt %1 i wszystkie dane tej osoby (historię, zamówienia, dziennik zmian)? Tego nie można cofnąć; zostanie tylko informacja, że dane usunięto. Dotychczasowe kopie zapasowe zachowują te dane, dopóki nie zastąpią ich nowsze kopie.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Zapisać zmiany w tym kontakcie?</translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation>Numer, z +kierunkowym kraju, jeśli zagraniczny</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zostanie zapisane jako %1</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>RRRR</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation>„%1” nie jest datą: wpisz ją w formacie %2.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Data urodzenia nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Sprawdź rok: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1” nie jest kwotą pieniężną.</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Oddzielaj przecinkami</translation>
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
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Przywróć domyślne kolumny</translation>
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
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Zapisywane na tym komputerze, tylko dla Ciebie.</translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation>Gdzie segdesk przechowuje dane</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Plik na tym komputerze</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation>&amp;Serwer PostgreSQL wspólny dla zespołu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation>Po wybraniu innej bazy danych okno zostanie otwarte ponownie z tą bazą.</translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation>Program uruchomiono ze zmienną SEGDESK_DB, która ma pierwszeństwo przed tym ustawieniem.</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>Kopie zapasowe pliku bazy danych</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>Folder „backups” obok pliku bazy danych</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Liczba przechowywanych kopii:</translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation>Sprawdzona kopia powstaje codziennie oraz przed importem, zbiorczym usuwaniem i aktualizacją programu; starsze kopie są usuwane. Plik ▸ Kopie zapasowe… pozwala przywrócić jedną z nich. Kopie zapasowe bazy na serwerze tworzy się na serwerze.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych segdesk (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wybierz kontakt, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>Odnotuj kontakt…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Kto, co i kiedy zmienił</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Cofnij ten import</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n nowy kontakt</numerusform>
            <numerusform>%n nowe kontakty</numerusform>
            <numerusform>%n nowych kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n zaktualizowany</numerusform>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n pominięty wiersz</numerusform>
            <numerusform>%n pominięte wiersze</numerusform>
            <numerusform>%n pominiętych wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation>Nic nie wymagało zmian: kontakty już były w bazie.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Najpierw utworzono kopię zapasową: %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Cofanie importu…</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows – zachodnioeuropejskie (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows – środkowoeuropejskie (cp1250)</translation>
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
        <translation>UTF-16 (tekst Unicode z Excela)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation>Arkusz kalkulacyjny: pierwsze wiersze w takiej postaci, w jakiej zostaną zaimportowane.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation>Ten plik nie jest w UTF-8; odczytano go jako %1. Jeśli litery takie jak ą, ę, ł czy ż wyglądają poniżej źle, wybierz kodowanie, w którym wyświetlają się poprawnie.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation>Rozpoznano kodowanie pliku (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolumna</numerusform>
            <numerusform>%n kolumny</numerusform>
            <numerusform>%n kolumn</numerusform>
        </translation>
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
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation>Nieznany separator „%1”; użyj , ; tab lub |.</translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation>„%1” nie da się zapisać w kodowaniu %2; wybierz UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>„%1” nie jest znanym kodowaniem tekstu.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation>CSV lub TSV, Excel (.xlsx), „Tekst Unicode” z Excela, vCard (.vcf) albo eksport kontaktów z Google, Outlooka lub Mailchimpa.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Import kontaktów</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Pliki kontaktów (*.csv *.tsv *.txt *.xlsx *.vcf);;Wszystkie pliki (*)</translation>
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
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation>bez telefonów</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nigdy nie kontaktowano się</translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation>ostatnio: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Brak przypomnień.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>Zapisano %n przypomnienie w %1.</numerusform>
            <numerusform>Zapisano %n przypomnienia w %1.</numerusform>
            <numerusform>Zapisano %n przypomnień w %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation>Kontakt %1: bez przypomnienia aż do następnego kontaktu.</translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation>Kontakt %1: następny kontakt w dniu %2.</translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation>Domyślnie kontakt %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>bez stałego odstępu</translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation>Segment „%1”: kontakt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Zmieniono terminy dla %n kontaktu.</numerusform>
            <numerusform>Zmieniono terminy dla %n kontaktów.</numerusform>
            <numerusform>Zmieniono terminy dla %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation>Segment „%1” ma reguły, których nie można użyć; pominięto jego odstęp między kontaktami.</translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation>Segment „%1” wybiera członków według terminów kontaktu; pominięto jego odstęp między kontaktami.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation>Odstęp między kontaktami musi wynosić od 1 do %1 dni.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation>Odstęp między kontaktami musi wynosić od 1 do %1 miesięcy.</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation>„%1” nie jest odstępem czasu; wpisz na przykład „90 days” lub „3 months”.</translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation>Nieznana lista przypomnień „%1”; wybierz jedną z: %2.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń: %1</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Skontaktuj się: %1</translation>
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
        <translation>Komórka: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation>Bez telefonów: ten kontakt nie wyraził na nie zgody.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Opiekun: %1</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Nigdy nie kontaktowano się.</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Ostatni kontakt: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation>Notatka do przypomnienia: %1</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Przypomnienia segdesk</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>call</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>wizyta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>W tym tygodniu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation>W zespole nie ma nikogo o nazwie „%1”.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Nie ma kontaktu o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>Przełóż na dziś lub na późniejszy dzień.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Nie ma segmentu „%1”.</translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation>Nieznana forma kontaktu „%1”; wybierz jedną z: %2.</translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation>Wynik może mieć najwyżej %1 znaków; resztę wpisz w notatce.</translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation>Następny kontakt nie może wypaść przed tym kontaktem.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>W tym tygodniu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
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
        <translation>Termin</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>bez telefonów</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin dziś</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>za %Ln dzień</numerusform>
            <numerusform>za %Ln dni</numerusform>
            <numerusform>za %Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nigdy nie kontaktowano się</translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation>Nie zgadza się na telefony: nie dzwoń.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Przełożono na %1</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Data ustawiona ręcznie</translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation>Na dziś nie ma przypomnień.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln przypomnienie na dziś lub zaległe.</numerusform>
            <numerusform>%Ln przypomnienia na dziś lub zaległe.</numerusform>
            <numerusform>%Ln przypomnień na dziś lub zaległych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Pokaż przypomnienia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Przypomnienia segdesk</translation>
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
        <source>Snooze Until</source>
        <translation>Przełóż na dzień</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>Przełożenie %n przypomnienia</numerusform>
            <numerusform>Przełożenie %n przypomnień</numerusform>
            <numerusform>Przełożenie %n przypomnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>Odrzucenie %n przypomnienia</numerusform>
            <numerusform>Odrzucenie %n przypomnień</numerusform>
            <numerusform>Odrzucenie %n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Eksport przypomnień do kalendarza</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln przypomnienie do pliku kalendarza.</numerusform>
            <numerusform>Wyeksportowano %Ln przypomnienia do pliku kalendarza.</numerusform>
            <numerusform>Wyeksportowano %Ln przypomnień do pliku kalendarza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation>Tylko kontakty, do których można dzwonić</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Odnotuj &amp;rozmowę…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Otwórz &amp;kontakt</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Przełóż</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>W przyszłym tygodniu</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Wybierz datę…</translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation>Nikt nie czeka na kontakt. Świetna robota!</translation>
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
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed zmianą</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po zmianie</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>kontakt %1</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Historia zmian – %1</translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation>Nie zapisano jeszcze żadnych zmian tego kontaktu.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n zmiana, od najnowszej.</numerusform>
            <numerusform>%n zmiany, od najnowszej.</numerusform>
            <numerusform>%n zmian, od najnowszej.</numerusform>
        </translation>
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
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import anulowano; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>Mapowanie nie pasuje do kolumn pliku.</translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation>Nieznane działanie dla duplikatów „%1”; wybierz jedno z: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation>„%1” nie jest kodem kraju, takim jak IT lub PL.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation>Plik nie jest w UTF-8; odczytano go jako %1. Jeśli litery wyglądają źle, wybierz jego kodowanie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation>Imię i nazwisko razem (zostanie rozdzielone)</translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation>Pełny adres (Mailchimp)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Nie można odczytać pliku mapowania %1: %2</translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation>Nie ma importu o numerze %1 (listę importów wyświetla „segdesk imports list”).</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>Import %1 został już cofnięty.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation>Import %1 zmienił później część tych samych kontaktów; najpierw cofnij ten późniejszy import.</translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation>Kontakty z importu %1 mają od tego czasu nowe interakcje, zamówienia lub przypomnienia (%2); cofnij z opcją --force, aby usunąć również je.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importuj kontakty…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Cofnij import…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Cofnięto %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Nie ma jeszcze importów.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation>Cofnąć import pliku %1? Utworzone przez niego kontakty zostaną usunięte, a zmienione odzyskają wcześniejsze wartości.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Cofanie importu…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Import kontaktów</translation>
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
        <translation>Etykiety adresowe</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Własny rozmiar…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Format strony:</translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation>Kolumny × wiersze:</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Rozmiar etykiety:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Odstępy:</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolumny</translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation>Zacznij od &amp;wiersza:</translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation>Przesuwa wszystko w prawo (wartość ujemna: w lewo).</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation>Przesuwa wszystko w dół (wartość ujemna: w górę).</translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation>Prz&amp;esunięcie x / y:</translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation>Jedna etykieta na adres (&amp;gospodarstwo domowe lub firma)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation>R&amp;ysuj kontury etykiet</translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation>Strona &amp;testu wyrównania</translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation>Wydrukuj na zwykłym papierze i przyłóż do arkusza etykiet, aby sprawdzić przesunięcie.</translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation>Avery %1 – %2 na arkuszu, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation>Odnotuj kontakt – %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Zainteresowany</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Niezainteresowany</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Złożono zamówienie</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Oddzwonić później</translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation>Czym się zakończyło (opcjonalnie)</translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation>Co warto pamiętać następnym razem (opcjonalnie)</translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation>Według zwykłego odstępu</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>W wybranym dniu</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation>Następny k&amp;ontakt:</translation>
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
        <source>&amp;Dark Theme</source>
        <translation>&amp;Ciemny motyw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Kopie zapasowe…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumny</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Pasek narzędzi</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
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
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmenty</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nowy segment…</translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation>&amp;Edytuj segment</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Brak zapisanych segmentów</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Wybierz, czym ma się stać każda kolumna pliku. Kolumny ustawione na „Pomiń” nie są importowane.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Przykładowe wartości</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importuj jako</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Wczytaj mapowanie…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Zapisz mapowanie…</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Wczytywanie całego pliku…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n wiersz do zaimportowania.</numerusform>
            <numerusform>%n wiersze do zaimportowania.</numerusform>
            <numerusform>%n wierszy do zaimportowania.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Kolumny dopasowano według nazw; sprawdź je.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Pomiń —</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Pole własne…</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Własne: %1</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Pole własne</translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation>Nazwa nowego pola własnego:</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Wczytaj mapowanie</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mapowania (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Wczytano mapowanie z %1.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Mapowania (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Zapisano mapowanie w %1.</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Dane JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Eksport wszystkich danych osoby</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation>Nie można odczytać pliku ustawień %1 (%2); segdesk używa ustawień domyślnych. Zapisanie ustawień zastąpi ten plik.</translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation>„%1” nie jest bazą danych, z której segdesk może korzystać: podaj plik albo adres URL serwera, na przykład postgresql+psycopg://user@server/segdesk.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 to folder; wybierz plik bazy danych.</translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation>„%1” nie jest językiem dostępnym w segdesk; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation>Folder kopii zapasowych „%1” musi być podany jako pełna ścieżka.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>Wskazany folder kopii zapasowych %1 jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation>To, kim jesteś w zespole, musi być nazwą.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation>Liczba przechowywanych kopii zapasowych musi wynosić od 1 do %1.</translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation>Domyślny odstęp między kontaktami nie jest prawidłowym odstępem czasu.</translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation>Próg małego segmentu musi być liczbą całkowitą równą 0 lub większą.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>„%1” nie jest kodem kraju; wybierz kraj z listy.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation>Nieznany arkusz etykiet „%1”; wybierz jeden z: %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Zapisywane na tym komputerze, tylko dla Ciebie.</translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation>Zapisywane w bazie danych %1: to ustawienie obowiązuje wszystkich jej użytkowników.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation>(nie ustawiono — użyj loginu tego komputera: %1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Jesteś:</translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation>Nowy język będzie używany od następnego uruchomienia segdesk.</translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation>„Jesteś” dotyczy tej bazy danych: wprowadzane przez ciebie zmiany są zapisywane w historii każdego kontaktu pod nazwiskiem tego członka zespołu, a filtr Opiekun w przypomnieniach zaczyna od tej osoby.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodni</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesięcy</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation>&amp;Ponowny kontakt po:</translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation>Przypomnienie o kontakcie pojawia się po takim czasie od ostatniej rozmowy, wizyty lub e-maila, chyba że kontakt lub jeden z jego segmentów ma własny odstęp. Zmiana tego ustawienia przelicza wszystkie terminy.</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> kontaktów</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Ostrzegaj poniżej:</translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation>Segment z mniejszą liczbą kontaktów jest oznaczany ostrzeżeniem: dane o tak małej grupie osób są mało wiarygodne i mogą pozwolić na ich identyfikację. 0 wyłącza ostrzeżenie.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Arkusz etykiet:</translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation>Etykiety adresowe są domyślnie drukowane na tym arkuszu; w oknie Plik ▸ Drukuj… można za każdym razem wybrać inny.</translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation>Brak: numery muszą zaczynać się od +</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Kraj numerów telefonów:</translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation>Numer wpisany bez + jest traktowany jako numer z tego kraju (w edytorze kontaktu i podczas importu), chyba że kontakt ma przypisany własny kraj.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Połączono z %1.</translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation>segdesk użyje nowego języka przy następnym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation>Wybierz raport i jego opcje; tutaj pojawią się jego strony.</translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation>Gotowe strony: %1. Ta instalacja nie potrafi wyświetlać stron PDF (wymaga QtPdf lub pypdfium2), więc podgląd jest niedostępny: zapisz PDF i otwórz go w przeglądarce PDF.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>„%1” nie jest kanałem (email, phone, post).</translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation>„%1” nie jest obsługiwanym tu formatem (json, pdf).</translation>
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
        <source>Post</source>
        <translation>Poczta tradycyjna</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Brak zapisanych danych.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Podstawowe dane</translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation>Dane kontaktowe i adres</translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation>Wskaźniki wyliczane przez segdesk na podstawie historii</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>Nie zapisano żadnych zgód.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Nie zapisano żadnych interakcji.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation>Nie zapisano żadnych zamówień.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>wykonane %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>odrzucone %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>przełożone na %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation>Nie zapisano żadnych przypomnień.</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed zmianą</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po zmianie</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nie zapisano żadnych zmian.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Należy do</translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation>Nie należy do żadnego zapisanego segmentu.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation>Wszystkie dane, które segdesk przechowuje o osobie %1 (numer kontaktu %2); eksport: %3. Osoba ta występuje też w dziennych zapisach przynależności do segmentów (tylko daty i numery): %4.</translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation>Autor eksportu: %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation>Drukowanie raportów</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>&amp;Otwórz w przeglądarce PDF</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista telefonów</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etykiety adresowe</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Podsumowanie segmentu</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakty:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation>Najbardziej zaległe najpierw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Zwięzły</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Szczegółowy</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortuj według:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Układ:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Przygotowywanie raportu…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) listed</source>
        <translation>
            <numerusform>%n kontakt na liście</numerusform>
            <numerusform>%n kontakty na liście</numerusform>
            <numerusform>%n kontaktów na liście</numerusform>
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
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etykieta</numerusform>
            <numerusform>%n etykiety</numerusform>
            <numerusform>%n etykiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no postal consent</source>
        <translation>
            <numerusform>Pominięto %n: brak zgody na pocztę tradycyjną</numerusform>
            <numerusform>Pominięto %n: brak zgody na pocztę tradycyjną</numerusform>
            <numerusform>Pominięto %n: brak zgody na pocztę tradycyjną</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>Pominięto %n: niepełny adres</numerusform>
            <numerusform>Pominięto %n: niepełny adres</numerusform>
            <numerusform>Pominięto %n: niepełny adres</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation>Strona testu wyrównania: wydrukuj ją na zwykłym papierze.</translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation>Drukowanie z segdesk wymaga QtPdf lub pypdfium2; zamiast tego zapisz PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>lista-telefonów</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etykiety</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>podsumowanie</translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation>test-wyrównania</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
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
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Nie ma segmentu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Do ponownego kontaktu</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Zaznaczone kontakty</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation>Wszystkie dane przechowywane o tej osobie</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation>Nie udało się policzyć: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Dodaj grupę</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Dodaj warunek</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Usuń warunek</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Przenieś grupę</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Przenieś warunek</translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation>Umieść w grupie</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Rozgrupuj</translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation>Zmień: wszystkie/dowolny/żaden</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Edytuj wartość</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Edytuj warunek</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>temu</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>w ciągu ostatnich</translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation>Uwzględniaj tylko zakupy lub kontakty z ostatniego okresu</translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation>Usuń ten warunek (Del)</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>wybierz pole</translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation>%1 (%2) – kliknij, aby wybrać inne pole</translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation>np. Właściciele ekspresów z Mazowsza</translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation>Kim są i czego potrzebują (persona) albo do czego służy segment.</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nikt konkretny</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Bez koloru</translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation>indywidualnie dla kontaktu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation>Jak często kontaktować się z członkami tego segmentu</translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation>Dynamiczne: członkowie co dzień wyznaczani według reguł</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation>Statyczne: zamroź dzisiejszych członków</translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation>Zastąp członków segmentu kontaktami, które dziś spełniają reguły</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Zapisz segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>O&amp;pis:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kolor:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>Przypomnienie &amp;co:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Członkostwo:</translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation>Statyczne: zachowaj wybranych ręcznie członków (%1)</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation>Statyczne: zamroź dzisiejszych członków (%1)</translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation>Upuść wewnątrz reguły</translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation>Tutaj można tylko przenosić lub kopiować</translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation>Warunek nie może zawierać reguł</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Nieznane pole</translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation>Tutaj można upuszczać tylko pola i reguły</translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation>Nie można przenieść całej reguły</translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation>Upuść w innym miejscu</translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation>Grupy nie można umieścić w niej samej</translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation>Kopiuj grupę</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Kopiuj warunek</translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation>Zgrupuj warunki</translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation>Umieść oba w nowej grupie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nowy segment</translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation>%1[*] – Reguły segmentu</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>Słownie: %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>Pasujące kontakty: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(nie uwzględniono %n niekompletnego warunku)</numerusform>
            <numerusform>(nie uwzględniono %n niekompletnych warunków)</numerusform>
            <numerusform>(nie uwzględniono %n niekompletnych warunków)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Zacznij od szablonu</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Reguły segmentu</translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation>Najpierw nadaj segmentowi nazwę.</translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation>Najpierw popraw warunki obramowane na czerwono.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation>Zapisać zmiany w tym segmencie przed zamknięciem?</translation>
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
        <source>&amp;Find a Field</source>
        <translation>&amp;Znajdź pole</translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation>Przejdź do &amp;reguły</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Dodaj &amp;grupę</translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation>Umieść w gr&amp;upie</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>R&amp;ozgrupuj</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation>Usuń bieżący warunek lub grupę (Del)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Wytnij</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wkl&amp;ej</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>&amp;Importuj reguły…</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>&amp;Eksportuj reguły…</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>&amp;Zapisz segment</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation>Przelicz &amp;ponownie</translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation>Zacznij od &amp;szablonu</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Numer kontaktu</translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation>Numer kontaktu do wyjaśnienia</translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation>Dlaczego w segmencie lub poza nim?</translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation>Wybierz kontakt w podglądzie lub wpisz jego numer, aby zobaczyć, które reguły spełnia.</translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation>Reguły spełnione przez kontakt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation>Kontakt %1 należy do segmentu.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation>Kontakt %1 nie należy do segmentu.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>spełniona</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niespełniona</translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation>Spełnione są wszystkie poniższe</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Spełniony jest dowolny z poniższych</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>Nie jest spełniony żaden z poniższych</translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation>Kontakty pasują, gdy</translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation>Upuść tutaj pola lub użyj przycisku + Warunek</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Warunek</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Dodaj warunek do tej grupy</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupa</translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation>Dodaj grupę wewnątrz tej grupy (Ctrl+G)</translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation>Usuń tę grupę wraz z jej warunkami (Del)</translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation>Szukaj lub wpisz nową wartość…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wybierz…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n inny</numerusform>
            <numerusform>+%n inne</numerusform>
            <numerusform>+%n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation>Szukaj pól…</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Szukaj pól</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation>Upuść tutaj, aby usunąć</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Pasujące kontakty</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Żaden kontakt nie pasuje.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation>Pierwszych %1 z %2 pasujących kontaktów:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n pasujący kontakt:</numerusform>
            <numerusform>%n pasujące kontakty:</numerusform>
            <numerusform>%n pasujących kontaktów:</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>money</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>wybór</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>tak/nie</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>w dniu</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>przed</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>po</translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation>od</translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation>w ciągu ostatnich</translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation>ponad</translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation>w ciągu najbliższych</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>przypada</translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation>rocznica w ciągu najbliższych</translation>
    </message>
    <message>
        <source>include any of</source>
        <translation>zawierają dowolne z</translation>
    </message>
    <message>
        <source>include all of</source>
        <translation>zawierają wszystkie</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>nie zawierają żadnego z</translation>
    </message>
    <message>
        <source>is</source>
        <translation>to</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>to nie</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>nie zawiera</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>kończy się na</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>to jedno z</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>to żadne z</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>nie jest puste</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>mniej niż</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>najwyżej</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>więcej niż</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>co najmniej</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>od</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>to tak</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>to nie</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>w segmencie</translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation>poza segmentem</translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation>Przeciągnij, aby przenieść; Ctrl+przeciągnij, aby skopiować</translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation>Kontakty spełniające sam ten warunek</translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation>Nie policzono (warunek niekompletny)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importuj reguły</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Eksportuj reguły</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importuj reguły</translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation>Reguły segdesk (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Kim są</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Etap relacji</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodni</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesięcy</translation>
    </message>
    <message>
        <source>years</source>
        <translation>lat</translation>
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
        <source>type a value</source>
        <translation>wpisz wartość</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>and</source>
        <translation>do</translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation>wybierz datę</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation>wybierz okres</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>wybierz segment</translation>
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
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation>Wszystko albo nic: anulowany lub nieudany import niczego nie zapisuje.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Zatrzymaj import</translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation>Tworzenie kopii zapasowej bazy danych, a potem import…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Wyszukiwanie duplikatów…</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Zapisywanie kontaktów…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Import zatrzymano; niczego nie zapisano.</translation>
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
    <message>
        <source>No contact matches these rules.</source>
        <translation>Żaden kontakt nie spełnia tych reguł.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Pasuje tylko %n kontakt: dane o tak nielicznej grupie są niewiarygodne i mogą wskazywać konkretne osoby.</numerusform>
            <numerusform>Pasują tylko %n kontakty: dane o tak nielicznej grupie są niewiarygodne i mogą wskazywać konkretne osoby.</numerusform>
            <numerusform>Pasuje tylko %n kontaktów: dane o tak nielicznej grupie są niewiarygodne i mogą wskazywać konkretne osoby.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Ten segment już nie istnieje.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Segment musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>Tych reguł nie można użyć: %1</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Segment o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation>W międzyczasie ktoś zmienił lub usunął ten segment; otwórz go ponownie, aby go edytować.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Nie udało się odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 nie jest plikiem tekstowym.</translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation>%1 nie zawiera reguł segmentu: %2</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Nie ma segmentu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation>Segment „%1” nie ma migawek dla obu dat (z tego samego dnia lub wcześniejszych).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Nie ma kontaktu o numerze %1.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 nie jest plikiem reguł JSON: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation>%1 nie jest plikiem reguł JSON.</translation>
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
        <translation>Przypomnienia</translation>
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
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Nie ma kopii zapasowej tej bazy danych, którą można by przywrócić. Wybierz inną bazę danych opcją --db ŚCIEŻKA albo ustaw SEGDESK_DB i uruchom segdesk ponownie.</translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation>segdesk może przywrócić ostatnią nieuszkodzoną kopię zapasową (najnowsza kopia pochodzi z %1). Dane wprowadzone później zostaną utracone; uszkodzony plik zostanie zachowany pod zmienioną nazwą.</translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation>Przywróć ostatnią sprawną kopię zapasową</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation>Przywrócono kopię zapasową z %1; segdesk zaraz się uruchomi.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Uszkodzony plik zachowano jako %1.</translation>
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
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation>Firmy z wybranych branż i osoby, które w nich pracują.</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branże</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Wielkość firmy</translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation>Firmy według liczby pracowników (małe firmy: od 10 do 49).</translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation>Od (pracowników)</translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation>Do (pracowników)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Przedział wiekowy</translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation>Osoby w określonym wieku – do ofert dopasowanych do etapu życia.</translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation>Od (wiek)</translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation>Do (wiek)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation>Kontakty mieszkające lub mające siedzibę w wybranych województwach.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Województwa</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Zgłoszone potrzeby</translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation>Kontakty, które zgłosiły potrzebę czegoś, co oferujesz.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation>Najlepsze 20% według wydatków</translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation>Jedna piąta kupujących, którzy wydali najwięcej (ocena wartości 5).</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Najlepsi klienci</translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation>Kupują niedawno, często i dużo (oceny aktualności, częstotliwości i wartości 4 lub 5).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożeni odejściem</translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation>Dobrzy klienci, którzy od pewnego czasu nic nie kupili: odzyskaj ich.</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Często kupujący</translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation>Kontakty z wieloma zamówieniami w ostatnich 12 miesiącach.</translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation>Co najmniej (zamówień)</translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation>Kupują online</translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation>Kontakty, które częściej zamawiają online niż w sklepie.</translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation>Kupują w sklepie</translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation>Kontakty, które częściej kupują w sklepie niż online.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktywni klienci</translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation>Kupili coś w ostatnich 6 miesiącach.</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Nieaktywni klienci</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation>Kupowali wcześniej, ale nie w ostatnich 6 miesiącach.</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Etap relacji</translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation>Kontakty na wybranym etapie: nowy klient, stały klient, ambasador marki...</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Utraceni klienci</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation>Kupowali wcześniej, ale nie w ostatnich 12 miesiącach.</translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation>Kontakt w zeszłym miesiącu</translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation>Kontakty, z którymi ostatni kontakt był w poprzednim miesiącu kalendarzowym.</translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation>Bez kontaktu od 90 dni</translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation>Kontakty, z którymi nigdy się nie kontaktowano lub ostatnio ponad 90 dni temu.</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Sprzedaż uzupełniająca</translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation>Kupili jeden produkt, ale nie ten, który naturalnie go uzupełnia.</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kupiony produkt</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Niekupiony produkt</translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation>Zbliżające się wydarzenie</translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation>Ważna dla kontaktu data (odnowienie, rocznica) przypada w ciągu najbliższych 30 dni.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Pole daty</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
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
        <source>%1 · Order (%2) · %3</source>
        <translation>%1 · Zamówienie (%2) · %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation>Witamy w segdesk</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Jak chcesz zacząć?</translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation>Wypróbuj na danych demonstracyjnych</translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation>Poznaj segdesk na %1 realistycznych przykładowych klientach, ich zamówieniach i rozmowach. Idealne na pierwsze zapoznanie się z programem; dla prawdziwych kontaktów załóż nową bazę danych.</translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation>Importuj moje kontakty</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation>Wczytaj arkusz kalkulacyjny (CSV, Excel) lub wizytówki vCard z telefonu albo programu pocztowego; zanim cokolwiek zostanie zapisane, sprawdzisz każdą kolumnę.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Zacznij od pustej bazy</translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation>Otwórz pustą bazę danych i dodawaj kontakty samodzielnie, jeden po drugim.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation>Twoi klienci, ich zakupy i wszystkie rozmowy w jednym miejscu: segmenty do ukierunkowanych wysyłek, przypomnienia o kontakcie, listy telefonów i etykiety.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation>Przechowuj bazę danych w innym pliku (nowym lub istniejącym)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Kopie zapasowe:</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;Wspólny serwer PostgreSQL (tryb zespołowy).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation>Kopie zapasowe wspólnej bazy danych tworzy administrator serwera (na przykład za pomocą pg_dump); segdesk jej nie kopiuje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Jeden plik na tym komputerze; żadne dane go nie opuszczają.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation>Sprawdzona kopia bazy danych codziennie oraz przed każdym importem, zbiorczym usuwaniem i aktualizacją programu, w folderze:</translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation>Przechowywane są najnowsze kopie (%1). Plik ▸ Kopie zapasowe… pozwala przywrócić jedną z nich; w oknie Edycja ▸ Ustawienia… można zmienić folder i liczbę przechowywanych kopii.</translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation>Dodawanie kontaktów demonstracyjnych… %v z %m</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Nie udało się dodać kontaktów demonstracyjnych: %1</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych segdesk (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
</context>
</TS>

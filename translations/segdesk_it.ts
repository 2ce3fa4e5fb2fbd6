<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy of %1 is damaged: %2</source>
        <translation>La copia di backup di %1 è danneggiata: %2</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>Impossibile eseguire il backup di %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Il backup %1 è danneggiato (%2); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>Impossibile ripristinare %1: %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>I backup riguardano i file di database; un server gestisce i propri backup.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Non c’è nessun database in %1.</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Non ci sono backup di %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Non c’è nessun file di backup in %1.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation>Scrivi l’etichetta da aggiungere o togliere.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation>“%1” non è una fase del rapporto.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>“%1” non fa parte del team.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Non esiste nessun segmento chiamato “%1”.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenziale cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Cliente fedele</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation>Cliente inattivo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Donna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Licenza elementare</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Diploma di scuola superiore</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Laurea triennale</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Laurea magistrale</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Dottorato</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basso</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation>Medio-basso</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <translation>Medio-alto</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>In negozio</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” non è una data; scrivila nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>“%1” non è un numero intero maggiore o uguale a zero.</translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation>Aggiunti %1 contatti dimostrativi a %2.</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns richiede almeno un identificativo di campo.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Esportati %1 contatti in %2.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Non ci sono ancora backup.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backup salvato in %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 ripristinato da %2.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Il file sostituito è conservato come %1.</translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation>Tutti i dati del contatto %1 sono in %2.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>La cancellazione non si può annullare: aggiungi --yes per confermare.</translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation>Contatto %1 cancellato (%2 record).</translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation>Indica a quale canale il contatto ha acconsentito: --channel.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consenso registrato.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation>Cerca nomi, aziende, email, telefoni, città…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Nessun contatto corrisponde a “%1”.</translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation>Nessun contatto da ricontattare. Ottimo lavoro!</translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation>In questo database non ci sono ancora contatti.
Importa un file o riempilo con dati dimostrativi (segdesk demo --contacts 2000).</translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” non è un indirizzo email.</translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation>“%1” richiede un paese: scegli il paese del contatto o inizia con +.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” non è un numero di telefono.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation>“%1” non è un codice paese di due lettere (IT, FR, PL…).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1” non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation>“%1” non è un numero intero maggiore o uguale a %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1” non è un importo.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1” non è tra i valori ammessi: %2.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation>Nel frattempo qualcun altro ha modificato questo contatto (%1).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Non esiste nessun contatto numero %1.</translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation>questo campo non è modificabile</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>campo personalizzato inesistente</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” non è un numero.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>“%1” non fa parte del team.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Seleziona un contatto per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation>Formato di esportazione “%1” sconosciuto; scegli tra: %2.</translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation>Indica almeno una colonna da esportare.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation>Colonna “%1” sconosciuta: “segdesk fields” elenca gli identificativi dei campi.</translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation>Excel contiene al massimo 1.048.575 righe; esporta invece in CSV.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation>Numero contatto</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o azienda</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Fascia di reddito</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Fatturato annuo</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase del rapporto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Numero di contatti</translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation>Ricontatto ogni (giorni)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prossimo ricontatto</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primo acquisto</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Numero di ordini</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Totale speso</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell’ordine</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Prodotti acquistati</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canale preferito</translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation>Punteggio recenza (1-5)</translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation>Punteggio frequenza (1-5)</translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation>Punteggio valore (1-5)</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>Email consentite</translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation>Telefonate consentite</translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation>Posta consentita</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Acquisti</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>“%1” non è una codifica di testo nota.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>Questo non è un file di testo (contiene dati binari).</translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation>Il file è danneggiato vicino alla riga %1 (una cella tra virgolette non è chiusa); potrebbe essere troncato.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonna %1</translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation>Il file non è leggibile come testo %1; scegli un’altra codifica o controlla il file.</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation>“%1” non è una data (letta come giorno/mese/anno)</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation>“%1” non è una data (letta come mese/giorno/anno)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” non è un numero</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation>“%1” non è un numero intero maggiore o uguale a zero</translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation>Il file di corrispondenza non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation>non è una corrispondenza di segdesk</translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation>tipo di campo personalizzato “%1” sconosciuto</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>campo “%1” sconosciuto</translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation>Questo foglio di calcolo è stato rifiutato per sicurezza: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation>Il foglio di calcolo è danneggiato o troncato; aprilo e salvalo di nuovo in Excel.</translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation>decompressa supera 1 GB</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation>è compresso in modo sospetto (una zip bomb)</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>dichiara entità XML</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation>Il foglio di calcolo è protetto da password; salvane una copia senza password.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation>Questo non è un foglio di calcolo leggibile da segdesk: %1</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Il file non contiene contatti.</translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation>Formato di file “%1” sconosciuto; scegli tra: %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation>Il file ha più di %1 righe; dividilo prima.</translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation>Il file è troppo grande (%1 MB; massimo %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>“%1” non è un indirizzo email valido</translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation>“%1” non ha il prefisso internazionale (+...); scegli il paese dei numeri</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>“%1” non è un numero di telefono</translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation>“%1” non è un paese noto a segdesk</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation>“%1” non è un codice lingua come en, it o pl</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>“%1” non è né sì né no</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” non è tra i valori ammessi: %2</translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation>Questo non è un file vCard (manca BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation>Il file vCard è troncato: a una scheda manca END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation>Il file vCard è danneggiato (scheda %1): %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Riga %1, colonna “%2”: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Colonna “%1”: %2</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation>le date potrebbero essere giorno/mese o mese/giorno; lette come giorno/mese/anno</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation>le date potrebbero essere giorno/mese o mese/giorno; lette come mese/giorno/anno</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>più lungo di %1 caratteri</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation>ha %1 celle ma l’intestazione ne ha %2 (controlla il separatore e le virgolette)</translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation>nessun nome, azienda, email o telefono; la riga viene saltata</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Scegli un altro database con --db PERCORSO, oppure imposta SEGDESK_DB, e riavvia segdesk.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>&amp;Cerca contatti</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barra laterale</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Pannello &amp;dettagli</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation>&amp;Informazioni su segdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>%Ln contatto mostrato</numerusform>
            <numerusform>%Ln contatti mostrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database segdesk (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation>Un gestionale dei contatti per piccole imprese: segmenti di clientela, ricontatti, liste di chiamata e mailing list.</translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation>Informazioni su segdesk</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>“%1” non è un canale (email, phone, post).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation>Famiglia %1</translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation>%1 e famiglia</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Richiamare</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Lasciato un messaggio</translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation>Richiamare il ____</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Nominativo / azienda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista di chiamata</translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation>Nessun contatto da chiamare.</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>prima i più in ritardo</translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation>in ordine di nome</translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation>in ordine di città</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n contatto da chiamare</numerusform>
            <numerusform>%n contatti da chiamare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n escluso: ha rifiutato le telefonate</numerusform>
            <numerusform>%n esclusi: hanno rifiutato le telefonate</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Mai contattato</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>In ritardo: %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Ultimo contatto: %1</translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation>Un foglio richiede almeno un’etichetta di dimensioni positive.</translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation>Le etichette sul foglio si sovrapporrebbero.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation>Le etichette non entrano nella pagina.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation>Foglio di etichette “%1” sconosciuto: usa uno tra %2, oppure PAGINA:COLONNExRIGHE:LARGHEZZAxALTEZZA in mm.</translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation>Questo foglio ha %1 righe e %2 colonne; inizia entro questi limiti.</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etichette per spedizioni</translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation>Prova di allineamento etichette</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation>Prova di allineamento per %1: spostamento di %2 mm a destra e %3 mm in basso.</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation>Stampa al 100 % (senza “adatta alla pagina”) su carta normale, sovrapponila a un foglio di etichette controluce e misura di quanto si discostano i contorni.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded</source>
        <translation>%1 telefono  %2 email  %3 posta:  ✓ consenso  ✗ rifiuto  ? non registrato</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Nessuna preferenza</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Ancora nessuna istantanea</translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation>entrati / usciti dal %1</translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation>contatti oggi</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>totale speso</translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation>media per contatto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nominativo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Riepilogo del segmento</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Nessun contatto</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Dimensione nel tempo</translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation>Storico ancora insufficiente: le istantanee si creano con “segdesk segments snapshot”.</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canale preferito</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Per regione</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>Per settore</translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation>I 10 contatti di maggior valore</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 è %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 non è %2</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>%1 inferiore a %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 al massimo %2</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 superiore a %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 almeno %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 tra %2 e %3</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 non contiene %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 inizia con %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 finisce con %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 non è né %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 è vuoto</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 non è vuoto</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 prima del %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 dopo il %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 da meno di %2</translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation>%1 più di %2 fa</translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation>%1 entro %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation>%1: anniversario entro %2</translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation>%1 includono almeno uno tra %2</translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation>%1 includono %2</translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation>%1 includono tutti: %2</translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation>%1 non includono nessuno tra %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sì</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation>nel segmento %2</translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation>non nel segmento %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>questa settimana</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la settimana scorsa</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>questo mese</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>il mese scorso</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>questo trimestre</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>il trimestre scorso</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>quest’anno</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>l’anno scorso</translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation>tutte le condizioni seguenti</translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation>almeno una delle condizioni seguenti</translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation>nessuna delle condizioni seguenti</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 settimana</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mese</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation>%1 nell’arco di %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, oppure %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, e %2</translation>
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
        <translation>atteso &quot;all&quot;, &quot;any&quot; o &quot;none&quot;, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty group</source>
        <translation>gruppo vuoto</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>operatore &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation>l’operatore &quot;%1&quot; non si applica a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation>&quot;window&quot; si applica solo ai totali di acquisti e attività</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>atteso un numero intero maggiore o uguale a 0</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation>unità &quot;%1&quot; sconosciuta (attese days, weeks, months o years)</translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation>questo operatore non richiede un valore</translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation>atteso {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (oppure weeks, months, years)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>atteso uno tra %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>atteso un numero</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>atteso un testo non vuoto</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>attesa una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation>attesa una lista di valori non vuota</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; non è tra %2</translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation>attesa una lista di due valori [minimo, massimo]</translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation>il valore minimo è maggiore del massimo</translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation>atteso il nome di un segmento</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segmento &quot;%1&quot; sconosciuto</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>le regole devono essere un oggetto JSON</translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation>mancante (atteso 1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation>versione %1 non supportata (attesa 1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>chiave &quot;%1&quot; sconosciuta</translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation>atteso un oggetto (una condizione o un gruppo)</translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation>mancante (atteso &quot;all&quot;, &quot;any&quot; o &quot;none&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation>atteso &quot;all&quot;, &quot;any&quot; o &quot;none&quot;, non %1</translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation>mancante (attesa una lista di regole)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>attesa una lista di regole</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>attesa una stringa non vuota</translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation>il segmento “%1” rimanda a se stesso tramite %2</translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation>il segmento “%1” rimanda a se stesso</translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation>il segmento “%1” ha regole non utilizzabili (%2)</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation>Il database %1 è già aperto in un’altra finestra di segdesk o su un altro computer. Chiudilo prima lì; per lavorare in più persone contemporaneamente usa la modalità team.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation>Il database %1 è danneggiato (%2). Ripristina l’ultimo backup integro: segdesk backups restore.</translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation>%1 si trova in una cartella condivisa o sincronizzata. Se due computer scrivono lo stesso file, possono danneggiarlo: tieni il database su questo computer oppure usa la modalità team con un server PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation>Le regole del segmento “%1” non sono utilizzabili: %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>%Ln contatto da ricontattare entro oggi</numerusform>
            <numerusform>%Ln contatti da ricontattare entro oggi</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Nessun segmento salvato</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation>“%1” non è né un percorso di file né un URL di database.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno, quindi non è stato salvato nulla. Libera un po’ di spazio e riprova.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Il file del database è di sola lettura, quindi non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation>Il database è occupato da un altro programma; non è stato salvato nulla. Riprova.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Non è stato salvato nulla: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation>Impossibile creare la cartella per il database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation>Il database %1 è stato scritto da una versione più recente di segdesk. Installa l’ultima versione di segdesk per aprirlo; non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation>%1 non è un database di segdesk; non è stato modificato.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Modifica multipla</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Azienda collegata</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>sempre incluso</translation>
    </message>
    <message>
        <source>always left out</source>
        <translation>sempre escluso</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Revocato</translation>
    </message>
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
        <source>Daily</source>
        <translation>Giornaliero</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Prima di un’importazione</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Prima di annullare un’importazione</translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation>Prima di aggiornare il database a una nuova versione di segdesk</translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation>Prima di eliminare contatti</translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation>Prima di aggiungere dati dimostrativi</translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation>Prima di unire contatti</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Prima di ripristinare un backup</translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>I backup riguardano i file di database; un server gestisce i propri backup.</translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation>Questo database si trova su un server. I suoi backup vengono eseguiti sul server dall’amministratore (ad esempio con pg_dump) e ripristinati lì; segdesk non sostituisce da qui un database condiviso.</translation>
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
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation>Non è stato possibile ripristinare nessuno dei %1 backup: %2</translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation>Un database su server si ripristina sul server, non da qui.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation>Non ci sono ancora backup. segdesk ne esegue uno ogni giorno in cui apre questo database, oltre che prima di importazioni, eliminazioni multiple e aggiornamenti.</translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation>Il ripristino riporta il database com’era in quel momento. Prima viene eseguito il backup dello stato attuale, così il ripristino si può annullare da questo elenco.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Mostra &amp;cartella</translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation>Copie verificate di %1, conservate in %2.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Ripristinare il backup del %1?</translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation>Il database torna com’era il %1: tutto ciò che è stato inserito o modificato da allora viene sostituito. Prima viene eseguito il backup dello stato attuale, quindi puoi annullare l’operazione ripristinando quella copia (“Prima di ripristinare un backup”).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Ripristinato il backup del %1.</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation>Non è ancora stato scritto nulla: ecco cosa farebbe l’importazione.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trovato tramite</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Ricontrolla</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Per ogni duplicato:</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Aggiorna il contatto</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Salta la riga</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantieni entrambi</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verifica di tutte le righe…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation>Calcolo di cosa cambierebbe l&apos;importazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>%n problema nelle righe va corretto nel file (o la sua colonna ignorata) prima di poterlo importare; non verrà scritto nulla.</numerusform>
            <numerusform>%n problemi nelle righe vanno corretti nel file (o le relative colonne ignorate) prima di poterlo importare; non verrà scritto nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n riga letta.</numerusform>
            <numerusform>%n righe lette.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 nuovi, %2 aggiornati, %3 invariati, %4 saltati.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n avviso qui sotto.</numerusform>
            <numerusform>%n avvisi qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation>Scelte modificate: “Ricontrolla” aggiorna i conteggi.</translation>
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
        <source>Read %1 rows from %2 (%3).</source>
        <translation>Lette %1 righe da %2 (%3).</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonne:</translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation>Colonne ignorate:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... e altri %1.</translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation>%1 righe hanno problemi, quindi non è stato importato nulla; correggile e riprova.</translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>Simulazione: verrebbero aggiunti %1, aggiornati %2, lasciati invariati %3, saltati %4.</translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation>Niente da importare: tutti i contatti sono già presenti.</translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Importazione %5: %1 aggiunti, %2 aggiornati, %3 invariati, %4 saltati.</translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation>Per annullarla: segdesk imports undo %1</translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation>la riga %1 ripete la riga %2 (%3)</translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation>la riga %1 corrisponde al contatto %2 “%3” (%4, %5%)</translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation>Importazione %1 annullata: %2 contatti rimossi, %3 ripristinati.</translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation>%1 di questi erano stati modificati dopo l’importazione; anche quelle modifiche sono andate perse.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Ancora nessuna importazione.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullata</translation>
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
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation>Esclusi %1 contatti senza consenso alle email o senza un indirizzo email valido.</translation>
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
        <source>The state before the restore is backed up as %1.</source>
        <translation>Lo stato precedente al ripristino è stato salvato nel backup %1.</translation>
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
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation>Indica per chi è il report: --segment NOME, --rules FILE, --followups o --all.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Creata una lista di chiamata con %n contatto</numerusform>
            <numerusform>Creata una lista di chiamata con %n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>Escluso %n contatto che ha rifiutato le telefonate.</numerusform>
            <numerusform>Esclusi %n contatti che hanno rifiutato le telefonate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Creato il riepilogo di %n contatto</numerusform>
            <numerusform>Creato il riepilogo di %n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation>Pagina di prova allineamento per %1 salvata in %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>Creata %n etichetta</numerusform>
            <numerusform>Create %n etichette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>Escluso %n contatto senza consenso alla posta.</numerusform>
            <numerusform>Esclusi %n contatti senza consenso alla posta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>Escluso %n contatto con indirizzo incompleto.</numerusform>
            <numerusform>Esclusi %n contatti con indirizzo incompleto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation>%1 (%2) in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>Segmento “%1” salvato.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>nel segmento</translation>
    </message>
    <message>
        <source>out</source>
        <translation>fuori dal segmento</translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation>Il contatto %1 è %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>%n segmento memorizzato.</numerusform>
            <numerusform>%n segmenti memorizzati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation>Entrati %1, usciti %2, rimasti %3.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation>Contatto modificato nel frattempo</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>questo contatto</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation>Qualcun altro ha salvato %1 mentre lo stavi modificando. Questi campi ora sono diversi da quelli che stai salvando. Quali valori vuoi mantenere?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Degli altri (appena salvati)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Miei</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Mantieni quelli degli altri</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Sovrascrivi con i miei</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
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
        <translation>CSV per Mailchimp (*.csv)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV per Contatti Google (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV per Outlook (*.csv)</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contatto registrato.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossibile salvare la modifica: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuovo contatto…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifica contatto…</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Registra contatto…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Aggiungi e&amp;tichetta…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Rimuovi eti&amp;chetta…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Imposta &amp;fase…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Imposta res&amp;ponsabile…</translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation>Aggiungi al se&amp;gmento…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Esporta tutti i dati di questa persona…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation>I report stampabili arriveranno con la finestra dei report.</translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation>Contatti selezionati</translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation>Tutti i dati del contatto sono in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n contatto? Puoi annullare con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n contatti? Puoi annullare con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Elimina contatti</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Niente da modificare.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Etichetta da aggiungere ai contatti selezionati:</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Aggiungi l’etichetta “%1” a %n contatto</numerusform>
            <numerusform>Aggiungi l’etichetta “%1” a %n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Rimuovi etichetta</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Etichetta da rimuovere dai contatti selezionati:</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Rimuovi l’etichetta “%1” da %n contatto</numerusform>
            <numerusform>Rimuovi l’etichetta “%1” da %n contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Imposta fase</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Fase del rapporto:</translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Imposta la fase di %n contatto su “%1”</numerusform>
            <numerusform>Imposta la fase di %n contatti su “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation>Non c’è ancora nessun membro del team da scegliere.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Imposta responsabile</translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation>Membro del team responsabile:</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Assegna %n contatto a %1</numerusform>
            <numerusform>Assegna %n contatti a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation>Non c’è ancora nessun segmento salvato.</translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation>Aggiungi al segmento</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>Aggiungi %n contatto al segmento “%1”</numerusform>
            <numerusform>Aggiungi %n contatti al segmento “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Elimina %n contatto</numerusform>
            <numerusform>Elimina %n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>%n contatto eliminato.</numerusform>
            <numerusform>%n contatti eliminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione in corso…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>%n contatto esportato in %1.</numerusform>
            <numerusform>%n contatti esportati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>%n escluso: nessun consenso alle email o nessun indirizzo valido.</numerusform>
            <numerusform>%n esclusi: nessun consenso alle email o nessun indirizzo valido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n contatto modificato nel frattempo è rimasto com&apos;era.</numerusform>
            <numerusform>%n contatti modificati nel frattempo sono rimasti com&apos;erano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Telefonate</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Registra contatto…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Esporta tutti i dati di questa persona…</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation>Ancora nessun contatto né ordine.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annulla modifiche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation>Scrivi per cercare un’azienda nel database</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Lavora per</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Dati dell’azienda</translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation>Revoca tutto (non contattare)</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Questo contatto è stato eliminato.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation>Nuovo contatto – segdesk</translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation>Compila ciò che sai; potrai modificare tutto in seguito.</translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation>%1 – segdesk</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Ultimo contatto: %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Mai contattato</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>prossimo ricontatto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>contatto n. %1</translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation>Da %1 (sola lettura):</translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation>Salva prima il contatto.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Consentito</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Revoca</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>%n campo da correggere prima di salvare</numerusform>
            <numerusform>%n campi da correggere prima di salvare</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nuovo contatto %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Modifica %1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>Concedi consenso (%1) a %2</translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation>Revoca consenso (%1) a %2</translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation>Revoca tutti i consensi di %1</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation>Cancellare %1 e tutti i suoi dati (cronologia, ordini, registro delle modifiche)? L’operazione non si può annullare; resta solo una nota che indica che è avvenuta una cancellazione. I backup fatti finora li conservano finché non vengono sostituiti da backup più recenti.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Salvare le modifiche a questo contatto?</translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation>Numero, con +prefisso internazionale se estero</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Verrà salvato come %1</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation>“%1” non è una data: scrivila come %2.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>La data di nascita non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Controlla l’anno: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1” non è un importo.</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separa con virgole</translation>
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
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Ripristina colonne</translation>
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
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Salvato su questo computer, solo per te.</translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation>Dove segdesk conserva i dati</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;file su questo computer</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation>Un server PostgreSQL condiviso dal &amp;team</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation>Se scegli un altro database, la finestra si riapre su quello.</translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation>Questa sessione è stata avviata con SEGDESK_DB, che ha la precedenza su questa impostazione.</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>Backup di un file di database</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>“backups” accanto al file del database</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Mantieni gli ultimi:</translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation>Ogni giorno, e prima di importazioni, eliminazioni multiple e aggiornamenti del programma, viene creata una copia verificata; le più vecchie vengono rimosse. Con File ▸ Backup… se ne ripristina una. I backup di un server vengono eseguiti sul server.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>File di database</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database segdesk (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Cartella dei backup</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Seleziona un contatto per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>Registra contatto…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Chi ha modificato cosa, e quando</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Annulla questa importazione</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n nuovo contatto</numerusform>
            <numerusform>%n nuovi contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n riga saltata</numerusform>
            <numerusform>%n righe saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation>Non c’era niente da modificare: i contatti erano già presenti.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Prima è stato eseguito un backup: %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annullamento dell’importazione…</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows Europa occidentale (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows Europa centrale (cp1250)</translation>
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
        <translation>UTF-16 (testo Unicode di Excel)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation>Un foglio di calcolo: le prime righe come verranno importate.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation>Questo file non è UTF-8; è stato letto come %1. Se qui sotto lettere come à, é, ł o ß appaiono errate, scegli la codifica che le mostra correttamente.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation>La codifica del file è stata riconosciuta (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonna</numerusform>
            <numerusform>%n colonne</numerusform>
        </translation>
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
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation>Separatore “%1” sconosciuto; usa , ; tab o |.</translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation>“%1” non può essere scritto in %2; scegli UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>“%1” non è una codifica di testo nota.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation>CSV o TSV, Excel (.xlsx), “Testo Unicode” di Excel, vCard (.vcf) oppure un’esportazione dei contatti di Google, Outlook o Mailchimp.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>File di contatti (*.csv *.tsv *.txt *.xlsx *.vcf);;Tutti i file (*)</translation>
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
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation>niente telefonate</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>mai contattato</translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation>ultimo: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Nessuno da ricontattare.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>Scritto %n ricontatto in %1.</numerusform>
            <numerusform>Scritti %n ricontatti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation>Contatto %1: nessun ricontatto fino al prossimo contatto.</translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation>Contatto %1: prossimo ricontatto il %2.</translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation>Ricontatto predefinito: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation>Ricontatto per il segmento “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Scadenze modificate per %n contatto.</numerusform>
            <numerusform>Scadenze modificate per %n contatti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation>Il segmento “%1” ha regole non utilizzabili; il suo intervallo è stato ignorato.</translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation>Il segmento “%1” sceglie i membri in base alle date di ricontatto; il suo intervallo è stato ignorato.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation>L’intervallo di ricontatto deve essere tra 1 e %1 giorni.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation>L’intervallo di ricontatto deve essere tra 1 e %1 mesi.</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>ogni %n giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation>“%1” non è un intervallo; scrivi ad esempio “90 days” o “3 months”.</translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation>Elenco di ricontatti “%1” sconosciuto; scegli tra: %2.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Ricontatta %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Azienda: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Cellulare: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation>Niente telefonate: questo contatto non ha dato il consenso.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Mai contattato.</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Ultimo contatto: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Esito: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation>Nota per il ricontatto: %1</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Ricontatti segdesk</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>call</source>
        <translation>telefonata</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>riunione</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation>Nessun membro del team si chiama “%1”.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Non esiste nessun contatto con l’ID %1.</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>Rimanda a oggi o a un giorno successivo.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Non esiste nessun segmento “%1”.</translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation>Modalità di contatto “%1” sconosciuta; scegli tra: %2.</translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation>L’esito può avere al massimo %1 caratteri; scrivi il resto nella nota.</translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation>Il prossimo ricontatto non può essere precedente a questo contatto.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>niente telefonate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>oggi</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>tra %Ln giorno</numerusform>
            <numerusform>tra %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Mai contattato</translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation>Ha rifiutato le telefonate: non chiamare.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Rimandato al %1</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Data impostata manualmente</translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation>Nessun ricontatto previsto per oggi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln ricontatto previsto per oggi o in ritardo.</numerusform>
            <numerusform>%Ln ricontatti previsti per oggi o in ritardo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Mostra ricontatti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Ricontatti segdesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Rimanda fino a</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>Rimanda %n ricontatto</numerusform>
            <numerusform>Rimanda %n ricontatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>Ignora %n ricontatto</numerusform>
            <numerusform>Ignora %n ricontatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Esporta i ricontatti nel calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>File iCalendar (*.ics);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>%Ln ricontatto esportato nel file del calendario.</numerusform>
            <numerusform>%Ln ricontatti esportati nel file del calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Ricontatti</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation>Solo i contatti che posso chiamare</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Registra &amp;chiamata…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Apri contatto</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Esporta nel calendario…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Ri&amp;manda</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La settimana prossima</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Scegli una data…</translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation>Nessuno da ricontattare. Ottimo lavoro!</translation>
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
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contatto %1</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Cronologia – %1</translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation>Nessuna modifica registrata per questo contatto.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n modifica.</numerusform>
            <numerusform>%n modifiche, dalla più recente.</numerusform>
        </translation>
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
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importazione è stata annullata; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>La corrispondenza non si adatta alle colonne del file.</translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation>Scelta per i duplicati “%1” sconosciuta; scegli tra: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation>“%1” non è un codice paese come IT o PL.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation>Il file non è UTF-8; è stato letto come %1. Se le lettere appaiono errate, scegli la sua codifica.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation>Nome completo (diviso in nome e cognome)</translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation>Indirizzo completo (Mailchimp)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Impossibile leggere il file di corrispondenza %1: %2</translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation>Non esiste nessuna importazione numero %1 (“segdesk imports list” le elenca).</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>L’importazione %1 è già stata annullata.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation>L’importazione %1 ha modificato in seguito alcuni degli stessi contatti; annulla prima quella.</translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation>Da allora i contatti dell’importazione %1 hanno %2 interazioni, ordini o ricontatti; annulla con --force per rimuovere anche quelli.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Cronologia importazioni…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Cronologia importazioni</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importata</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creati</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annulla importazione…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Annullata il %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Ancora nessuna importazione.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation>Annullare l’importazione di %1? I contatti creati verranno rimossi e quelli modificati riavranno i valori precedenti.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annullamento dell’importazione…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importa contatti</translation>
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
        <translation>Etichette per spedizioni</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Formato personalizzato…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foglio:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Pagina:</translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation>Colonne × righe:</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Dimensioni etichetta:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Spaziature:</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonna</translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation>Inizia dalla ri&amp;ga:</translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation>Sposta tutto a destra (valori negativi: a sinistra).</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation>Sposta tutto in basso (valori negativi: in alto).</translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation>Spos&amp;tamento x / y:</translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation>Un’etichetta per &amp;indirizzo (famiglia o azienda)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation>Disegna i co&amp;ntorni delle etichette</translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation>Pagina di &amp;prova allineamento</translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation>Stampala su carta normale e sovrapponila a un foglio di etichette per controllare gli spostamenti.</translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation>Avery %1 – %2 per foglio, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation>Registra contatto – %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Lasciato un messaggio</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessato</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ha ordinato</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Richiamare più tardi</translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation>Com’è andata (facoltativo)</translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation>Cose da ricordare la prossima volta (facoltativo)</translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation>Secondo l’intervallo abituale</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>In una data precisa</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Come:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation>&amp;Prossimo ricontatto:</translation>
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
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra degli strumenti</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
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
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmenti</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nuovo segmento…</translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation>&amp;Modifica segmento</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Nessun segmento salvato</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Scegli cosa diventa ogni colonna del file. Le colonne impostate su “Ignora” non vengono importate.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valori di esempio</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importa come</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Carica corrispondenza…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Salva corrispondenza…</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Lettura dell’intero file…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n riga da importare.</numerusform>
            <numerusform>%n righe da importare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Le colonne sono state abbinate in base ai nomi; controllale.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignora —</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Campo personalizzato…</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personalizzato: %1</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Campo personalizzato</translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation>Nome del nuovo campo personalizzato:</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Carica corrispondenza</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Corrispondenze (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Corrispondenza caricata da %1.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Salva corrispondenza</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Corrispondenze (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Corrispondenza salvata in %1.</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Dati JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Esporta tutti i dati di questa persona</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation>Impossibile leggere il file delle preferenze %1 (%2); segdesk usa le impostazioni predefinite. Salvando le preferenze il file verrà sostituito.</translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation>“%1” non è un database utilizzabile da segdesk: indica un file o l’URL di un server, ad esempio postgresql+psycopg://user@server/segdesk.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 è una cartella; scegli un file di database.</translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation>“%1” non è una lingua disponibile in segdesk; scegline una tra: %2.</translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation>La cartella dei backup “%1” deve essere un percorso completo.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>La cartella dei backup %1 è un file, non una cartella.</translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation>Chi sei nel team deve essere un nome.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation>Il numero di backup da conservare deve essere tra 1 e %1.</translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation>L’intervallo di ricontatto predefinito non è un intervallo valido.</translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation>La soglia per i segmenti piccoli deve essere un numero intero, uguale o maggiore di 0.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>“%1” non è un codice paese; scegli un paese dall’elenco.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation>Foglio di etichette “%1” sconosciuto; scegline uno tra: %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Salvato su questo computer, solo per te.</translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation>Salvato nel database %1: l’impostazione vale per tutti quelli che lo usano.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predefinita di sistema (%1)</translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation>(non impostato — usa il nome di accesso di questo computer: %1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Tu sei:</translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation>segdesk usa la nuova lingua dal prossimo avvio.</translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation>“Tu sei” vale per questo database: le modifiche che fai vengono registrate a nome di quel membro del team nella cronologia di ogni contatto, e il filtro Responsabile dei ricontatti parte da quel membro.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Ricontatti</translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation>&amp;Ricontatta dopo:</translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation>Un contatto va ricontattato dopo questo tempo dall’ultima telefonata, visita o email, a meno che il contatto o uno dei suoi segmenti non abbia un intervallo proprio. Se lo modifichi, tutte le scadenze vengono ricalcolate.</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contatti</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Avvisa se meno di:</translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation>Un segmento con meno contatti di così riceve un avviso: i dati su così poche persone sono poco affidabili e potrebbero renderle identificabili. Con 0 l’avviso è disattivato.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Foglio di etichette:</translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation>Le etichette per spedizioni usano inizialmente questo foglio; in File ▸ Stampa… se ne può scegliere un altro ogni volta.</translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation>Nessuno: i numeri devono iniziare con +</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Prefisso predefinito:</translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation>Un numero scritto senza + viene considerato di questo paese, nella scheda del contatto e durante le importazioni, a meno che il contatto non abbia un proprio paese.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connesso a %1.</translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation>segdesk userà la nuova lingua al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation>Scegli un report e le sue opzioni; qui ne appariranno le pagine.</translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation>Pagine pronte: %1. Questa installazione non può visualizzare pagine PDF (servono QtPdf o pypdfium2), quindi non c’è anteprima: salva il PDF e aprilo nel tuo visualizzatore PDF.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>“%1” non è un canale (email, phone, post).</translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation>“%1” non è un formato valido per questa operazione (json, pdf).</translation>
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
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nessun dato registrato.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation>Indirizzi e numeri</translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation>Dati calcolati da segdesk in base alla cronologia</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Dichiarazione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>Nessun consenso registrato.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Nessuna interazione registrata.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation>Nessun ordine registrato.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>eseguito il %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>ignorato il %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>rimandato al %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Ricontatti</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation>Nessun ricontatto registrato.</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nessuna modifica registrata.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membro di</translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation>Non appartiene a nessun segmento salvato.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contatto %1</translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation>Tutti i dati che segdesk conserva su %1 (contatto numero %2), esportati il %3. La persona compare inoltre in %4 registrazioni giornaliere di appartenenza ai segmenti (solo date e numeri).</translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation>Esportato da %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation>Stampa report</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>Apri nel &amp;visualizzatore PDF</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista di chiamata</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etichette per spedizioni</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Riepilogo del segmento</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contatti:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation>Prima i più in ritardo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compatto</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Dettagliato</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordina per:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>C&amp;arta:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparazione del report…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) listed</source>
        <translation>
            <numerusform>%n contatto in elenco</numerusform>
            <numerusform>%n contatti in elenco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n escluso: ha rifiutato le telefonate</numerusform>
            <numerusform>%n esclusi: hanno rifiutato le telefonate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etichetta</numerusform>
            <numerusform>%n etichette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contatto</numerusform>
            <numerusform>%n contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no postal consent</source>
        <translation>
            <numerusform>%n escluso: nessun consenso alla posta</numerusform>
            <numerusform>%n esclusi: nessun consenso alla posta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>%n escluso: indirizzo incompleto</numerusform>
            <numerusform>%n esclusi: indirizzo incompleto</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation>Pagina di prova allineamento: stampala su carta normale.</translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation>Per stampare da segdesk servono QtPdf o pypdfium2; salva invece il PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossibile avviare la stampante.</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>lista-chiamata</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>riepilogo</translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation>prova-allineamento</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
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
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Non esiste nessun segmento chiamato “%1”.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Contatti selezionati</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation>Tutti i dati conservati su questa persona</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation>Impossibile eseguire il conteggio: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Aggiungi gruppo</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Aggiungi condizione</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Elimina gruppo</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Elimina condizione</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Sposta gruppo</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Sposta condizione</translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation>Metti in un gruppo</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Sciogli gruppo</translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation>Cambia tutte/almeno una/nessuna</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifica valore</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifica condizione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>fa</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>negli ultimi</translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation>Conta solo gli acquisti o i contatti di un periodo recente</translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation>Elimina questa condizione (Canc)</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>scegli un campo</translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation>%1 (%2) – fai clic per scegliere un altro campo</translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation>es. Possessori di macchine espresso in Lombardia</translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation>Chi sono e di cosa hanno bisogno (buyer persona), o a cosa serve il segmento.</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nessuno in particolare</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Nessun colore</translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation>intervallo di ogni contatto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation>Ogni quanto ricontattare i membri di questo segmento</translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation>Dinamico: i membri seguono le regole ogni giorno</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation>Statico: congela i membri di oggi</translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation>Sostituisce i membri con i contatti che oggi soddisfano le regole</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Salva segmento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colore:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>Ricon&amp;tatta ogni:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Appartenenza:</translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation>Statico: mantieni i suoi %1 membri scelti a mano</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation>Statico: congela i %1 membri di oggi</translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation>Rilascia all’interno della regola</translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation>Qui si può solo spostare o copiare</translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation>Una condizione non può contenere regole</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Campo sconosciuto</translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation>Qui si possono rilasciare solo campi e regole</translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation>Non si può spostare l’intera regola</translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation>Rilascialo altrove</translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation>Un gruppo non può stare dentro sé stesso</translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation>Copia gruppo</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Copia condizione</translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation>Raggruppa condizioni</translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation>Metti entrambe in un nuovo gruppo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuovo segmento</translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation>%1[*] – Regole del segmento</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>In parole: %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>%1 contatti su %2 soddisfano le regole</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(%n condizione incompleta non conteggiata)</numerusform>
            <numerusform>(%n condizioni incomplete non conteggiate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Parti da un modello</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Regole del segmento</translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation>Prima dai un nome al segmento.</translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation>Prima correggi le condizioni evidenziate in rosso.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation>Salvare le modifiche a questo segmento prima di chiudere?</translation>
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
        <source>&amp;Find a Field</source>
        <translation>Tro&amp;va un campo</translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation>Vai alla rego&amp;la</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Aggiungi &amp;gruppo</translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation>Metti in un gr&amp;uppo</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Sciogli gruppo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation>Elimina la condizione o il gruppo corrente (Canc)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>&amp;Importa regole…</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>&amp;Esporta regole…</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>&amp;Salva segmento</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation>Rico&amp;nta</translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation>Parti da un &amp;modello</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Numero contatto</translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation>Numero del contatto da analizzare</translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation>Perché dentro o fuori?</translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation>Scegli un contatto nell’anteprima, o digitane il numero, per vedere quali regole soddisfa.</translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation>Regole soddisfatte dal contatto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation>Il contatto %1 è nel segmento.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation>Il contatto %1 non è nel segmento.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>soddisfatta</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatta</translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation>Sono vere tutte queste</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>È vera almeno una di queste</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>Non è vera nessuna di queste</translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation>Un contatto rientra quando</translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation>Trascina qui i campi, o usa + Condizione</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condizione</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Aggiungi una condizione a questo gruppo</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppo</translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation>Aggiungi un gruppo all’interno di questo (Ctrl+G)</translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation>Elimina questo gruppo e le sue condizioni (Canc)</translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation>Cerca o digita un nuovo valore…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>scegli…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation>Cerca campi…</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Cerca campi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation>Rilascia qui per eliminare</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contatti corrispondenti</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Nessun contatto corrisponde.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation>I primi %1 dei %2 contatti corrispondenti:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n contatto corrispondente:</numerusform>
            <numerusform>%n contatti corrispondenti:</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>money</source>
        <translation>importo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>scelta</translation>
    </message>
    <message>
        <source>list</source>
        <translation>elenco</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sì/no</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>è il</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>è prima del</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>è dopo il</translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation>è tra il</translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation>è negli ultimi</translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation>risale a più di</translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation>è nei prossimi</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>è nel periodo</translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation>anniversario nei prossimi</translation>
    </message>
    <message>
        <source>include any of</source>
        <translation>includono almeno uno tra</translation>
    </message>
    <message>
        <source>include all of</source>
        <translation>includono tutti</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>non includono nessuno tra</translation>
    </message>
    <message>
        <source>is</source>
        <translation>è</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>non è</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>non contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>inizia con</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>finisce con</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>è uno tra</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>non è nessuno tra</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>non è vuoto</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>è inferiore a</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>è al massimo</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>è superiore a</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>è almeno</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>è tra</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>è sì</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>è no</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>è nel segmento</translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation>non è nel segmento</translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation>Trascina per spostare; Ctrl+trascina per copiare</translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation>Contatti che soddisfano questa condizione presa da sola</translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation>Non conteggiata (incompleta)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importa regole</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Esporta regole</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importa regole</translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation>Regole segdesk (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Chi sono</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase del rapporto</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesi</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anni</translation>
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
        <source>type a value</source>
        <translation>digita un valore</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation>scegli una data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation>scegli un periodo</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>scegli un segmento</translation>
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
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation>Tutto o niente: un’importazione annullata o non riuscita non scrive nulla.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Interrompi importazione</translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation>Backup del database, poi importazione…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Scrittura dei contatti…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>L’importazione è stata interrotta; non è stato scritto nulla.</translation>
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
    <message>
        <source>No contact matches these rules.</source>
        <translation>Nessun contatto soddisfa queste regole.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Corrisponde solo %n contatto: i dati su così poche persone sono poco affidabili e potrebbero renderle identificabili.</numerusform>
            <numerusform>Corrispondono solo %n contatti: i dati su così poche persone sono poco affidabili e potrebbero renderle identificabili.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Questo segmento non esiste più.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento deve avere un nome.</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>Le regole non sono utilizzabili: %1</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Esiste già un segmento chiamato “%1”.</translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation>Nel frattempo qualcuno ha modificato o eliminato questo segmento; riaprilo per modificarlo.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 non è un file di testo.</translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation>%1 non contiene regole di segmento: %2</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Non esiste nessun segmento chiamato “%1”.</translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation>Il segmento “%1” non ha istantanee alla data o prima di entrambe le date.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Non esiste nessun contatto numero %1.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 non è un file di regole JSON: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation>%1 non è un file di regole JSON.</translation>
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
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Non c’è nessun backup di questo database da ripristinare. Scegli un altro database con --db PERCORSO, oppure imposta SEGDESK_DB, e riavvia segdesk.</translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation>segdesk può ripristinare l’ultimo backup integro (il più recente è del %1). Ciò che è stato inserito dopo andrà perso; il file danneggiato viene messo da parte con un altro nome.</translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation>Ripristina l’ultimo backup integro</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation>Il backup del %1 è stato ripristinato; ora segdesk si avvia.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Il file danneggiato è stato conservato come %1.</translation>
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
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation>Aziende dei settori scelti e le persone che vi lavorano.</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Dimensione aziendale</translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation>Aziende per numero di dipendenti (piccole imprese: da 10 a 49).</translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation>Da (dipendenti)</translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation>A (dipendenti)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d’età</translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation>Persone di una certa età, per offerte adatte a una fase della vita.</translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation>Da (età)</translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation>A (età)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation>Contatti che vivono o hanno sede nelle regioni scelte.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Esigenze dichiarate</translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation>Contatti che ti hanno detto di aver bisogno di qualcosa che offri.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation>Il 20% che spende di più</translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation>Il quinto degli acquirenti che hanno speso di più (punteggio valore 5).</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation>Acquistano di recente, spesso e molto (punteggi di recenza, frequenza e valore 4 o 5).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation>Buoni clienti che non acquistano da un po’: riconquistali.</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Acquirenti abituali</translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation>Contatti con molti ordini negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation>Almeno (ordini)</translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation>Acquistano online</translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation>Contatti che ordinano online più spesso che in negozio.</translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation>Acquistano in negozio</translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation>Contatti che acquistano in negozio più spesso che online.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clienti attivi</translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation>Hanno acquistato negli ultimi 6 mesi.</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Clienti inattivi</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation>Hanno acquistato in passato, ma non negli ultimi 6 mesi.</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase del rapporto</translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation>Contatti in una fase scelta: nuovo, fedele, promotore...</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Clienti persi</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation>Hanno acquistato in passato, ma non negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation>Contattati il mese scorso</translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation>Contatti il cui ultimo contatto risale al mese solare precedente.</translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation>Non contattati da 90 giorni</translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation>Mai contattati, o contattati l’ultima volta più di 90 giorni fa.</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Vendita abbinata</translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation>Hanno acquistato un prodotto ma non quello che lo completa.</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acquistato</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Non acquistato</translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation>Evento imminente</translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation>Una data importante per il contatto (rinnovo, anniversario) cade nei prossimi 30 giorni.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Campo data</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
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
        <source>%1 · Order (%2) · %3</source>
        <translation>%1 · Ordine (%2) · %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation>Benvenuto in segdesk</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation>Prova con dati dimostrativi</translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation>Esplora segdesk con %1 clienti di esempio realistici, con i loro ordini e le loro telefonate. Ideale per un primo sguardo; per i tuoi contatti reali crea poi un nuovo database.</translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation>Importa i miei contatti</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation>Importa un foglio di calcolo (CSV, Excel) o le vCard dal telefono o dal programma di posta; controlli ogni colonna prima che venga salvato qualcosa.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Inizia da zero</translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation>Apri il database vuoto e aggiungi tu i contatti, uno alla volta.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation>I tuoi clienti, i loro acquisti e ogni telefonata in un unico posto: segmenti per invii mirati, promemoria di ricontatto, liste di chiamata ed etichette.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation>Tieni il database in un altro file (nuovo o esistente)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;Un server PostgreSQL condiviso (modalità team).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation>Il backup di un database condiviso spetta all’amministratore del server (ad esempio con pg_dump); segdesk non lo copia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Un unico file su questo computer; nessun dato esce da qui.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation>Una copia verificata del database ogni giorno, e prima di ogni importazione, eliminazione multipla e aggiornamento del programma, in:</translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation>Vengono conservate le %1 più recenti. Con File ▸ Backup… se ne ripristina una; con Modifica ▸ Preferenze… si cambiano la cartella e il numero di copie conservate.</translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation>Aggiunta dei contatti dimostrativi… %v di %m</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Impossibile aggiungere i contatti dimostrativi: %1</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>File di database</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Database segdesk (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
</context>
</TS>

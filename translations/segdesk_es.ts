<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Modificado en bloque</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Empresa vinculada</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>siempre incluido</translation>
    </message>
    <message>
        <source>always left out</source>
        <translation>siempre excluido</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>La copia de seguridad de %1 está dañada: %2</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>No se ha podido hacer una copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>La copia de seguridad %1 está dañada (%2); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>No se ha podido restaurar %1: %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation>Antes de actualizar la base de datos a una nueva versión de segdesk</translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation>Antes de eliminar contactos</translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation>Antes de añadir datos de demostración</translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation>Antes de fusionar contactos</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Las copias de seguridad son para archivos de base de datos; un servidor gestiona sus propias copias.</translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation>Esta base de datos está en un servidor. Su administrador hace las copias de seguridad en el servidor (por ejemplo, con pg_dump) y las restaura allí; segdesk no sustituye desde aquí una base de datos compartida.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>No hay copias de seguridad de %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ningún archivo de copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation>No se ha podido restaurar ninguna de las %1 copias de seguridad: %2</translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation>Una base de datos de servidor se restaura en el servidor, no aquí.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation>Todavía no hay copias de seguridad. segdesk hace una cada día que abre esta base de datos, además de antes de importaciones, eliminaciones masivas y actualizaciones.</translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation>Al restaurar, la base de datos vuelve a estar como estaba en ese momento. Antes se hace una copia de seguridad del estado actual, así que la restauración se puede deshacer desde esta lista.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Mostrar &amp;carpeta</translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation>Copias verificadas de %1, guardadas en %2.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation>La base de datos vuelve a estar como estaba el %1: todo lo que se haya introducido o cambiado desde entonces se sustituye. Antes se hace una copia de seguridad del estado actual, así que puedes deshacerlo restaurando esa copia («Antes de restaurar una copia de seguridad»).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Se ha restaurado la copia de seguridad del %1.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation>Escribe la etiqueta que quieres añadir o quitar.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation>«%1» no es una fase de la relación.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>«%1» no forma parte del equipo.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation>Todavía no se ha escrito nada: esto es lo que haría la importación.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Para cada duplicado:</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Actualizar el contacto</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando todas las filas…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation>Calculando qué cambiaría la importación…</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>Hay que corregir %n problema de fila en el archivo (o ignorar su columna) antes de poder importarlo; no se escribirá nada.</numerusform>
            <numerusform>Hay que corregir %n problemas de filas en el archivo (o ignorar sus columnas) antes de poder importarlo; no se escribirá nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n aviso más abajo.</numerusform>
            <numerusform>%n avisos más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation>Opciones cambiadas: «Volver a comprobar» actualiza los recuentos.</translation>
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
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Cliente fiel</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation>Cliente inactivo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Educación primaria</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Educación secundaria</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Grado universitario</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation>Medio-bajo</translation>
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
        <translation>En línea</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En tienda</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escríbela con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>«%1» no es un número entero igual o mayor que cero.</translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation>Se han añadido %1 contactos de demostración a %2.</translation>
    </message>
    <message>
        <source>Read %1 rows from %2 (%3).</source>
        <translation>Se han leído %1 filas de %2 (%3).</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation>Columnas ignoradas:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... y %1 más.</translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation>%1 filas tienen problemas, así que no se ha importado nada; corrígelas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>Simulación: se añadirían %1, se actualizarían %2, quedarían %3 sin cambios y se omitirían %4.</translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation>No hay nada que importar: todos los contactos ya existen.</translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Importación %5: %1 añadidos, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation>Para deshacerla: segdesk imports undo %1</translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation>la fila %1 repite la fila %2 (%3)</translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation>la fila %1 coincide con el contacto %2 «%3» (%4, %5 %)</translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation>Importación %1 deshecha: %2 contactos eliminados, %3 restaurados.</translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation>%1 de ellos se habían modificado después de la importación; esos cambios también se han perdido.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns necesita al menos un identificador de campo.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Se han exportado %1 contactos a %2.</translation>
    </message>
    <message>
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation>Se han omitido %1 contactos sin consentimiento para correo electrónico o sin una dirección de correo válida.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurado a partir de %2.</translation>
    </message>
    <message>
        <source>The state before the restore is backed up as %1.</source>
        <translation>El estado anterior a la restauración se ha guardado en la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>El archivo sustituido se conserva como %1.</translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation>Todos los datos del contacto %1 están en %2.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>El borrado no se puede deshacer: añade --yes para confirmarlo.</translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation>Contacto %1 borrado (%2 registros).</translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation>Indica a qué canal ha dado su consentimiento el contacto: --channel.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentimiento registrado.</translation>
    </message>
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation>Indica de quién es el informe: --segment NOMBRE, --rules ARCHIVO, --followups o --all.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Se ha creado una lista de llamadas con %n contacto</numerusform>
            <numerusform>Se ha creado una lista de llamadas con %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>Se ha omitido %n contacto que rechazó las llamadas.</numerusform>
            <numerusform>Se han omitido %n contactos que rechazaron las llamadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Se ha creado el resumen de %n contacto</numerusform>
            <numerusform>Se ha creado el resumen de %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation>Se ha guardado la página de prueba de alineación para %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>Se ha creado %n etiqueta</numerusform>
            <numerusform>Se han creado %n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>Se ha omitido %n contacto sin consentimiento para correo postal.</numerusform>
            <numerusform>Se han omitido %n contactos sin consentimiento para correo postal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>Se ha omitido %n contacto con la dirección incompleta.</numerusform>
            <numerusform>Se han omitido %n contactos con la dirección incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation>%1 (%2) en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved segment “%1”.</source>
        <translation>Segmento «%1» guardado.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dentro del segmento</translation>
    </message>
    <message>
        <source>out</source>
        <translation>fuera del segmento</translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation>El contacto %1 está %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>%n segmento guardado.</numerusform>
            <numerusform>%n segmentos guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation>Entradas: %1, salidas: %2, permanecen: %3.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation>Contacto modificado mientras tanto</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation>Otra persona ha guardado %1 mientras lo editabas. Estos campos ahora son distintos de lo que estás guardando. ¿Qué valores quieres conservar?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Los suyos (recién guardados)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Los míos</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar los suyos</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Sobrescribir con los míos</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>CSV para Mailchimp (*.csv)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV para Contactos de Google (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV para Outlook (*.csv)</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se ha podido guardar el cambio: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Editar contacto…</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Cambiar &amp;fase…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Cambiar res&amp;ponsable…</translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation>Añadir al se&amp;gmento…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Exportar todos los datos de esta persona…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation>Los informes imprimibles llegarán con la ventana de informes.</translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation>Contactos seleccionados</translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation>Todos los datos del contacto están en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>¿Eliminar %n contacto? Puedes deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>¿Eliminar %n contactos? Puedes deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Etiqueta que añadir a los contactos seleccionados:</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Añadir la etiqueta «%1» a %n contacto</numerusform>
            <numerusform>Añadir la etiqueta «%1» a %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Etiqueta que quitar de los contactos seleccionados:</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Quitar la etiqueta «%1» de %n contacto</numerusform>
            <numerusform>Quitar la etiqueta «%1» de %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Cambiar fase</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Fase de la relación:</translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Cambiar la fase de %n contacto a «%1»</numerusform>
            <numerusform>Cambiar la fase de %n contactos a «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation>Todavía no hay ningún miembro del equipo que elegir.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Cambiar responsable</translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation>Miembro del equipo responsable:</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Asignar %n contacto a %1</numerusform>
            <numerusform>Asignar %n contactos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation>Todavía no hay ningún segmento guardado.</translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation>Añadir al segmento</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>Añadir %n contacto al segmento «%1»</numerusform>
            <numerusform>Añadir %n contactos al segmento «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>%n contacto eliminado.</numerusform>
            <numerusform>%n contactos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>%n contacto exportado a %1.</numerusform>
            <numerusform>%n contactos exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>%n omitido: sin consentimiento para correo electrónico o sin dirección válida.</numerusform>
            <numerusform>%n omitidos: sin consentimiento para correo electrónico o sin dirección válida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n contacto modificado desde entonces se ha dejado como estaba.</numerusform>
            <numerusform>%n contactos modificados desde entonces se han dejado como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Exportar todos los datos de esta persona…</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation>Todavía no hay contactos ni pedidos.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation>Escribe para buscar una empresa en la base de datos</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Trabaja en</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation>Retirar todo (no contactar)</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Este contacto se ha eliminado.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation>Nuevo contacto – segdesk</translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation>Rellena lo que sepas; podrás cambiarlo todo más adelante.</translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation>%1 – segdesk</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Último contacto: %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca contactado</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>próximo seguimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>contacto n.º %1</translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation>De %1 (solo lectura):</translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation>Guarda primero el contacto.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>%n campo que corregir antes de guardar</numerusform>
            <numerusform>%n campos que corregir antes de guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nuevo contacto %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Editar %1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>Dar consentimiento (%1) a %2</translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation>Retirar consentimiento (%1) a %2</translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation>Retirar todos los consentimientos de %1</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation>¿Borrar a %1 y todos sus datos (historial, pedidos, registro de auditoría)? No se puede deshacer; solo se conserva una nota de que se hizo un borrado. Las copias de seguridad hechas hasta ahora los conservan hasta que otras más recientes las sustituyan.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>¿Guardar los cambios de este contacto?</translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation>Número, con +prefijo de país si es del extranjero</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Se guardará como %1</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation>«%1» no es una fecha: escríbela como %2.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Revisa el año: %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Separa con comas</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation>Buscar nombres, empresas, correos, teléfonos, ciudades…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Ningún contacto coincide con «%1».</translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation>No hay ningún seguimiento pendiente. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation>Esta base de datos todavía no tiene contactos.
Importa un archivo o rellénala con datos de demostración (segdesk demo --contacts 2000).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation>«%1» necesita un país: elige el país del contacto o empieza por +.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation>«%1» no es un código de país de dos letras (IT, FR, PL…).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation>«%1» no es un número entero igual o mayor que %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» no es ninguno de estos valores: %2.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation>Otra persona ha modificado este contacto mientras tanto (%1).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>No existe ningún contacto con el número %1.</translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation>este campo no se puede modificar</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>no existe ese campo personalizado</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>«%1» no forma parte del equipo.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Se guarda en este ordenador, solo para ti.</translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation>Dónde guarda segdesk sus datos</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;archivo en este ordenador</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation>Un &amp;servidor PostgreSQL compartido por el equipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation>Si eliges otra base de datos, la ventana se vuelve a abrir con ella.</translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation>Esta sesión se ha iniciado con SEGDESK_DB, que tiene prioridad sobre este ajuste.</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>Copias de seguridad de un archivo de base de datos</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>«backups» junto al archivo de la base de datos</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>C&amp;onservar las más recientes:</translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation>Se hace una copia verificada cada día y antes de importaciones, eliminaciones masivas y actualizaciones del programa; las más antiguas se eliminan. Archivo ▸ Copias de seguridad… permite restaurar una. Las copias de una base de datos de servidor se hacen en el servidor.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de segdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Selecciona un contacto para ver los detalles.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Quién cambió qué y cuándo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n contacto nuevo</numerusform>
            <numerusform>%n contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation>No había nada que cambiar: los contactos ya existían.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Antes se hizo una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows Europa occidental (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows Europa central (cp1250)</translation>
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
        <translation>UTF-16 (texto Unicode de Excel)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation>Una hoja de cálculo: las primeras filas tal como se importarán.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation>Este archivo no es UTF-8; se ha leído como %1. Si abajo letras como à, é, ł o ß se ven mal, elige la codificación que las muestre bien.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation>Se ha reconocido la codificación del archivo (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation>Formato de exportación «%1» desconocido; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation>Indica al menos una columna para exportar.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation>Columna «%1» desconocida: «segdesk fields» muestra los identificadores de campo.</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation>Separador «%1» desconocido; usa , ; tab o |.</translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation>«%1» no se puede escribir en %2; elige UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>«%1» no es una codificación de texto conocida.</translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation>Excel admite como máximo 1.048.575 filas; exporta a CSV.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation>Número de contacto</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Tramo de ingresos</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase de la relación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Número de contactos</translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation>Seguimiento cada (días)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Número de pedidos</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Importe medio por pedido</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Productos comprados</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation>Puntuación de recencia (1-5)</translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation>Puntuación de frecuencia (1-5)</translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation>Puntuación de valor (1-5)</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>Acepta correos</translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation>Acepta llamadas</translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation>Acepta correo postal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elige un archivo</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation>CSV o TSV, Excel (.xlsx), «Texto Unicode» de Excel, vCard (.vcf) o una exportación de contactos de Google, Outlook o Mailchimp.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.txt *.xlsx *.vcf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation>sin llamadas</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nunca contactado</translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation>último: %1 %2</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>Se ha escrito %n seguimiento en %1.</numerusform>
            <numerusform>Se han escrito %n seguimientos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation>Contacto %1: sin seguimiento hasta el próximo contacto.</translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation>Contacto %1: próximo seguimiento el %2.</translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation>Seguimiento predeterminado: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation>Seguimiento del segmento «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Fechas de seguimiento cambiadas para %n contacto.</numerusform>
            <numerusform>Fechas de seguimiento cambiadas para %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation>El segmento «%1» tiene reglas que no se pueden usar; se ha omitido su intervalo.</translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation>El segmento «%1» elige sus miembros según las fechas de seguimiento; se ha omitido su intervalo.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation>El intervalo de seguimiento debe estar entre 1 y %1 días.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation>El intervalo de seguimiento debe estar entre 1 y %1 meses.</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation>«%1» no es un intervalo; escribe por ejemplo «90 days» o «3 months».</translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation>Lista de seguimientos «%1» desconocida; elige una de estas: %2.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Seguimiento con %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Móvil: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation>Sin llamadas: este contacto no ha dado su consentimiento.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Nunca contactado.</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Último contacto: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation>Nota de seguimiento: %1</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Seguimientos de segdesk</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
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
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation>Ningún miembro del equipo se llama «%1».</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>No existe ningún contacto con el ID %1.</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>Pospón hasta hoy o un día posterior.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>No existe el segmento «%1».</translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation>Forma de contacto «%1» desconocida; elige una de estas: %2.</translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation>El resultado admite como máximo %1 caracteres; pon el resto en la nota.</translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation>El próximo seguimiento no puede ser anterior a este contacto.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>sin llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dentro de %Ln día</numerusform>
            <numerusform>dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca contactado</translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation>Ha rechazado las llamadas: no llamar.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesto hasta el %1</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Fecha fijada a mano</translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation>No hay seguimientos para hoy.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln seguimiento para hoy o atrasado.</numerusform>
            <numerusform>%Ln seguimientos para hoy o atrasados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Mostrar seguimientos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Seguimientos de segdesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>Posponer %n seguimiento</numerusform>
            <numerusform>Posponer %n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>Descartar %n seguimiento</numerusform>
            <numerusform>Descartar %n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Exportar seguimientos al calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>%Ln seguimiento exportado al archivo de calendario.</numerusform>
            <numerusform>%Ln seguimientos exportados al archivo de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation>Solo contactos a los que puedo llamar</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Registrar &amp;llamada…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Abrir contacto</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Elegir una fecha…</translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation>No hay seguimientos pendientes. ¡Buen trabajo!</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contacto %1</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Historial – %1</translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation>Todavía no hay cambios registrados para este contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n cambio.</numerusform>
            <numerusform>%n cambios, primero los más recientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>«%1» no es una codificación de texto conocida.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>No es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation>El archivo está dañado cerca de la línea %1 (una celda entre comillas no está cerrada); puede que esté incompleto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation>El archivo no se puede leer como texto %1; elige otra codificación o revisa el archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation>«%1» no es una fecha (leída como día/mes/año)</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation>«%1» no es una fecha (leída como mes/día/año)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation>«%1» no es un número entero igual o mayor que cero</translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation>El archivo de correspondencia no se puede usar: %1</translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation>no es una correspondencia de segdesk</translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation>tipo de campo personalizado «%1» desconocido</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>campo «%1» desconocido</translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation>Esta hoja de cálculo se ha rechazado por seguridad: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation>La hoja de cálculo está dañada o incompleta; ábrela y vuelve a guardarla en Excel.</translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation>descomprimida ocupa más de 1 GB</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation>está comprimida de forma sospechosa (una bomba zip)</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>declara entidades XML</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation>La hoja de cálculo está protegida con contraseña; guarda una copia sin contraseña.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation>No es una hoja de cálculo que segdesk pueda leer: %1</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>El archivo no contiene ningún contacto.</translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation>Formato de archivo «%1» desconocido; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation>El archivo tiene más de %1 filas; divídelo primero.</translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation>El archivo es demasiado grande (%1 MB; como máximo %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>«%1» no es una dirección de correo válida</translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation>«%1» no tiene prefijo de país (+...); elige el país de los números</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation>«%1» no es un país que segdesk conozca</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation>«%1» no es un código de idioma como en, it o pl</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>«%1» no es ni sí ni no</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation>No es un archivo vCard (falta BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation>El archivo vCard está incompleto: a una tarjeta le falta END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation>El archivo vCard está dañado (tarjeta %1): %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Fila %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Columna «%1»: %2</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation>las fechas pueden ser día/mes o mes/día; leídas como día/mes/año</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation>las fechas pueden ser día/mes o mes/día; leídas como mes/día/año</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>de más de %1 caracteres</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation>tiene %1 celdas, pero el encabezado tiene %2 (revisa el separador y las comillas)</translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation>sin nombre, empresa, correo ni teléfono; se omite la fila</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la importación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>La correspondencia no encaja con las columnas del archivo.</translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation>Opción para duplicados «%1» desconocida; elige una de estas: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation>«%1» no es un código de país como IT o PL.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation>El archivo no es UTF-8; se ha leído como %1. Si las letras se ven mal, elige su codificación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation>Nombre completo (dividido en nombre y apellidos)</translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation>Dirección completa (Mailchimp)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>No se puede leer el archivo de correspondencia %1: %2</translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation>No existe ninguna importación con el número %1 («segdesk imports list» las muestra).</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>La importación %1 ya se ha deshecho.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation>La importación %1 cambió después algunos de los mismos contactos; deshazla primero.</translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation>Desde entonces, los contactos de la importación %1 tienen %2 interacciones, pedidos o seguimientos; deshazla con --force para eliminarlos también.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Deshecha el %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation>¿Deshacer la importación de %1? Los contactos que creó se eliminan y los que cambió recuperan sus valores anteriores.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
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
        <translation>Etiquetas de envío</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Tamaño personalizado…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation>Columnas × filas:</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Tamaño de etiqueta:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Separación:</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation>Empezar en la &amp;fila:</translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation>Mueve todo a la derecha (negativo: a la izquierda).</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation>Mueve todo hacia abajo (negativo: hacia arriba).</translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation>Despla&amp;zamiento x / y:</translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation>Una etiqueta por di&amp;rección (familia o empresa)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation>Dibujar los co&amp;ntornos de las etiquetas</translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation>Página de prueba de a&amp;lineación</translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation>Imprímela en papel normal y ponla sobre una hoja de etiquetas para comprobar los desplazamientos.</translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation>Avery %1 – %2 por hoja, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation>Registrar contacto – %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Le interesa</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No le interesa</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ha hecho un pedido</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Volver a llamar más tarde</translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation>Qué resultado tuvo (opcional)</translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation>Algo que recordar la próxima vez (opcional)</translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation>Según el intervalo habitual</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha concreta</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>C&amp;ómo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation>&amp;Próximo seguimiento:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Elige otra base de datos con --db RUTA, o define SEGDESK_DB, y vuelve a iniciar segdesk.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>&amp;Buscar contactos</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barra lateral</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation>&amp;Acerca de segdesk</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Col&amp;umnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>%Ln contacto mostrado</numerusform>
            <numerusform>%Ln contactos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de segdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation>Un gestor de contactos para pequeñas empresas: segmentos de clientes, seguimientos, listas de llamadas y listas de correo.</translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation>Acerca de segdesk</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nuevo segmento…</translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation>&amp;Editar segmento</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Aún no hay segmentos guardados</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Elige en qué se convierte cada columna del archivo. Las columnas marcadas como «Ignorar» no se importan.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Cargar correspondencia…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Leyendo todo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>Se importará %n fila.</numerusform>
            <numerusform>Se importarán %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Las columnas se han asignado según sus nombres; revísalas.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorar —</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Campo personalizado…</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personalizado: %1</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation>Nombre del nuevo campo personalizado:</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Cargar correspondencia</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondencias (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Correspondencia cargada desde %1.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar correspondencia</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Correspondencia guardada en %1.</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Exportar todos los datos de esta persona</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation>No se puede leer el archivo de preferencias %1 (%2); segdesk usa los valores predeterminados. Al guardar las preferencias, el archivo se sustituye.</translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation>«%1» no es una base de datos que segdesk pueda usar: indica un archivo o una URL de servidor como postgresql+psycopg://usuario@servidor/segdesk.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 es una carpeta; elige un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation>«%1» no es un idioma de segdesk; elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation>La carpeta de copias de seguridad «%1» debe ser una ruta completa.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>La carpeta de copias de seguridad %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation>Quién eres en el equipo debe ser un nombre.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation>El número de copias de seguridad que conservar debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation>El intervalo de seguimiento predeterminado no es un intervalo válido.</translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation>El umbral de segmento pequeño debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>«%1» no es un código de país; elige un país de la lista.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation>Hoja de etiquetas «%1» desconocida; elige una de estas: %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Se guarda en este ordenador, solo para ti.</translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation>Se guarda en la base de datos %1: todos los que la usan comparten este ajuste.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation>(sin definir — usar el inicio de sesión de este ordenador: %1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Eres:</translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation>segdesk usa el nuevo idioma a partir del siguiente inicio.</translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation>«Eres» se aplica a esta base de datos: los cambios que hagas se registran a nombre de ese miembro del equipo en el historial de cada contacto, y el filtro Responsable de los seguimientos empieza con ese miembro.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation>&amp;Volver a llamar tras:</translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation>Un contacto pasa a tener un seguimiento pendiente cuando ha transcurrido este tiempo desde la última llamada, visita o correo, salvo que el contacto o alguno de sus segmentos tenga su propio intervalo. Al cambiarlo se recalculan todas las fechas previstas.</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contactos</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Avisar por debajo de:</translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation>Los segmentos con menos contactos que esta cifra muestran un aviso: los datos sobre tan pocas personas son poco fiables y pueden permitir identificarlas. Con 0 se desactiva el aviso.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Hoja de etiquetas:</translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation>Las etiquetas de envío usan esta hoja de forma predeterminada; en Archivo ▸ Imprimir… se puede elegir otra cada vez.</translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation>Ninguno: los números deben empezar por +</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>País de los &amp;teléfonos:</translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation>Los números escritos sin + se interpretan como de este país, tanto en el editor de contactos como al importar, salvo que el contacto tenga su propio país.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation>segdesk usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation>Elige un informe y sus opciones; sus páginas aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation>Páginas listas: %1. Esta instalación no puede mostrar páginas PDF (necesita QtPdf o pypdfium2), así que no hay vista previa: guarda el PDF y ábrelo en tu visor de PDF.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>«%1» no es un canal (email, phone, post).</translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation>«%1» no es un formato válido para esto (json, pdf).</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation>Direcciones y teléfonos</translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation>Datos que segdesk calcula a partir del historial</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>No se ha registrado ningún consentimiento.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>No hay interacciones registradas.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation>No hay pedidos registrados.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>realizado el %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>descartado el %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>pospuesto hasta el %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation>No hay seguimientos registrados.</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Cambios (registro de auditoría)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Miembro de</translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation>No está en ningún segmento guardado.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation>Todos los datos que segdesk guarda sobre %1 (número de contacto %2), exportados el %3. Esta persona también figura en %4 registros diarios de pertenencia a segmentos (solo fechas y números).</translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation>Exportados por %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation>Imprimir informes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>A&amp;brir en el visor de PDF</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etiquetas de envío</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Resumen del segmento</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation>Primero los más atrasados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detallado</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) listed</source>
        <translation>
            <numerusform>%n contacto en la lista</numerusform>
            <numerusform>%n contactos en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n excluido: ha rechazado las llamadas</numerusform>
            <numerusform>%n excluidos: han rechazado las llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: no postal consent</source>
        <translation>
            <numerusform>%n omitido: sin consentimiento para correo postal</numerusform>
            <numerusform>%n omitidos: sin consentimiento para correo postal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>%n omitido: dirección incompleta</numerusform>
            <numerusform>%n omitidos: dirección incompleta</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation>Página de prueba de alineación: imprímela en papel normal.</translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation>Para imprimir desde segdesk se necesita QtPdf o pypdfium2; guarda el PDF en su lugar.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se ha podido iniciar la impresora.</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>lista-llamadas</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation>prueba-alineacion</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation>Familia %1</translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation>%1 y familia</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No le interesa</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation>Volver a llamar el ____</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Nombre / empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation>No hay contactos a los que llamar.</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>primero los más atrasados</translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation>ordenados por nombre</translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation>ordenados por ciudad</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n contacto al que llamar</numerusform>
            <numerusform>%n contactos a los que llamar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n excluido: ha rechazado las llamadas</numerusform>
            <numerusform>%n excluidos: han rechazado las llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca contactado</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Retraso: %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Último contacto: %1</translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation>Una hoja necesita al menos una etiqueta de tamaño positivo.</translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation>Las etiquetas de la hoja se solaparían.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation>Las etiquetas no caben en la página.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation>Hoja de etiquetas «%1» desconocida: usa una de %2, o PÁGINA:COLUMNASxFILAS:ANCHOxALTO en mm.</translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation>Esta hoja tiene %1 filas y %2 columnas; empieza dentro de ellas.</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etiquetas de envío</translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation>Prueba de alineación de etiquetas</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>fila %1, columna %2</translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation>Prueba de alineación para %1: desplazamiento de %2 mm a la derecha y %3 mm hacia abajo.</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation>Imprime al 100 % (sin «ajustar a la página») en papel normal, ponlo sobre una hoja de etiquetas a contraluz y mide cuánto se desvían los contornos.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
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
        <translation>%1 teléfono  %2 correo  %3 correo postal:  ✓ acepta  ✗ rechaza  ? sin registrar</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Aún no hay instantáneas</translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation>entradas / salidas desde el %1</translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation>contactos ahora</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>total gastado</translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation>media por contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Resumen del segmento</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Tamaño a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation>Aún no hay historial suficiente: las instantáneas se toman con «segdesk segments snapshot».</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Por fase</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por provincia</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation>Los 10 contactos de mayor valor</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Contactos seleccionados</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation>Todos los datos guardados sobre esta persona</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation>No se ha podido contar: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Eliminar condición</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Mover grupo</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Mover condición</translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation>Cambiar todas/alguna/ninguna</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editar condición</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>de antigüedad</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en los últimos</translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation>Contar solo las compras o los contactos de un periodo reciente</translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation>Eliminar esta condición (Supr)</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>elige un campo</translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation>%1 (%2) – haz clic para elegir otro campo</translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation>p. ej., Dueños de cafeteras espresso en Cataluña</translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation>Quiénes son y qué necesitan (buyer persona), o para qué sirve el segmento.</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation>el de cada contacto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation>Cada cuánto hacer seguimiento de los miembros de este segmento</translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation>Dinámico: los miembros siguen las reglas cada día</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation>Estático: congelar los miembros de hoy</translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation>Sustituye sus miembros por los contactos que cumplen hoy las reglas</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Guardar segmento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>&amp;Seguimiento cada:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Pertenencia:</translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation>Estático: conservar sus %1 miembros elegidos a mano</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation>Estático: congelar los %1 miembros de hoy</translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation>Suelta dentro de la regla</translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation>Aquí solo se puede mover o copiar</translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation>Una condición no puede contener reglas</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Campo desconocido</translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation>Aquí solo se pueden soltar campos y reglas</translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation>No se puede mover la regla completa</translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation>Suéltalo en otro sitio</translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation>Un grupo no puede ir dentro de sí mismo</translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation>Copiar grupo</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Copiar condición</translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation>Agrupar condiciones</translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation>Poner ambas en un grupo nuevo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation>%1[*] – Reglas del segmento</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>En palabras: %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>%1 de %2 contactos cumplen las reglas</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(%n condición incompleta sin contar)</numerusform>
            <numerusform>(%n condiciones incompletas sin contar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Empezar desde una plantilla</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Reglas del segmento</translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation>Primero ponle un nombre al segmento.</translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation>Primero corrige las condiciones marcadas en rojo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation>¿Guardar los cambios de este segmento antes de cerrar?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find a Field</source>
        <translation>&amp;Buscar un campo</translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation>&amp;Ir a la regla</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Añadir &amp;grupo</translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation>&amp;Agrupar</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>De&amp;sagrupar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation>Eliminar la condición o el grupo actual (Supr)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>&amp;Importar reglas…</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>&amp;Exportar reglas…</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>&amp;Guardar segmento</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation>&amp;Volver a contar</translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation>Empezar desde una &amp;plantilla</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Número de contacto</translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation>Número del contacto que analizar</translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation>¿Por qué dentro o fuera?</translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation>Elige un contacto en la vista previa, o escribe su número, para ver qué reglas cumple.</translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation>Reglas que cumple el contacto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation>El contacto %1 está en el segmento.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation>El contacto %1 no está en el segmento.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>se cumple</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no se cumple</translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation>Se cumplen todas estas</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Se cumple alguna de estas</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>No se cumple ninguna de estas</translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation>Un contacto entra cuando</translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation>Suelta aquí los campos, o usa + Condición</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Añadir una condición a este grupo</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation>Añadir un grupo dentro de este (Ctrl+G)</translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation>Eliminar este grupo y sus condiciones (Supr)</translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation>Busca o escribe un valor nuevo…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>elegir…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation>Buscar campos…</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Buscar campos</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation>Suelta aquí para eliminar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contactos que cumplen las reglas</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Ningún contacto cumple las reglas.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation>Los primeros %1 de %2 contactos que cumplen las reglas:</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n contacto cumple las reglas:</numerusform>
            <numerusform>%n contactos cumplen las reglas:</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>money</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>es el</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>es anterior al</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>es posterior al</translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation>está entre el</translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation>está en los últimos</translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation>tiene más de</translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation>está en los próximos</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>está en</translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation>aniversario en los próximos</translation>
    </message>
    <message>
        <source>include any of</source>
        <translation>incluyen alguno de</translation>
    </message>
    <message>
        <source>include all of</source>
        <translation>incluyen todos</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>no incluyen ninguno de</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>es sí</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>es no</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>está en el segmento</translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation>no está en el segmento</translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation>Arrastra para mover; Ctrl+arrastra para copiar</translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation>Contactos que cumplen esta condición por sí sola</translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation>Sin contar (incompleta)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importar reglas</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Exportar reglas</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importar reglas</translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation>Reglas de segdesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quiénes son</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase de la relación</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la semana pasada</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>el mes pasado</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>este trimestre</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>el trimestre pasado</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>el año pasado</translation>
    </message>
    <message>
        <source>type a value</source>
        <translation>escribe un valor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation>elige una fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation>elige un periodo</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>elige un segmento</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>%1 menor que %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 como máximo %2</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 mayor que %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 como mínimo %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 no contiene %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 empieza por %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 termina en %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 no está vacío</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 antes del %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 después del %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 hace menos de %2</translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation>%1 hace más de %2</translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation>%1 de aquí a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation>%1: aniversario de aquí a %2</translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation>%1 incluyen alguno de %2</translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation>%1 incluyen %2</translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation>%1 incluyen todos: %2</translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation>%1 no incluyen ninguno de %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation>en el segmento %2</translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation>fuera del segmento %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la semana pasada</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>el mes pasado</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>este trimestre</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>el trimestre pasado</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>el año pasado</translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation>todas las condiciones siguientes</translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation>alguna de las condiciones siguientes</translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation>ninguna de las condiciones siguientes</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation>%1 en %2</translation>
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
        <translation>nadie</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, o %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, y %2</translation>
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
        <translation>se esperaba &quot;all&quot;, &quot;any&quot; o &quot;none&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty group</source>
        <translation>grupo vacío</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>operador &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation>el operador &quot;%1&quot; no se aplica a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation>&quot;window&quot; solo se aplica a los totales de compras y actividad</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>se esperaba un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation>unidad &quot;%1&quot; desconocida (se esperaba days, weeks, months o years)</translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation>este operador no lleva ningún valor</translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation>se esperaba {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (o weeks, months, years)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de estos valores: %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation>se esperaba una lista de valores no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es ninguno de %2</translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation>se esperaba una lista de dos valores [mínimo, máximo]</translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation>el valor mínimo es mayor que el máximo</translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation>se esperaba el nombre de un segmento</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segmento &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>las reglas deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation>falta (se esperaba 1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation>versión %1 no admitida (se esperaba 1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave &quot;%1&quot; desconocida</translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation>se esperaba un objeto (una condición o un grupo)</translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation>falta (se esperaba &quot;all&quot;, &quot;any&quot; o &quot;none&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation>se esperaba &quot;all&quot;, &quot;any&quot; o &quot;none&quot;, no %1</translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation>falta (se esperaba una lista de reglas)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>se esperaba una lista de reglas</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation>el segmento «%1» remite a sí mismo a través de %2</translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation>el segmento «%1» remite a sí mismo</translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation>el segmento «%1» tiene reglas que no se pueden usar (%2)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation>Todo o nada: una importación cancelada o fallida no escribe nada.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Detener importación</translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation>Haciendo una copia de seguridad de la base de datos y luego importando…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Escribiendo contactos…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Se ha detenido la importación; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation>La base de datos %1 ya está abierta en otra ventana de segdesk o en otro ordenador. Ciérrala allí primero; para que trabajen varias personas a la vez, usa el modo equipo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation>La base de datos %1 está dañada (%2). Restaura la última copia de seguridad en buen estado: segdesk backups restore.</translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation>%1 está en una carpeta compartida o sincronizada. Si dos ordenadores escriben el mismo archivo, pueden dañarlo: guarda la base de datos en este ordenador o usa el modo equipo con un servidor PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation>Las reglas del segmento «%1» no se pueden usar: %2</translation>
    </message>
    <message>
        <source>No contact matches these rules.</source>
        <translation>Ningún contacto cumple estas reglas.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Solo coincide %n contacto: las cifras sobre tan pocas personas no son fiables y podrían permitir identificarlas.</numerusform>
            <numerusform>Solo coinciden %n contactos: las cifras sobre tan pocas personas no son fiables y podrían permitir identificarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Este segmento ya no existe.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>Las reglas no se pueden usar: %1</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Ya hay un segmento llamado «%1».</translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation>Otra persona ha cambiado o eliminado este segmento mientras tanto; vuelve a abrirlo para editarlo.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 no es un archivo de texto.</translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation>%1 no contiene reglas de segmento: %2</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation>El segmento «%1» no tiene ninguna instantánea en ambas fechas o antes.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>No existe ningún contacto con el número %1.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 no es un archivo de reglas JSON: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation>%1 no es un archivo de reglas JSON.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>%Ln contacto con seguimiento para hoy o atrasado</numerusform>
            <numerusform>%Ln contactos con seguimiento para hoy o atrasados</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Aún no hay segmentos guardados</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>No hay ninguna copia de seguridad de esta base de datos que restaurar. Elige otra base de datos con --db RUTA, o define SEGDESK_DB, y vuelve a iniciar segdesk.</translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation>segdesk puede recuperar la última copia de seguridad intacta (la más reciente es del %1). Lo que se haya introducido después se pierde; el archivo dañado se guarda aparte, con otro nombre.</translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation>Restaurar la última copia en buen estado</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation>Se ha restaurado la copia de seguridad del %1; segdesk se inicia ahora.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>El archivo dañado se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation>«%1» no es ni una ruta de archivo ni una URL de base de datos.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha guardado nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>El archivo de la base de datos es de solo lectura, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation>La base de datos está ocupada por otro programa; no se ha guardado nada. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se ha guardado nada: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation>No se puede crear la carpeta de la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de segdesk. Instala la última versión de segdesk para abrirla; no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation>%1 no es una base de datos de segdesk; no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation>Empresas de los sectores elegidos y las personas que trabajan en ellas.</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de empresa</translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation>Empresas por número de empleados (pequeñas empresas: de 10 a 49).</translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation>Desde (empleados)</translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation>Hasta (empleados)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation>Personas de una edad determinada, para ofertas adecuadas a una etapa de la vida.</translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation>Desde (edad)</translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation>Hasta (edad)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation>Contactos que viven o tienen su sede en las provincias elegidas.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Necesidades declaradas</translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation>Contactos que te han dicho que necesitan algo que ofreces.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation>El 20 % que más gasta</translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation>La quinta parte de los compradores que más han gastado (puntuación de valor 5).</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation>Compran hace poco, a menudo y mucho (puntuaciones de recencia, frecuencia y valor de 4 o 5).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation>Buenos clientes que llevan tiempo sin comprar: recupéralos.</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Compradores frecuentes</translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation>Contactos con muchos pedidos en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation>Como mínimo (pedidos)</translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation>Compran en línea</translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation>Contactos que compran en línea más a menudo que en tienda.</translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation>Compran en tienda</translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation>Contactos que compran en tienda más a menudo que en línea.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation>Han comprado en los últimos 6 meses.</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Clientes inactivos</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation>Han comprado antes, pero no en los últimos 6 meses.</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Fase de la relación</translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation>Contactos en una fase elegida: nuevo, fiel, embajador...</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation>Han comprado antes, pero no en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation>Contactados el mes pasado</translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation>Contactos cuyo último contacto fue en el mes natural anterior.</translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation>Sin contactar en 90 días</translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation>Nunca contactados, o contactados por última vez hace más de 90 días.</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Venta complementaria</translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation>Han comprado un producto, pero no su complemento natural.</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>No comprado</translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation>Próximo evento</translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation>Una fecha importante para el contacto (renovación, aniversario) cae en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Campo de fecha</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
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
        <translation>%1 · Pedido (%2) · %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation>Te damos la bienvenida a segdesk</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation>Probar con datos de demostración</translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation>Explora segdesk con %1 clientes de ejemplo realistas, con sus pedidos y llamadas. Ideal para echar un primer vistazo; para tus contactos reales, empieza con una base de datos nueva.</translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation>Importar mis contactos</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation>Trae una hoja de cálculo (CSV, Excel) o vCards del móvil o del programa de correo; revisas cada columna antes de que se guarde nada.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation>Abre la base de datos vacía y añade los contactos a mano, uno a uno.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation>Tus clientes, sus compras y cada llamada en un solo lugar: segmentos para envíos dirigidos, recordatorios de seguimiento, listas de llamadas y etiquetas.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation>Guardar la base de datos en otro archivo (nuevo o existente)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;Un servidor PostgreSQL compartido (modo equipo).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation>El administrador del servidor hace las copias de seguridad de una base de datos compartida (por ejemplo, con pg_dump); segdesk no la copia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Un archivo en este ordenador; nada sale de él.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation>Una copia verificada de la base de datos cada día y antes de cada importación, eliminación masiva y actualización del programa, en:</translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation>Se conservan las %1 más recientes. Con Archivo ▸ Copias de seguridad… se restaura una; en Editar ▸ Preferencias… se cambia la carpeta y cuántas se conservan.</translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation>Añadiendo contactos de demostración… %v de %m</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>No se han podido añadir los contactos de demostración: %1</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de segdesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>

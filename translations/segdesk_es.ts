<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Las copias de seguridad son para archivos de base de datos; un servidor gestiona sus propias copias.</translation>
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
        <source>--columns needs at least one field id.</source>
        <translation>--columns necesita al menos un identificador de campo.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>Se han exportado %1 contactos a %2.</translation>
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
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Selecciona un contacto para ver los detalles.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
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
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>«%1» no es un canal (email, phone, post).</translation>
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
</TS>

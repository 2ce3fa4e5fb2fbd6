<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy of %1 is damaged: %2</source>
        <translation>La copie de sauvegarde de %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>Impossible de sauvegarder %1 : %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>La sauvegarde %1 est endommagée (%2) ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>Impossible de restaurer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Les sauvegardes concernent les fichiers de base de données ; un serveur gère ses propres sauvegardes.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à l’emplacement %1.</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Il n’existe aucune sauvegarde de %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement %1.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Type the tag to add or remove.</source>
        <translation>Saisissez l’étiquette à ajouter ou à retirer.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship stage.</source>
        <translation>« %1 » n’est pas une étape de la relation.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>« %1 » ne fait pas partie de l’équipe.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Il n’existe aucun segment nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Lapsed customer</source>
        <translation>Client inactif</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>École primaire</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Enseignement secondaire</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Lower middle</source>
        <translation>Moyen inférieur</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Upper middle</source>
        <translation>Moyen supérieur</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>« %1 » n’est pas un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>Added %1 demo contacts to %2.</source>
        <translation>%1 contacts de démonstration ajoutés à %2.</translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation>--columns demande au moins un identifiant de champ.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 contacts exportés vers %2.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Le fichier remplacé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Everything about contact %1 is in %2.</source>
        <translation>Toutes les données du contact %1 sont dans %2.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>L’effacement est irréversible : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Erased contact %1 (%2 records).</source>
        <translation>Contact %1 effacé (%2 enregistrements).</translation>
    </message>
    <message>
        <source>Say which channel the contact agreed to: --channel.</source>
        <translation>Indiquez le canal auquel le contact a consenti : --channel.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentement enregistré.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Search names, companies, emails, phones, cities…</source>
        <translation>Rechercher noms, entreprises, e-mails, téléphones, villes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Aucun contact ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nobody is due for a follow-up. Well done!</source>
        <translation>Aucune relance en attente. Bravo !</translation>
    </message>
    <message>
        <source>There are no contacts in this database yet.
Import a file or fill it with demo data (segdesk demo --contacts 2000).</source>
        <translation>Cette base de données ne contient encore aucun contact.
Importez un fichier ou remplissez-la avec des données de démonstration (segdesk demo --contacts 2000).</translation>
    </message>
</context>
<context>
    <name>ContactValues</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” needs a country: choose the contact&apos;s country or start with +.</source>
        <translation>« %1 » nécessite un pays : choisissez le pays du contact ou commencez par +.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code (IT, FR, PL…).</source>
        <translation>« %1 » n’est pas un code pays à deux lettres (IT, FR, PL…).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of %2 or more.</source>
        <translation>« %1 » n’est pas un nombre entier supérieur ou égal à %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>« %1 » ne fait pas partie des valeurs possibles : %2.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Someone else changed this contact meanwhile (%1).</source>
        <translation>Quelqu’un d’autre a modifié ce contact entre-temps (%1).</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Il n’existe aucun contact numéro %1.</translation>
    </message>
    <message>
        <source>this field cannot be edited</source>
        <translation>ce champ n’est pas modifiable</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>champ personnalisé inexistant</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not on the team.</source>
        <translation>« %1 » ne fait pas partie de l’équipe.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Sélectionnez un contact pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format “%1”; choose one of: %2.</source>
        <translation>Format d’export « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Name at least one column to export.</source>
        <translation>Indiquez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: “segdesk fields” lists the field ids.</source>
        <translation>Colonne « %1 » inconnue : « segdesk fields » liste les identifiants des champs.</translation>
    </message>
    <message>
        <source>Excel holds at most 1,048,575 rows; export to CSV instead.</source>
        <translation>Excel contient au maximum 1 048 575 lignes ; exportez plutôt en CSV.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Contact number</source>
        <translation>Numéro de contact</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Personne ou entreprise</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d’études</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Tranche de revenus</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d’affaires annuel</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Nombre d’échanges</translation>
    </message>
    <message>
        <source>Follow-up every (days)</source>
        <translation>Relance tous les (jours)</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Produits achetés</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Recency score (1-5)</source>
        <translation>Score de récence (1-5)</translation>
    </message>
    <message>
        <source>Frequency score (1-5)</source>
        <translation>Score de fréquence (1-5)</translation>
    </message>
    <message>
        <source>Monetary score (1-5)</source>
        <translation>Score monétaire (1-5)</translation>
    </message>
    <message>
        <source>Email allowed</source>
        <translation>E-mails autorisés</translation>
    </message>
    <message>
        <source>Phone calls allowed</source>
        <translation>Appels autorisés</translation>
    </message>
    <message>
        <source>Post allowed</source>
        <translation>Courrier autorisé</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>« %1 » n’est pas un encodage de texte connu.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data).</source>
        <translation>Ce n’est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.</source>
        <translation>Le fichier est endommagé vers la ligne %1 (une cellule entre guillemets n’est pas fermée) ; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The file is not readable as %1 text; choose another encoding or check the file.</source>
        <translation>Le fichier n’est pas lisible comme texte %1 ; choisissez un autre encodage ou vérifiez le fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as day/month/year)</source>
        <translation>« %1 » n’est pas une date (lue comme jour/mois/année)</translation>
    </message>
    <message>
        <source>“%1” is not a date (read as month/day/year)</source>
        <translation>« %1 » n’est pas une date (lue comme mois/jour/année)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more</source>
        <translation>« %1 » n’est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>The mapping file is not usable: %1</source>
        <translation>Le fichier de correspondance est inutilisable : %1</translation>
    </message>
    <message>
        <source>it is not a segdesk mapping</source>
        <translation>ce n’est pas une correspondance segdesk</translation>
    </message>
    <message>
        <source>unknown custom field type “%1”</source>
        <translation>type de champ personnalisé « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>champ « %1 » inconnu</translation>
    </message>
    <message>
        <source>This spreadsheet was refused for safety: %1.</source>
        <translation>Ce classeur a été refusé par sécurité : %1.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or cut short; open and save it again in Excel.</source>
        <translation>Le classeur est endommagé ou tronqué ; ouvrez-le et enregistrez-le à nouveau dans Excel.</translation>
    </message>
    <message>
        <source>it unpacks to more than 1 GB</source>
        <translation>une fois décompressé, il dépasse 1 Go</translation>
    </message>
    <message>
        <source>it is compressed suspiciously well (a zip bomb)</source>
        <translation>il est compressé de manière suspecte (une bombe de décompression)</translation>
    </message>
    <message>
        <source>it declares XML entities</source>
        <translation>il déclare des entités XML</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save a copy without a password.</source>
        <translation>Le classeur est protégé par un mot de passe ; enregistrez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet segdesk can read: %1</source>
        <translation>Ce n’est pas un classeur que segdesk sait lire : %1</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Le fichier ne contient aucun contact.</translation>
    </message>
    <message>
        <source>Unknown file format “%1”; choose one of: %2.</source>
        <translation>Format de fichier « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it first.</source>
        <translation>Le fichier compte plus de %1 lignes ; découpez-le d’abord.</translation>
    </message>
    <message>
        <source>The file is too big (%1 MB; at most %2 MB).</source>
        <translation>Le fichier est trop volumineux (%1 Mo ; %2 Mo au maximum).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>« %1 » n’est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>“%1” has no country code (+...); choose the country of the numbers</source>
        <translation>« %1 » n’a pas d’indicatif pays (+...) ; choisissez le pays des numéros</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is not a country segdesk knows</source>
        <translation>« %1 » n’est pas un pays connu de segdesk</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en, it or pl</source>
        <translation>« %1 » n’est pas un code de langue comme en, it ou pl</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>« %1 » n’est ni oui ni non</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>« %1 » ne fait pas partie des valeurs possibles : %2</translation>
    </message>
    <message>
        <source>This is not a vCard file (no BEGIN:VCARD).</source>
        <translation>Ce n’est pas un fichier vCard (pas de BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The vCard file is cut short: a card has no END:VCARD.</source>
        <translation>Le fichier vCard est tronqué : une fiche n’a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard file is damaged (card %1): %2</source>
        <translation>Le fichier vCard est endommagé (fiche %1) : %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Colonne « %1 » : %2</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as day/month/year</source>
        <translation>les dates peuvent être jour/mois ou mois/jour ; lues comme jour/mois/année</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; read as month/day/year</source>
        <translation>les dates peuvent être jour/mois ou mois/jour ; lues comme mois/jour/année</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus long que %1 caractères</translation>
    </message>
    <message>
        <source>it has %1 cells but the header has %2 (check the delimiter and the quotes)</source>
        <translation>elle a %1 cellules alors que l’en-tête en a %2 (vérifiez le séparateur et les guillemets)</translation>
    </message>
    <message>
        <source>no name, company, email or phone; the row is left out</source>
        <translation>ni nom, ni entreprise, ni e-mail, ni téléphone ; la ligne est ignorée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Choisissez une autre base de données avec --db CHEMIN, ou définissez SEGDESK_DB, puis relancez segdesk.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>&amp;Rechercher des contacts</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barre latérale</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;About segdesk</source>
        <translation>À &amp;propos de segdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts shown</source>
        <translation>
            <numerusform>%Ln contact affiché</numerusform>
            <numerusform>%Ln contacts affichés</numerusform>
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
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données segdesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A contact manager for small businesses: customer segments, follow-ups, call sheets and mailing lists.</source>
        <translation>Un gestionnaire de contacts pour les petites entreprises : segments de clientèle, relances, listes d’appels et listes de diffusion.</translation>
    </message>
    <message>
        <source>About segdesk</source>
        <translation>À propos de segdesk</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>« %1 » n’est pas un canal (email, phone, post).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 household</source>
        <translation>Famille %1</translation>
    </message>
    <message>
        <source>%1 and household</source>
        <translation>%1 et sa famille</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Call back on ____</source>
        <translation>Rappeler le ____</translation>
    </message>
    <message>
        <source>Name / company</source>
        <translation>Nom / entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Liste d’appels</translation>
    </message>
    <message>
        <source>No contacts to call.</source>
        <translation>Aucun contact à appeler.</translation>
    </message>
    <message>
        <source>most overdue first</source>
        <translation>les plus en retard d’abord</translation>
    </message>
    <message>
        <source>sorted by name</source>
        <translation>triés par nom</translation>
    </message>
    <message>
        <source>sorted by city</source>
        <translation>triés par ville</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to call</source>
        <translation>
            <numerusform>%n contact à appeler</numerusform>
            <numerusform>%n contacts à appeler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n exclu : a refusé les appels</numerusform>
            <numerusform>%n exclus : ont refusé les appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Jamais contacté</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Dernier contact : %1</translation>
    </message>
    <message>
        <source>A sheet needs at least one label of a positive size.</source>
        <translation>Une planche doit contenir au moins une étiquette de taille positive.</translation>
    </message>
    <message>
        <source>Labels on the sheet would overlap.</source>
        <translation>Les étiquettes de la planche se chevaucheraient.</translation>
    </message>
    <message>
        <source>The labels do not fit on the page.</source>
        <translation>Les étiquettes ne tiennent pas sur la page.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.</source>
        <translation>Planche d’étiquettes « %1 » inconnue : utilisez l’une de %2, ou PAGE:COLONNESxLIGNES:LARGEURxHAUTEUR en mm.</translation>
    </message>
    <message>
        <source>This sheet has %1 rows and %2 columns; start within them.</source>
        <translation>Cette planche compte %1 lignes et %2 colonnes ; commencez à l’intérieur.</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <source>Label alignment test</source>
        <translation>Test d’alignement des étiquettes</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Alignment test for %1: offset %2 mm right, %3 mm down.</source>
        <translation>Test d’alignement pour %1 : décalage de %2 mm vers la droite et de %3 mm vers le bas.</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light and measure how far the outlines are off.</source>
        <translation>Imprimez à 100 % (sans « ajuster à la page ») sur du papier ordinaire, superposez la feuille à une planche d’étiquettes devant la lumière et mesurez le décalage des contours.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded</source>
        <translation>%1 téléphone  %2 e-mail  %3 courrier :  ✓ accepté  ✗ refusé  ? non renseigné</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>Aucun instantané pour l’instant</translation>
    </message>
    <message>
        <source>joined / left since %1</source>
        <translation>entrés / sortis depuis le %1</translation>
    </message>
    <message>
        <source>contacts now</source>
        <translation>contacts actuellement</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>total dépensé</translation>
    </message>
    <message>
        <source>average per contact</source>
        <translation>moyenne par contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Synthèse du segment</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>Size over time</source>
        <translation>Évolution de la taille</translation>
    </message>
    <message>
        <source>Not enough history yet: snapshots are taken with “segdesk segments snapshot”.</source>
        <translation>Pas encore assez d’historique : les instantanés se prennent avec « segdesk segments snapshot ».</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>Top 10 contacts by value</source>
        <translation>Les 10 meilleurs contacts en valeur</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>%1 inférieur à %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 au plus %2</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 supérieur à %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 au moins %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 commence par %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 se termine par %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n’est ni %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 n’est pas vide</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 avant le %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après le %2</translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <translation>%1 depuis moins de %2</translation>
    </message>
    <message>
        <source>%1 more than %2 ago</source>
        <translation>%1 il y a plus de %2</translation>
    </message>
    <message>
        <source>%1 in the next %2</source>
        <translation>%1 d’ici %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 anniversary in the next %2</source>
        <translation>%1 : anniversaire d’ici %2</translation>
    </message>
    <message>
        <source>%1 include any of %2</source>
        <translation>%1 incluent au moins un parmi %2</translation>
    </message>
    <message>
        <source>%1 include %2</source>
        <translation>%1 incluent %2</translation>
    </message>
    <message>
        <source>%1 include all of %2</source>
        <translation>%1 incluent tous : %2</translation>
    </message>
    <message>
        <source>%1 include none of %2</source>
        <translation>%1 n’incluent aucun parmi %2</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1 : oui</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1 : non</translation>
    </message>
    <message>
        <source>in segment %2</source>
        <translation>dans le segment %2</translation>
    </message>
    <message>
        <source>not in segment %2</source>
        <translation>hors du segment %2</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>la semaine dernière</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>le mois dernier</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>ce trimestre</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>le trimestre dernier</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>l’année dernière</translation>
    </message>
    <message>
        <source>all of the following</source>
        <translation>toutes les conditions suivantes</translation>
    </message>
    <message>
        <source>any of the following</source>
        <translation>au moins une des conditions suivantes</translation>
    </message>
    <message>
        <source>none of the following</source>
        <translation>aucune des conditions suivantes</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2</source>
        <comment>window</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, ou %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, et %2</translation>
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
        <translation>attendu &quot;all&quot;, &quot;any&quot; ou &quot;none&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty group</source>
        <translation>groupe vide</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>opérateur &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to &quot;%2&quot;</source>
        <translation>l’opérateur &quot;%1&quot; ne s’applique pas à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;window&quot; only applies to purchase and activity totals</source>
        <translation>&quot;window&quot; ne s’applique qu’aux totaux d’achats et d’activité</translation>
    </message>
    <message>
        <source>expected a whole number, 0 or more</source>
        <translation>attendu un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected days, weeks, months or years)</source>
        <translation>unité &quot;%1&quot; inconnue (attendu days, weeks, months ou years)</translation>
    </message>
    <message>
        <source>this operator takes no value</source>
        <translation>cet opérateur ne prend pas de valeur</translation>
    </message>
    <message>
        <source>expected {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (or weeks, months, years)</source>
        <translation>attendu {&quot;amount&quot;: N, &quot;unit&quot;: &quot;days&quot;} (ou weeks, months, years)</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>attendu l’une des valeurs %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>attendu un nombre</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>attendu un texte non vide</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>attendu une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected a non-empty list of values</source>
        <translation>attendu une liste de valeurs non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>expected a list of two values [low, high]</source>
        <translation>attendu une liste de deux valeurs [min, max]</translation>
    </message>
    <message>
        <source>the low end is greater than the high end</source>
        <translation>la borne inférieure est supérieure à la borne supérieure</translation>
    </message>
    <message>
        <source>expected a segment name</source>
        <translation>attendu un nom de segment</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segment &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>missing (expected 1)</source>
        <translation>manquant (attendu 1)</translation>
    </message>
    <message>
        <source>unsupported version %1 (expected 1)</source>
        <translation>version %1 non prise en charge (attendu 1)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>expected an object (a condition or a group)</source>
        <translation>attendu un objet (une condition ou un groupe)</translation>
    </message>
    <message>
        <source>missing (expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;)</source>
        <translation>manquant (attendu &quot;all&quot;, &quot;any&quot; ou &quot;none&quot;)</translation>
    </message>
    <message>
        <source>expected &quot;all&quot;, &quot;any&quot; or &quot;none&quot;, not %1</source>
        <translation>attendu &quot;all&quot;, &quot;any&quot; ou &quot;none&quot;, et non %1</translation>
    </message>
    <message>
        <source>missing (expected a list of rules)</source>
        <translation>manquant (attendu une liste de règles)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>attendu une liste de règles</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>attendu une chaîne non vide</translation>
    </message>
    <message>
        <source>segment “%1” refers back to itself through %2</source>
        <translation>le segment « %1 » renvoie à lui-même via %2</translation>
    </message>
    <message>
        <source>segment “%1” refers to itself</source>
        <translation>le segment « %1 » renvoie à lui-même</translation>
    </message>
    <message>
        <source>segment “%1” has rules that cannot be used (%2)</source>
        <translation>le segment « %1 » a des règles inutilisables (%2)</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The database %1 is already open in another segdesk window or on another computer. Close it there first; for several people at once, use team mode.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre segdesk ou sur un autre ordinateur. Fermez-la d’abord là-bas ; pour travailler à plusieurs en même temps, utilisez le mode équipe.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore the latest good backup: segdesk backups restore.</source>
        <translation>La base de données %1 est endommagée (%2). Restaurez la dernière sauvegarde saine : segdesk backups restore.</translation>
    </message>
    <message>
        <source>%1 is in a shared or synchronised folder. Two computers writing the same file there can damage it: keep the database on this computer, or use team mode with a PostgreSQL server.</source>
        <translation>%1 se trouve dans un dossier partagé ou synchronisé. Si deux ordinateurs écrivent le même fichier, ils peuvent l’endommager : gardez la base de données sur cet ordinateur ou utilisez le mode équipe avec un serveur PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>The rules of segment “%1” cannot be used: %2</source>
        <translation>Les règles du segment « %1 » sont inutilisables : %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts to follow up today or earlier</source>
        <translation>
            <numerusform>%Ln contact à relancer aujourd’hui ou en retard</numerusform>
            <numerusform>%Ln contacts à relancer aujourd’hui ou en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Aucun segment enregistré</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is neither a file path nor a database URL.</source>
        <translation>« %1 » n’est ni un chemin de fichier ni une URL de base de données.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved.</source>
        <translation>Le fichier de la base de données est en lecture seule : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again.</source>
        <translation>La base de données est occupée par un autre programme ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1: %2</source>
        <translation>Impossible de créer le dossier de la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of segdesk. Install the newest segdesk to open it; it was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de segdesk. Installez la dernière version de segdesk pour l’ouvrir ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a segdesk database; it was not changed.</source>
        <translation>%1 n’est pas une base de données segdesk ; elle n’a pas été modifiée.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Changed with others</source>
        <translation>Modifié en lot</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Linked company</source>
        <translation>Entreprise liée</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>always included</source>
        <translation>toujours inclus</translation>
    </message>
    <message>
        <source>always left out</source>
        <translation>toujours exclu</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
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
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Avant l’annulation d’une importation</translation>
    </message>
    <message>
        <source>Before updating the database to a new segdesk</source>
        <translation>Avant la mise à jour de la base pour une nouvelle version de segdesk</translation>
    </message>
    <message>
        <source>Before deleting contacts</source>
        <translation>Avant la suppression de contacts</translation>
    </message>
    <message>
        <source>Before adding demo data</source>
        <translation>Avant l’ajout de données de démonstration</translation>
    </message>
    <message>
        <source>Before merging contacts</source>
        <translation>Avant la fusion de contacts</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Avant la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are for database files; a server keeps its own backups.</source>
        <translation>Les sauvegardes concernent les fichiers de base de données ; un serveur gère ses propres sauvegardes.</translation>
    </message>
    <message>
        <source>This database is on a server. Its backups are made on the server by its administrator (for example with pg_dump), and restored there; segdesk does not replace a shared database from here.</source>
        <translation>Cette base de données se trouve sur un serveur. Ses sauvegardes sont faites sur le serveur par son administrateur (par exemple avec pg_dump) et restaurées là-bas ; segdesk ne remplace pas une base de données partagée depuis ce poste.</translation>
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
    <message>
        <source>None of the %1 backups could be restored: %2</source>
        <translation>Aucune des %1 sauvegardes n’a pu être restaurée : %2</translation>
    </message>
    <message>
        <source>A server database is restored on the server, not here.</source>
        <translation>Une base de données sur serveur se restaure sur le serveur, pas ici.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backups yet. segdesk makes one every day it opens this database, and before imports, bulk deletes and updates.</source>
        <translation>Aucune sauvegarde pour l’instant. segdesk en fait une chaque jour où il ouvre cette base de données, ainsi qu’avant les importations, les suppressions en masse et les mises à jour.</translation>
    </message>
    <message>
        <source>Restoring puts the database back as it was then. The current state is backed up first, so a restore can be undone from this list.</source>
        <translation>La restauration remet la base de données dans l’état où elle était à ce moment-là. L’état actuel est d’abord sauvegardé : une restauration peut donc être annulée depuis cette liste.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Verified copies of %1, kept in %2.</source>
        <translation>Copies vérifiées de %1, conservées dans %2.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restaurer la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>The database goes back to how it was on %1: whatever was entered or changed since then is replaced. The current state is backed up first, so you can undo this by restoring that copy (“Before restoring a backup”).</source>
        <translation>La base de données revient à son état du %1 : tout ce qui a été saisi ou modifié depuis est remplacé. L’état actuel est d’abord sauvegardé : vous pourrez donc revenir en arrière en restaurant cette copie (« Avant la restauration d’une sauvegarde »).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Nothing has been written yet: this is what the import would do.</source>
        <translation>Rien n’a encore été écrit : voici ce que ferait l’importation.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Pour chaque doublon :</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Mettre à jour le contact</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Counting what the import would change…</source>
        <translation>Calcul de ce que l&apos;importation changerait…</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s) must be fixed in the file (or its column ignored) before it can be imported; nothing will be written.</source>
        <translation>
            <numerusform>%n problème de ligne doit être corrigé dans le fichier (ou sa colonne ignorée) avant de pouvoir l’importer ; rien ne sera écrit.</numerusform>
            <numerusform>%n problèmes de ligne doivent être corrigés dans le fichier (ou leur colonne ignorée) avant de pouvoir l’importer ; rien ne sera écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Nouveaux : %1, mis à jour : %2, inchangés : %3, ignorés : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n avertissement ci-dessous.</numerusform>
            <numerusform>%n avertissements ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Choices changed: “Check Again” updates the counts.</source>
        <translation>Les choix ont changé : « Vérifier à nouveau » met à jour les totaux.</translation>
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
        <source>Read %1 rows from %2 (%3).</source>
        <translation>Lignes lues dans %2 (%3) : %1.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Ignored columns:</source>
        <translation>Colonnes ignorées :</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>  ... and %1 more.</source>
        <translation>  ... et %1 de plus.</translation>
    </message>
    <message>
        <source>%1 rows have problems, so nothing was imported; fix them and try again.</source>
        <translation>Des lignes présentent des problèmes (%1), donc rien n’a été importé ; corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>Dry run: would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>Simulation : %1 à ajouter, %2 à mettre à jour, %3 à laisser tels quels, %4 à ignorer.</translation>
    </message>
    <message>
        <source>Nothing to import: every contact is already there.</source>
        <translation>Rien à importer : tous les contacts sont déjà présents.</translation>
    </message>
    <message>
        <source>Import %5: added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Importation %5 : ajoutés : %1, mis à jour : %2, inchangés : %3, ignorés : %4.</translation>
    </message>
    <message>
        <source>Undo it with: segdesk imports undo %1</source>
        <translation>Pour l’annuler : segdesk imports undo %1</translation>
    </message>
    <message>
        <source>row %1 repeats row %2 (%3)</source>
        <translation>la ligne %1 répète la ligne %2 (%3)</translation>
    </message>
    <message>
        <source>row %1 matches contact %2 “%3” (%4, %5%)</source>
        <translation>la ligne %1 correspond au contact %2 « %3 » (%4, %5 %)</translation>
    </message>
    <message>
        <source>Undid import %1: removed %2 contacts, restored %3.</source>
        <translation>Importation %1 annulée : %2 contact(s) supprimé(s), %3 restauré(s).</translation>
    </message>
    <message>
        <source>%1 of them had been edited since the import; those edits are gone too.</source>
        <translation>%1 d’entre eux avaient été modifiés depuis l’importation ; ces modifications sont également perdues.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
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
        <source>Left out %1 contacts without email consent or a valid email address.</source>
        <translation>Contacts exclus faute de consentement aux e-mails ou d’adresse e-mail valide : %1.</translation>
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
        <source>The state before the restore is backed up as %1.</source>
        <translation>L’état antérieur à la restauration est sauvegardé sous %1.</translation>
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
    <message>
        <source>Say whose report: --segment NAME, --rules FILE, --followups or --all.</source>
        <translation>Indiquez sur qui porte le rapport : --segment NOM, --rules FICHIER, --followups ou --all.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a call sheet of %n contacts</source>
        <translation>
            <numerusform>Liste d’appels de %n contact enregistrée</numerusform>
            <numerusform>Liste d’appels de %n contacts enregistrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused phone calls.</source>
        <translation>
            <numerusform>%n exclu : a refusé les appels.</numerusform>
            <numerusform>%n exclus : ont refusé les appels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the summary of %n contacts</source>
        <translation>
            <numerusform>Synthèse de %n contact enregistrée</numerusform>
            <numerusform>Synthèse de %n contacts enregistrée</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the alignment test page for %1 to %2.</source>
        <translation>Page de test d’alignement pour %1 enregistrée dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n labels</source>
        <translation>
            <numerusform>%n étiquette enregistrée</numerusform>
            <numerusform>%n étiquettes enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n without consent to post.</source>
        <translation>
            <numerusform>%n ignoré faute de consentement au courrier.</numerusform>
            <numerusform>%n ignorés faute de consentement au courrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n with an incomplete address.</source>
        <translation>
            <numerusform>%n ignoré pour adresse incomplète.</numerusform>
            <numerusform>%n ignorés pour adresse incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) to %3.</source>
        <translation>%1 (%2) dans %3.</translation>
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
        <translation>Segment « %1 » enregistré.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans le segment</translation>
    </message>
    <message>
        <source>out</source>
        <translation>hors du segment</translation>
    </message>
    <message>
        <source>Contact %1 is %2.</source>
        <translation>Le contact %1 est %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments remembered.</source>
        <translation>
            <numerusform>%n segment mémorisé.</numerusform>
            <numerusform>%n segments mémorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined %1, left %2, stayed %3.</source>
        <translation>Entrés : %1, sortis : %2, restés : %3.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Contact Changed Meanwhile</source>
        <translation>Contact modifié entre-temps</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing. These fields now differ from what you are saving. Which values should be kept?</source>
        <translation>Quelqu’un d’autre a enregistré %1 pendant que vous le modifiiez. Ces champs diffèrent maintenant de ce que vous enregistrez. Quelles valeurs faut-il conserver ?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Les leurs (enregistrées à l’instant)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder les leurs</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Remplacer par les miennes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <translation>CSV Mailchimp (*.csv)</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV Google Contacts (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV Outlook (*.csv)</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Échange noté.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>N&amp;oter un échange…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Changer l’é&amp;tape…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Changer le res&amp;ponsable…</translation>
    </message>
    <message>
        <source>Add to Se&amp;gment…</source>
        <translation>Ajouter à un se&amp;gment…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Exporter toutes les données de cette personne…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Printable reports arrive with the reports window.</source>
        <translation>Les rapports imprimables arriveront avec la fenêtre des rapports.</translation>
    </message>
    <message>
        <source>Selected Contacts</source>
        <translation>Contacts sélectionnés</translation>
    </message>
    <message>
        <source>Everything about the contact is in %1.</source>
        <translation>Toutes les données du contact se trouvent dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer %n contact ? Vous pourrez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer %n contacts ? Vous pourrez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag to add to the selected contacts:</source>
        <translation>Étiquette à ajouter aux contacts sélectionnés :</translation>
    </message>
    <message numerus="yes">
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Ajouter l’étiquette « %1 » à %n contact</numerusform>
            <numerusform>Ajouter l’étiquette « %1 » à %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove from the selected contacts:</source>
        <translation>Étiquette à retirer des contacts sélectionnés :</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Retirer l’étiquette « %1 » de %n contact</numerusform>
            <numerusform>Retirer l’étiquette « %1 » de %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Changer l’étape</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Étape de la relation :</translation>
    </message>
    <message numerus="yes">
        <source>Set stage of %n contacts to “%1”</source>
        <translation>
            <numerusform>Passer %n contact à l’étape « %1 »</numerusform>
            <numerusform>Passer %n contacts à l’étape « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team member to choose yet.</source>
        <translation>Il n’y a encore aucun membre de l’équipe à choisir.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Changer le responsable</translation>
    </message>
    <message>
        <source>Team member in charge:</source>
        <translation>Membre de l’équipe responsable :</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n contacts to %1</source>
        <translation>
            <numerusform>Confier %n contact à %1</numerusform>
            <numerusform>Confier %n contacts à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no saved segment yet.</source>
        <translation>Il n’y a encore aucun segment enregistré.</translation>
    </message>
    <message>
        <source>Add to Segment</source>
        <translation>Ajouter à un segment</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment :</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contacts to segment “%1”</source>
        <translation>
            <numerusform>Ajouter %n contact au segment « %1 »</numerusform>
            <numerusform>Ajouter %n contacts au segment « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts deleted.</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts exported to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no email consent or no valid address.</source>
        <translation>
            <numerusform>%n exclu : pas de consentement aux e-mails ou pas d’adresse valide.</numerusform>
            <numerusform>%n exclus : pas de consentement aux e-mails ou pas d’adresse valide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts changed since then were left as they are.</source>
        <translation>
            <numerusform>%n contact modifié depuis a été laissé tel quel.</numerusform>
            <numerusform>%n contacts modifiés depuis ont été laissés tels quels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>N&amp;oter un échange…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Export Everything About This Person…</source>
        <translation>Exporter toutes les données de cette personne…</translation>
    </message>
    <message>
        <source>Erase This Person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No contacts or orders yet.</source>
        <translation>Aucun échange ni aucune commande pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type to find a company in the database</source>
        <translation>Saisissez un nom pour trouver une entreprise dans la base</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Travaille pour</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Informations sur l’entreprise</translation>
    </message>
    <message>
        <source>Withdraw All (Do Not Contact)</source>
        <translation>Tout retirer (ne pas contacter)</translation>
    </message>
    <message>
        <source>This contact was deleted.</source>
        <translation>Ce contact a été supprimé.</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New Contact – segdesk</source>
        <translation>Nouveau contact – segdesk</translation>
    </message>
    <message>
        <source>Fill in what you know; everything can be changed later.</source>
        <translation>Remplissez ce que vous savez ; tout pourra être modifié plus tard.</translation>
    </message>
    <message>
        <source>%1 – segdesk</source>
        <translation>%1 – segdesk</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Dernier contact le %1</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Jamais contacté</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>prochaine relance le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>contact no. %1</source>
        <translation>contact n° %1</translation>
    </message>
    <message>
        <source>From %1 (read-only):</source>
        <translation>Issu de %1 (lecture seule) :</translation>
    </message>
    <message>
        <source>Save the contact first.</source>
        <translation>Enregistrez d’abord le contact.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%n fields to correct before saving</source>
        <translation>
            <numerusform>%n champ à corriger avant d’enregistrer</numerusform>
            <numerusform>%n champs à corriger avant d’enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nouveau contact %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Allow %1 for %2</source>
        <translation>Autoriser %1 pour %2</translation>
    </message>
    <message>
        <source>Withdraw %1 for %2</source>
        <translation>Retirer %1 pour %2</translation>
    </message>
    <message>
        <source>Withdraw all consent for %1</source>
        <translation>Retirer tous les consentements de %1</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (history, orders, audit trail)? This cannot be undone; only a note that an erasure happened is kept. Backups made before now still hold them until newer backups replace them.</source>
        <translation>Effacer %1 et toutes les données le concernant (historique, commandes, journal d’audit) ? Cette opération est irréversible ; seule une mention de l’effacement est conservée. Les sauvegardes faites jusqu’ici les conservent jusqu’à ce que de plus récentes les remplacent.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Enregistrer les modifications de ce contact ?</translation>
    </message>
    <message>
        <source>Number, with +country code if abroad</source>
        <translation>Numéro, avec +indicatif pays s’il est à l’étranger</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous la forme %1</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2.</source>
        <translation>« %1 » n’est pas une date : écrivez-la comme %2.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Une date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Vérifiez l’année : %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Séparez par des virgules</translation>
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
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
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
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Enregistré sur cet ordinateur, pour vous.</translation>
    </message>
    <message>
        <source>Where segdesk keeps its data</source>
        <translation>Emplacement des données de segdesk</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server shared by the team</source>
        <translation>Un &amp;serveur PostgreSQL partagé par l’équipe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Choosing another database reopens the window on it.</source>
        <translation>Choisir une autre base de données rouvre la fenêtre sur celle-ci.</translation>
    </message>
    <message>
        <source>This run was started with SEGDESK_DB, which wins over this setting.</source>
        <translation>Cette session a été lancée avec SEGDESK_DB, qui a priorité sur ce réglage.</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>Sauvegardes d’un fichier de base de données</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>« backups » à côté du fichier de base de données</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Nombre à &amp;conserver :</translation>
    </message>
    <message>
        <source>A verified copy is made every day and before imports, bulk deletes and program updates; older ones are removed. File ▸ Backups… restores one. A server&apos;s backups are made on the server.</source>
        <translation>Une copie vérifiée est faite chaque jour ainsi qu’avant les importations, les suppressions en masse et les mises à jour du programme ; les plus anciennes sont supprimées. Fichier ▸ Sauvegardes… permet d’en restaurer une. Les sauvegardes d’un serveur se font sur le serveur.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données segdesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Sélectionnez un contact pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Log Contact…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Qui a modifié quoi, et quand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n nouveau contact</numerusform>
            <numerusform>%n nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed changing: the contacts were already there.</source>
        <translation>Aucune modification nécessaire : les contacts étaient déjà présents.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Une sauvegarde a d’abord été faite : %1</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
</context>
<context>
    <name>EncodingPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows Europe occidentale (cp1252)</translation>
    </message>
    <message>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows Europe centrale (cp1250)</translation>
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
        <translation>UTF-16 (texte Unicode Excel)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>A spreadsheet: the first rows as they will be imported.</source>
        <translation>Un classeur : les premières lignes telles qu’elles seront importées.</translation>
    </message>
    <message>
        <source>This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look wrong below, choose the encoding that shows them right.</source>
        <translation>Ce fichier n’est pas en UTF-8 ; il a été lu comme %1. Si des lettres comme à, é, ł ou ß s’affichent mal ci-dessous, choisissez l’encodage qui les affiche correctement.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was recognised (%1).</source>
        <translation>L’encodage du fichier a été reconnu (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
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
        <source>Unknown delimiter “%1”; use , ; tab or |.</source>
        <translation>Séparateur « %1 » inconnu ; utilisez , ; tab ou |.</translation>
    </message>
    <message>
        <source>“%1” cannot be written in %2; choose UTF-8.</source>
        <translation>« %1 » ne peut pas être écrit en %2 ; choisissez UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>« %1 » n’est pas un encodage de texte connu.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisissez un fichier</translation>
    </message>
    <message>
        <source>CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook or Mailchimp contacts export.</source>
        <translation>CSV ou TSV, Excel (.xlsx), « Texte Unicode » d’Excel, vCard (.vcf), ou un export de contacts Google, Outlook ou Mailchimp.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.tsv *.txt *.xlsx *.vcf);;Tous les fichiers (*)</translation>
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
    <name>Follow-ups</name>
    <message>
        <source>no calls</source>
        <translation>pas d’appels</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>jamais contacté</translation>
    </message>
    <message>
        <source>last: %1 %2</source>
        <translation>dernier : %1 %2</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Rien à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-ups to %1.</source>
        <translation>
            <numerusform>%n relance écrite dans %1.</numerusform>
            <numerusform>%n relances écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: no follow-up until the next contact.</source>
        <translation>Contact %1 : pas de relance avant le prochain échange.</translation>
    </message>
    <message>
        <source>Contact %1: next follow-up on %2.</source>
        <translation>Contact %1 : prochaine relance le %2.</translation>
    </message>
    <message>
        <source>Default follow-up: %1.</source>
        <translation>Relance par défaut : %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Segment “%1”: follow up %2.</source>
        <translation>Segment « %1 » : relance %2.</translation>
    </message>
    <message numerus="yes">
        <source>Due dates changed for %n contacts.</source>
        <translation>
            <numerusform>Échéances modifiées pour %n contact.</numerusform>
            <numerusform>Échéances modifiées pour %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” has rules that cannot be used; its interval was left out.</source>
        <translation>Le segment « %1 » a des règles inutilisables ; son intervalle n’a pas été pris en compte.</translation>
    </message>
    <message>
        <source>Segment “%1” chooses its members by follow-up dates; its interval was left out.</source>
        <translation>Le segment « %1 » choisit ses membres selon les dates de relance ; son intervalle n’a pas été pris en compte.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 days.</source>
        <translation>Un intervalle de relance doit être compris entre 1 et %1 jours.</translation>
    </message>
    <message>
        <source>A follow-up interval must be from 1 to %1 months.</source>
        <translation>Un intervalle de relance doit être compris entre 1 et %1 mois.</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an interval; write for example “90 days” or “3 months”.</source>
        <translation>« %1 » n’est pas un intervalle ; écrivez par exemple « 90 days » ou « 3 months ».</translation>
    </message>
    <message>
        <source>Unknown follow-up list “%1”; choose one of: %2.</source>
        <translation>Liste de relances « %1 » inconnue ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Portable : %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>No phone calls: this contact has not agreed to them.</source>
        <translation>Pas d’appels : ce contact ne les a pas acceptés.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Never contacted.</source>
        <translation>Jamais contacté.</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2)</source>
        <translation>Dernier contact : %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Follow-up note: %1</source>
        <translation>Note de relance : %1</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Relances segdesk</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No team member is called “%1”.</source>
        <translation>Aucun membre de l’équipe ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Il n’existe aucun contact avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>Reportez à aujourd’hui ou à un jour ultérieur.</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>Il n’existe aucun segment « %1 ».</translation>
    </message>
    <message>
        <source>Unknown way of contact “%1”; choose one of: %2.</source>
        <translation>Moyen de contact « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Keep the outcome to %1 characters; put more in the note.</source>
        <translation>Limitez le résultat à %1 caractères ; mettez le reste dans la note.</translation>
    </message>
    <message>
        <source>The next follow-up cannot come before this contact.</source>
        <translation>La prochaine relance ne peut pas précéder cet échange.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>pas d’appels</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Jamais contacté</translation>
    </message>
    <message>
        <source>Refused phone calls: do not call.</source>
        <translation>A refusé les appels : ne pas appeler.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée au %1</translation>
    </message>
    <message>
        <source>Date set by hand</source>
        <translation>Date fixée manuellement</translation>
    </message>
    <message>
        <source>No follow-ups are due today.</source>
        <translation>Aucune relance à faire aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due today or overdue.</source>
        <translation>
            <numerusform>%Ln relance à faire aujourd’hui ou en retard.</numerusform>
            <numerusform>%Ln relances à faire aujourd’hui ou en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Afficher les relances</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>segdesk follow-ups</source>
        <translation>Relances segdesk</translation>
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
        <translation>Reporter jusqu’au</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-ups</source>
        <translation>
            <numerusform>Reporter %n relance</numerusform>
            <numerusform>Reporter %n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n follow-ups</source>
        <translation>
            <numerusform>Ignorer %n relance</numerusform>
            <numerusform>Ignorer %n relances</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>Exporter les relances vers l’agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups exported to the calendar file.</source>
        <translation>
            <numerusform>%Ln relance exportée dans le fichier d’agenda.</numerusform>
            <numerusform>%Ln relances exportées dans le fichier d’agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only contacts I may call</source>
        <translation>Seulement les contacts que je peux appeler</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>&amp;Noter un appel…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Exporter vers l’agenda…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>Pick a Date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <source>Nobody to follow up. Well done!</source>
        <translation>Personne à relancer. Bravo !</translation>
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
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Historique – %1</translation>
    </message>
    <message>
        <source>No changes recorded for this contact yet.</source>
        <translation>Aucune modification enregistrée pour ce contact pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications, des plus récentes aux plus anciennes.</numerusform>
        </translation>
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
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importation a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>La correspondance ne convient pas aux colonnes du fichier.</translation>
    </message>
    <message>
        <source>Unknown choice for duplicates “%1”; choose one of: %2.</source>
        <translation>Choix « %1 » inconnu pour les doublons ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as IT or PL.</source>
        <translation>« %1 » n’est pas un code pays comme IT ou PL.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.</source>
        <translation>Le fichier n’est pas en UTF-8 ; il a été lu comme %1. Si des lettres s’affichent mal, choisissez son encodage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Whole name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Whole address (Mailchimp)</source>
        <translation>Adresse complète (Mailchimp)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>Impossible de lire le fichier de correspondance %1 : %2</translation>
    </message>
    <message>
        <source>There is no import number %1 (“segdesk imports list” shows them).</source>
        <translation>Il n’existe aucune importation numéro %1 (« segdesk imports list » les affiche).</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>L’importation %1 a déjà été annulée.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same contacts later; undo it first.</source>
        <translation>L’importation %1 a modifié ensuite certains des mêmes contacts ; annulez-la d’abord.</translation>
    </message>
    <message>
        <source>Contacts of import %1 have %2 interactions, orders or follow-ups since; undo with --force to remove them too.</source>
        <translation>Les contacts de l’importation %1 ont depuis %2 échanges, commandes ou relances ; annulez avec --force pour les supprimer aussi.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l’importation…</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Annulée le %1</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message>
        <source>Undo the import of %1? The contacts it created are removed and those it changed get their earlier values back.</source>
        <translation>Annuler l’importation de %1 ? Les contacts qu’elle a créés sont supprimés et ceux qu’elle a modifiés retrouvent leurs valeurs précédentes.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
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
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Format personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Pla&amp;nche :</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page :</translation>
    </message>
    <message>
        <source>Columns × rows:</source>
        <translation>Colonnes × lignes :</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Taille des étiquettes :</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Espacements :</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>Start at &amp;row:</source>
        <translation>Commencer à la &amp;ligne :</translation>
    </message>
    <message>
        <source>Moves everything to the right (negative: to the left).</source>
        <translation>Décale tout vers la droite (valeur négative : vers la gauche).</translation>
    </message>
    <message>
        <source>Moves everything down (negative: up).</source>
        <translation>Décale tout vers le bas (valeur négative : vers le haut).</translation>
    </message>
    <message>
        <source>O&amp;ffset x / y:</source>
        <translation>&amp;Décalage x / y :</translation>
    </message>
    <message>
        <source>One label per &amp;address (household or company)</source>
        <translation>Une étiquette par &amp;adresse (foyer ou entreprise)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines</source>
        <translation>Tracer les contour&amp;s des étiquettes</translation>
    </message>
    <message>
        <source>&amp;Alignment Test Page</source>
        <translation>Page de test d’ali&amp;gnement</translation>
    </message>
    <message>
        <source>Print on plain paper and hold it against a label sheet to check the offsets.</source>
        <translation>Imprimez sur du papier ordinaire et superposez-le à une planche d’étiquettes pour vérifier les décalages.</translation>
    </message>
    <message>
        <source>Avery %1 – %2 per sheet, %3 × %4 mm</source>
        <translation>Avery %1 – %2 par planche, %3 × %4 mm</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Log Contact – %1</source>
        <translation>Noter un échange – %1</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>A commandé</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>What came of it (optional)</source>
        <translation>Ce qui en est ressorti (facultatif)</translation>
    </message>
    <message>
        <source>Anything to remember next time (optional)</source>
        <translation>À retenir pour la prochaine fois (facultatif)</translation>
    </message>
    <message>
        <source>By the usual interval</source>
        <translation>Selon l’intervalle habituel</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>À une date précise</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Follow up next:</source>
        <translation>&amp;Prochaine relance :</translation>
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
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
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
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <source>&amp;Edit Segment</source>
        <translation>&amp;Modifier le segment</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Aucun segment enregistré</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose what each column of the file becomes. Columns set to “Ignore” are not imported.</source>
        <translation>Choisissez ce que devient chaque colonne du fichier. Les colonnes réglées sur « Ignorer » ne sont pas importées.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Lecture du fichier complet…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%n ligne à importer.</numerusform>
            <numerusform>%n lignes à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Les colonnes ont été associées d’après leur nom ; vérifiez-les.</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorer —</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personnalisé : %1</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Name of the new custom field:</source>
        <translation>Nom du nouveau champ personnalisé :</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Correspondance chargée depuis %1.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Correspondance enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Exporter toutes les données de cette personne</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The preferences file %1 cannot be read (%2); segdesk uses the defaults. Saving the preferences replaces it.</source>
        <translation>Le fichier de préférences %1 est illisible (%2) ; segdesk utilise les valeurs par défaut. Enregistrer les préférences le remplacera.</translation>
    </message>
    <message>
        <source>“%1” is not a database segdesk can use: give a file, or a server URL such as postgresql+psycopg://user@server/segdesk.</source>
        <translation>« %1 » n’est pas une base de données utilisable par segdesk : indiquez un fichier ou l’URL d’un serveur, par exemple postgresql+psycopg://user@server/segdesk.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file.</source>
        <translation>%1 est un dossier ; choisissez un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is not a language of segdesk; choose one of: %2.</source>
        <translation>« %1 » n’est pas une langue de segdesk ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The backup folder “%1” must be a full path.</source>
        <translation>Le dossier de sauvegarde « %1 » doit être un chemin complet.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a file, not a folder.</source>
        <translation>Le dossier de sauvegarde %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Who you are in the team must be a name.</source>
        <translation>Qui vous êtes dans l&apos;équipe doit être un nom.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be from 1 to %1.</source>
        <translation>Le nombre de sauvegardes à conserver doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The default follow-up interval is not an interval.</source>
        <translation>L’intervalle de relance par défaut n’est pas un intervalle valide.</translation>
    </message>
    <message>
        <source>The small-segment threshold must be a whole number, 0 or more.</source>
        <translation>Le seuil des petits segments doit être un nombre entier, égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>« %1 » n’est pas un code pays ; choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Unknown label sheet “%1”; choose one of: %2.</source>
        <translation>Planche d’étiquettes « %1 » inconnue ; choisissez parmi : %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Saved on this computer, for you.</source>
        <translation>Enregistré sur cet ordinateur, pour vous.</translation>
    </message>
    <message>
        <source>Saved in the database %1: everyone who uses it shares this setting.</source>
        <translation>Enregistré dans la base de données %1 : tous ceux qui l’utilisent partagent ce réglage.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>(not set — use this computer&apos;s login: %1)</source>
        <translation>(non défini — utiliser l&apos;identifiant de cet ordinateur : %1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>&amp;Vous êtes :</translation>
    </message>
    <message>
        <source>segdesk uses a new language from the next time it starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de segdesk.</translation>
    </message>
    <message>
        <source>“You are” belongs to this database: the changes you make are recorded under that team member&apos;s name in each contact&apos;s history, and the Owner filter of the follow-ups starts with that member.</source>
        <translation>« Vous êtes » s&apos;applique à cette base de données : vos modifications sont enregistrées au nom de ce membre de l&apos;équipe dans l&apos;historique de chaque contact, et le filtre Responsable des relances commence par ce membre.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>&amp;Call again after:</source>
        <translation>&amp;Relancer après :</translation>
    </message>
    <message>
        <source>A contact is due for a follow-up this long after the last call, visit or email, unless the contact or one of its segments has its own interval. Changing it recomputes every due date.</source>
        <translation>Un contact est à relancer au bout de ce délai après le dernier appel, la dernière visite ou le dernier e-mail, sauf si le contact ou l’un de ses segments a son propre intervalle. Le modifier recalcule toutes les échéances.</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contacts</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Avertir en dessous de :</translation>
    </message>
    <message>
        <source>A segment with fewer contacts than this gets a warning: figures about so few people are unreliable and may single them out. 0 turns the warning off.</source>
        <translation>Un segment comptant moins de contacts que ce nombre est signalé par un avertissement : des chiffres portant sur si peu de personnes sont peu fiables et risquent de permettre de les identifier. 0 désactive l’avertissement.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Planche d’étiquettes :</translation>
    </message>
    <message>
        <source>Mailing labels start with this sheet; File ▸ Print… can choose another each time.</source>
        <translation>Les étiquettes d’adresse utilisent d’abord cette planche ; Fichier ▸ Imprimer… permet d’en choisir une autre à chaque fois.</translation>
    </message>
    <message>
        <source>None: numbers must start with +</source>
        <translation>Aucun : les numéros doivent commencer par +</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>Pays des &amp;numéros :</translation>
    </message>
    <message>
        <source>A number typed without + is read as this country&apos;s, in the contact editor and when importing, unless the contact has a country of its own.</source>
        <translation>Un numéro saisi sans + est considéré comme un numéro de ce pays, dans la fiche du contact comme lors des importations, sauf si le contact a son propre pays.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connexion établie à %1.</translation>
    </message>
    <message>
        <source>segdesk will use the new language the next time it starts.</source>
        <translation>segdesk utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Choose a report and its options; its pages appear here.</source>
        <translation>Choisissez un rapport et ses options ; ses pages s’affichent ici.</translation>
    </message>
    <message>
        <source>%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer.</source>
        <translation>%1 page(s) prête(s). Cette installation ne peut pas afficher les pages PDF (il faut QtPdf ou pypdfium2), il n’y a donc pas d’aperçu : enregistrez le PDF et ouvrez-le dans votre visionneuse PDF.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>“%1” is not a channel (email, phone, post).</source>
        <translation>« %1 » n’est pas un canal (email, phone, post).</translation>
    </message>
    <message>
        <source>“%1” is not a format for this (json, pdf).</source>
        <translation>« %1 » n’est pas un format possible ici (json, pdf).</translation>
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
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Aucune donnée enregistrée.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Addresses and numbers</source>
        <translation>Adresses et numéros</translation>
    </message>
    <message>
        <source>Figures segdesk works out from the history</source>
        <translation>Indicateurs calculés par segdesk à partir de l’historique</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No consent was recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Aucun échange enregistré.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No orders recorded.</source>
        <translation>Aucune commande enregistrée.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>dismissed %1</source>
        <translation>ignorée le %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>reportée au %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No follow-ups recorded.</source>
        <translation>Aucune relance enregistrée.</translation>
    </message>
    <message>
        <source>Changes (audit trail)</source>
        <translation>Modifications (journal d’audit)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>Not in any saved segment.</source>
        <translation>Ne fait partie d’aucun segment enregistré.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Everything segdesk stores about %1 (contact number %2), exported on %3. The person also appears in %4 daily segment membership records (dates and numbers only).</source>
        <translation>Toutes les données que segdesk conserve sur %1 (contact numéro %2), exportées le %3. Cette personne figure aussi dans %4 relevés quotidiens d’appartenance aux segments (dates et numéros uniquement).</translation>
    </message>
    <message>
        <source>Exported by %1.</source>
        <translation>Exportation réalisée par %1.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print Reports</source>
        <translation>Imprimer des rapports</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF Viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Liste d’appels</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <source>Segment summary</source>
        <translation>Synthèse du segment</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Most overdue first</source>
        <translation>Les plus en retard d’abord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Détaillée</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
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
            <numerusform>%n contact listé</numerusform>
            <numerusform>%n contacts listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they refused phone calls</source>
        <translation>
            <numerusform>%n exclu : a refusé les appels</numerusform>
            <numerusform>%n exclus : ont refusé les appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
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
            <numerusform>%n ignoré : pas de consentement au courrier</numerusform>
            <numerusform>%n ignorés : pas de consentement au courrier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: incomplete address</source>
        <translation>
            <numerusform>%n ignoré : adresse incomplète</numerusform>
            <numerusform>%n ignorés : adresse incomplète</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment test page: print it on plain paper.</source>
        <translation>Page de test d’alignement : imprimez-la sur du papier ordinaire.</translation>
    </message>
    <message>
        <source>Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.</source>
        <translation>L’impression depuis segdesk nécessite QtPdf ou pypdfium2 ; enregistrez plutôt le PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>liste-appels</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquettes</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthese</translation>
    </message>
    <message>
        <source>alignment-test</source>
        <translation>test-alignement</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
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
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Il n’existe aucun segment nommé « %1 ».</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Selected contacts</source>
        <translation>Contacts sélectionnés</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Everything stored about this person</source>
        <translation>Toutes les données enregistrées sur cette personne</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Could not count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Déplacer le groupe</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Déplacer la condition</translation>
    </message>
    <message>
        <source>Put in a group</source>
        <translation>Mettre dans un groupe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Change all/any/none</source>
        <translation>Changer toutes/au moins une/aucune</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>dans le passé</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>sur les derniers</translation>
    </message>
    <message>
        <source>Only count purchases or contacts in a recent period</source>
        <translation>Ne compter que les achats ou les échanges d’une période récente</translation>
    </message>
    <message>
        <source>Delete this condition (Del)</source>
        <translation>Supprimer cette condition (Suppr)</translation>
    </message>
    <message>
        <source>choose a field</source>
        <translation>choisissez un champ</translation>
    </message>
    <message>
        <source>%1 (%2) – click to choose another field</source>
        <translation>%1 (%2) – cliquez pour choisir un autre champ</translation>
    </message>
    <message>
        <source>e.g. Espresso owners in Lombardy</source>
        <translation>p. ex. Propriétaires de machines à espresso en Lombardie</translation>
    </message>
    <message>
        <source>Who they are and what they need (persona), or what the segment is for.</source>
        <translation>Qui ils sont et ce dont ils ont besoin (persona), ou à quoi sert le segment.</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>each contact&apos;s own</source>
        <translation>propre à chaque contact</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How often to follow up members of this segment</source>
        <translation>À quelle fréquence relancer les membres de ce segment</translation>
    </message>
    <message>
        <source>Dynamic: members follow the rules every day</source>
        <translation>Dynamique : les membres sont recalculés chaque jour selon les règles</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s members</source>
        <translation>Statique : figer les membres d’aujourd’hui</translation>
    </message>
    <message>
        <source>Replace its members by the contacts matching the rules today</source>
        <translation>Remplacer ses membres par les contacts qui correspondent aujourd’hui aux règles</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>&amp;Relancer tous les :</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Appartenance :</translation>
    </message>
    <message>
        <source>Static: keep its %1 hand-picked members</source>
        <translation>Statique : garder ses %1 membres choisis à la main</translation>
    </message>
    <message>
        <source>Static: freeze today&apos;s %1 members</source>
        <translation>Statique : figer les %1 membres d’aujourd’hui</translation>
    </message>
    <message>
        <source>Drop inside the rule</source>
        <translation>Déposez à l’intérieur de la règle</translation>
    </message>
    <message>
        <source>Only moving or copying is possible here</source>
        <translation>Seuls le déplacement et la copie sont possibles ici</translation>
    </message>
    <message>
        <source>A condition holds no rules</source>
        <translation>Une condition ne peut pas contenir de règles</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Champ inconnu</translation>
    </message>
    <message>
        <source>Only fields and rules can be dropped here</source>
        <translation>Seuls des champs et des règles peuvent être déposés ici</translation>
    </message>
    <message>
        <source>The whole rule cannot be moved</source>
        <translation>La règle entière ne peut pas être déplacée</translation>
    </message>
    <message>
        <source>Drop it somewhere else</source>
        <translation>Déposez-le ailleurs</translation>
    </message>
    <message>
        <source>A group cannot go inside itself</source>
        <translation>Un groupe ne peut pas être placé dans lui-même</translation>
    </message>
    <message>
        <source>Copy group</source>
        <translation>Copier le groupe</translation>
    </message>
    <message>
        <source>Copy condition</source>
        <translation>Copier la condition</translation>
    </message>
    <message>
        <source>Group conditions</source>
        <translation>Grouper les conditions</translation>
    </message>
    <message>
        <source>Put both in a new group</source>
        <translation>Mettre les deux dans un nouveau groupe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>%1[*] – Segment rules</source>
        <translation>%1[*] – Règles du segment</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>En clair : %1</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>%1 contacts sur %2 correspondent</translation>
    </message>
    <message numerus="yes">
        <source>(%n incomplete condition(s) not counted)</source>
        <translation>
            <numerusform>(%n condition incomplète non comptée)</numerusform>
            <numerusform>(%n conditions incomplètes non comptées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>Segment rules</source>
        <translation>Règles du segment</translation>
    </message>
    <message>
        <source>Give the segment a name first.</source>
        <translation>Donnez d’abord un nom au segment.</translation>
    </message>
    <message>
        <source>Fix the conditions outlined in red first.</source>
        <translation>Corrigez d’abord les conditions entourées de rouge.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Save the changes to this segment before closing?</source>
        <translation>Enregistrer les modifications de ce segment avant de fermer ?</translation>
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
        <source>&amp;Find a Field</source>
        <translation>Rec&amp;hercher un champ</translation>
    </message>
    <message>
        <source>Go to the &amp;Rule</source>
        <translation>A&amp;ller à la règle</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Put in a Group</source>
        <translation>&amp;Mettre dans un groupe</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>D&amp;égrouper</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the current condition or group (Del)</source>
        <translation>Supprimer la condition ou le groupe en cours (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>&amp;Importer des règles…</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>E&amp;xporter des règles…</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>&amp;Enregistrer le segment</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Count &amp;Again</source>
        <translation>&amp;Recompter</translation>
    </message>
    <message>
        <source>Start from a &amp;Template</source>
        <translation>Partir d’un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Numéro de contact</translation>
    </message>
    <message>
        <source>Contact number to explain</source>
        <translation>Numéro du contact à expliquer</translation>
    </message>
    <message>
        <source>Why in or out?</source>
        <translation>Pourquoi inclus ou exclu ?</translation>
    </message>
    <message>
        <source>Pick a contact in the preview, or type its number, to see which rules it meets.</source>
        <translation>Choisissez un contact dans l’aperçu, ou saisissez son numéro, pour voir quelles règles il remplit.</translation>
    </message>
    <message>
        <source>Rules met by the contact</source>
        <translation>Règles remplies par le contact</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Contact %1 is in the segment.</source>
        <translation>Le contact %1 fait partie du segment.</translation>
    </message>
    <message>
        <source>Contact %1 is not in the segment.</source>
        <translation>Le contact %1 ne fait pas partie du segment.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>All of these are true</source>
        <translation>Toutes ces conditions sont vraies</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Au moins une de ces conditions est vraie</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>Aucune de ces conditions n’est vraie</translation>
    </message>
    <message>
        <source>Contacts match when</source>
        <translation>Les contacts correspondent quand</translation>
    </message>
    <message>
        <source>Drop fields here, or use + Condition</source>
        <translation>Déposez des champs ici, ou utilisez + Condition</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Ajouter une condition à ce groupe</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <source>Add a group inside this one (Ctrl+G)</source>
        <translation>Ajouter un groupe dans celui-ci (Ctrl+G)</translation>
    </message>
    <message>
        <source>Delete this group and its conditions (Del)</source>
        <translation>Supprimer ce groupe et ses conditions (Suppr)</translation>
    </message>
    <message>
        <source>Search or type a new value…</source>
        <translation>Rechercher ou saisir une nouvelle valeur…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choisir…</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Search fields…</source>
        <translation>Rechercher des champs…</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Rechercher des champs</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Drop here to delete</source>
        <translation>Déposez ici pour supprimer</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching contacts:</source>
        <translation>Les %1 premiers des %2 contacts correspondants :</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s):</source>
        <translation>
            <numerusform>%n contact correspondant :</numerusform>
            <numerusform>%n contacts correspondants :</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>money</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>est le</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>est avant le</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>est après le</translation>
    </message>
    <message>
        <source>is between</source>
        <comment>dates</comment>
        <translation>est entre</translation>
    </message>
    <message>
        <source>is in the last</source>
        <translation>est dans les derniers</translation>
    </message>
    <message>
        <source>is more than</source>
        <comment>time ago</comment>
        <translation>se situe plus de</translation>
    </message>
    <message>
        <source>is in the next</source>
        <translation>est dans les prochains</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>tombe</translation>
    </message>
    <message>
        <source>anniversary in the next</source>
        <translation>anniversaire d’ici</translation>
    </message>
    <message>
        <source>include any of</source>
        <translation>incluent au moins un parmi</translation>
    </message>
    <message>
        <source>include all of</source>
        <translation>incluent tous</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>n’incluent aucun parmi</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est parmi</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n’est pas parmi</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n’est pas vide</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>est oui</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>est non</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>est dans le segment</translation>
    </message>
    <message>
        <source>is not in segment</source>
        <translation>n’est pas dans le segment</translation>
    </message>
    <message>
        <source>Drag to move; Ctrl+drag to copy</source>
        <translation>Faites glisser pour déplacer ; Ctrl+glisser pour copier</translation>
    </message>
    <message>
        <source>Contacts matching this on its own</source>
        <translation>Contacts correspondant à cette seule condition</translation>
    </message>
    <message>
        <source>Not counted (incomplete)</source>
        <translation>Non comptée (incomplète)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Exporter des règles</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>segdesk rules (*.json);;All files (*)</source>
        <translation>Règles segdesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui ils sont</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
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
        <source>type a value</source>
        <translation>saisissez une valeur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>choose a date</source>
        <translation>choisissez une date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>choose a period</source>
        <translation>choisissez une période</translation>
    </message>
    <message>
        <source>choose a segment</source>
        <translation>choisissez un segment</translation>
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
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import writes nothing.</source>
        <translation>Tout ou rien : une importation annulée ou en échec n’écrit rien.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>&amp;Arrêter l’importation</translation>
    </message>
    <message>
        <source>Backing up the database, then importing…</source>
        <translation>Sauvegarde de la base de données, puis importation…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Writing contacts…</source>
        <translation>Écriture des contacts…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>L’importation a été arrêtée ; rien n’a été écrit.</translation>
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
    <message>
        <source>No contact matches these rules.</source>
        <translation>Aucun contact ne correspond à ces règles.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n contact(s) match: figures about so few people are unreliable and may single them out.</source>
        <translation>
            <numerusform>Seulement %n contact correspond : des chiffres portant sur si peu de personnes sont peu fiables et peuvent permettre de les identifier.</numerusform>
            <numerusform>Seulement %n contacts correspondent : des chiffres portant sur si peu de personnes sont peu fiables et peuvent permettre de les identifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Ce segment n’existe plus.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segment doit avoir un nom.</translation>
    </message>
    <message>
        <source>The rules cannot be used: %1</source>
        <translation>Les règles sont inutilisables : %1</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Il existe déjà un segment nommé « %1 ».</translation>
    </message>
    <message>
        <source>Someone changed or deleted this segment meanwhile; open it again to edit it.</source>
        <translation>Quelqu’un a modifié ou supprimé ce segment entre-temps ; rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>%1 does not hold segment rules: %2</source>
        <translation>%1 ne contient pas de règles de segment : %2</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Il n’existe aucun segment nommé « %1 ».</translation>
    </message>
    <message>
        <source>Segment “%1” has no snapshot on or before both dates.</source>
        <translation>Le segment « %1 » n’a pas d’instantané à chacune des deux dates ou avant.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Il n’existe aucun contact numéro %1.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation>%1 n’est pas un fichier de règles JSON : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file.</source>
        <translation>%1 n’est pas un fichier de règles JSON.</translation>
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
    <name>StartupRecovery</name>
    <message>
        <source>There is no backup of this database to restore. Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.</source>
        <translation>Il n’existe aucune sauvegarde de cette base de données à restaurer. Choisissez une autre base de données avec --db CHEMIN, ou définissez SEGDESK_DB, puis relancez segdesk.</translation>
    </message>
    <message>
        <source>segdesk can put back the latest backup that is intact (the newest is from %1). What was entered after it is lost; the damaged file is kept aside, renamed.</source>
        <translation>segdesk peut remettre en place la dernière sauvegarde intacte (la plus récente date du %1). Ce qui a été saisi depuis est perdu ; le fichier endommagé est mis de côté sous un autre nom.</translation>
    </message>
    <message>
        <source>Restore the Latest Good Backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; segdesk starts now.</source>
        <translation>La sauvegarde du %1 a été restaurée ; segdesk démarre.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous %1.</translation>
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
<context>
    <name>Templates</name>
    <message>
        <source>Industry</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <source>Companies in chosen industries, and the people who work for them.</source>
        <translation>Les entreprises des secteurs choisis et les personnes qui y travaillent.</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>Companies by number of employees (small businesses: 10 to 49).</source>
        <translation>Les entreprises selon leur effectif (petites entreprises : 10 à 49).</translation>
    </message>
    <message>
        <source>From (employees)</source>
        <translation>De (salariés)</translation>
    </message>
    <message>
        <source>To (employees)</source>
        <translation>À (salariés)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>People of a given age, for offers that suit a stage of life.</source>
        <translation>Les personnes d’un âge donné, pour des offres adaptées à une étape de la vie.</translation>
    </message>
    <message>
        <source>From (age)</source>
        <translation>De (âge)</translation>
    </message>
    <message>
        <source>To (age)</source>
        <translation>À (âge)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Contacts living or based in chosen regions.</source>
        <translation>Les contacts qui habitent ou sont établis dans les régions choisies.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Stated needs</source>
        <translation>Besoins exprimés</translation>
    </message>
    <message>
        <source>Contacts who told you they need something you offer.</source>
        <translation>Les contacts qui vous ont dit avoir besoin de quelque chose que vous proposez.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Top 20% by spending</source>
        <translation>Top 20 % en dépenses</translation>
    </message>
    <message>
        <source>The fifth of buyers who spent the most (monetary score 5).</source>
        <translation>Le cinquième des acheteurs qui ont le plus dépensé (score monétaire 5).</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Bought recently, often and much (recency, frequency and monetary scores 4 or 5).</source>
        <translation>Ont acheté récemment, souvent et beaucoup (scores de récence, de fréquence et monétaire de 4 ou 5).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Good customers who have not bought for a while: win them back.</source>
        <translation>De bons clients qui n’ont pas acheté depuis un moment : reconquérez-les.</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Acheteurs fréquents</translation>
    </message>
    <message>
        <source>Contacts with many orders in the last 12 months.</source>
        <translation>Les contacts ayant passé de nombreuses commandes au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>At least (orders)</source>
        <translation>Au moins (commandes)</translation>
    </message>
    <message>
        <source>Buy online</source>
        <translation>Achètent en ligne</translation>
    </message>
    <message>
        <source>Contacts who order online more often than in store.</source>
        <translation>Les contacts qui commandent plus souvent en ligne qu’en magasin.</translation>
    </message>
    <message>
        <source>Buy in store</source>
        <translation>Achètent en magasin</translation>
    </message>
    <message>
        <source>Contacts who buy in store more often than online.</source>
        <translation>Les contacts qui achètent plus souvent en magasin qu’en ligne.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Bought in the last 6 months.</source>
        <translation>Ont acheté au cours des 6 derniers mois.</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>Clients inactifs</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 6 months.</source>
        <translation>Ont déjà acheté, mais pas au cours des 6 derniers mois.</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Contacts at a chosen stage: new, loyal, ambassador...</source>
        <translation>Les contacts à une étape choisie : nouveau, fidèle, ambassadeur...</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Anciens clients</translation>
    </message>
    <message>
        <source>Bought before, but not in the last 12 months.</source>
        <translation>Ont déjà acheté, mais pas au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Contacted last month</source>
        <translation>Contactés le mois dernier</translation>
    </message>
    <message>
        <source>Contacts whose latest contact was in the previous calendar month.</source>
        <translation>Les contacts dont le dernier échange remonte au mois civil précédent.</translation>
    </message>
    <message>
        <source>Not contacted in 90 days</source>
        <translation>Non contactés depuis 90 jours</translation>
    </message>
    <message>
        <source>Never contacted, or last contacted more than 90 days ago.</source>
        <translation>Jamais contactés, ou contactés pour la dernière fois il y a plus de 90 jours.</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Vente complémentaire</translation>
    </message>
    <message>
        <source>Bought one product but not its natural companion.</source>
        <translation>Ont acheté un produit, mais pas son complément naturel.</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Non acheté</translation>
    </message>
    <message>
        <source>Coming event</source>
        <translation>Événement à venir</translation>
    </message>
    <message>
        <source>A date that matters to the contact (renewal, anniversary) falls in the next 30 days.</source>
        <translation>Une date importante pour le contact (renouvellement, anniversaire) tombe dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
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
        <source>%1 · Order (%2) · %3</source>
        <translation>%1 · Commande (%2) · %3</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to segdesk</source>
        <translation>Bienvenue dans segdesk</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Try with Demo Data</source>
        <translation>Essayer avec des données de démonstration</translation>
    </message>
    <message>
        <source>Explore segdesk with %1 realistic sample customers, their orders and calls. Best for a first look; start a fresh database for your real contacts.</source>
        <translation>Découvrez segdesk avec %1 clients fictifs réalistes, leurs commandes et leurs appels. Idéal pour une première prise en main ; créez ensuite une nouvelle base de données pour vos vrais contacts.</translation>
    </message>
    <message>
        <source>Import My Contacts</source>
        <translation>Importer mes contacts</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; you check every column before anything is saved.</source>
        <translation>Importez un tableur (CSV, Excel) ou les vCards de votre téléphone ou de votre messagerie ; vous vérifiez chaque colonne avant le moindre enregistrement.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Partir d’une base vide</translation>
    </message>
    <message>
        <source>Open the empty database and add contacts yourself, one by one.</source>
        <translation>Ouvrez la base de données vide et ajoutez vous-même vos contacts, un par un.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Your customers, their purchases and every call in one place: segments for targeted mailings, follow-up reminders, call sheets and labels.</source>
        <translation>Vos clients, leurs achats et tous vos appels au même endroit : segments pour des envois ciblés, rappels de relance, listes d’appels et étiquettes.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Keep the database in another file (a new or an existing one)</source>
        <translation>Conserver la base de données dans un autre fichier (nouveau ou existant)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes :</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;A shared PostgreSQL server (team mode).&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;Un serveur PostgreSQL partagé (mode équipe).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s administrator backs up a shared database (for example with pg_dump); segdesk does not copy it.</source>
        <translation>C’est l’administrateur du serveur qui sauvegarde une base de données partagée (par exemple avec pg_dump) ; segdesk n’en fait pas de copie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;One file on this computer; nothing leaves it.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Un seul fichier sur cet ordinateur ; rien n’en sort.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>A verified copy of the database every day, and before every import, bulk delete and program update, in:</source>
        <translation>Une copie vérifiée de la base de données chaque jour, ainsi qu’avant chaque importation, suppression en masse et mise à jour du programme, dans :</translation>
    </message>
    <message>
        <source>The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes the folder and how many are kept.</source>
        <translation>Les %1 plus récentes sont conservées. Fichier ▸ Sauvegardes… permet d’en restaurer une ; Édition ▸ Préférences… permet de changer le dossier et le nombre de copies conservées.</translation>
    </message>
    <message>
        <source>Adding demo contacts… %v of %m</source>
        <translation>Ajout des contacts de démonstration… %v sur %m</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Impossible d’ajouter les contacts de démonstration : %1</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données segdesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>

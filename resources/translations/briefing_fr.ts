<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>App</name>
        <message>
            <source>The recovered copy of “{name}” cannot be read.</source>
            <translation>La copie récupérée de « {name} » est illisible.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeChoices</name>
        <message>
            <source>Add to stop</source>
            <translation>Ajouter à l’étape</translation>
        </message>
        <message>
            <source>Remove from stop</source>
            <translation>Retirer de l’étape</translation>
        </message>
        <message>
            <source>Unknown person id “{id}”</source>
            <translation>Identifiant de personne inconnu « {id} »</translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Aucun problème détecté.</translation>
        </message>
        <message>
            <source>The visit cannot be saved until this is fixed.</source>
            <translation>La visite ne peut pas être enregistrée tant que ce n’est pas corrigé.</translation>
        </message>
        <message>
            <source>Warnings about the visit</source>
            <translation>Avertissements sur la visite</translation>
        </message>
    </context>
    <context>
        <name>ContactsEditor</name>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Add contact</source>
            <translation>Ajouter un contact</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Move contact</source>
            <translation>Déplacer le contact</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No contacts yet. Press Add for the people to call on the day.</source>
            <translation>Aucun contact pour l’instant. Cliquez sur Ajouter pour les personnes à appeler le jour même.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
        </message>
    </context>
    <context>
        <name>DetailsEditor</name>
        <message>
            <source>A short paragraph for the first page</source>
            <translation>Un court paragraphe pour la première page</translation>
        </message>
        <message>
            <source>Add objective</source>
            <translation>Ajouter un objectif</translation>
        </message>
        <message>
            <source>Author or office</source>
            <translation>Auteur ou service</translation>
        </message>
        <message>
            <source>City or area</source>
            <translation>Ville ou territoire</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>e.g. Visit of the minister to Marseille</source>
            <translation>p. ex. Visite du ministre à Marseille</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Définitif</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Move objective</source>
            <translation>Déplacer l’objectif</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Not a known time zone name, such as Europe/Paris.</source>
            <translation>Ce n’est pas un nom de fuseau horaire connu, comme Europe/Paris.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>One-day visit: clear the last day</source>
            <translation>Visite d’une journée : effacer le dernier jour</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Préparé par</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Personnalité</translation>
        </message>
        <message>
            <source>Principal's role</source>
            <translation>Fonction de la personnalité</translation>
        </message>
        <message>
            <source>Remove objective</source>
            <translation>Supprimer l’objectif</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <source>Same day</source>
            <translation>Le même jour</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>The pack</source>
            <translation>Le dossier</translation>
        </message>
        <message>
            <source>The visit</source>
            <translation>La visite</translation>
        </message>
        <message>
            <source>Their office</source>
            <translation>Sa fonction</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Who is visiting</source>
            <translation>Qui se déplace</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>A recovered copy from {when} is available. Restore it?</source>
            <translation>Une copie récupérée du {when} est disponible. La restaurer ?</translation>
        </message>
        <message>
            <source>An export is still running. Close anyway?</source>
            <translation>Un export est en cours. Fermer quand même ?</translation>
        </message>
        <message>
            <source>Briefing</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <source>Briefing closed without saving “{name}”.</source>
            <translation>Briefing s’est fermé sans enregistrer « {name} ».</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Export Briefing Pack</source>
            <translation>Exporter le dossier</translation>
        </message>
        <message>
            <source>If you don't save, your changes will be lost.</source>
            <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
        </message>
        <message>
            <source>It is open by {holder}. Open a read-only copy to look at it or save it under another name; if you both edit and save it, one of you will lose changes.</source>
            <translation>Il est ouvert par {holder}. Ouvrez une copie en lecture seule pour le consulter ou l’enregistrer sous un autre nom ; si vous le modifiez et l’enregistrez tous les deux, l’un de vous perdra ses modifications.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Open Anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>Open Visit</source>
            <translation>Ouvrir une visite</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Revert “{name}” to the saved version?</source>
            <translation>Revenir à la version enregistrée de « {name} » ?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation>Enregistrer les modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>Save Visit As</source>
            <translation>Enregistrer la visite sous</translation>
        </message>
        <message>
            <source>Saving will replace their changes with yours. Save under another name to keep both.</source>
            <translation>Enregistrer remplacera ses modifications par les vôtres. Enregistrez sous un autre nom pour garder les deux.</translation>
        </message>
        <message>
            <source>Visit files (*.visit.yaml *.yaml *.yml)</source>
            <translation>Fichiers de visite (*.visit.yaml *.yaml *.yml)</translation>
        </message>
        <message>
            <source>Your changes since the last save will be lost.</source>
            <translation>Vos modifications depuis le dernier enregistrement seront perdues.</translation>
        </message>
        <message>
            <source>“{name}” is already open in Briefing.</source>
            <translation>« {name} » est déjà ouvert dans Briefing.</translation>
        </message>
        <message>
            <source>“{name}” was changed by someone else since you opened it.</source>
            <translation>« {name} » a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Briefing</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <source>Details were written to {path}.</source>
            <translation>Les détails ont été enregistrés dans {path}.</translation>
        </message>
        <message>
            <source>Something went wrong: the last action did not complete.</source>
            <translation>Un problème est survenu : la dernière action n’a pas abouti.</translation>
        </message>
        <message>
            <source>Your visit is still open; save it to keep your work.</source>
            <translation>Votre visite est toujours ouverte ; enregistrez-la pour conserver votre travail.</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Building the briefing pack</source>
            <translation>Création du dossier</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exporté dans {name}.</translation>
        </message>
        <message>
            <source>Exporting the briefing pack…</source>
            <translation>Export du dossier…</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Ouvrir le PDF</translation>
        </message>
        <message>
            <source>Preparing to print…</source>
            <translation>Préparation de l’impression…</translation>
        </message>
        <message>
            <source>Printing page {page} of {count}…</source>
            <translation>Impression de la page {page} sur {count}…</translation>
        </message>
        <message>
            <source>The briefing pack could not be made.</source>
            <translation>Le dossier n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>The briefing pack could not be printed.</source>
            <translation>Le dossier n’a pas pu être imprimé.</translation>
        </message>
        <message>
            <source>The pack was exported, with warnings.</source>
            <translation>Le dossier a été exporté, avec des avertissements.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Automatic recovery copies cannot be written to {folder}: {reason}</source>
            <translation>Les copies de récupération automatiques ne peuvent pas être écrites dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>Save your work yourself until this is fixed.</source>
            <translation>Enregistrez vous-même votre travail en attendant que ce soit corrigé.</translation>
        </message>
        <message>
            <source>Saved to {name}.</source>
            <translation>Enregistré dans {name}.</translation>
        </message>
        <message>
            <source>Set the visit's first day before saving.</source>
            <translation>Indiquez le premier jour de la visite avant d’enregistrer.</translation>
        </message>
        <message>
            <source>The sample visit cannot be opened.</source>
            <translation>La visite d’exemple ne peut pas être ouverte.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Your changes are still open in Briefing. {reason}</source>
            <translation>Vos modifications sont toujours ouvertes dans Briefing. {reason}</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened.</source>
            <translation>« {name} » ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read.</source>
            <translation>« {name} » est illisible.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved.</source>
            <translation>« {name} » n’a pas pu être enregistré.</translation>
        </message>
        <message>
            <source>…and {n} more (see the details).</source>
            <translation>…et {n} autres (voir les détails).</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>line {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <source>Not a valid date; write dates as YYYY-MM-DD, for example 2026-03-14.</source>
            <translation>Date non valide ; écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2026-03-14.</translation>
        </message>
        <message>
            <source>Not a valid time; write times as HH:MM on the 24-hour clock, for example 09:30.</source>
            <translation>Heure non valide ; écrivez les heures sous la forme HH:MM sur 24 heures, par exemple 09:30.</translation>
        </message>
        <message>
            <source>Some characters cannot be printed with the pack's font ({chars}); they are shown as “{substitute}”.</source>
            <translation>Certains caractères ne peuvent pas être imprimés avec la police du dossier ({chars}) ; ils apparaissent comme « {substitute} ».</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Le fichier n’existe pas.</translation>
        </message>
        <message>
            <source>The file holds more than one YAML document (a line with ---); a visit file holds one.</source>
            <translation>Le fichier contient plusieurs documents YAML (une ligne ---) ; un fichier de visite n’en contient qu’un.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is nested far too deeply to be a visit file.</source>
            <translation>Le fichier est bien trop imbriqué pour être un fichier de visite.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text. Save it as UTF-8 and try again.</source>
            <translation>Le fichier n’est pas un texte UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice; each one must be different.</source>
            <translation>L’identifiant « {id} » est utilisé deux fois ; chacun doit être différent.</translation>
        </message>
        <message>
            <source>The message “{headline}” names the stop id “{id}”, but no stop has it.</source>
            <translation>Le message « {headline} » cite l’identifiant d’étape « {id} », qu’aucune étape n’a.</translation>
        </message>
        <message>
            <source>The photo of {name} cannot be used. It is left out of the pack and kept in the file.</source>
            <translation>La photo de {name} est inutilisable. Elle est omise du dossier et conservée dans le fichier.</translation>
        </message>
        <message>
            <source>The required field “{field}” is missing or has no value.</source>
            <translation>Le champ obligatoire « {field} » est absent ou vide.</translation>
        </message>
        <message>
            <source>The stop “{stop}” ends ({end}) before it starts ({start}).</source>
            <translation>L’étape « {stop} » se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>The stop “{stop}” is on {date}, outside the visit's dates.</source>
            <translation>L’étape « {stop} » a lieu le {date}, en dehors des dates de la visite.</translation>
        </message>
        <message>
            <source>The stop “{stop}” names the person id “{id}”; nobody has it.</source>
            <translation>L’étape « {stop} » cite l’identifiant de personne « {id} », que personne n’a.</translation>
        </message>
        <message>
            <source>The stop “{stop}” needs a start time before the visit can be saved.</source>
            <translation>L’étape « {stop} » doit avoir une heure de début pour que la visite puisse être enregistrée.</translation>
        </message>
        <message>
            <source>The stops “{other}” and “{stop}” overlap.</source>
            <translation>Les étapes « {other} » et « {stop} » se chevauchent.</translation>
        </message>
        <message>
            <source>The time zone “{zone}” is unknown on this computer; the pack gives its production time in UTC.</source>
            <translation>Le fuseau horaire « {zone} » est inconnu sur cet ordinateur ; le dossier indique son heure de production en UTC.</translation>
        </message>
        <message>
            <source>The visit needs a first day before it can be saved.</source>
            <translation>La visite doit avoir un premier jour pour pouvoir être enregistrée.</translation>
        </message>
        <message>
            <source>The visit's last day is before its first day.</source>
            <translation>Le dernier jour de la visite précède son premier jour.</translation>
        </message>
        <message>
            <source>This file was written by a newer version of Briefing. Update Briefing to open it.</source>
            <translation>Ce fichier a été écrit par une version plus récente de Briefing. Mettez Briefing à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>This is not a Briefing visit file.</source>
            <translation>Ce n’est pas un fichier de visite Briefing.</translation>
        </message>
        <message>
            <source>This YAML tag is not allowed in a visit file.</source>
            <translation>Cette balise YAML n’est pas autorisée dans un fichier de visite.</translation>
        </message>
        <message>
            <source>Unknown field “{field}”.</source>
            <translation>Champ inconnu « {field} ».</translation>
        </message>
        <message>
            <source>Visit files do not allow YAML anchors and aliases; write values out in full.</source>
            <translation>Les fichiers de visite n’acceptent pas les ancres et alias YAML ; écrivez les valeurs en entier.</translation>
        </message>
        <message>
            <source>“{field}” is written twice in the same section; keep only one.</source>
            <translation>« {field} » figure deux fois dans la même section ; n’en gardez qu’un.</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Edit {field}</source>
            <translation>Modifier : {field}</translation>
        </message>
    </context>
    <context>
        <name>Inputs</name>
        <message>
            <source>Choose in a calendar (Alt+Down)</source>
            <translation>Choisir dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Type it as {example}.</source>
            <translation>« {text} » n’est pas une date. Tapez-la ainsi : {example}.</translation>
        </message>
        <message>
            <source>“{text}” is not a time of day. Type it as 9:30, 9h30 or 930.</source>
            <translation>« {text} » n’est pas une heure. Tapez-la ainsi : 9:30, 9h30 ou 930.</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Modification d’un élément</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Déplacement d’un élément</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Nothing here yet. Press Add to create the first one.</source>
            <translation>Rien pour l’instant. Cliquez sur Ajouter pour créer le premier élément.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Select an item to edit it.</source>
            <translation>Sélectionnez un élément pour le modifier.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About Briefing</source>
            <translation>À &amp;propos de Briefing</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Go to Section</source>
            <translation>Aller à la &amp;section</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Revenir à la version enregistrée</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 avertissement</translation>
        </message>
        <message>
            <source>A complete example visit to explore or start from</source>
            <translation>Une visite complète à découvrir ou dont partir</translation>
        </message>
        <message>
            <source>About Briefing</source>
            <translation>À propos de Briefing</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Vider le menu</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>Export the briefing pack as a PDF file</source>
            <translation>Exporter le dossier en fichier PDF</translation>
        </message>
        <message>
            <source>Go to &amp;Next Warning</source>
            <translation>Aller à l’avertissement &amp;suivant</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>Next &amp;Pane</source>
            <translation>&amp;Volet suivant</translation>
        </message>
        <message>
            <source>No Recent Files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Open a visit file</source>
            <translation>Ouvrir un fichier de visite</translation>
        </message>
        <message>
            <source>Open Exported P&amp;DF</source>
            <translation>Ouvrir le P&amp;DF exporté</translation>
        </message>
        <message>
            <source>Open the &amp;Sample Visit</source>
            <translation>Ouvrir la visite d’&amp;exemple</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Préfér&amp;ences…</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>Prepare a ministerial visit and print its briefing pack.</source>
            <translation>Préparez une visite ministérielle et imprimez son dossier.</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ne</source>
            <translation>Volet &amp;précédent</translation>
        </message>
        <message>
            <source>Print the briefing pack</source>
            <translation>Imprimer le dossier</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Enregistrer la visite</translation>
        </message>
        <message>
            <source>Show &amp;Checks</source>
            <translation>Afficher les &amp;vérifications</translation>
        </message>
        <message>
            <source>Show or hide the preview of the pack</source>
            <translation>Afficher ou masquer l’aperçu du dossier</translation>
        </message>
        <message>
            <source>Start a new visit</source>
            <translation>Commencer une nouvelle visite</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (lecture seule)</translation>
        </message>
        <message>
            <source>{name}[*] — Briefing</source>
            <translation>{name}[*] — Briefing</translation>
        </message>
        <message>
            <source>{n} warnings</source>
            <translation>{n} avertissements</translation>
        </message>
    </context>
    <context>
        <name>MessagesEditor</name>
        <message>
            <source>(no headline)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Ajouter un message</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Ajouter un argument</translation>
        </message>
        <message>
            <source>At stop</source>
            <translation>À l’étape</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Move message</source>
            <translation>Déplacer le message</translation>
        </message>
        <message>
            <source>Move point</source>
            <translation>Déplacer l’argument</translation>
        </message>
        <message>
            <source>No key messages yet. Press Add to write the first one.</source>
            <translation>Aucun message clé pour l’instant. Cliquez sur Ajouter pour écrire le premier.</translation>
        </message>
        <message>
            <source>No particular stop</source>
            <translation>Aucune étape en particulier</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Arguments</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Supprimer le message</translation>
        </message>
        <message>
            <source>Remove point</source>
            <translation>Supprimer l’argument</translation>
        </message>
        <message>
            <source>Supporting points</source>
            <translation>Arguments à l’appui</translation>
        </message>
        <message>
            <source>The message in one sentence</source>
            <translation>Le message en une phrase</translation>
        </message>
        <message>
            <source>Unknown stop “{id}”</source>
            <translation>Étape inconnue « {id} »</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Add person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>Another person already has the identifier “{id}”.</source>
            <translation>Une autre personne a déjà l’identifiant « {id} ».</translation>
        </message>
        <message>
            <source>Biography</source>
            <translation>Biographie</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Change identifier</source>
            <translation>Changement d’identifiant</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Choose an image file; you can also drop one on this form</source>
            <translation>Choisissez un fichier image ; vous pouvez aussi en déposer un sur ce formulaire</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Suppression d’une personne</translation>
        </message>
        <message>
            <source>Drop an image file here or choose one.</source>
            <translation>Déposez un fichier image ici ou choisissez-en un.</translation>
        </message>
        <message>
            <source>Edit &gt; Undo brings them back.</source>
            <translation>Édition &gt; Annuler les rétablit.</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Filter by name, role or organisation</source>
            <translation>Filtrer par nom, fonction ou organisme</translation>
        </message>
        <message>
            <source>Filter people</source>
            <translation>Filtrer les personnes</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>How the stops of the visit file refer to this person. Made from the name unless you change it; changing it updates the stops.</source>
            <translation>Ce qui désigne cette personne dans les étapes du fichier de visite. Tiré du nom sauf si vous le changez ; le changer met les étapes à jour.</translation>
        </message>
        <message>
            <source>How to say the name</source>
            <translation>Comment prononcer le nom</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</source>
            <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Job title or office</source>
            <translation>Poste ou fonction</translation>
        </message>
        <message>
            <source>Move person</source>
            <translation>Déplacer la personne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No people yet. Press Add for everyone who appears in the pack.</source>
            <translation>Aucune personne pour l’instant. Cliquez sur Ajouter pour chaque personne qui figure dans le dossier.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Aucune photo</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Officiel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Personnalité principale</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>Prononciation</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Reference (used in the file)</source>
            <translation>Référence (utilisée dans le fichier)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>Supprimer la personne</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Remove {name}?</source>
            <translation>Supprimer {name} ?</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Set identifier from name</source>
            <translation>Identifiant tiré du nom</translation>
        </message>
        <message>
            <source>Set photo</source>
            <translation>Choix de la photo</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>the file is too large ({size} MB)</source>
            <translation>le fichier est trop volumineux ({size} Mo)</translation>
        </message>
        <message>
            <source>The identifier cannot be empty.</source>
            <translation>L’identifiant ne peut pas être vide.</translation>
        </message>
        <message>
            <source>The photo could not be imported</source>
            <translation>La photo n’a pas pu être importée</translation>
        </message>
        <message>
            <source>They take part in one stop; they will be taken out of it.</source>
            <translation>Cette personne participe à une étape ; elle en sera retirée.</translation>
        </message>
        <message>
            <source>They take part in {count} stops; they will be taken out of them.</source>
            <translation>Cette personne participe à {count} étapes ; elle en sera retirée.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
        </message>
        <message>
            <source>This photo cannot be read. It is kept in the file but left out of the pack.</source>
            <translation>Cette photo est illisible. Elle est conservée dans le fichier mais omise du dossier.</translation>
        </message>
        <message>
            <source>Used in the file: the stops name this person by it.</source>
            <translation>Utilisée dans le fichier : les étapes désignent cette personne par elle.</translation>
        </message>
        <message>
            <source>{file}: {reason}.</source>
            <translation>{file} : {reason}.</translation>
        </message>
        <message>
            <source>{kind}, {w} × {h} px, {kb} KB</source>
            <translation>{kind}, {w} × {h} px, {kb} Ko</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>The photo cannot be read; it is kept in the file but left out of the pack.</source>
            <translation>La photo est illisible ; elle est conservée dans le fichier mais omise du dossier.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Format du papier :</translation>
        </message>
        <message>
            <source>A new language applies the next time Briefing starts.</source>
            <translation>La nouvelle langue s’appliquera au prochain démarrage de Briefing.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Fit the page width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} sur {count}</translation>
        </message>
        <message>
            <source>Preview of the briefing pack</source>
            <translation>Aperçu du dossier</translation>
        </message>
        <message>
            <source>Show whole pages</source>
            <translation>Afficher les pages entières</translation>
        </message>
        <message>
            <source>The preview could not be made: {error}</source>
            <translation>L’aperçu n’a pas pu être créé : {error}</translation>
        </message>
        <message>
            <source>The preview could not be shown.</source>
            <translation>L’aperçu ne peut pas être affiché.</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeEditor</name>
        <message>
            <source>Add people in the People section to choose them here.</source>
            <translation>Ajoutez des personnes dans la section Personnes pour les choisir ici.</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>Ajout d’une étape</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Suppression d’une étape</translation>
        </message>
        <message>
            <source>Duplicate stop</source>
            <translation>Duplication d’une étape</translation>
        </message>
        <message>
            <source>Earlier (Ctrl+Up): the stop takes the previous stop's time slot and the previous stop follows it</source>
            <translation>Plus tôt (Ctrl+Haut) : l’étape prend le créneau de l’étape précédente, qui passe après elle</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Se termine à</translation>
        </message>
        <message>
            <source>Filter people</source>
            <translation>Filtrer les personnes</translation>
        </message>
        <message>
            <source>Later (Ctrl+Down): the stop takes the next stop's time slot and the next stop comes first</source>
            <translation>Plus tard (Ctrl+Bas) : l’étape prend le créneau de l’étape suivante, qui passe avant elle</translation>
        </message>
        <message>
            <source>Logistics, protocol, briefing for this stop</source>
            <translation>Logistique, protocole, consignes pour cette étape</translation>
        </message>
        <message>
            <source>Move earlier</source>
            <translation>Plus tôt</translation>
        </message>
        <message>
            <source>Move later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Move stop</source>
            <translation>Déplacer l’étape</translation>
        </message>
        <message>
            <source>Move stop earlier</source>
            <translation>Étape avancée</translation>
        </message>
        <message>
            <source>Move stop later</source>
            <translation>Étape retardée</translation>
        </message>
        <message>
            <source>No stops yet. Press Add to create the first one; each new stop follows the last one of its day.</source>
            <translation>Aucune étape pour l’instant. Cliquez sur Ajouter pour créer la première ; chaque nouvelle étape suit la dernière de sa journée.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>People taking part</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Select a stop to edit it.</source>
            <translation>Sélectionnez une étape pour la modifier.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Warnings for the selected stop</source>
            <translation>Avertissements sur l’étape sélectionnée</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passe</translation>
        </message>
    </context>
    <context>
        <name>QuestionsEditor</name>
        <message>
            <source>(no question)</source>
            <translation>(sans question)</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Move question</source>
            <translation>Déplacer la question</translation>
        </message>
        <message>
            <source>No questions yet. Press Add to prepare the first one.</source>
            <translation>Aucune question pour l’instant. Cliquez sur Ajouter pour préparer la première.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <source>The line to take</source>
            <translation>L’élément de langage</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Sensitivities</source>
            <translation>Points sensibles</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Sensitivities</source>
            <translation>Points sensibles</translation>
        </message>
        <message>
            <source>This section cannot be edited yet.</source>
            <translation>Cette section n’est pas encore modifiable.</translation>
        </message>
        <message>
            <source>This section could not be opened because of an error.</source>
            <translation>Cette section n’a pas pu s’ouvrir à cause d’une erreur.</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Warnings in this section: {n}</source>
            <translation>Avertissements dans cette section : {n}</translation>
        </message>
    </context>
    <context>
        <name>SensitivitiesEditor</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>A topic to handle with care, a risk, what to avoid</source>
            <translation>Un sujet à manier avec précaution, un risque, ce qu’il faut éviter</translation>
        </message>
        <message>
            <source>Add sensitivity</source>
            <translation>Ajouter un point sensible</translation>
        </message>
        <message>
            <source>Edit sensitivity</source>
            <translation>Modification d’un point sensible</translation>
        </message>
        <message>
            <source>Move sensitivity</source>
            <translation>Déplacer le point sensible</translation>
        </message>
        <message>
            <source>No sensitivities yet. Press Add to note a topic to handle with care.</source>
            <translation>Aucun point sensible pour l’instant. Cliquez sur Ajouter pour noter un sujet à manier avec précaution.</translation>
        </message>
        <message>
            <source>Remove sensitivity</source>
            <translation>Supprimer le point sensible</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Point sensible</translation>
        </message>
    </context>
    <context>
        <name>StopsModel</name>
        <message>
            <source>Closed</source>
            <translation>Fermée</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Modifier : {field}</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Ends ({end}) before it starts ({start}).</source>
            <translation>Se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>Names the person id “{id}”, which nobody has.</source>
            <translation>Cite l’identifiant de personne « {id} », que personne n’a.</translation>
        </message>
        <message>
            <source>On {date}, outside the visit's dates.</source>
            <translation>Le {date}, en dehors des dates de la visite.</translation>
        </message>
        <message>
            <source>Open to press</source>
            <translation>Ouverte à la presse</translation>
        </message>
        <message>
            <source>Overlaps “{other}”.</source>
            <translation>Chevauche « {other} ».</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Photo op</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
    </context>
</TS>

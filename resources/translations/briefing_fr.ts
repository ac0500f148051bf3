<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AttendeeChoices</name>
        <message>
            <source>Add to stop</source>
            <translation>Ajouter à l’étape
l’ajout à l’étape</translation>
        </message>
        <message>
            <source>Remove from stop</source>
            <translation>Retirer de l’étape
le retrait de l’étape</translation>
        </message>
        <message>
            <source>Unknown person id “{id}”</source>
            <translation>Identifiant de personne inconnu « {id} »</translation>
        </message>
    </context>
    <context>
        <name>ChangesPanel</name>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Changes since revision {n}</source>
            <translation>Modifications depuis la révision {n}</translation>
        </message>
        <message>
            <source>Changes since the last revision issued</source>
            <translation>Modifications depuis la dernière révision diffusée</translation>
        </message>
        <message>
            <source>No revision issued yet: File &gt; Issue Revision records one.</source>
            <translation>Aucune révision diffusée : Fichier &gt; Diffuser la révision en enregistre une.</translation>
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
            <translation>Ajouter un contact
l’ajout d’un contact</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Move contact</source>
            <translation>Déplacer le contact
le déplacement du contact</translation>
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
            <translation>Supprimer le contact
la suppression du contact</translation>
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
            <translation>Ajouter un objectif
l’ajout d’un objectif</translation>
        </message>
        <message>
            <source>Add recipient</source>
            <translation>Ajouter un destinataire
l’ajout d’un destinataire</translation>
        </message>
        <message>
            <source>Add the principal to People</source>
            <translation>Ajouter la personnalité aux personnes
l’ajout de la personnalité aux personnes</translation>
        </message>
        <message>
            <source>Author or office</source>
            <translation>Auteur ou service</translation>
        </message>
        <message>
            <source>Choose the principal</source>
            <translation>Choisir la personnalité
le choix de la personnalité</translation>
        </message>
        <message>
            <source>Choose the principal among the people of the visit (Alt+Down)</source>
            <translation>Choisir la personnalité parmi les personnes de la visite (Alt+Bas)</translation>
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
            <source>Distribution</source>
            <translation>Diffusion</translation>
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
            <source>From People</source>
            <translation>Parmi les personnes</translation>
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
            <translation>Déplacer l’objectif
le déplacement de l’objectif</translation>
        </message>
        <message>
            <source>Move recipient</source>
            <translation>Déplacer le destinataire
le déplacement du destinataire</translation>
        </message>
        <message>
            <source>Nobody in People yet</source>
            <translation>Personne pour l’instant</translation>
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
            <translation>Supprimer l’objectif
la suppression de l’objectif</translation>
        </message>
        <message>
            <source>Remove recipient</source>
            <translation>Supprimer le destinataire
la suppression du destinataire</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <source>Revision {n} was issued; this one is at least {next}.</source>
            <translation>La révision {n} a été diffusée ; celle-ci est au moins la {next}.</translation>
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
            <source>A recovered copy is available: {what}. Restore it?</source>
            <translation>Une copie récupérée est disponible : {what}. La restaurer ?</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
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
            <source>Briefing cannot save over it. Save your changes under another name?</source>
            <translation>Briefing ne peut pas l’écraser. Enregistrer vos modifications sous un autre nom ?</translation>
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
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Copies of “{name}”:</source>
            <translation>Copies de « {name} » :</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Discard All</source>
            <translation>Tout abandonner</translation>
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
            <source>Its contents will be replaced by this one. This cannot be undone.</source>
            <translation>Son contenu sera remplacé par celui-ci. Cette opération est irréversible.</translation>
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
            <source>Restore a Recovered Copy</source>
            <translation>Restaurer une copie récupérée</translation>
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
            <source>{n} recovered copies are available:
{copies}
Restore the newest?</source>
            <translation>{n} copies récupérées sont disponibles :
{copies}
Restaurer la plus récente ?</translation>
        </message>
        <message>
            <source>“{name}” already exists. Replace it?</source>
            <translation>« {name} » existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>“{name}” is already open in Briefing.</source>
            <translation>« {name} » est déjà ouvert dans Briefing.</translation>
        </message>
        <message>
            <source>“{name}” is read-only.</source>
            <translation>« {name} » est en lecture seule.</translation>
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
            <source>Export…</source>
            <translation>Exporter…</translation>
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
            <source>The briefing pack could not be saved in “{folder}”.</source>
            <translation>Le dossier n’a pas pu être enregistré dans « {folder} ».</translation>
        </message>
        <message>
            <source>The pack was exported, with warnings.</source>
            <translation>Le dossier a été exporté, avec des avertissements.</translation>
        </message>
        <message>
            <source>This is a fault in Briefing, not in your visit; the details are in Briefing's log file.</source>
            <translation>C’est une erreur de Briefing, pas de votre visite ; les détails sont dans le journal de Briefing.</translation>
        </message>
        <message>
            <source>{reason} Choose another folder or name.</source>
            <translation>{reason} Choisissez un autre dossier ou un autre nom.</translation>
        </message>
    </context>
    <context>
        <name>FieldNames</name>
        <message>
            <source>entry {n} on the {page} page</source>
            <translation>entrée {n} de la page {page}</translation>
        </message>
        <message>
            <source>the {page} page</source>
            <translation>la page {page}</translation>
        </message>
        <message>
            <source>{field} of entry {n}, on the {page} page</source>
            <translation>{field} de l’entrée {n}, sur la page {page}</translation>
        </message>
        <message>
            <source>{field}, on the {page} page</source>
            <translation>{field}, sur la page {page}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Automatic recovery copies cannot be written to {folder}: {reason}</source>
            <translation>Les copies de récupération automatiques ne peuvent pas être écrites dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>Briefing cannot save over it. Choose another name.</source>
            <translation>Briefing ne peut pas l’écraser. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Briefing does not keep them: they will be gone from the file once you save it.</source>
            <translation>Briefing ne les conserve pas : ils disparaîtront du fichier dès que vous l’enregistrerez.</translation>
        </message>
        <message>
            <source>Choose another name, or close it there first.</source>
            <translation>Choisissez un autre nom, ou fermez-le d’abord là-bas.</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copie</translation>
        </message>
        <message>
            <source>copy {n}</source>
            <translation>copie {n}</translation>
        </message>
        <message>
            <source>No changes to save.</source>
            <translation>Aucune modification à enregistrer.</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
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
            <source>The recovered copy cannot be read.</source>
            <translation>La copie récupérée ne peut pas être lue.</translation>
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
            <source>“{name}” has comments (lines starting with #).</source>
            <translation>« {name} » contient des commentaires (lignes commençant par #).</translation>
        </message>
        <message>
            <source>“{name}” is open in another copy of Briefing ({who}): the recovered work is read-only here; Save asks for a new name.</source>
            <translation>« {name} » est ouvert dans une autre copie de Briefing ({who}) : le travail récupéré est ici en lecture seule ; Enregistrer demande un nouveau nom.</translation>
        </message>
        <message>
            <source>“{name}” is open in Briefing by {holder}.</source>
            <translation>« {name} » est ouvert dans Briefing par {holder}.</translation>
        </message>
        <message>
            <source>“{name}” is read-only.</source>
            <translation>« {name} » est en lecture seule.</translation>
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
            <source>Not a valid date; the file gives dates as year-month-day, for example 2026-03-14.</source>
            <translation>Date non valide ; le fichier écrit les dates année-mois-jour, par exemple 2026-03-14.</translation>
        </message>
        <message>
            <source>Not a valid time; the file gives times on the 24-hour clock, for example 09:30.</source>
            <translation>Heure non valide ; le fichier écrit les heures sur 24 heures, par exemple 09:30.</translation>
        </message>
        <message>
            <source>Only {gap} min between “{other}” and “{stop}”; the transfer takes {transfer} min.</source>
            <translation>Seulement {gap} min entre « {other} » et « {stop} » ; le trajet prend {transfer} min.</translation>
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
            <source>The photo of {name} is damaged (not valid base64 text). It is left out of the pack and kept in the file.</source>
            <translation>La photo de {name} est abîmée (texte base64 invalide). Elle est omise du dossier et conservée dans le fichier.</translation>
        </message>
        <message>
            <source>The principal is “{visit}” on the Visit page but “{person}” in People. They are one person: type the right name in either and the other follows.</source>
            <translation>La personnalité est « {visit} » sur la page Visite mais « {person} » dans Personnes. C’est une seule personne : tapez le bon nom dans l’une ou l’autre, l’autre suit.</translation>
        </message>
        <message>
            <source>The principal's role is “{visit}” on the Visit page but “{person}” in People. Type the right role in either and the other follows.</source>
            <translation>La fonction de la personnalité est « {visit} » sur la page Visite mais « {person} » dans Personnes. Tapez la bonne fonction dans l’une ou l’autre, l’autre suit.</translation>
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
            <source>The stop “{stop}” is met by the person id “{id}”; nobody has it.</source>
            <translation>L’étape « {stop} » prévoit un accueil par l’identifiant « {id} », que personne n’a.</translation>
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
            <source>The time zone “{timezone}” is not known on this computer; the pack prints times without a zone.</source>
            <translation>Le fuseau horaire « {timezone} » est inconnu de cet ordinateur ; le dossier imprime les heures sans fuseau.</translation>
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
            <source>This is not a regular file (a pipe, a device or a socket), so it is not a visit file.</source>
            <translation>Ce n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) : ce n’est donc pas un fichier de visite.</translation>
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
            <source>{name} is marked as the principal, but so is {other}; a visit has one principal.</source>
            <translation>{name} est marqué comme la personnalité, mais {other} aussi ; une visite a une seule personnalité.</translation>
        </message>
        <message>
            <source>{place}: this value cannot be saved.</source>
            <translation>{place} : cette valeur ne peut pas être enregistrée.</translation>
        </message>
        <message>
            <source>“{field}” is written twice in the same section; keep only one.</source>
            <translation>« {field} » figure deux fois dans la même section ; n’en gardez qu’un.</translation>
        </message>
        <message>
            <source>…and {count} more overlaps.</source>
            <translation>… et {count} autres chevauchements.</translation>
        </message>
        <message>
            <source>…and {count} more warnings like these.</source>
            <translation>… et {count} autres avertissements de ce type.</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Edit {field}</source>
            <translation>Modifier : {field}
la modification de « {field} »</translation>
        </message>
    </context>
    <context>
        <name>ImportPeople</name>
        <message>
            <source> and {count} more</source>
            <translation> et {count} autres</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
        <message>
            <source>1 person will be added.</source>
            <translation>1 personne sera ajoutée.</translation>
        </message>
        <message>
            <source>1 row skipped: this person is already there.</source>
            <translation>1 ligne ignorée : cette personne est déjà là.</translation>
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
            <source>Check which field each column fills:</source>
            <translation>Vérifiez le champ que remplit chaque colonne :</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Import People</source>
            <translation>Importer des personnes</translation>
        </message>
        <message>
            <source>Import {count} people</source>
            <translation>Importer {count} personnes
l’import de {count} personnes</translation>
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
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>Prononciation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>row {row}: no name</source>
            <translation>ligne {row} : sans nom</translation>
        </message>
        <message>
            <source>row {row}: unknown category “{value}”</source>
            <translation>ligne {row} : catégorie inconnue « {value} »</translation>
        </message>
        <message>
            <source>Rows not imported: {rows}</source>
            <translation>Lignes non importées : {rows}</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Tableurs (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The people could not be read from this file.</source>
            <translation>Les personnes n’ont pas pu être lues dans ce fichier.</translation>
        </message>
        <message>
            <source>{count} people will be added.</source>
            <translation>{count} personnes seront ajoutées.</translation>
        </message>
        <message>
            <source>{count} rows skipped: these people are already there.</source>
            <translation>{count} lignes ignorées : ces personnes sont déjà là.</translation>
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
        <name>IssueDialog</name>
        <message>
            <source>Export the pack of revision {n} first</source>
            <translation>Exporter d’abord le dossier de la révision {n}</translation>
        </message>
        <message>
            <source>First issue: nothing has been sent out before.</source>
            <translation>Première diffusion : rien n’a encore été envoyé.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Diffuser</translation>
        </message>
        <message>
            <source>Issue Revision {n}</source>
            <translation>Diffuser la révision {n}</translation>
        </message>
        <message>
            <source>Issue revision {n}</source>
            <translation>Diffuser la révision {n}
la diffusion de la révision {n}</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Diffusé par</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Aucune modification.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>What changed in this revision</source>
            <translation>Ce qui change dans cette révision</translation>
        </message>
        <message>
            <source>Who sends it out</source>
            <translation>Qui l’envoie</translation>
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
            <translation>Modifier l’élément
la modification</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Déplacer l’élément
le déplacement</translation>
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
        <name>Logistics</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Arrival point, entrance, drop-off</source>
            <translation>Point d’arrivée, entrée, dépose</translation>
        </message>
        <message>
            <source>Dress</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Dress code or equipment</source>
            <translation>Tenue ou équipement</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>Accueil par</translation>
        </message>
        <message>
            <source>No people yet: add them under People</source>
            <translation>Personne pour l’instant : ajoutez-les dans Personnes</translation>
        </message>
        <message>
            <source>Nobody chosen</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>On-site contact</source>
            <translation>Contact sur place</translation>
        </message>
        <message>
            <source>Principal speaks</source>
            <translation>Prise de parole</translation>
        </message>
        <message>
            <source>Remarks, order of speakers</source>
            <translation>Propos, ordre des prises de parole</translation>
        </message>
        <message>
            <source>Speaking notes</source>
            <translation>Éléments de langage</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Trajet</translation>
        </message>
        <message>
            <source>Transfer by</source>
            <translation>Trajet en</translation>
        </message>
        <message>
            <source>Who to call at this place, with a number</source>
            <translation>Qui appeler sur place, avec un numéro</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
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
            <source>&amp;Import People…</source>
            <translation>&amp;Importer des personnes…</translation>
        </message>
        <message>
            <source>&amp;Issue Revision…</source>
            <translation>&amp;Diffuser la révision…</translation>
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
            <source>&amp;Personal Programmes…</source>
            <translation>&amp;Programmes personnels…</translation>
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
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir {action}</translation>
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
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler {action}</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>1 problem stops saving</source>
            <translation>1 problème empêche l’enregistrement</translation>
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
            <source>Ca&amp;lendar…</source>
            <translation>&amp;Calendrier…</translation>
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
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
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
            <source>Pocket &amp;Card…</source>
            <translation>&amp;Bristol…</translation>
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
            <source>Record this revision as sent out and start the next one</source>
            <translation>Enregistrer cette révision comme diffusée et commencer la suivante</translation>
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
            <source>Show C&amp;hanges</source>
            <translation>Afficher les &amp;modifications</translation>
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
            <source>The preview makes room while the window is narrow: View &gt; Preview shows it.</source>
            <translation>L’aperçu laisse la place tant que la fenêtre est étroite : Affichage &gt; Aperçu l’affiche.</translation>
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
            <source>{n} problems stop saving</source>
            <translation>{n} problèmes empêchent l’enregistrement</translation>
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
            <source>Add background</source>
            <translation>Ajouter un élément de contexte
l’ajout d’un élément de contexte</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Ajouter une réponse
l’ajout d’une réponse</translation>
        </message>
        <message>
            <source>Add message</source>
            <translation>Ajouter un message
l’ajout d’un message</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Ajouter un argument
l’ajout d’un argument</translation>
        </message>
        <message>
            <source>At stop</source>
            <translation>À l’étape</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Background for the principal: not for use in public</source>
            <translation>Contexte pour la personnalité : à ne pas utiliser en public</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>If pressed</source>
            <translation>Si on vous pousse</translation>
        </message>
        <message>
            <source>Move background</source>
            <translation>Déplacer l’élément de contexte
le déplacement de l’élément de contexte</translation>
        </message>
        <message>
            <source>Move line</source>
            <translation>Déplacer la réponse
le déplacement de la réponse</translation>
        </message>
        <message>
            <source>Move message</source>
            <translation>Déplacer le message
le déplacement du message</translation>
        </message>
        <message>
            <source>Move point</source>
            <translation>Déplacer l’argument
le déplacement de l’argument</translation>
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
            <source>Remove background</source>
            <translation>Supprimer l’élément de contexte
la suppression de l’élément de contexte</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Supprimer la réponse
la suppression de la réponse</translation>
        </message>
        <message>
            <source>Remove message</source>
            <translation>Supprimer le message
la suppression du message</translation>
        </message>
        <message>
            <source>Remove point</source>
            <translation>Supprimer l’argument
la suppression de l’argument</translation>
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
        <name>OsErrors</name>
        <message>
            <source>A folder already has this name.</source>
            <translation>Un dossier porte déjà ce nom.</translation>
        </message>
        <message>
            <source>The file could not be written there.</source>
            <translation>Le fichier n’a pas pu être écrit à cet endroit.</translation>
        </message>
        <message>
            <source>The file name is too long.</source>
            <translation>Le nom du fichier est trop long.</translation>
        </message>
        <message>
            <source>The folder does not exist (any more).</source>
            <translation>Le dossier n’existe pas (ou plus).</translation>
        </message>
        <message>
            <source>There is not enough room left on the disk.</source>
            <translation>Il ne reste pas assez de place sur le disque.</translation>
        </message>
        <message>
            <source>This disk or share can only be read.</source>
            <translation>Ce disque ou ce partage est en lecture seule.</translation>
        </message>
        <message>
            <source>You are not allowed to write in this folder.</source>
            <translation>Vous n’avez pas le droit d’écrire dans ce dossier.</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <source>All officials</source>
            <translation>Toutes les autorités</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>Toute l’équipe</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers de calendrier (*.ics)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a Folder</source>
            <translation>Choisir un dossier</translation>
        </message>
        <message>
            <source>Export Calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>Export Pocket Card</source>
            <translation>Exporter le bristol</translation>
        </message>
        <message>
            <source>Exported to {name}.</source>
            <translation>Exporté dans {name}.</translation>
        </message>
        <message>
            <source>Exporting calendars…</source>
            <translation>Export des calendriers…</translation>
        </message>
        <message>
            <source>Exporting personal programmes…</source>
            <translation>Export des programmes personnels…</translation>
        </message>
        <message>
            <source>Exporting the calendar…</source>
            <translation>Export du calendrier…</translation>
        </message>
        <message>
            <source>Exporting the pocket card…</source>
            <translation>Export du bristol…</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Personal Programmes</source>
            <translation>Programmes personnels</translation>
        </message>
        <message>
            <source>The whole visit</source>
            <translation>Toute la visite</translation>
        </message>
        <message>
            <source>{count} files written in {folder}.</source>
            <translation>{count} fichiers écrits dans {folder}.</translation>
        </message>
        <message>
            <source>{count} written, with warnings.</source>
            <translation>{count} écrits, avec des avertissements.</translation>
        </message>
        <message>
            <source>{done} written, {failed} could not be made.</source>
            <translation>{done} écrits, {failed} n’ont pas pu être faits.</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Add person</source>
            <translation>Ajouter une personne
l’ajout d’une personne</translation>
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
            <source>How the visit file names this person. Made from the name when the person is added; it never changes afterwards, so that stops, changes and calendars keep finding them.</source>
            <translation>Comment le fichier de visite désigne cette personne. Établie à partir du nom lors de l’ajout de la personne, elle ne change plus ensuite, pour que les étapes, les modifications et les agendas la retrouvent toujours.</translation>
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
            <translation>Déplacer la personne
le déplacement de la personne</translation>
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
            <translation>Supprimer la personne
la suppression de la personne</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo
le retrait de la photo</translation>
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
            <translation>Tirer l’identifiant du nom
le changement d’identifiant</translation>
        </message>
        <message>
            <source>Set photo</source>
            <translation>Choisir la photo
le choix de la photo</translation>
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
            <source>the preview builder stopped; the next change retries</source>
            <translation>le générateur de l’aperçu s’est arrêté ; la prochaine modification le relance</translation>
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
            <source>Add a travel leg: a train, a flight, a drive</source>
            <translation>Ajouter un trajet : un train, un vol, un déplacement en voiture</translation>
        </message>
        <message>
            <source>Add people in the People section to choose them here.</source>
            <translation>Ajoutez des personnes dans la section Personnes pour les choisir ici.</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>Ajouter une étape
l’ajout d’une étape</translation>
        </message>
        <message>
            <source>Add travel leg</source>
            <translation>Ajouter un trajet
l’ajout d’un trajet</translation>
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
            <translation>Supprimer l’étape
la suppression de l’étape</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Duplicate stop</source>
            <translation>Dupliquer l’étape
la duplication de l’étape</translation>
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
            <source>From</source>
            <translation>De</translation>
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
            <source>Mode</source>
            <translation>Mode</translation>
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
            <translation>Déplacer l’étape
le déplacement de l’étape</translation>
        </message>
        <message>
            <source>Move stop earlier</source>
            <translation>Avancer l’étape
le déplacement de l’étape plus tôt</translation>
        </message>
        <message>
            <source>Move stop later</source>
            <translation>Retarder l’étape
le déplacement de l’étape plus tard</translation>
        </message>
        <message>
            <source>Named from its mode and places when left empty</source>
            <translation>Nommé d’après son mode et ses lieux s’il est laissé vide</translation>
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
            <source>Reference</source>
            <translation>Référence</translation>
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
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Train or flight number, seats, car plan</source>
            <translation>Numéro de train ou de vol, places, plan de voitures</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Trajet</translation>
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
            <translation>Ajouter une question
l’ajout d’une question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Move question</source>
            <translation>Déplacer la question
le déplacement de la question</translation>
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
            <translation>Supprimer la question
la suppression de la question</translation>
        </message>
        <message>
            <source>The line to take</source>
            <translation>L’élément de langage</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>({n} copies; this is the newest.)</source>
            <translation>({n} copies ; voici la plus récente.)</translation>
        </message>
        <message>
            <source>1 stop</source>
            <translation>1 étape</translation>
        </message>
        <message>
            <source>A recovered copy of this visit is waiting: {what}.</source>
            <translation>Une copie récupérée de cette visite vous attend : {what}.</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>{n} stops</source>
            <translation>{n} étapes</translation>
        </message>
        <message>
            <source>“{title}”, {stops}, saved {when}</source>
            <translation>« {title} », {stops}, enregistrée le {when}</translation>
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
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>This section could not be opened because of an error.</source>
            <translation>Cette section n’a pas pu s’ouvrir à cause d’une erreur.</translation>
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
            <translation>Ajouter un point sensible
l’ajout d’un point sensible</translation>
        </message>
        <message>
            <source>Edit sensitivity</source>
            <translation>Modifier le point sensible
la modification du point sensible</translation>
        </message>
        <message>
            <source>Move sensitivity</source>
            <translation>Déplacer le point sensible
le déplacement du point sensible</translation>
        </message>
        <message>
            <source>No sensitivities yet. Press Add to note a topic to handle with care.</source>
            <translation>Aucun point sensible pour l’instant. Cliquez sur Ajouter pour noter un sujet à manier avec précaution.</translation>
        </message>
        <message>
            <source>Remove sensitivity</source>
            <translation>Supprimer le point sensible
la suppression du point sensible</translation>
        </message>
        <message>
            <source>Sensitivity</source>
            <translation>Point sensible</translation>
        </message>
    </context>
    <context>
        <name>StopsModel</name>
        <message>
            <source>Boat</source>
            <translation>Bateau</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Voiture</translation>
        </message>
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
            <translation>Modifier : {field}
la modification de « {field} »</translation>
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
            <source>Met by the person id “{id}”, which nobody has.</source>
            <translation>Accueil par l’identifiant « {id} », que personne n’a.</translation>
        </message>
        <message>
            <source>Names the person id “{id}”, which nobody has.</source>
            <translation>Cite l’identifiant de personne « {id} », que personne n’a.</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>On foot</source>
            <translation>À pied</translation>
        </message>
        <message>
            <source>On {date}, outside the visit's dates.</source>
            <translation>Le {date}, en dehors des dates de la visite.</translation>
        </message>
        <message>
            <source>Only {gap} min after “{other}”; the transfer takes {transfer} min.</source>
            <translation>Seulement {gap} min après « {other} » ; le trajet prend {transfer} min.</translation>
        </message>
        <message>
            <source>Open to press</source>
            <translation>Ouverte à la presse</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
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
            <source>Plane</source>
            <translation>Avion</translation>
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
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>{mode}: {places}</source>
            <translation>{mode} : {places}</translation>
        </message>
    </context>
</TS>

import type { importsEn } from './imports.en.ts';

/** French messages of the import page; the same keys as `imports.en.ts`. */
export const importsFr = {
  'nav.imports': 'Importer des événements',
  'imports.title': 'Importer des événements',
  'imports.intro':
    'Ajoutez ce que les clients ont fait ailleurs (exports CRM et commandes, visites en magasin, journaux du centre d’appels) depuis un fichier CSV, NDJSON ou Parquet. Importer à nouveau le même fichier n’enregistre rien deux fois.',
  'imports.readOnly':
    'Vous pouvez suivre les imports et leur résultat ; les éditeurs et propriétaires importent les fichiers.',
  'imports.drop.title': 'Déposez un fichier ici',
  'imports.drop.formats': 'CSV (virgule, point-virgule ou tabulation), NDJSON ou Parquet.',
  'imports.drop.formatsLimit':
    'CSV (virgule, point-virgule ou tabulation), NDJSON ou Parquet, jusqu’à {size}.',
  'imports.drop.choose': 'Choisir un fichier',
  'imports.drop.tooLarge':
    '{name} dépasse la limite de {size} : découpez-le, ou demandez à votre administrateur de relever la limite.',
  'imports.upload.title': 'Envoi de {name}',
  'imports.upload.progress': 'Progression de l’envoi',
  'imports.upload.sent': '{sent} envoyés sur {total} ({percent})',
  'imports.upload.cancel': 'Arrêter l’envoi',
  'imports.panel.facts': '{format} · {size} · colonnes : {columns} · envoyé le {date}',
  'imports.panel.another': 'Importer un autre fichier',
  'imports.panel.close': 'Fermer',
  'imports.panel.runAgain': 'Relancer avec une autre correspondance',
  'imports.preview.title': 'Aperçu',
  'imports.preview.intro':
    'Les premières lignes du fichier telles que lues (lignes affichées : {rows}).',
  'imports.preview.caption': 'Premières lignes du fichier',
  'imports.preview.property': 'propriété',
  'imports.preview.unreadable': 'Illisible : {reason}',
  'imports.mapping.title': 'Correspondance des colonnes',
  'imports.mapping.intro':
    'Indiquez quelle colonne contient chaque partie d’un événement. Les suggestions viennent des noms de colonnes.',
  'imports.mapping.segmentRows': 'Les lignes sont déjà des appels Segment (chacune a un type).',
  'imports.mapping.passThrough': 'Les importer telles quelles',
  'imports.mapping.mapColumns': 'Faire correspondre leurs colonnes',
  'imports.mapping.properties': 'Propriétés',
  'imports.mapping.propertiesHint':
    'Colonnes copiées dans chaque événement (traits des appels identify).',
  'imports.mapping.propertiesHintCsv':
    'Colonnes copiées dans chaque événement (traits des appels identify). Les cellules CSV sont du texte sauf si elles sont marquées comme nombres.',
  'imports.mapping.noProperties': 'Toutes les colonnes ont une correspondance ci-dessus.',
  'imports.mapping.allProperties': 'Toutes les colonnes',
  'imports.mapping.number': 'nombre',
  'imports.role.none': '— absent du fichier —',
  'imports.role.userId': 'Identifiant client',
  'imports.role.userId.hint': 'Votre identifiant d’un client connu (userId).',
  'imports.role.anonymousId': 'Identifiant anonyme',
  'imports.role.anonymousId.hint':
    'Un identifiant de visiteur ou d’appareil, quand le client n’est pas connu.',
  'imports.role.event': 'Nom de l’événement',
  'imports.role.event.hint': 'Ce qui s’est passé, p. ex. Commande validée.',
  'imports.role.timestamp': 'Date et heure',
  'imports.role.timestamp.hint': 'ISO 8601, secondes ou ms epoch, ou AAAA-MM-JJ HH:MM:SS (UTC).',
  'imports.role.channel': 'Canal',
  'imports.role.channel.hint': 'Où cela s’est passé : web, magasin, e-mail, téléphone…',
  'imports.role.type': 'Type d’appel',
  'imports.role.type.hint': 'track (par défaut), page, identify… quand le fichier les mélange.',
  'imports.role.messageId': 'Identifiant d’événement',
  'imports.role.messageId.hint':
    'Un identifiant unique par événement ; calculé depuis la ligne s’il manque.',
  'imports.start': 'Lancer l’import',
  'imports.startAgain': 'Relancer l’import',
  'imports.run.progress': 'Progression de l’import',
  'imports.run.rows': 'lignes lues : {rows}',
  'imports.run.rate': '{rate} lignes/s',
  'imports.run.refused': 'refusées : {count}',
  'imports.run.cancel': 'Arrêter l’import',
  'imports.result.done': 'Import terminé. Lignes lues : {rows}.',
  'imports.result.rate': 'Vitesse moyenne : {rate} lignes/s.',
  'imports.result.cancelled':
    'Import arrêté à la demande après {rows} lignes. Relancez-le pour le terminer : rien n’est enregistré deux fois.',
  'imports.result.interrupted':
    'Import interrompu par un arrêt du serveur après {rows} lignes. Relancez-le pour le terminer : rien n’est enregistré deux fois.',
  'imports.result.failed': 'L’import a échoué après {rows} lignes.',
  'imports.result.imported': 'Importés',
  'imports.result.duplicates': 'Déjà présents',
  'imports.result.refused': 'Refusés',
  'imports.result.allDuplicates':
    'Tous les événements de ce fichier étaient déjà enregistrés : il a déjà été importé.',
  'imports.errors.title': 'Lignes refusées',
  'imports.errors.intro':
    'Les premières erreurs sont listées ici ({shown}) ; le fichier des lignes refusées les contient toutes ({count}), avec leurs champs d’origine, prêtes à corriger et réimporter.',
  'imports.errors.introAll':
    'Toutes les lignes refusées sont listées ici. Téléchargez-les avec leurs champs d’origine pour les corriger et les réimporter.',
  'imports.errors.download': 'Télécharger les lignes refusées',
  'imports.errors.wholeLine': 'ligne entière',
  'imports.col.line': 'Ligne',
  'imports.col.column': 'Colonne',
  'imports.col.reason': 'Motif',
  'imports.col.file': 'Fichier',
  'imports.col.status': 'État',
  'imports.col.rows': 'Lignes',
  'imports.col.uploaded': 'Envoyé',
  'imports.status.uploaded': 'Prêt',
  'imports.status.running': 'En cours',
  'imports.status.done': 'Terminé',
  'imports.status.failed': 'Échec',
  'imports.status.cancelled': 'Arrêté',
  'imports.status.interrupted': 'Interrompu',
  'imports.history.title': 'Imports précédents',
  'imports.history.empty': 'Aucun fichier importé pour l’instant.',
  'imports.history.delete': 'Supprimer',
  'imports.history.deleteQuestion':
    'Supprimer l’import de {name} et ses fichiers ? Les événements déjà importés restent.',
  'imports.history.deleteConfirm': 'Supprimer l’import',
} as const satisfies Record<keyof typeof importsEn, string>;

import { analyticsFr } from './analytics.fr.ts';
import { attributionFr } from './attribution.fr.ts';
import { customersFr } from './customers.fr.ts';
import { diagnosisFr } from './diagnosis.fr.ts';
import type { MessageKey } from './en.ts';
import { feedbackFr } from './feedback.fr.ts';
import { importsFr } from './imports.fr.ts';
import { lifecycleFr } from './lifecycle.fr.ts';
import { mapFr } from './map.fr.ts';
import { mappingFr } from './mapping.fr.ts';
import { modelFr } from './model.fr.ts';
import { prioritiseFr } from './prioritise.fr.ts';

/**
 * French messages. `satisfies` makes a missing or an extra key a compile error, while keeping
 * the literal strings so that placeholders can be compared in tests.
 */
export const fr = {
  'app.name': 'Parcours',
  'app.skipToContent': 'Aller au contenu',

  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.saving': 'Enregistrement…',
  'common.saved': 'Enregistré.',
  'common.copy': 'Copier',
  'common.copied': 'Copié dans le presse-papiers.',
  'common.copyFailed': 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
  'common.done': 'Terminé',
  'common.never': 'Jamais',
  'common.you': 'vous',
  'common.actions': 'Actions',

  'errors.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'errors.unexpected': 'Une erreur est survenue. Veuillez réessayer.',
  'errors.credentials': 'E-mail ou mot de passe incorrect.',
  'errors.sessionExpired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'errors.forbidden': 'Votre rôle dans cet espace de travail ne permet pas cette action.',
  'errors.notFound': 'Cet élément n’existe pas, ou vous n’y avez pas accès.',
  'errors.linkInvalid': 'Ce lien n’est pas valide, a expiré ou a déjà été utilisé.',

  'lang.label': 'Langue',

  'login.title': 'Connexion',
  'login.email': 'E-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion…',
  'login.setupNeeded':
    'Parcours n’est pas encore configuré. Ouvrez le lien de configuration affiché dans la console du serveur pour créer le premier compte.',

  'setup.title': 'Configurer Parcours',
  'setup.intro': 'Créez le compte propriétaire et votre premier espace de travail.',
  'setup.name': 'Votre nom',
  'setup.email': 'E-mail',
  'setup.password': 'Mot de passe',
  'setup.passwordRule': 'Au moins 12 caractères.',
  'setup.workspaceName': 'Nom de l’espace de travail',
  'setup.workspaceHint':
    'En général le nom de votre entreprise ou de votre marque. Vous pourrez le changer.',
  'setup.submit': 'Créer le compte',
  'setup.submitting': 'Création…',
  'setup.missingToken':
    'Ce lien de configuration est incomplet. Utilisez le lien complet affiché dans la console du serveur.',
  'setup.alreadyDone': 'Parcours est déjà configuré.',
  'setup.goToLogin': 'Aller à la page de connexion',

  'invite.title': 'Rejoindre un espace de travail',
  'invite.intro': 'Vous avez été invité sur Parcours. Choisissez votre nom et un mot de passe.',
  'invite.name': 'Votre nom',
  'invite.password': 'Mot de passe',
  'invite.submit': 'Accepter l’invitation',
  'invite.submitting': 'Connexion…',
  'invite.missingToken': 'Ce lien d’invitation est incomplet. Demandez-en un nouveau.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a rien à cette adresse.',
  'notFound.home': 'Aller à l’accueil',

  'session.loadFailed': 'Impossible de charger votre compte.',

  'shell.workspace': 'Espace de travail',
  'shell.newWorkspace': 'Nouvel espace de travail…',
  'shell.navigation': 'Rubriques de l’espace de travail',
  'shell.account': 'Compte',
  'shell.logout': 'Se déconnecter',

  'newWorkspace.title': 'Nouvel espace de travail',
  'newWorkspace.name': 'Nom de l’espace de travail',
  'newWorkspace.submit': 'Créer l’espace de travail',
  'newWorkspace.firstTitle': 'Créez votre premier espace de travail',
  'newWorkspace.firstIntro':
    'Vous n’êtes membre d’aucun espace de travail. Créez-en un, ou demandez à un propriétaire de vous inviter.',

  'nav.overview': 'Vue d’ensemble',
  'nav.settings': 'Paramètres',

  'workspace.missing': 'Cet espace de travail n’existe pas ou vous n’y avez plus accès.',
  'workspace.backHome': 'Revenir à mes espaces de travail',

  'role.owner': 'Propriétaire',
  'role.editor': 'Éditeur',
  'role.viewer': 'Lecteur',

  'overview.role': 'Votre rôle : {role}',
  'overview.roleHelp.owner':
    'Vous pouvez gérer les paramètres, les clés d’API et les membres de cet espace de travail.',
  'overview.roleHelp.editor': 'Vous pouvez modifier le contenu de cet espace de travail.',
  'overview.roleHelp.viewer': 'Vous pouvez consulter le contenu de cet espace de travail.',
  'overview.start.title': 'Premiers pas',
  'overview.start.intro':
    'Parcours mesure vos parcours clients à partir des événements que lui envoient votre site, vos applications et vos outils internes.',
  'overview.start.step1.owner':
    'Créez une clé d’écriture dans les paramètres de cet espace de travail.',
  'overview.start.step1.member':
    'Demandez à un propriétaire de cet espace de travail de créer une clé d’écriture pour vous.',
  'overview.start.step2':
    'Placez la clé d’écriture dans le code de suivi de votre site ou de votre application : chaque événement envoyé avec elle est enregistré dans cet espace de travail.',
  'overview.start.step3':
    'Une clé d’écriture ne peut qu’ajouter des événements : elle peut donc figurer dans une page web. Les clés secrètes utilisent l’API avec les droits d’un éditeur de cet espace, sans gérer clés ni membres : gardez-les sur vos serveurs.',
  'overview.start.link': 'Ouvrir les paramètres',

  'settings.title': 'Paramètres',
  'settings.workspace.title': 'Espace de travail',
  'settings.workspace.name': 'Nom de l’espace de travail',
  'settings.workspace.renamed': 'Espace de travail renommé.',

  'keys.title': 'Clés d’API',
  'keys.intro':
    'Les clés d’écriture envoient des événements depuis les sites et les applications. Les clés secrètes utilisent l’API avec les droits d’un éditeur de cet espace et doivent rester sur vos serveurs.',
  'keys.readOnly':
    'Seuls les propriétaires de l’espace de travail peuvent créer ou révoquer des clés.',
  'keys.empty': 'Aucune clé d’API pour l’instant.',
  'keys.col.name': 'Nom',
  'keys.col.kind': 'Type',
  'keys.col.key': 'Clé',
  'keys.col.created': 'Créée le',
  'keys.col.lastUsed': 'Dernière utilisation',
  'keys.col.status': 'État',
  'keys.kind.write': 'Écriture',
  'keys.kind.secret': 'Secrète',
  'keys.status.active': 'Active',
  'keys.status.revoked': 'Révoquée',
  'keys.form.title': 'Créer une clé',
  'keys.form.name': 'Nom de la clé',
  'keys.form.nameHint': 'Là où elle servira, par exemple « Site web » ou « Synchro CRM ».',
  'keys.form.kind': 'Type',
  'keys.form.submit': 'Créer la clé',
  'keys.created.title': 'Votre nouvelle clé « {name} »',
  'keys.created.warning':
    'Cette clé ne sera plus jamais affichée. Copiez-la maintenant et conservez-la en lieu sûr.',
  'keys.revoke': 'Révoquer',
  'keys.revoke.question': 'Révoquer « {name} » ? Tout ce qui l’utilise cessera de fonctionner.',
  'keys.revoke.confirm': 'Confirmer la révocation',

  'members.title': 'Membres',
  'members.readOnly':
    'Seuls les propriétaires de l’espace de travail peuvent inviter, modifier ou retirer des membres.',
  'members.col.name': 'Nom',
  'members.col.email': 'E-mail',
  'members.col.role': 'Rôle',
  'members.roleOf': 'Rôle de {name}',
  'members.remove': 'Retirer',
  'members.remove.question': 'Retirer {name} de cet espace de travail ?',
  'members.remove.confirm': 'Confirmer le retrait',
  'members.invite.title': 'Inviter quelqu’un',
  'members.invite.email': 'E-mail',
  'members.invite.role': 'Rôle',
  'members.invite.submit': 'Inviter',
  'members.invite.added': '{email} a désormais accès à cet espace de travail.',
  'members.invite.linkTitle': 'Lien d’invitation pour {email}',
  'members.invite.linkWarning':
    'Envoyez ce lien à {email}. Il ne sera plus affiché, et c’est le seul moyen de rejoindre l’espace.',
  ...modelFr,
  ...mapFr,
  ...analyticsFr,
  ...lifecycleFr,
  ...attributionFr,
  ...diagnosisFr,
  ...customersFr,
  ...mappingFr,
  ...importsFr,
  ...feedbackFr,
  ...prioritiseFr,
} as const satisfies Record<MessageKey, string>;

import { analyticsEn } from './analytics.en.ts';
import { attributionEn } from './attribution.en.ts';
import { customersEn } from './customers.en.ts';
import { diagnosisEn } from './diagnosis.en.ts';
import { feedbackEn } from './feedback.en.ts';
import { importsEn } from './imports.en.ts';
import { lifecycleEn } from './lifecycle.en.ts';
import { mapEn } from './map.en.ts';
import { mappingEn } from './mapping.en.ts';
import { modelEn } from './model.en.ts';
import { prioritiseEn } from './prioritise.en.ts';

/**
 * English messages: the reference dictionary. Its keys define `MessageKey`, and every other
 * language must provide exactly the same keys (checked by the type system in `fr.ts` and by
 * `messages.test.ts`). Placeholders are written `{name}` and are typed from these strings.
 */
export const en = {
  'app.name': 'Parcours',
  'app.skipToContent': 'Skip to content',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.saved': 'Saved.',
  'common.copy': 'Copy',
  'common.copied': 'Copied to the clipboard.',
  'common.copyFailed': 'Copy failed: select the text and copy it yourself.',
  'common.done': 'Done',
  'common.never': 'Never',
  'common.you': 'you',
  'common.actions': 'Actions',

  'errors.network': 'Could not reach the server. Check your connection and try again.',
  'errors.unexpected': 'Something went wrong. Please try again.',
  'errors.credentials': 'Email or password is incorrect.',
  'errors.sessionExpired': 'Your session has expired. Please log in again.',
  'errors.forbidden': 'Your role in this workspace does not allow this action.',
  'errors.notFound': 'This item does not exist, or you do not have access to it.',
  'errors.linkInvalid': 'This link is not valid, has expired or has already been used.',

  'lang.label': 'Language',

  'login.title': 'Log in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.setupNeeded':
    'Parcours is not set up yet. Open the setup link printed in the server console to create the first account.',

  'setup.title': 'Set up Parcours',
  'setup.intro': 'Create the owner account and your first workspace.',
  'setup.name': 'Your name',
  'setup.email': 'Email',
  'setup.password': 'Password',
  'setup.passwordRule': 'At least 12 characters.',
  'setup.workspaceName': 'Workspace name',
  'setup.workspaceHint': 'Usually your company or brand. You can rename it later.',
  'setup.submit': 'Create account',
  'setup.submitting': 'Creating…',
  'setup.missingToken':
    'This setup link is incomplete. Use the full link printed in the server console.',
  'setup.alreadyDone': 'Parcours is already set up.',
  'setup.goToLogin': 'Go to the login page',

  'invite.title': 'Join a workspace',
  'invite.intro': 'You have been invited to Parcours. Choose your name and a password.',
  'invite.name': 'Your name',
  'invite.password': 'Password',
  'invite.submit': 'Accept invitation',
  'invite.submitting': 'Joining…',
  'invite.missingToken': 'This invitation link is incomplete. Ask for a new one.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to the home page',

  'session.loadFailed': 'Could not load your account.',

  'shell.workspace': 'Workspace',
  'shell.newWorkspace': 'New workspace…',
  'shell.navigation': 'Workspace sections',
  'shell.account': 'Account',
  'shell.logout': 'Log out',

  'newWorkspace.title': 'New workspace',
  'newWorkspace.name': 'Workspace name',
  'newWorkspace.submit': 'Create workspace',
  'newWorkspace.firstTitle': 'Create your first workspace',
  'newWorkspace.firstIntro':
    'You are not a member of any workspace yet. Create one, or ask an owner to invite you.',

  'nav.overview': 'Overview',
  'nav.settings': 'Settings',

  'workspace.missing': 'This workspace does not exist or you no longer have access to it.',
  'workspace.backHome': 'Go to my workspaces',

  'role.owner': 'Owner',
  'role.editor': 'Editor',
  'role.viewer': 'Viewer',

  'overview.role': 'Your role: {role}',
  'overview.roleHelp.owner': 'You can manage the settings, API keys and members of this workspace.',
  'overview.roleHelp.editor': 'You can change the content of this workspace.',
  'overview.roleHelp.viewer': 'You can read the content of this workspace.',
  'overview.start.title': 'Getting started',
  'overview.start.intro':
    'Parcours measures your customer journeys from the events that your website, apps and back office send to it.',
  'overview.start.step1.owner': 'Create a write key in the settings of this workspace.',
  'overview.start.step1.member': 'Ask an owner of this workspace to create a write key for you.',
  'overview.start.step2':
    'Put the write key in the tracking code of your website or app: every event sent with it is recorded in this workspace.',
  'overview.start.step3':
    'A write key can only add events, so it may appear in a web page. Secret keys use the API as an editor of this workspace (they cannot manage keys or members): keep them on your servers only.',
  'overview.start.link': 'Open the settings',

  'settings.title': 'Settings',
  'settings.workspace.title': 'Workspace',
  'settings.workspace.name': 'Workspace name',
  'settings.workspace.renamed': 'Workspace renamed.',

  'keys.title': 'API keys',
  'keys.intro':
    'Write keys send events from websites and apps. Secret keys use the API as an editor of this workspace and must stay on your servers.',
  'keys.readOnly': 'Only workspace owners can create or revoke keys.',
  'keys.empty': 'No API keys yet.',
  'keys.col.name': 'Name',
  'keys.col.kind': 'Kind',
  'keys.col.key': 'Key',
  'keys.col.created': 'Created',
  'keys.col.lastUsed': 'Last used',
  'keys.col.status': 'Status',
  'keys.kind.write': 'Write',
  'keys.kind.secret': 'Secret',
  'keys.status.active': 'Active',
  'keys.status.revoked': 'Revoked',
  'keys.form.title': 'Create a key',
  'keys.form.name': 'Key name',
  'keys.form.nameHint': 'Where it will be used, e.g. “Website” or “CRM sync”.',
  'keys.form.kind': 'Kind',
  'keys.form.submit': 'Create key',
  'keys.created.title': 'Your new key “{name}”',
  'keys.created.warning': 'This key will not be shown again. Copy it now and store it safely.',
  'keys.revoke': 'Revoke',
  'keys.revoke.question': 'Revoke “{name}”? Anything using it will stop working.',
  'keys.revoke.confirm': 'Confirm revoke',

  'members.title': 'Members',
  'members.readOnly': 'Only workspace owners can invite, change or remove members.',
  'members.col.name': 'Name',
  'members.col.email': 'Email',
  'members.col.role': 'Role',
  'members.roleOf': 'Role of {name}',
  'members.remove': 'Remove',
  'members.remove.question': 'Remove {name} from this workspace?',
  'members.remove.confirm': 'Confirm removal',
  'members.invite.title': 'Invite someone',
  'members.invite.email': 'Email',
  'members.invite.role': 'Role',
  'members.invite.submit': 'Invite',
  'members.invite.added': '{email} now has access to this workspace.',
  'members.invite.linkTitle': 'Invitation link for {email}',
  'members.invite.linkWarning':
    'Send this link to {email}. It will not be shown again, and it is the only way to join.',
  ...modelEn,
  ...mapEn,
  ...analyticsEn,
  ...lifecycleEn,
  ...attributionEn,
  ...diagnosisEn,
  ...customersEn,
  ...mappingEn,
  ...importsEn,
  ...feedbackEn,
  ...prioritiseEn,
} as const;

export type MessageKey = keyof typeof en;

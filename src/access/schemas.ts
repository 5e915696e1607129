/** Payload schemas of the access API (validation, types and OpenAPI from one source). */
import { type Static, Type } from 'typebox';
import { TEMPLATE_KEYS } from '../model/templates/index.ts';
import { Id, Name, Strict, Timestamp } from '../server/schema.ts';
import { MIN_PASSWORD_LENGTH } from './secrets.ts';
import { KEY_KINDS, ROLES } from './types.ts';

const Email = Type.String({ format: 'email', maxLength: 320, description: 'Email address' });
const Password = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: 1024,
  description: `At least ${MIN_PASSWORD_LENGTH} characters`,
});
const RoleSchema = Type.Union(
  [Type.Literal(ROLES[0]), Type.Literal(ROLES[1]), Type.Literal(ROLES[2])],
  { description: 'owner: everything; editor: change the workspace; viewer: read only' },
);
const KeyKindSchema = Type.Union([Type.Literal(KEY_KINDS[0]), Type.Literal(KEY_KINDS[1])], {
  description: 'write: public key for event intake; secret: admin API',
});

export const UserSchema = Type.Object({ id: Id, email: Type.String(), name: Type.String() });

export const WorkspaceWithRoleSchema = Type.Object({
  id: Id,
  name: Type.String(),
  role: RoleSchema,
  createdAt: Timestamp,
});

export const WorkspaceSchema = Type.Object({ id: Id, name: Type.String(), createdAt: Timestamp });

export const MeSchema = Type.Object(
  { user: UserSchema, workspaces: Type.Array(WorkspaceWithRoleSchema) },
  { description: 'The signed-in user and the workspaces they belong to' },
);

export const SetupStatusSchema = Type.Object({ needed: Type.Boolean() });

const Template = Type.Optional(
  Type.Union(
    TEMPLATE_KEYS.map((key) => Type.Literal(key)),
    { description: 'What the journey model starts from (default: empty)' },
  ),
);
const Lang = Type.Optional(
  Type.Union([Type.Literal('fr'), Type.Literal('en')], {
    description: 'Language of the template content (default: en)',
  }),
);

export const SetupBody = Strict({
  token: Type.String({ minLength: 1, maxLength: 200, description: 'Token of the setup link' }),
  name: Name('Your name'),
  email: Email,
  password: Password,
  workspaceName: Name('Name of the first workspace'),
  template: Template,
  lang: Lang,
});

export const LoginBody = Strict({ email: Email, password: Type.String({ maxLength: 1024 }) });

export const WorkspaceBody = Strict({ name: Name('Workspace name') });

export const NewWorkspaceBody = Strict({
  name: Name('Workspace name'),
  template: Template,
  lang: Lang,
});

export const WorkspaceParams = Strict({ workspaceId: Id });

export const MemberSchema = Type.Object({
  userId: Id,
  name: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  createdAt: Timestamp,
});

export const MemberParams = Strict({ workspaceId: Id, userId: Id });

export const AddMemberBody = Strict({ email: Email, role: RoleSchema });

export const AddMemberResult = Type.Object({
  member: Type.Optional(MemberSchema),
  inviteUrl: Type.Optional(
    Type.String({ description: 'One-time link for a person without an account; shown once' }),
  ),
});

export const RoleBody = Strict({ role: RoleSchema });

export const AcceptInvitationBody = Strict({
  token: Type.String({ minLength: 1, maxLength: 200 }),
  name: Name('Your name'),
  password: Password,
});

export const ApiKeySchema = Type.Object({
  id: Id,
  name: Type.String(),
  kind: KeyKindSchema,
  prefix: Type.String({ description: 'First characters of the key, safe to display' }),
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});

export const CreateKeyBody = Strict({ name: Name('What the key is for'), kind: KeyKindSchema });

export const CreatedKeySchema = Type.Object({
  key: ApiKeySchema,
  secret: Type.String({ description: 'The full key. It is shown once and never again.' }),
});

export const KeyParams = Strict({ workspaceId: Id, keyId: Id });

export type MeResponse = Static<typeof MeSchema>;

/** HTTP routes of setup, sessions, workspaces, members and API keys. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  clearSessionCookie,
  requireAccess,
  SESSION_COOKIE,
  setSessionCookie,
  userOf,
} from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { type Failure, fail } from '../shared/result.ts';
import type { Need } from './authorize.ts';
import { createKey, listKeys, revokeKey } from './keys.ts';
import { LoginThrottle } from './login-throttle.ts';
import * as s from './schemas.ts';
import {
  completeSetup,
  isSetupNeeded,
  loadMe,
  login,
  logout,
  normaliseEmail,
  type SignedIn,
} from './sessions.ts';
import {
  acceptInvitation,
  addMember,
  changeRole,
  createWorkspace,
  members,
  removeMember,
  rename,
} from './workspaces.ts';

const tooManyAttempts = (retryAfterSeconds: number): Failure => ({
  kind: 'too-many',
  message: `too many failed sign-in attempts: try again in ${retryAfterSeconds} seconds`,
  retryAfterSeconds,
});

export const accessRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const throttle = new LoginThrottle();
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(ctx, request, workspaceId, need);
    const signedIn = (reply: FastifyReply, result: SignedIn) => {
      setSessionCookie(reply, result.sessionToken, result.expiresAt, deps.secureCookies);
      return result.me;
    };
    const tags = (tag: string) => ({ tags: [tag] });

    app.get(
      '/setup',
      {
        schema: {
          ...tags('access'),
          summary: 'Whether the first owner still has to be created',
          response: { 200: s.SetupStatusSchema },
        },
      },
      async () => ({
        needed: await isSetupNeeded(ctx),
      }),
    );

    app.post(
      '/setup',
      {
        schema: {
          ...tags('access'),
          summary: 'Create the first owner and workspace from the setup link',
          body: s.SetupBody,
          response: { 201: s.MeSchema, ...problems(400, 403, 409) },
        },
      },
      async (request, reply) => {
        const { template = 'empty', lang = 'en', ...input } = request.body;
        const result = orFail(await completeSetup(ctx, input));
        await deps.initialiseWorkspace(result.workspaceId, {
          template,
          lang,
          userId: result.me.user.id,
        });
        return reply.code(201).send(signedIn(reply, result));
      },
    );

    app.post(
      '/session',
      {
        schema: {
          ...tags('access'),
          summary: 'Sign in',
          body: s.LoginBody,
          response: { 200: s.MeSchema, ...problems(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const email = normaliseEmail(request.body.email);
        const wait = throttle.retryAfterSeconds(request.ip, email);
        if (wait > 0) orFail(fail(tooManyAttempts(wait)));
        const result = await login(ctx, request.body);
        if (result.ok) throttle.recordSuccess(request.ip, email);
        else throttle.recordFailure(request.ip, email);
        return signedIn(reply, orFail(result));
      },
    );

    app.delete(
      '/session',
      { schema: { ...tags('access'), summary: 'Sign out', response: { 204: Type.Null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logout(ctx, token);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        schema: {
          ...tags('access'),
          summary: 'The signed-in user and their workspaces',
          response: { 200: s.MeSchema, ...problems(401, 403) },
        },
      },
      async (request) => loadMe(ctx, orFail(await userOf(ctx, request))),
    );

    app.post(
      '/invitations/accept',
      {
        schema: {
          ...tags('access'),
          summary: 'Join a workspace from an invitation link',
          body: s.AcceptInvitationBody,
          response: { 200: s.MeSchema, ...problems(400, 409) },
        },
      },
      async (request, reply) => signedIn(reply, orFail(await acceptInvitation(ctx, request.body))),
    );

    app.post(
      '/workspaces',
      {
        schema: {
          ...tags('workspaces'),
          summary: 'Create a workspace (you become its owner), empty or from a template',
          body: s.NewWorkspaceBody,
          response: { 201: s.WorkspaceWithRoleSchema, ...problems(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const user = orFail(await userOf(ctx, request));
        const { name, template = 'empty', lang = 'en' } = request.body;
        const workspace = await createWorkspace(ctx, user, name);
        await deps.initialiseWorkspace(workspace.id, { template, lang, userId: user.id });
        return reply.code(201).send(workspace);
      },
    );

    app.patch(
      '/workspaces/:workspaceId',
      {
        schema: {
          ...tags('workspaces'),
          summary: 'Rename a workspace',
          params: s.WorkspaceParams,
          body: s.WorkspaceBody,
          response: { 200: s.WorkspaceSchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        return orFail(await rename(ctx, granted, request.body.name));
      },
    );

    app.get(
      '/workspaces/:workspaceId/members',
      {
        schema: {
          ...tags('workspaces'),
          summary: 'Members of a workspace',
          params: s.WorkspaceParams,
          response: {
            200: Type.Object({ members: Type.Array(s.MemberSchema) }),
            ...problems(401, 403, 404),
          },
        },
      },
      async (request) => ({
        members: await members(ctx, await access(request, request.params.workspaceId, 'read')),
      }),
    );

    app.post(
      '/workspaces/:workspaceId/members',
      {
        schema: {
          ...tags('workspaces'),
          summary: 'Add a member, or invite someone without an account',
          params: s.WorkspaceParams,
          body: s.AddMemberBody,
          response: { 201: s.AddMemberResult, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        const invitedBy = granted.principal.kind === 'user' ? granted.principal.user.id : null;
        const outcome = orFail(await addMember(ctx, granted, { ...request.body, invitedBy }));
        const inviteUrl =
          outcome.invitationToken && `${deps.publicUrl()}/invite?token=${outcome.invitationToken}`;
        return reply.code(201).send({
          ...(outcome.member && { member: outcome.member }),
          ...(inviteUrl && { inviteUrl }),
        });
      },
    );

    app.patch(
      '/workspaces/:workspaceId/members/:userId',
      {
        schema: {
          ...tags('workspaces'),
          summary: "Change a member's role",
          params: s.MemberParams,
          body: s.RoleBody,
          response: { 200: s.MemberSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        return orFail(await changeRole(ctx, granted, request.params.userId, request.body.role));
      },
    );

    app.delete(
      '/workspaces/:workspaceId/members/:userId',
      {
        schema: {
          ...tags('workspaces'),
          summary: 'Remove a member',
          params: s.MemberParams,
          response: { 204: Type.Null(), ...problems(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        orFail(await removeMember(ctx, granted, request.params.userId));
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/workspaces/:workspaceId/keys',
      {
        schema: {
          ...tags('keys'),
          summary: 'API keys of a workspace (never their values)',
          params: s.WorkspaceParams,
          response: {
            200: Type.Object({ keys: Type.Array(s.ApiKeySchema) }),
            ...problems(401, 403, 404),
          },
        },
      },
      async (request) => ({
        keys: await listKeys(ctx, await access(request, request.params.workspaceId, 'read')),
      }),
    );

    app.post(
      '/workspaces/:workspaceId/keys',
      {
        schema: {
          ...tags('keys'),
          summary: 'Create an API key; its value is in this response only',
          params: s.WorkspaceParams,
          body: s.CreateKeyBody,
          response: { 201: s.CreatedKeySchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        return reply.code(201).send(await createKey(ctx, granted, request.body));
      },
    );

    app.delete(
      '/workspaces/:workspaceId/keys/:keyId',
      {
        schema: {
          ...tags('keys'),
          summary: 'Revoke an API key',
          params: s.KeyParams,
          response: { 200: s.ApiKeySchema, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'administer');
        return orFail(await revokeKey(ctx, granted, request.params.keyId));
      },
    );
  };

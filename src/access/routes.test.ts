import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import { createSetupToken } from './sessions.ts';

let server: TestServer;
let owner: Owner;
beforeEach(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
});
afterEach(() => server.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => server.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload && { payload }) });

describe('setup and sessions', () => {
  it('reports that setup is done and refuses a second setup', async () => {
    expect((await call('GET', '/setup', {})).json()).toEqual({ needed: false });
    expect(await createSetupToken(server.ctx)).toBeUndefined();
  });

  it('sets an HttpOnly SameSite=Strict session cookie', async () => {
    const response = await call(
      'POST',
      '/session',
      {},
      { email: 'OWNER@example.com', password: 'correct horse battery' },
    );
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'parcours_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('refuses a wrong password with a problem response', async () => {
    const response = await call(
      'POST',
      '/session',
      {},
      { email: 'owner@example.com', password: 'wrong password!' },
    );
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 401,
      detail: 'email or password is incorrect',
    });
  });

  it('slows down password guessing with 429 and Retry-After', async () => {
    const wrong = { email: 'owner@example.com', password: 'not the password' };
    for (let i = 0; i < 10; i++)
      expect((await call('POST', '/session', {}, wrong)).statusCode).toBe(401);
    const blocked = await call(
      'POST',
      '/session',
      {},
      { ...wrong, password: 'correct horse battery' },
    );
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().detail).toMatch(
      /^too many failed sign-in attempts: try again in \d+ seconds$/,
    );
  });

  it('answers who is signed in, and forgets the session on logout', async () => {
    const me = await call('GET', '/me', { cookie: owner.cookie });
    expect(me.json()).toMatchObject({
      user: { email: 'owner@example.com' },
      workspaces: [{ name: 'Acme', role: 'owner' }],
    });
    expect((await call('DELETE', '/session', { cookie: owner.cookie })).statusCode).toBe(204);
    const after = await call('GET', '/me', { cookie: owner.cookie });
    expect(after.statusCode).toBe(401);
    expect(after.json().type).toBe('urn:parcours:problem:unauthenticated-invalid');
  });

  it('expires sessions', async () => {
    server.advance(24 * 15);
    const response = await call('GET', '/me', { cookie: owner.cookie });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ type: 'urn:parcours:problem:unauthenticated-expired' });
  });
});

describe('workspaces and members', () => {
  it('creates a workspace owned by its creator', async () => {
    const created = await call(
      'POST',
      '/workspaces',
      { cookie: owner.cookie },
      { name: '  Second  ' },
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Second', role: 'owner' });
    expect((await call('GET', '/me', { cookie: owner.cookie })).json().workspaces).toHaveLength(2);
  });

  it('invites a new person with a one-time link that sets their role', async () => {
    const invite = await call(
      'POST',
      `/workspaces/${owner.workspaceId}/members`,
      { cookie: owner.cookie },
      { email: 'ed@example.com', role: 'editor' },
    );
    expect(invite.statusCode).toBe(201);
    const token = new URL(invite.json().inviteUrl).searchParams.get('token');
    const payload = { token, name: 'Ed', password: 'a long enough password' };
    const accepted = await call('POST', '/invitations/accept', {}, payload);
    expect(accepted.json().workspaces).toMatchObject([{ id: owner.workspaceId, role: 'editor' }]);
    const again = await call('POST', '/invitations/accept', {}, payload);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([
      { field: '/token', message: 'this link has already been used' },
    ]);
  });

  it('adds an existing user at once and refuses a duplicate', async () => {
    const second = await call('POST', '/workspaces', { cookie: owner.cookie }, { name: 'Second' });
    const url = `/workspaces/${second.json().id}/members`;
    // The owner is already a member of Second.
    const duplicate = await call(
      'POST',
      url,
      { cookie: owner.cookie },
      { email: 'owner@example.com', role: 'viewer' },
    );
    expect(duplicate.statusCode).toBe(409);
  });

  it('never leaves a workspace without an owner', async () => {
    const url = `/workspaces/${owner.workspaceId}/members/${owner.userId}`;
    expect(
      (await call('PATCH', url, { cookie: owner.cookie }, { role: 'viewer' })).statusCode,
    ).toBe(409);
    expect((await call('DELETE', url, { cookie: owner.cookie })).statusCode).toBe(409);
  });

  it('lets a viewer read but not administer', async () => {
    const invite = await call(
      'POST',
      `/workspaces/${owner.workspaceId}/members`,
      { cookie: owner.cookie },
      { email: 'v@example.com', role: 'viewer' },
    );
    const token = new URL(invite.json().inviteUrl).searchParams.get('token');
    const accepted = await call(
      'POST',
      '/invitations/accept',
      {},
      { token, name: 'V', password: 'a long enough password' },
    );
    const cookie = accepted.headers['set-cookie']?.toString().split(';')[0] ?? '';
    expect(
      (await call('GET', `/workspaces/${owner.workspaceId}/members`, { cookie })).statusCode,
    ).toBe(200);
    const rename = await call(
      'PATCH',
      `/workspaces/${owner.workspaceId}`,
      { cookie },
      { name: 'Mine' },
    );
    expect(rename.statusCode).toBe(403);
    expect(rename.json().detail).toContain('viewer');
  });
});

describe('API keys', () => {
  const createKey = async (kind: 'write' | 'secret') => {
    const response = await call(
      'POST',
      `/workspaces/${owner.workspaceId}/keys`,
      { cookie: owner.cookie },
      { name: `${kind} key`, kind },
    );
    expect(response.statusCode).toBe(201);
    return response.json<{ key: { id: string; prefix: string }; secret: string }>();
  };

  it('shows a key once and lists only its prefix', async () => {
    const { key, secret } = await createKey('secret');
    expect(secret).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    const listed = await call('GET', `/workspaces/${owner.workspaceId}/keys`, {
      cookie: owner.cookie,
    });
    expect(listed.body).not.toContain(secret);
    expect(listed.json().keys).toMatchObject([{ id: key.id, kind: 'secret', revokedAt: null }]);
  });

  it('authenticates a secret key as Bearer or Basic, until it is revoked', async () => {
    const { key, secret } = await createKey('secret');
    const url = `/workspaces/${owner.workspaceId}/members`;
    expect((await call('GET', url, { authorization: `Bearer ${secret}` })).statusCode).toBe(200);
    const basic = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
    expect((await call('GET', url, { authorization: basic })).statusCode).toBe(200);
    const listed = await call('GET', `/workspaces/${owner.workspaceId}/keys`, {
      cookie: owner.cookie,
    });
    expect(listed.json().keys[0].lastUsedAt).not.toBeNull();
    await call('DELETE', `/workspaces/${owner.workspaceId}/keys/${key.id}`, {
      cookie: owner.cookie,
    });
    const revoked = await call('GET', url, { authorization: `Bearer ${secret}` });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().type).toBe('urn:parcours:problem:unauthenticated-revoked');
  });

  it('refuses write keys on the admin API and keys on administration', async () => {
    const write = await createKey('write');
    const secret = await createKey('secret');
    const members = `/workspaces/${owner.workspaceId}/members`;
    expect(
      (await call('GET', members, { authorization: `Bearer ${write.secret}` })).statusCode,
    ).toBe(403);
    const mint = await call(
      'POST',
      `/workspaces/${owner.workspaceId}/keys`,
      { authorization: `Bearer ${secret.secret}` },
      { name: 'x', kind: 'secret' },
    );
    expect(mint.statusCode).toBe(403);
    expect(
      (await call('GET', '/me', { authorization: `Bearer ${secret.secret}` })).statusCode,
    ).toBe(403);
  });
});

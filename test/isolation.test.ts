/**
 * Workspace isolation: nothing of workspace B can be read or changed by a user
 * or an API key of workspace A, through any workspace route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from './support/server.ts';

let server: TestServer;
let a: Owner;
let b: Owner;
let keyOfA: string;
let keyOfB: { id: string; secret: string };

beforeAll(async () => {
  server = await startTestServer();
  a = await setUpOwner(server, 'a@example.com');
  b = await signUpOther(server, a, 'b@example.com');
  const created = async (owner: Owner) =>
    (
      await server.app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${owner.workspaceId}/keys`,
        headers: { cookie: owner.cookie },
        payload: { name: 'k', kind: 'secret' },
      })
    ).json<{ key: { id: string }; secret: string }>();
  keyOfA = (await created(a)).secret;
  const made = await created(b);
  keyOfB = { id: made.key.id, secret: made.secret };
});
afterAll(() => server.close());

/** Every workspace-scoped route, aimed at workspace B. */
const routesOfB = () => [
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/members` },
  {
    method: 'POST' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/members`,
    payload: { email: 'x@example.com', role: 'owner' },
  },
  {
    method: 'PATCH' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/members/${b.userId}`,
    payload: { role: 'viewer' },
  },
  { method: 'DELETE' as const, url: `/api/v1/workspaces/${b.workspaceId}/members/${b.userId}` },
  {
    method: 'PATCH' as const,
    url: `/api/v1/workspaces/${b.workspaceId}`,
    payload: { name: 'taken over' },
  },
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/keys` },
  {
    method: 'POST' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/keys`,
    payload: { name: 'x', kind: 'secret' },
  },
  { method: 'DELETE' as const, url: `/api/v1/workspaces/${b.workspaceId}/keys/${keyOfB.id}` },
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/model` },
  {
    method: 'POST' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/model/ops`,
    payload: { ops: [{ op: 'currency.set', currency: 'USD' }] },
  },
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/model/history` },
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/model/history/1` },
  { method: 'POST' as const, url: `/api/v1/workspaces/${b.workspaceId}/model/history/1/restore` },
  { method: 'GET' as const, url: `/api/v1/workspaces/${b.workspaceId}/model/export` },
  {
    method: 'POST' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/model/import`,
    payload: { document: {} },
  },
  {
    method: 'GET' as const,
    url: `/api/v1/workspaces/${b.workspaceId}/model/touchpoints-template.csv`,
  },
];

describe('workspace isolation', () => {
  it('the two people share no workspace', async () => {
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: a.cookie },
    });
    expect(me.json<{ workspaces: { id: string }[] }>().workspaces.map((w) => w.id)).toEqual([
      a.workspaceId,
    ]);
  });

  it.each(['session', 'secret key'])(
    'a %s of A gets 404 on every route of B',
    async (credential) => {
      const headers =
        credential === 'session' ? { cookie: a.cookie } : { authorization: `Bearer ${keyOfA}` };
      for (const route of routesOfB()) {
        const response = await server.app.inject({ ...route, headers });
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
        expect(response.body).not.toContain('b@example.com');
      }
    },
  );

  it('B is unchanged afterwards', async () => {
    const headers = { cookie: b.cookie };
    const members = await server.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${b.workspaceId}/members`,
      headers,
    });
    expect(members.json()).toMatchObject({ members: [{ email: 'b@example.com', role: 'owner' }] });
    const keys = await server.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${b.workspaceId}/keys`,
      headers,
    });
    expect(keys.json()).toMatchObject({ keys: [{ id: keyOfB.id, revokedAt: null }] });
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(me.json().workspaces).toMatchObject([
      { id: b.workspaceId, name: 'Workspace of b@example.com' },
    ]);
    expect(
      (
        await server.app.inject({
          method: 'GET',
          url: `/api/v1/workspaces/${b.workspaceId}/members`,
          headers: { authorization: `Bearer ${keyOfB.secret}` },
        })
      ).statusCode,
    ).toBe(200);
  });
});

/**
 * Who may do what with customers: another workspace's people never see or erase them, viewers
 * read, editors merge and undo, only owners erase. And a merge / undo round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import { api, member, openShop, problem, type Shop, shopCalls, track } from './routes-testing.ts';

let server: TestServer;
let owner: Owner;
let stranger: Owner;
let shop: Shop;
let viewer: { cookie: string };
let editor: { cookie: string };
let call: ReturnType<typeof api>;
const path = (rest = '') => `/workspaces/${shop.workspaceId}${rest}`;

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  stranger = await signUpOther(server, owner, 'stranger@example.com');
  call = api(server);
  shop = await openShop(server, owner, 'Shop');
  await track(server, shop, shopCalls(shop));
  viewer = { cookie: await member(server, owner, shop.workspaceId, 'v@example.com', 'viewer') };
  editor = { cookie: await member(server, owner, shop.workspaceId, 'e@example.com', 'editor') };
});
afterAll(() => server.close());

const customerOf = async (userId: string): Promise<string> => {
  const response = await call(owner, 'GET', path(`/customers?userId=${userId}`));
  return response.json<{ customers: { customerId: string }[] }>().customers[0]?.customerId ?? '';
};

describe('customers API access', () => {
  it("never shows nor erases a customer to another workspace's people", async () => {
    const lea = await customerOf('lea%40shop');
    for (const url of [
      '/customers',
      `/customers/${lea}`,
      `/customers/${lea}/export`,
      '/erasures',
    ]) {
      problem(await call(stranger, 'GET', path(url)), 404);
    }
    problem(await call(stranger, 'DELETE', path(`/customers/${lea}`)), 404);
    // Their own workspace does not know the customer either.
    const own = `/workspaces/${stranger.workspaceId}/customers`;
    problem(await call(stranger, 'GET', `${own}/${lea}`), 404);
    problem(await call(stranger, 'DELETE', `${own}/${lea}`), 404);
    expect((await call(stranger, 'GET', own)).json()).toMatchObject({ total: 0 });
    expect((await call(owner, 'GET', path(`/customers/${lea}`))).statusCode).toBe(200);
  });

  it('lets viewers read, editors merge, and only owners erase', async () => {
    const bob = await customerOf('bob');
    expect((await call(viewer, 'GET', path(`/customers/${bob}`))).statusCode).toBe(200);
    expect((await call(viewer, 'GET', path(`/customers/${bob}/export`))).statusCode).toBe(200);
    const merge = { into: bob, from: await customerOf('max'), reason: 'same person' };
    problem(await call(viewer, 'POST', path('/customer-merges'), merge), 403);
    for (const who of [viewer, editor]) {
      const refused = problem(await call(who, 'DELETE', path(`/customers/${bob}`)), 403);
      expect(refused.detail).toMatch(/owners only/);
    }
    expect((await call(owner, 'GET', path(`/customers/${bob}`))).statusCode).toBe(200);
  });

  it('merges a customer into another and undoes it exactly', async () => {
    const [lea, max] = [await customerOf('lea%40shop'), await customerOf('max')];
    const conflicts = (await call(editor, 'GET', path('/identity-conflicts'))).json<{
      conflicts: { customerId: string; otherCustomerId: string }[];
    }>().conflicts;
    expect(conflicts).toMatchObject([{ customerId: lea, otherCustomerId: max }]);
    const before = (await call(editor, 'GET', path(`/customers/${lea}`))).json();

    const merged = await call(editor, 'POST', path('/customer-merges'), {
      into: lea,
      from: max,
      reason: 'same person, new account',
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const merge = merged.json<{ id: string; by: string; moved: unknown[] }>();
    expect(merge).toMatchObject({ by: 'e@example.com', moved: [{ kind: 'user', value: 'max' }] });
    expect(await customerOf('max')).toBe(lea);
    problem(await call(editor, 'GET', path(`/customers/${max}`)), 404);
    const profile = (await call(editor, 'GET', path(`/customers/${lea}`))).json<{
      customer: { eventCount: number };
      merges: { id: string }[];
    }>();
    expect(profile.customer.eventCount).toBe(4);
    expect(profile.merges.map((m) => m.id)).toEqual([merge.id]);

    const undone = await call(editor, 'POST', path(`/customer-merges/${merge.id}/undo`));
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await customerOf('max')).toBe(max);
    const after = (await call(editor, 'GET', path(`/customers/${lea}`))).json<{
      merges: unknown;
    }>();
    expect({ ...after, merges: [] }).toEqual({ ...(before as object), merges: [] });
    const log = (await call(viewer, 'GET', path('/customer-merges'))).json<{ merges: object[] }>();
    expect(log.merges).toEqual([undone.json()]);

    problem(await call(editor, 'POST', path(`/customer-merges/${merge.id}/undo`)), 409);
    problem(await call(editor, 'POST', path('/customer-merges/mrg_nope/undo')), 404);
    const same = problem(
      await call(editor, 'POST', path('/customer-merges'), { into: lea, from: lea, reason: 'x' }),
      400,
    );
    expect(same.errors).toEqual([{ field: '/from', message: 'must differ from into' }]);
    const unknown = problem(
      await call(editor, 'POST', path('/customer-merges'), {
        into: lea,
        from: 'cus_x',
        reason: 'x',
      }),
      400,
    );
    expect(unknown.errors?.[0]?.field).toBe('/from');
    problem(await call(editor, 'POST', path('/customer-merges'), { into: lea, from: max }), 400);
  });
});

/**
 * The customers API on the real server: list, search and lookup, profile, a timeline mapped to
 * the map's touchpoints, export, erasure and its log, and clear problems for bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import { api, openShop, problem, type Shop, shopCalls, track } from './routes-testing.ts';

let server: TestServer;
let owner: Owner;
let shop: Shop;
let call: ReturnType<typeof api>;
const customers = () => `/workspaces/${shop.workspaceId}/customers`;

interface Listed {
  customers: { customerId: string; traits: Record<string, unknown>; eventCount: number }[];
  total: number;
  nextCursor: string | null;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  call = api(server);
  shop = await openShop(server, owner, 'Shop');
  await track(server, shop, shopCalls(shop));
});
afterAll(() => server.close());

const lookup = async (query: string): Promise<string> => {
  const listed = (await call(owner, 'GET', `${customers()}?${query}`)).json<Listed>();
  const id = listed.customers[0]?.customerId;
  if (id === undefined) throw new Error(`no customer for ${query}`);
  return id;
};

describe('customers API', () => {
  it('lists, searches and looks customers up', async () => {
    const all = await call(owner, 'GET', customers());
    expect(all.statusCode, all.body).toBe(200);
    const listed = all.json<Listed>();
    expect(listed.total).toBe(3);
    const names = listed.customers.map((c) => c.traits.name ?? null);
    expect(names).toEqual(['Bob', null, 'Léa Martin']); // last seen first; Max has no traits
    const search = (await call(owner, 'GET', `${customers()}?search=LEA%20MARTIN`)).json<Listed>();
    expect(search.customers.map((c) => c.traits.email)).toEqual(['lea.martin@example.com']);
    const paged = (await call(owner, 'GET', `${customers()}?limit=2`)).json<Listed>();
    const rest = await call(owner, 'GET', `${customers()}?limit=2&cursor=${paged.nextCursor}`);
    expect(rest.json<Listed>().customers).toHaveLength(1);
    const byAnonymous = await lookup('anonymousId=lea-phone');
    expect(await lookup('userId=lea%40shop')).toBe(byAnonymous);
    const nobody = await call(owner, 'GET', `${customers()}?userId=nobody`);
    expect(nobody.json()).toEqual({ customers: [], total: 0, nextCursor: null });
  });

  it('shows a profile with revenue and conflicts, and a timeline mapped to touchpoints', async () => {
    const lea = await lookup('userId=lea%40shop');
    const profile = await call(owner, 'GET', `${customers()}/${lea}`);
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({
      customer: {
        customerId: lea,
        traits: { name: 'Léa Martin' },
        identities: [
          { kind: 'anonymous', value: 'lea-phone' },
          { kind: 'user', value: 'lea@shop' },
        ],
        eventCount: 3,
        revenue: { total: 30, orders: 1, currency: 'EUR' },
      },
      conflicts: [{ identity: { kind: 'anonymous', value: 'lea-phone' }, customerId: lea }],
      merges: [],
    });
    const timeline = await call(owner, 'GET', `${customers()}/${lea}/events?limit=2`);
    const page = timeline.json<{
      events: { messageId: string; touchpointId: string | null }[];
      nextCursor: string;
    }>();
    expect(page.events.map((e) => [e.messageId, e.touchpointId])).toEqual([
      ['l1', shop.touchpointId],
      ['l2', null],
    ]);
    const next = await call(owner, 'GET', `${customers()}/${lea}/events?cursor=${page.nextCursor}`);
    expect(next.json<{ events: { messageId: string }[] }>().events.map((e) => e.messageId)).toEqual(
      ['l3'],
    );
  });

  it('documents every route in the OpenAPI document', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
    const paths = response.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    const base = '/api/v1/workspaces/{workspaceId}';
    for (const path of [
      '/customers',
      '/customers/{customerId}',
      '/customers/{customerId}/events',
      '/customers/{customerId}/export',
      '/erasures',
      '/identity-conflicts',
      '/customer-merges',
      '/customer-merges/{mergeId}/undo',
    ]) {
      expect(Object.keys(paths)).toContain(`${base}${path}`);
    }
    expect(JSON.stringify(paths[`${base}/customers/{customerId}/export`])).toContain(
      'parcours.customer-export',
    );
    expect(paths[`${base}/customers/{customerId}`]?.delete).toBeDefined();
  });

  it('answers clear problems for unknown ids and malformed queries', async () => {
    expect(problem(await call(owner, 'GET', `${customers()}/cus_nope`), 404).detail).toBe(
      'customer cus_nope not found in this workspace (unknown, erased or merged away)',
    );
    problem(await call(owner, 'GET', `${customers()}/cus_nope/events`), 404);
    problem(await call(owner, 'GET', `${customers()}/cus_nope/export`), 404);
    problem(await call(owner, 'DELETE', `${customers()}/cus_nope`), 404);
    const cursor = problem(await call(owner, 'GET', `${customers()}?cursor=garbage`), 400);
    expect(cursor.errors).toEqual([
      { field: '/cursor', message: 'is not a cursor returned by list' },
    ]);
    const limit = problem(await call(owner, 'GET', `${customers()}?limit=0`), 400);
    expect(limit.errors?.[0]?.field).toBe('/limit');
    problem(await call(owner, 'GET', `${customers()}?sort=name`), 400);
    problem(await call(owner, 'GET', `/workspaces/nope/customers`), 404);
    problem(await call({}, 'GET', customers()), 401);
  });

  it('exports everything as a JSON file, erases it, logs the erasure, then has nothing left', async () => {
    const lea = await lookup('userId=lea%40shop');
    const exported = await call(owner, 'GET', `${customers()}/${lea}/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="parcours-customer-${lea}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    const document = exported.json<Record<string, unknown[]> & { profile: unknown }>();
    expect(document).toMatchObject({
      format: 'parcours.customer-export',
      version: 1,
      customerId: lea,
    });
    expect(document.events).toHaveLength(3);
    expect(document.conflicts).toHaveLength(1);

    const erased = await call(owner, 'DELETE', `${customers()}/${lea}`);
    expect(erased.statusCode, erased.body).toBe(200);
    // Max's login carried Léa's phone id: it is erased with her events.
    expect(erased.json()).toMatchObject({
      customerId: lea,
      counts: { events: 4, identities: 2, conflicts: 1, merges: 0 },
      erasedBy: { kind: 'user', id: owner.userId, name: 'Owner' },
    });
    problem(await call(owner, 'GET', `${customers()}/${lea}/export`), 404);
    problem(await call(owner, 'GET', `${customers()}/${lea}`), 404);
    const search = await call(owner, 'GET', `${customers()}?search=martin`);
    expect(search.json<Listed>().total).toBe(0);
    const log = (await call(owner, 'GET', `/workspaces/${shop.workspaceId}/erasures`)).json<{
      erasures: object[];
    }>();
    expect(log.erasures).toEqual([erased.json()]);
    expect(JSON.stringify(log)).not.toMatch(/lea|martin|phone/i);
    problem(await call(owner, 'DELETE', `${customers()}/${lea}`), 404);
  });
});

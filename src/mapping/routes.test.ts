/** The mapping-rules API end to end on real stores: defaults, preview, save, refusals, access. */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  sessionCookie,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { simulate } from '../simulate/generate.ts';
import type { PreviewResponse } from './http-schemas.ts';
import type { MappingRule, MappingRuleSet } from './rules.ts';

let server: TestServer;
let owner: Owner;
let workspaceId: string;
let model: WorkspaceModel;
let sent = 0;

const DAY_MS = 86_400_000;

async function call(
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  payload?: object,
  cookie = owner.cookie,
) {
  const url = `/api/v1/workspaces/${workspaceId}/mapping-rules${path}`;
  return server.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
}

const json = <T>(response: LightMyRequestResponse, status = 200): T => {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
};

async function sendEvents(events: readonly object[]): Promise<void> {
  const key = await server.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspaceId}/keys`,
    headers: { cookie: owner.cookie },
    payload: { name: 'site', kind: 'write' },
  });
  const secret = json<{ secret: string }>(key, 201).secret;
  const authorization = `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;
  for (let start = 0; start < events.length; start += 500) {
    const batch = events.slice(start, start + 500);
    const response = await server.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization },
      payload: { batch },
    });
    expect(response.statusCode, response.body).toBe(200);
    sent += batch.length;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    headers: { cookie: owner.cookie },
    payload: { name: 'Shop', template: 'retail' },
  });
  workspaceId = json<{ id: string }>(created, 201).id;
  const read = await server.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${workspaceId}/model`,
    headers: { cookie: owner.cookie },
  });
  model = json<{ model: WorkspaceModel }>(read).model;
  const end = new Date(Date.now() - 3_600_000);
  const range = { start: new Date(end.getTime() - 20 * DAY_MS), end };
  const customers = [...simulate(model, { seed: 3, customers: 60, ...range })];
  const mystery = [1, 2, 3].map((n) => ({
    type: 'track',
    event: 'Mystery Clicked',
    userId: 'u-mystery',
    messageId: `mystery-${n}`,
    timestamp: new Date(end.getTime() - n * 60_000).toISOString(),
    context: { channel: 'Kiosk' },
  }));
  await sendEvents([...customers.flatMap((customer) => customer.events), ...mystery]);
});
afterAll(() => server.close());

const mysteryRule = (touchpointId: string): MappingRule => ({
  id: 'mystery',
  name: 'Kiosk clicks',
  enabled: true,
  touchpointId,
  when: { types: ['track'], events: ['Mystery Clicked'], channels: ['kiosk'], properties: [] },
});

describe('mapping rules API', () => {
  it('answers the defaults derived from the map until rules are saved', async () => {
    const set = json<MappingRuleSet>(await call('GET', ''));
    expect(set).toMatchObject({ version: 0, isDefault: true, updatedAt: null, updatedBy: null });
    const touchpointIds = new Set(model.journeys.flatMap((j) => j.touchpoints.map((t) => t.id)));
    expect(set.rules.length).toBeGreaterThan(10);
    for (const rule of set.rules) expect(touchpointIds.has(rule.touchpointId)).toBe(true);
  });

  it('previews a draft: per-rule counts and the unmapped groups of the recent window', async () => {
    const { rules } = json<MappingRuleSet>(await call('GET', ''));
    const preview = json<PreviewResponse>(await call('POST', '/preview', { rules }));
    expect(preview.total).toBe(sent);
    const matched = preview.perRule.reduce((sum, entry) => sum + entry.matched, 0);
    expect(matched + preview.unmapped).toBe(sent);
    expect(preview.perRule.map((entry) => entry.ruleId)).toEqual(rules.map((rule) => rule.id));
    expect(preview.unmappedGroups).toContainEqual(
      expect.objectContaining({
        type: 'track',
        event: 'Mystery Clicked',
        channel: 'kiosk',
        count: 3,
      }),
    );
    const latest = Date.parse(preview.latestEventAt ?? '');
    expect(Date.parse(preview.window.to)).toBe(latest + 1);
    expect(Date.parse(preview.window.from)).toBe(latest + 1 - 30 * DAY_MS);

    const draft = [mysteryRule(rules[0]?.touchpointId ?? ''), ...rules];
    const after = json<PreviewResponse>(await call('POST', '/preview', { rules: draft }));
    expect(after.perRule[0]).toEqual({ ruleId: 'mystery', matched: 3 });
    expect(after.unmapped).toBe(preview.unmapped - 3);
    const empty = { rules: draft, from: '2001-01-01T00:00:00Z', to: '2001-02-01T00:00:00Z' };
    expect(json<PreviewResponse>(await call('POST', '/preview', empty)).total).toBe(0);
    const surrogate = {
      ...mysteryRule('x'),
      when: { ...mysteryRule('x').when, events: ['\ud800'] },
    };
    const odd = await call('POST', '/preview', { rules: [surrogate] });
    expect(odd.statusCode, odd.body).toBe(200);
    const backwards = { rules, from: '2001-02-01T00:00:00Z', to: '2001-01-01T00:00:00Z' };
    expect((await call('POST', '/preview', backwards)).statusCode).toBe(400);
  });

  it('saves with an optimistic lock, and names the fields of refused rules', async () => {
    const { rules } = json<MappingRuleSet>(await call('GET', ''));
    const draft = [mysteryRule(rules[0]?.touchpointId ?? ''), ...rules];
    const saved = json<MappingRuleSet>(await call('PUT', '', { rules: draft, version: 0 }));
    expect(saved).toMatchObject({ version: 1, isDefault: false, updatedBy: 'Owner' });
    expect(json<MappingRuleSet>(await call('GET', '')).rules).toEqual(draft);

    const stale = await call('PUT', '', { rules, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);

    const unknown = await call('PUT', '', { rules: [mysteryRule('nope')], version: 1 });
    const problem = json<{ errors: { field: string }[] }>(unknown, 400);
    expect(problem.errors.map((error) => error.field)).toEqual(['/rules/0/touchpointId']);

    const malformed = { ...mysteryRule('x'), name: '', when: { types: ['click'] } };
    const bad = json<{ errors: { field: string }[] }>(
      await call('PUT', '', { rules: [malformed], version: 1 }),
      400,
    );
    expect(bad.errors.map((error) => error.field).join(' ')).toMatch(/rules\/0\/name/);
    expect(json<MappingRuleSet>(await call('GET', '')).version).toBe(1);
  });

  it('lets a viewer read and preview but not save', async () => {
    const invite = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspaceId}/members`,
      headers: { cookie: owner.cookie },
      payload: { email: 'viewer@example.com', role: 'viewer' },
    });
    const token = new URL(json<{ inviteUrl: string }>(invite, 201).inviteUrl).searchParams.get(
      'token',
    );
    const accepted = await server.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Vera', password: 'another long password' },
    });
    const viewer = sessionCookie(accepted);
    const set = json<MappingRuleSet>(await call('GET', '', undefined, viewer));
    expect(
      json<PreviewResponse>(await call('POST', '/preview', { rules: set.rules }, viewer)).total,
    ).toBe(sent);
    const refused = await call('PUT', '', { rules: set.rules, version: set.version }, viewer);
    expect(refused.statusCode).toBe(403);
  });

  it("keeps another workspace's people out", async () => {
    const other = await signUpOther(server, owner, 'other@example.com');
    const { rules } = json<MappingRuleSet>(await call('GET', ''));
    expect((await call('GET', '', undefined, other.cookie)).statusCode).toBe(404);
    expect((await call('POST', '/preview', { rules }, other.cookie)).statusCode).toBe(404);
    expect((await call('PUT', '', { rules, version: 1 }, other.cookie)).statusCode).toBe(404);
    const own = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${other.workspaceId}/mapping-rules/preview`,
      headers: { cookie: other.cookie },
      payload: { rules },
    });
    expect(json<PreviewResponse>(own)).toMatchObject({
      total: 0,
      unmapped: 0,
      latestEventAt: null,
    });
  });
});

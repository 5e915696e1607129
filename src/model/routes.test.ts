/** The journey-model API end to end on real stores: changes, refusals, history, restore, import/export. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import type { ModelOp } from './ops-schema.ts';
import type { WorkspaceModel } from './schema.ts';

let server: TestServer;
let owner: Owner;
beforeEach(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
});
afterEach(() => server.close());

const url = (path = '') => `/api/v1/workspaces/${owner.workspaceId}/model${path}`;
const get = (path = '', cookie = owner.cookie) =>
  server.app.inject({ method: 'GET', url: url(path), headers: { cookie } });
const post = (path: string, payload: object, cookie = owner.cookie) =>
  server.app.inject({ method: 'POST', url: url(path), headers: { cookie }, payload });
const ops = (list: ModelOp[] | object[], cookie = owner.cookie) =>
  post('/ops', { ops: list }, cookie);

interface ModelReply {
  version: number;
  model: WorkspaceModel;
  createdIds: (string | null)[];
}

/** A persona with a current journey holding one touchpoint; answers the ids. */
async function seedJourney() {
  const { model } = (await get()).json<ModelReply>();
  const [stage, nextStage] = model.stages;
  const [channel] = model.channels;
  const created = await ops([
    {
      op: 'persona.add',
      item: {
        id: 'p1',
        name: 'Claire',
        description: '',
        goals: [],
        frustrations: [],
        share: 0.4,
        color: '#3b5bdb',
        pictureUrl: null,
      },
    },
    { op: 'journey.add', id: 'j1', personaId: 'p1', state: 'current', name: 'Claire today' },
    {
      op: 'touchpoint.add',
      journeyId: 'j1',
      item: { id: 't1', stageId: stage?.id ?? '', channelId: channel?.id ?? '', name: 'Home page' },
    },
    {
      op: 'touchpoint.add',
      journeyId: 'j1',
      item: {
        id: 't2',
        stageId: nextStage?.id ?? '',
        channelId: channel?.id ?? '',
        name: 'Search',
      },
    },
  ]);
  expect(created.statusCode, created.body).toBe(200);
  return {
    stageId: stage?.id ?? '',
    channelId: channel?.id ?? '',
    reply: created.json<ModelReply>(),
  };
}

describe('model API', () => {
  it('gives a new workspace the default stages, phases and channels', async () => {
    const reply = (await get()).json<ModelReply>();
    expect(reply.version).toBe(1);
    expect(reply.model.stages).toHaveLength(10);
    expect(reply.model.phases).toHaveLength(6);
    expect(reply.model.channels.length).toBeGreaterThanOrEqual(9);
    expect(reply.model.personas).toEqual([]);
  });

  it('applies operations atomically and records who changed what', async () => {
    const { reply } = await seedJourney();
    expect(reply.version).toBe(2);
    expect(reply.createdIds).toEqual(['p1', 'j1', 't1', 't2']);
    const updated = await ops([
      {
        op: 'touchpoint.update',
        journeyId: 'j1',
        id: 't1',
        changes: { emotion: -2, performance: 'irritant' },
      },
    ]);
    expect(updated.json<ModelReply>().model.journeys[0]?.touchpoints[0]).toMatchObject({
      emotion: -2,
      performance: 'irritant',
    });
    const history = (await get('/history')).json<{
      versions: {
        version: number;
        user: { name: string } | null;
        changes: { op: string; name: string; fields?: string[] }[];
      }[];
    }>();
    expect(history.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(history.versions[0]?.user?.name).toBe('Owner');
    expect(history.versions[0]?.changes).toEqual([
      expect.objectContaining({
        op: 'touchpoint.update',
        name: 'Home page',
        fields: expect.arrayContaining(['emotion', 'performance']),
      }),
    ]);
  });

  it('refuses bad operations with the field named, and applies none of a failing batch', async () => {
    await seedJourney();
    const bad = await ops([
      { op: 'touchpoint.update', journeyId: 'j1', id: 't1', changes: { name: 'Renamed' } },
      { op: 'touchpoint.update', journeyId: 'j1', id: 't1', changes: { emotion: 7 } },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ field: '/ops/1/changes/emotion' }),
    ]);
    const unknownField = await ops([
      { op: 'touchpoint.update', journeyId: 'j1', id: 't1', changes: { emoton: 1 } },
    ]);
    expect(unknownField.json().errors).toEqual([
      { field: '/ops/0/changes/emoton', message: 'unknown field' },
    ]);
    const unknownOp = await ops([{ op: 'touchpoint.explode', id: 't1' }]);
    expect(unknownOp.statusCode).toBe(400);
    const dangling = await ops([
      { op: 'transition.add', journeyId: 'j1', item: { fromId: 't1', toId: 'nope' } },
    ]);
    expect(dangling.statusCode).toBe(400);
    expect(JSON.stringify(dangling.json().errors)).toContain('/ops/0');
    expect((await get()).json<ModelReply>().model.journeys[0]?.touchpoints[0]?.name).toBe(
      'Home page',
    );
  });

  it('refuses removing a stage that still holds touchpoints (409)', async () => {
    const { stageId } = await seedJourney();
    const refused = await ops([{ op: 'stage.remove', id: stageId }]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/touchpoint/);
  });

  it('lets viewers read but not change the model', async () => {
    const invite = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${owner.workspaceId}/members`,
      headers: { cookie: owner.cookie },
      payload: { email: 'v@example.com', role: 'viewer' },
    });
    const token = new URL(invite.json().inviteUrl).searchParams.get('token');
    const accepted = await server.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'V', password: 'a long enough password' },
    });
    const viewer = accepted.headers['set-cookie']?.toString().split(';')[0] ?? '';
    expect((await get('', viewer)).statusCode).toBe(200);
    expect((await ops([{ op: 'currency.set', currency: 'USD' }], viewer)).statusCode).toBe(403);
  });

  it('shows and restores an old version, recorded as a new one', async () => {
    await seedJourney();
    await ops([{ op: 'touchpoint.remove', journeyId: 'j1', id: 't2' }]);
    const old = (await get('/history/2')).json<ModelReply>();
    expect(old.model.journeys[0]?.touchpoints).toHaveLength(2);
    const restored = await post('/history/2/restore', {});
    expect(restored.statusCode).toBe(200);
    expect(restored.json<ModelReply>()).toMatchObject({ version: 4 });
    expect((await get()).json<ModelReply>().model.journeys[0]?.touchpoints).toHaveLength(2);
    expect((await get('/history/99')).statusCode).toBe(404);
  });

  it('derives a target journey and compares it with the current one', async () => {
    await seedJourney();
    const derived = await ops([{ op: 'journey.deriveTarget', id: 'j2', fromId: 'j1' }]);
    const target = derived.json<ModelReply>().model.journeys.find((j) => j.id === 'j2');
    const copy = target?.touchpoints.find((t) => t.name === 'Home page');
    await ops([
      {
        op: 'touchpoint.update',
        journeyId: 'j2',
        id: copy?.id ?? '',
        changes: { performance: 'enchantment', emotion: 3 },
      },
    ]);
    const comparison = (await get('/journeys/j1/compare/j2')).json<{
      changed: { verdict: string }[];
      unchanged: number;
    }>();
    expect(comparison.changed).toEqual([expect.objectContaining({ verdict: 'improved' })]);
    expect(comparison.unchanged).toBe(1);
    expect((await get('/journeys/j1/compare/nope')).statusCode).toBe(404);
  });

  it('exports the model as a versioned document and imports it back; a bad document changes nothing', async () => {
    await seedJourney();
    const exported = await get('/export');
    expect(exported.headers['content-disposition']).toMatch(
      /attachment; filename="parcours-model-/,
    );
    const document = exported.json<{ format: string; model: WorkspaceModel }>();
    expect(document.format).toBe('parcours.model');
    const imported = await post('/import', { document });
    expect(imported.statusCode).toBe(200);
    expect(imported.json<ModelReply>().model).toEqual(document.model);

    const broken = structuredClone(document);
    const touchpoint = broken.model.journeys[0]?.touchpoints[0];
    if (touchpoint) Object.assign(touchpoint, { emotion: 7, channelId: 'nowhere' });
    const refused = await post('/import', { document: broken });
    expect(refused.statusCode).toBe(400);
    const fields = refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/model/journeys/0/touchpoints/0/emotion']));
    expect(fields.length).toBeGreaterThanOrEqual(2);
    expect((await get()).json<ModelReply>().version).toBe(3);
  });

  it('imports a model larger than the general 1 MiB body limit', async () => {
    await seedJourney();
    const document = (await get('/export')).json<{ model: WorkspaceModel }>();
    const journey = document.model.journeys[0];
    const template = journey?.touchpoints[0];
    if (!journey || !template) throw new Error('seed failed');
    for (let i = 0; i < 2000; i++) {
      journey.touchpoints.push({
        ...template,
        id: `bulk-${i}`,
        name: `Touchpoint ${i}`,
        notes: 'x'.repeat(400),
      });
    }
    expect(JSON.stringify(document).length).toBeGreaterThan(1024 * 1024);
    const imported = await post('/import', { document });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(200);
    expect(imported.json<ModelReply>().model.journeys[0]?.touchpoints).toHaveLength(2002);
  });

  it('starts a new workspace from a template', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { cookie: owner.cookie },
      payload: { name: 'Shop', template: 'ecommerce', lang: 'fr' },
    });
    const model = (
      await server.app.inject({
        method: 'GET',
        url: `/api/v1/workspaces/${created.json().id}/model`,
        headers: { cookie: owner.cookie },
      })
    ).json<ModelReply>().model;
    expect(model.personas.length).toBeGreaterThanOrEqual(3);
    expect(model.journeys.some((j) => j.state === 'target')).toBe(true);
    const templates = await server.app.inject({ method: 'GET', url: '/api/v1/templates?lang=fr' });
    expect(templates.json().templates.map((t: { key: string }) => t.key)).toEqual([
      'empty',
      'ecommerce',
      'retail',
      'b2b',
    ]);
  });
});

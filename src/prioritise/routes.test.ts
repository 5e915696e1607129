/** The prioritisation API end to end on real stores: actions, weights, scores, plans, files, access. */
import ExcelJS from 'exceljs';
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
import type { SavedPlan } from './budget-plan.ts';
import { seedDemoActions } from './demo.ts';
import type { Action, BudgetSettings, ScoringWeights } from './schema.ts';
import type { WorkspaceScores } from './scores.ts';

let server: TestServer;
let owner: Owner;
let workspaceId: string;
let model: WorkspaceModel;

const json = <T>(response: LightMyRequestResponse, status = 200): T => {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
};

function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  payload?: object,
  cookie = owner.cookie,
  ws = workspaceId,
) {
  const url = `/api/v1/workspaces/${ws}/prioritise${path}`;
  return server.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
}

const touchpointNamed = (name: string) =>
  model.journeys.flatMap((j) => j.touchpoints).find((t) => t.name === name)?.id ?? '';

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    headers: { cookie: owner.cookie },
    payload: { name: 'Maison Lumière', template: 'ecommerce', lang: 'fr' },
  });
  workspaceId = json<{ id: string }>(created, 201).id;
  const read = await server.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${workspaceId}/model`,
    headers: { cookie: owner.cookie },
  });
  model = json<{ model: WorkspaceModel }>(read).model;
});

afterAll(async () => {
  await server?.close();
});

describe('demo prioritisation', () => {
  it('seeds credible actions in the template’s language and a solved plan', async () => {
    const seeded = await seedDemoActions(server.ctx, workspaceId);
    expect(seeded.actions).toBe(15);
    const { actions } = json<{ actions: Action[] }>(await call('GET', '/actions'));
    expect(actions.map((a) => a.name)).toContain(
      'Programme de fidélité : points et ventes privées',
    );
    expect(actions.every((a) => a.touchpointIds.length > 0)).toBe(true);
    expect(actions.filter((a) => a.channelId !== null)).toHaveLength(13);
    const loyalty = actions.find((a) => a.name.startsWith('Programme de fidélité'));
    expect(loyalty?.requires).toHaveLength(1);

    const plan = json<SavedPlan>(await call('GET', `/plans/${seeded.planId}`));
    expect(plan.status).toBe('optimal');
    const decisions = plan.plan.solution?.actions ?? [];
    expect(decisions.filter((a) => a.decision === 'left-out').length).toBeGreaterThan(2);
    expect(decisions.filter((a) => a.decision !== 'left-out').length).toBeGreaterThan(4);
    expect(new Set(decisions.flatMap((a) => a.reason?.kind ?? [])).size).toBeGreaterThan(1);
    expect(plan.plan.sensitivity).toHaveLength(11);
    // Seeding twice adds nothing.
    expect((await seedDemoActions(server.ctx, workspaceId)).actions).toBe(0);
  });
});

describe('actions', () => {
  it('creates an action from a name, with defaults, and changes it', async () => {
    const created = json<Action>(await call('POST', '/actions', { name: 'Nouveau bandeau' }), 201);
    expect(created).toMatchObject({ status: 'idea', divisible: false, requires: [], effort: 1 });
    const checkout =
      touchpointNamed('Validation de la commande') || model.journeys[0]?.touchpoints[0]?.id;
    const changed = json<Action>(
      await call('PATCH', `/actions/${created.id}`, {
        touchpointIds: [checkout],
        oneOffCents: 500_000,
      }),
    );
    expect(changed).toMatchObject({
      touchpointIds: [checkout],
      oneOffCents: 500_000,
      name: 'Nouveau bandeau',
    });
  });

  it('refuses unknown references and unknown fields, naming the field', async () => {
    const bad = await call('POST', '/actions', {
      name: 'X',
      touchpointIds: ['nope'],
      requires: ['ghost'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      '/touchpointIds/0',
      '/requires/0',
    ]);
    const unknown = await call('POST', '/actions', { name: 'X', colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('/colour');
    const negative = await call('POST', '/actions', { name: 'X', oneOffCents: -1 });
    expect(negative.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('/oneOffCents');
    expect((await call('PATCH', '/actions/ghost', { name: 'Y' })).statusCode).toBe(404);
    expect((await call('PATCH', '/actions/ghost', {})).statusCode).toBe(400);
  });

  it('stores hostile text as text and keeps ids in their workspace (values are bound)', async () => {
    const name = "x'); DELETE FROM prioritise_actions; --";
    const created = json<Action>(
      await call('POST', '/actions', { name, owner: '" OR 1=1 --' }),
      201,
    );
    const { actions } = json<{ actions: Action[] }>(await call('GET', '/actions'));
    expect(actions.find((a) => a.id === created.id)).toMatchObject({ name, owner: '" OR 1=1 --' });
    expect(actions.length).toBeGreaterThan(15);
    const sneaky = encodeURIComponent("' OR '1'='1");
    expect((await call('PATCH', `/actions/${sneaky}`, { name: 'Y' })).statusCode).toBe(404);
    expect((await call('GET', '/actions', undefined, owner.cookie, sneaky)).statusCode).toBe(404);
    json(await call('DELETE', `/actions/${created.id}`));
  });

  it('removes an action and releases the actions that required it', async () => {
    const base = json<Action>(await call('POST', '/actions', { name: 'Socle' }), 201);
    const top = json<Action>(
      await call('POST', '/actions', { name: 'Étage', requires: [base.id] }),
      201,
    );
    const cycle = await call('PATCH', `/actions/${base.id}`, { requires: [top.id] });
    expect(cycle.statusCode).toBe(400);
    const removed = json<{ released: string[] }>(await call('DELETE', `/actions/${base.id}`));
    expect(removed.released).toEqual([top.id]);
    const { actions } = json<{ actions: Action[] }>(await call('GET', '/actions'));
    expect(actions.find((a) => a.id === top.id)?.requires).toEqual([]);
    expect((await call('DELETE', `/actions/${base.id}`)).statusCode).toBe(404);
  });
});

describe('weights and scores', () => {
  it('scores touchpoints and actions, and the scores follow the weights', async () => {
    const weights = json<ScoringWeights>(await call('GET', '/weights'));
    expect(weights.method).toBe('weighted');
    const before = json<WorkspaceScores>(await call('GET', '/scores'));
    expect(before.touchpoints.length).toBeGreaterThan(40);
    expect(before.touchpoints[0]?.contributions).toHaveLength(6);
    expect(before.horizon.source).toBe('objectives');
    const point = (s: WorkspaceScores) =>
      s.matrices.impactFeasibility.points.find((p) => p.kind === 'touchpoint');

    const onlyImportance = {
      ...weights,
      touchpoint: { importance: 1, performance: 0, impact: 0, cost: 0, investment: 0, time: 0 },
    };
    json(await call('PUT', '/weights', onlyImportance));
    const after = json<WorkspaceScores>(await call('GET', '/scores'));
    expect(point(after)?.y).not.toBe(point(before)?.y);
    const first = after.touchpoints[0];
    expect(first?.score).toBe(((first?.importance ?? 1) - 1) / 4);

    const zero = await call('PUT', '/weights', {
      ...weights,
      action: { value: 0, touchpoints: 0, cost: 0, effort: 0, time: 0 },
    });
    expect(zero.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('/action');
    json(await call('PUT', '/weights', weights));
  });

  it('gives the matrices, for one journey too', async () => {
    const all = json<WorkspaceScores['matrices']>(await call('GET', '/matrices'));
    expect(all.valueEffort.map((m) => m.horizon)).toEqual(['short', 'medium', 'long', 'weighted']);
    const journey = model.journeys.find((j) => j.state === 'target');
    const one = json<WorkspaceScores['matrices']>(
      await call('GET', `/matrices?journeyId=${journey?.id}`),
    );
    expect(one.importancePerformance.points.length).toBe(
      journey?.touchpoints.filter((t) => t.importance !== null).length,
    );
    expect((await call('GET', '/matrices?journeyId=nope')).statusCode).toBe(404);
  });
});

describe('budget plans', () => {
  it('solves with new settings, explains an infeasible budget, and lists plans', async () => {
    const budget = json<BudgetSettings>(await call('GET', '/budget'));
    expect(budget.channels.length).toBe(8);
    const tiny = { ...budget, totalCents: 100_000_00 };
    const infeasible = json<SavedPlan>(
      await call('POST', '/plans', { name: 'Trop juste', budget: tiny }),
      201,
    );
    expect(infeasible.status).toBe('infeasible');
    expect(infeasible.plan.conflict?.items.map((i) => i.kind)).toContain('budget');
    expect(infeasible.plan.conflict?.message).toMatch(/more than the budget/);
    const bad = await call('PUT', '/budget', {
      ...budget,
      channels: [{ ...budget.channels[0], maxCents: 0, minCents: 10 }],
    });
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe(
      '/channels/0/maxCents',
    );
    const solved = json<SavedPlan>(await call('POST', '/plans', { budget: { ...budget } }), 201);
    expect(solved.status).toBe('optimal');
    const { plans } = json<{ plans: { id: string; name: string }[] }>(await call('GET', '/plans'));
    expect(plans[0]?.id).toBe(solved.id);
    expect(plans.map((p) => p.name)).toContain('Trop juste');
  });

  it('exports the matrices and a plan as workbooks', async () => {
    const matrices = await call('GET', '/matrices/export.xlsx?lang=fr');
    expect(matrices.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(matrices.rawPayload).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Points de contact',
      'Actions',
      'Pondérations',
    ]);
    expect(book.worksheets[0]?.rowCount).toBeGreaterThan(40);

    const { plans } = json<{ plans: { id: string }[] }>(await call('GET', '/plans'));
    const file = await call('GET', `/plans/${plans[0]?.id}/export.xlsx`);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename="parcours-plan-/);
    const planBook = new ExcelJS.Workbook();
    await planBook.xlsx.load(new Uint8Array(file.rawPayload).buffer);
    expect(planBook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Actions',
      'Channels',
      'Sensitivity',
    ]);
    const reasons = planBook
      .getWorksheet('Actions')
      ?.getColumn(8)
      .values.filter((v) => typeof v === 'string' && v !== 'Why');
    expect(reasons?.length).toBeGreaterThan(0);
  });
});

describe('access', () => {
  it('lets viewers read but not write, and hides other workspaces', async () => {
    const other = await signUpOther(server, owner, 'other@example.com');
    // The other person's own workspace: the owner's ids mean nothing there, and vice versa.
    expect((await call('GET', '/actions', undefined, other.cookie)).statusCode).toBe(404);
    expect((await call('GET', '/plans', undefined, other.cookie)).statusCode).toBe(404);
    const theirs = json<{ actions: Action[] }>(
      await call('GET', '/actions', undefined, other.cookie, other.workspaceId),
    );
    expect(theirs.actions).toEqual([]);
    const mine = json<{ actions: Action[] }>(await call('GET', '/actions'));
    const patch = await call(
      'PATCH',
      `/actions/${mine.actions[0]?.id}`,
      { name: 'Pris' },
      other.cookie,
      other.workspaceId,
    );
    expect(patch.statusCode).toBe(404);

    const invite = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspaceId}/members`,
      headers: { cookie: owner.cookie },
      payload: { email: 'viewer@example.com', role: 'viewer' },
    });
    const token = new URL(invite.json<{ inviteUrl: string }>().inviteUrl).searchParams.get('token');
    const accepted = await server.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, name: 'Viewer', password: 'another long password' },
    });
    const viewer = sessionCookie(accepted);
    expect((await call('GET', '/scores', undefined, viewer)).statusCode).toBe(200);
    expect((await call('POST', '/actions', { name: 'Non' }, viewer)).statusCode).toBe(403);
    expect((await call('PUT', '/weights', { method: 'rice' }, viewer)).statusCode).toBe(400);
    expect((await call('POST', '/plans', {}, viewer)).statusCode).toBe(403);
    expect((await call('GET', '/actions', undefined, '')).statusCode).toBe(401);
  });
});

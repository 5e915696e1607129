import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import { ingest } from '../ingest/intake.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { simulate } from '../simulate/generate.ts';
import type * as s from './http-schemas.ts';

let server: TestServer;
let owner: Owner;
let workspaceId: string;
let model: WorkspaceModel;

const post = (path: string, payload: unknown, cookie = owner.cookie) =>
  server.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspaceId}/analytics/${path}`,
    headers: { cookie },
    payload: payload as object,
  });

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    headers: { cookie: owner.cookie },
    payload: { name: 'Shop', template: 'ecommerce', lang: 'en' },
  });
  workspaceId = created.json<{ id: string }>().id;
  const read = await server.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${workspaceId}/model`,
    headers: { cookie: owner.cookie },
  });
  model = read.json<{ model: WorkspaceModel }>().model;
  const range = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2025-04-01T00:00:00Z') };
  const payloads = [...simulate(model, { seed: 3, customers: 800, ...range })].flatMap(
    (c) => c.events,
  );
  await ingest({ events: server.events, now: () => range.end }, workspaceId, payloads);
}, 120_000);
afterAll(() => server.close());

describe('analytics API', () => {
  it('answers a funnel over every stage by default, decreasing step by step', async () => {
    const response = await post('funnel', {});
    expect(response.statusCode, response.body).toBe(200);
    const funnel = response.json<s.FunnelResponse>();
    expect(funnel.overall.steps.map((step) => step.label)).toEqual(
      model.stages.map((stage) => stage.name),
    );
    const counts = funnel.overall.steps.map((step) => step.customers);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(funnel.mode).toBe('ordered');
  });

  it('breaks a funnel down by persona', async () => {
    const stages = model.stages.slice(0, 3).map((stage) => ({ kind: 'stage', stageId: stage.id }));
    const response = await post('funnel', {
      steps: stages,
      breakdown: { by: 'persona' },
      mode: 'any',
      windowHours: 24,
    });
    const funnel = response.json<s.FunnelResponse>();
    expect(funnel.breakdown.length).toBeGreaterThan(0);
    const total = funnel.breakdown.reduce((sum, part) => sum + part.figures.population, 0);
    expect(total).toBe(funnel.overall.population);
  });

  it('answers paths, conformance and the measured map in the map’s words', async () => {
    const paths = (await post('paths', { level: 'stage', share: 0.5 })).json<s.PathsResponse>();
    const stageNames = new Set(model.stages.map((stage) => stage.name));
    expect(paths.nodes.every((node) => stageNames.has(node.label))).toBe(true);
    expect(paths.edges.length).toBeLessThanOrEqual(paths.totalEdges);
    expect(paths.variants.top[0]?.customers).toBeGreaterThan(0);
    const conformance = (await post('conformance', {})).json<s.ConformanceResponse>();
    expect(conformance.customers).toBe(paths.customers);
    expect(conformance.switchMatrix).toHaveLength(model.channels.length);
    const measured = (await post('measured-map', {})).json<s.MeasuredMapResponse>();
    expect(measured.touchpoints.length).toBeGreaterThan(3);
    expect(measured.touchpoints.every((tp) => tp.reach <= measured.customers)).toBe(true);
  });

  it('attributes the simulated orders to channels, every model summing to the total', async () => {
    const response = await post('attribution', { markovOrder: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<s.AttributionResponse>();
    expect(result.conversions).toBeGreaterThan(0);
    expect(result.value).toBeGreaterThan(0);
    const channelNames = new Set(model.channels.map((channel) => channel.name));
    expect(result.rows.every((row) => channelNames.has(row.label))).toBe(true);
    for (const key of [
      'firstTouch',
      'lastTouch',
      'linear',
      'positionBased',
      'timeDecay',
      'markov',
      'shapley',
    ] as const) {
      const total = result.rows.reduce((sum, row) => sum + row[key].conversions, 0);
      expect(total, key).toBeCloseTo(result.conversions, 6);
    }
  });

  it('puts the simulated customers in lifecycle phases, clients among them', async () => {
    const response = await post('lifecycle', { at: '2025-04-01T00:00:00.000Z', months: 3 });
    expect(response.statusCode, response.body).toBe(200);
    const lifecycle = response.json<s.LifecycleResponse>();
    expect(lifecycle.phases.map((phase) => phase.name)).toEqual(
      model.phases.map((phase) => phase.name),
    );
    const inPhases = lifecycle.phases.reduce((sum, phase) => sum + phase.customers, 0);
    expect(inPhases + lifecycle.withoutPhase).toBe(lifecycle.customers);
    const byName = Object.fromEntries(
      lifecycle.phases.map((phase) => [phase.name, phase.customers]),
    );
    expect(byName.Suspect).toBeGreaterThan(0);
    expect(byName['New customer']).toBeGreaterThan(0);
    expect(lifecycle.flows[0]?.from).toBe('(none)');
    expect(lifecycle.snapshots).toHaveLength(3);
  });

  it('diagnoses the simulated journey with evidence for each finding', async () => {
    const response = await post('diagnosis', {});
    expect(response.statusCode, response.body).toBe(200);
    const diagnosis = response.json<s.DiagnosisResponse>();
    expect(diagnosis.findings.length).toBeGreaterThan(0);
    const kinds = new Set(diagnosis.findings.map((finding) => finding.kind));
    expect(kinds.has('moment-of-truth')).toBe(true);
    for (const finding of diagnosis.findings) {
      expect(finding.title.length).toBeGreaterThan(10);
      expect(Object.keys(finding.evidence).length).toBeGreaterThan(0);
    }
  });

  it('names a bad step, an unknown journey, and refuses other workspaces', async () => {
    const bad = await post('funnel', { steps: [{ kind: 'stage', stageId: 'nope' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('/steps/0/stageId');
    expect((await post('paths', { journeyId: 'nope' })).statusCode).toBe(404);
    expect((await post('paths', { level: 'galaxy' })).statusCode).toBe(400);
    const stranger = await signUpOther(server, owner, 'stranger@example.com');
    expect((await post('funnel', {}, stranger.cookie)).statusCode).toBe(404);
  });
});

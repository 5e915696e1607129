/** Files in and out of the model API: touchpoint spreadsheets and map images/documents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import type { WorkspaceModel } from './schema.ts';

let server: TestServer;
let owner: Owner;
let workspaceId: string;
let journeyId: string;

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
  const model = (await fetchModel()).model;
  journeyId = model.journeys.find((j) => j.state === 'current')?.id ?? '';
});
afterAll(() => server.close());

const base = () => `/api/v1/workspaces/${workspaceId}/model`;
const get = (path: string) =>
  server.app.inject({ method: 'GET', url: `${base()}${path}`, headers: { cookie: owner.cookie } });
const fetchModel = async () => (await get('')).json<{ version: number; model: WorkspaceModel }>();
const upload = (body: string | Buffer, type: string) =>
  server.app.inject({
    method: 'POST',
    url: `${base()}/journeys/${journeyId}/touchpoints/import`,
    headers: { cookie: owner.cookie, 'content-type': type },
    body,
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('touchpoint spreadsheets', () => {
  it('exports CSV and XLSX, and re-imports them without errors', async () => {
    const csv = await get(`/journeys/${journeyId}/touchpoints.csv?lang=fr`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n').length).toBeGreaterThan(20);
    const before = await fetchModel();
    const reimported = await upload(csv.body, 'text/csv');
    expect(reimported.statusCode, reimported.body).toBe(200);
    expect(reimported.json<{ model: WorkspaceModel }>().model.journeys).toEqual(
      before.model.journeys,
    );

    const xlsx = await get(`/journeys/${journeyId}/touchpoints.xlsx?lang=en`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const fromXlsx = await upload(xlsx.rawPayload, XLSX);
    expect(fromXlsx.statusCode, fromXlsx.body).toBe(200);
  });

  it('refuses a file with a bad line, names the line, and imports nothing', async () => {
    const { model } = await fetchModel();
    const stage = model.stages[0]?.name ?? '';
    const channel = model.channels[0]?.name ?? '';
    const csv = [
      'Stage,Channel,Name,Emotion',
      `${stage},${channel},Good one,2`,
      `${stage},${channel},Bad one,7`,
    ];
    const before = await fetchModel();
    const refused = await upload(csv.join('\n'), 'text/csv');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      expect.objectContaining({
        field: expect.stringMatching(/^\/lines\/3\//),
        message: expect.stringMatching(/^line 3, /),
      }),
    ]);
    expect((await fetchModel()).version).toBe(before.version);
  });

  it('serves import templates whose example rows import into this workspace', async () => {
    const csv = await get('/touchpoints-template.csv?lang=fr');
    expect(csv.headers['content-disposition']).toContain('touchpoints-template-fr.csv');
    expect(csv.body).toMatch(/^\uFEFF?ID;/);
    const xlsx = await get('/touchpoints-template.xlsx?lang=en');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const before = await fetchModel();
    const imported = await upload(csv.rawPayload, 'text/csv');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<{ applied: number }>().applied).toBe(2);
    expect((await fetchModel()).version).toBe(before.version + 1);
  });

  it('refuses other content types', async () => {
    expect((await upload('x', 'application/pdf')).statusCode).toBe(415);
  });
});

describe('map exports', () => {
  it('draws the map as SVG, PNG and an A3 landscape PDF', async () => {
    const svg = await get(`/journeys/${journeyId}/map.svg?lang=fr`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const png = await get(`/journeys/${journeyId}/map.png`);
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const pdf = await get(`/journeys/${journeyId}/map.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toMatch(/\/MediaBox \[0 0 1190\.55 841\.89\]/);
    expect((await get('/journeys/nope/map.svg')).statusCode).toBe(404);
  });
});

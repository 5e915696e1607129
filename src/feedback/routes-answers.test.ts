/**
 * Answers sent through the API, imported from CSV and XLSX, and given in the web widget, on the
 * real server; then the measures: breakdowns with significance, trends, the comparison of two
 * periods, and the touchpoints proposed as irritants.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOwner, startTestServer, type TestServer } from '../../test/support/server.ts';
import { call, ecommerceWorkspace, type TestWorkspace } from './test-workspace.ts';

let server: TestServer;
let ws: TestWorkspace;
let api: ReturnType<typeof call>;
const surveys: Record<string, string> = {};

const create = async (name: string, kind: string, touchpoint: string, extra: object = {}) => {
  const response = await api('POST', '/surveys', {
    name,
    kind,
    target: { type: 'touchpoint', touchpointId: ws.touchpoint(touchpoint) },
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
};

beforeAll(async () => {
  server = await startTestServer();
  const owner = await setUpOwner(server);
  ws = await ecommerceWorkspace(server, owner);
  api = call(server, ws);
  surveys.call = await create('NPS call', 'nps', 'Call to customer service');
  surveys.email = await create('NPS email', 'nps', 'Satisfaction survey');
  surveys.review = await create('NPS review', 'nps', 'Review request on day 10');
  surveys.help = await create('CES help', 'ces', 'Online help centre', {
    triggerEvent: 'Help Article Viewed',
    customQuestions: [
      { id: 'missing', label: { en: 'What was missing?', fr: 'Que manquait-il ?' } },
    ],
  });
});
afterAll(() => server.close());

const answers = (count: number, score: number, prefix: string, month = '2026-02') =>
  Array.from({ length: count }, (_, i) => ({
    userId: `${prefix}-${i}`,
    score,
    answerId: `${prefix}-${i}`,
    answeredAt: `${month}-${String((i % 27) + 1).padStart(2, '0')}T10:00:00Z`,
  }));

describe('answers through the API', () => {
  it('stores answers, updates by answerId, refuses bad ones by index', async () => {
    const first = await api('POST', `/surveys/${surveys.call}/answers`, {
      answers: [...answers(40, 2, 'call'), { userId: 'bad', score: 11 }, { score: 5 }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ stored: 40, updated: 0, unchanged: 0, rejected: 2 });
    expect(first.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      '/answers/40/score',
      '/answers/41/userId',
    ]);
    const again = await api('POST', `/surveys/${surveys.call}/answers`, {
      answers: answers(40, 2, 'call'),
    });
    expect(again.json()).toMatchObject({ stored: 0, unchanged: 40 });
    const changed = await api('POST', `/surveys/${surveys.call}/answers`, {
      answers: [{ ...answers(1, 3, 'call')[0], comment: 'On m’a raccroché au nez' }],
    });
    expect(changed.json()).toMatchObject({ updated: 1 });
    const allBad = await api('POST', `/surveys/${surveys.call}/answers`, {
      answers: [{ userId: 'x', score: -1 }],
    });
    expect(allBad.statusCode).toBe(400);
  });

  it('feeds the other touchpoints', async () => {
    await api('POST', `/surveys/${surveys.email}/answers`, { answers: answers(40, 10, 'email') });
    const review = [
      ...answers(20, 9, 'review', '2026-01'),
      ...answers(20, 8, 'review-b', '2026-03'),
    ];
    await api('POST', `/surveys/${surveys.review}/answers`, { answers: review });
  });
});

describe('answers import', () => {
  it('imports CSV lines, names the bad ones, and stores nothing new the second time', async () => {
    const csv = [
      'userId;score;commentaire;date;missing',
      'csv-1;6;Aide introuvable;01/02/2026 10:00;Un tutoriel',
      'csv-2;7;;2026-02-03;',
      'csv-3;5;;2026-02-30;',
      'csv-4;4;;;',
    ].join('\n');
    const upload = () =>
      server.app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${ws.id}/feedback/surveys/${surveys.help}/answers/import`,
        headers: { cookie: ws.cookie, 'content-type': 'text/csv' },
        payload: csv,
      });
    const first = await upload();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ stored: 3, rejected: 1 });
    expect(first.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/^line 4: /);
    const second = await upload();
    // Line 5 has no date: it is dated "now" and keyed by it, so it is new each time.
    expect(second.json()).toMatchObject({ stored: 1, unchanged: 2 });
    const verbatims = await api('GET', '/responses?kind=ces&search=tutoriel');
    expect(
      verbatims.json<{ responses: { answers: object; comment: string }[] }>().responses,
    ).toEqual([
      expect.objectContaining({ comment: 'Aide introuvable', answers: { missing: 'Un tutoriel' } }),
    ]);
  });

  it('imports XLSX with real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Answers');
    sheet.addRow(['userId', 'score', 'comment', 'answeredAt']);
    sheet.addRow(['xlsx-1', 5, 'OK', new Date('2026-02-10T09:00:00Z')]);
    sheet.addRow(['xlsx-2', 3, 'Trop long', new Date('2026-02-11T09:00:00Z')]);
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.id}/feedback/surveys/${surveys.help}/answers/import`,
      headers: {
        cookie: ws.cookie,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ stored: 2, rejected: 0 });
    const garbage = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.id}/feedback/surveys/${surveys.help}/answers/import`,
      headers: { cookie: ws.cookie, 'content-type': 'text/csv' },
      payload: 'name,age\nx,1\n',
    });
    expect(garbage.statusCode).toBe(400);
  });
});

describe('web widget', () => {
  let writeKey: string;

  beforeAll(async () => {
    const key = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws.id}/keys`,
      headers: { cookie: ws.cookie },
      payload: { name: 'site', kind: 'write' },
    });
    writeKey = key.json<{ secret: string }>().secret;
  });

  const widgetSurvey = (query: string) =>
    server.app.inject({ url: `/feedback/widget/survey?writeKey=${writeKey}&${query}` });

  it('shows the survey its trigger event names, and takes the answer with the ticket', async () => {
    const none = await widgetSurvey('event=Page%20Viewed&anonymousId=v1');
    expect(none.json()).toEqual({ survey: null });
    const shown = await widgetSurvey('event=Help%20Article%20Viewed&anonymousId=v1&lang=fr');
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['access-control-allow-origin']).toBe('*');
    const survey = shown.json<{
      survey: { ticket: string; question: string; min: number; max: number };
    }>().survey;
    expect(survey).toMatchObject({
      min: 1,
      max: 7,
      question: 'Maison Lumière m’a facilité la gestion de ma demande.',
    });
    const post = (body: object) =>
      server.app.inject({
        method: 'POST',
        url: '/feedback/widget/answers',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ writeKey, ticket: survey.ticket, ...body }),
      });
    expect((await post({ score: 8 })).statusCode).toBe(400);
    const answered = await post({ score: 6, comment: 'Clair', answers: { missing: 'Rien' } });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toEqual({ outcome: 'stored' });
    expect((await post({ score: 7, comment: 'Clair' })).json()).toEqual({ outcome: 'updated' });
    // The visitor was just asked: the cooldown keeps the widget quiet.
    expect((await widgetSurvey('event=Help%20Article%20Viewed&anonymousId=v1')).json()).toEqual({
      survey: null,
    });
  });

  it('refuses a wrong write key and a forged ticket', async () => {
    const wrong = await server.app.inject({
      url: '/feedback/widget/survey?writeKey=wk_nope&event=x&anonymousId=v',
    });
    expect(wrong.statusCode).toBe(401);
    const forged = await server.app.inject({
      method: 'POST',
      url: '/feedback/widget/answers',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ writeKey, ticket: 'eyJ2IjoxfQ.c2ln', score: 5 }),
    });
    expect(forged.statusCode).toBe(401);
  });
});

describe('measures', () => {
  it('breaks NPS down by touchpoint, marking the one significantly below the rest', async () => {
    const response = await api('GET', '/measures?kind=nps&by=touchpoint');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      overall: { n: number };
      groups: {
        label: string;
        measure: { n: number; value: number };
        versusRest: { significant: boolean; difference: number };
      }[];
    }>();
    expect(body.overall.n).toBe(120);
    const call = body.groups.find((g) => g.label === 'Call to customer service');
    expect(call?.measure).toMatchObject({ n: 40, value: -100 });
    expect(call?.versusRest).toMatchObject({ significant: true });
    expect(call?.versusRest.difference).toBeLessThan(0);
  });

  it('proposes the low touchpoint as an irritant for the map', async () => {
    const response = await api('GET', '/touchpoints');
    const touchpoints = response.json<{
      touchpoints: {
        name: string;
        irritant: boolean;
        nps: { n: number } | null;
        ces: { n: number } | null;
      }[];
    }>().touchpoints;
    expect(touchpoints.filter((t) => t.irritant).map((t) => t.name)).toEqual([
      'Call to customer service',
    ]);
    expect(touchpoints.find((t) => t.name === 'Online help centre')?.ces?.n).toBe(7);
  });

  it('follows a trend month by month and compares two periods', async () => {
    const trend = await api(
      'GET',
      `/trend?kind=nps&period=month&touchpointId=${ws.touchpoint('Review request on day 10')}`,
    );
    const points = trend.json<{
      points: { period: string; measure: { n: number; value: number } }[];
    }>().points;
    expect(points.map((p) => [p.period, p.measure.n, p.measure.value])).toEqual([
      ['2026-01', 20, 100],
      ['2026-03', 20, 0],
    ]);
    const compare = await api('POST', '/compare', {
      kind: 'nps',
      a: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
      b: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    });
    expect(compare.json()).toMatchObject({
      a: { n: 20, value: 100 },
      b: { n: 20, value: 0 },
      comparison: null,
    });
    const months = await api('POST', '/compare', {
      kind: 'nps',
      a: { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      b: { touchpointId: ws.touchpoint('Review request on day 10') },
    });
    expect(months.json<{ comparison: { test: string } }>().comparison?.test).toBe('nps-z');
  });

  it('counts answers per survey', async () => {
    const list = await api('GET', '/surveys');
    const counts = Object.fromEntries(
      list
        .json<{ surveys: { name: string; answerCount: number }[] }>()
        .surveys.map((s) => [s.name, s.answerCount]),
    );
    expect(counts).toMatchObject({
      'NPS call': 40,
      'NPS email': 40,
      'NPS review': 40,
      'CES help': 7,
    });
  });
});

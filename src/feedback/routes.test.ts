/**
 * Survey definitions, personal links and the hosted page on the real server: an answer given
 * by link (one click, then the comment) is one answer, counted on its touchpoint; tampered and
 * expired links, out-of-range scores, closed surveys and floods are refused and store nothing;
 * another workspace sees nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  signUpOther,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';
import { call, ecommerceWorkspace, type TestWorkspace } from './test-workspace.ts';

let server: TestServer;
let owner: Owner;
let ws: TestWorkspace;
let api: ReturnType<typeof call>;
let surveyId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
  ws = await ecommerceWorkspace(server, owner);
  api = call(server, ws);
});
afterAll(() => server.close());

const page = (path: string, lang = 'fr-FR,fr;q=0.9', remoteAddress = '10.0.0.1') =>
  server.app.inject({ url: path, headers: { 'accept-language': lang }, remoteAddress });

const post = (path: string, form: string, remoteAddress = '10.0.0.1') =>
  server.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr' },
    payload: form,
    remoteAddress,
  });

const alertOf = (html: string) => /class="alert[^"]*"[^>]*>([^<]*)</.exec(html)?.[1];

async function linkFor(userId: string, extra: object = {}): Promise<string> {
  const response = await api('POST', `/surveys/${surveyId}/links`, {
    recipients: [{ userId }],
    respectTargeting: false,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(200);
  const url = response.json<{ links: { url: string }[] }>().links[0]?.url ?? '';
  return new URL(url).pathname;
}

async function npsAt(touchpointId: string) {
  const response = await api(
    'GET',
    `/measures?kind=nps&by=touchpoint&touchpointId=${touchpointId}`,
  );
  return response.json<{ overall: { n: number; value: number | null } }>().overall;
}

describe('survey definitions', () => {
  it('creates an NPS survey at a touchpoint with the standard question and defaults', async () => {
    const response = await api('POST', '/surveys', {
      name: 'NPS after the satisfaction email',
      kind: 'nps',
      target: { type: 'touchpoint', touchpointId: ws.touchpoint('Satisfaction survey') },
    });
    expect(response.statusCode, response.body).toBe(201);
    const survey = response.json<{ id: string; question: { en: string }; targeting: object }>();
    surveyId = survey.id;
    expect(survey.question.en).toBe(
      'How likely are you to recommend Maison Lumière to a friend or colleague?',
    );
    expect(survey.targeting).toEqual({
      samplingPercent: 100,
      cooldownDays: 90,
      maxPerPeriod: null,
      personaIds: [],
    });
    const list = await api('GET', '/surveys');
    expect(list.json<{ surveys: { id: string; answerCount: number }[] }>().surveys).toEqual([
      expect.objectContaining({ id: surveyId, answerCount: 0 }),
    ]);
  });

  it('refuses a target missing from the map, an unknown kind and unknown fields', async () => {
    const missing = await api('POST', '/surveys', {
      name: 'x',
      kind: 'csat',
      target: { type: 'touchpoint', touchpointId: 'nope' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe(
      '/target/touchpointId',
    );
    const kind = await api('POST', '/surveys', {
      name: 'x',
      kind: 'stars',
      target: { type: 'stage', stageId: ws.model.stages[0]?.id },
    });
    expect(kind.statusCode).toBe(400);
    const extra = await api('POST', '/surveys', {
      name: 'x',
      kind: 'ces',
      target: { type: 'stage', stageId: ws.model.stages[0]?.id },
      colour: 'red',
    });
    expect(extra.statusCode).toBe(400);
  });

  it('changes a survey with its version and refuses a stale one', async () => {
    const current = (await api('GET', `/surveys/${surveyId}`)).json<Record<string, unknown>>();
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = current;
    const changed = await api('PUT', `/surveys/${surveyId}`, { ...input, name: 'Renamed' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<{ version: number }>().version).toBe(2);
    const stale = await api('PUT', `/surveys/${surveyId}`, { ...input, name: 'Again' });
    expect(stale.statusCode).toBe(409);
  });
});

describe('answering through a personal link', () => {
  it('shows an accessible page in the respondent language', async () => {
    const response = await page(await linkFor('camille'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body).toContain('<html lang="fr">');
    expect(response.body).toContain('<legend>Quelle est la probabilité');
    expect(response.body.match(/type="radio" name="score"/g)).toHaveLength(11);
    expect(response.body).toContain('<span class="sr">Pas du tout probable</span>');
  });

  it('takes a one-click score, then the comment, as one answer counted on the touchpoint', async () => {
    const touchpointId = ws.touchpoint('Satisfaction survey');
    const link = await linkFor('martine');
    const clicked = await page(`${link}?score=3`);
    expect(clicked.statusCode).toBe(200);
    expect(alertOf(clicked.body)).toContain('Votre note : 3');
    expect(clicked.body).toMatch(/value="3" required checked/);
    const sent = await post(link, 'score=9&comment=Livraison+rapide%2C+merci');
    expect(sent.statusCode).toBe(200);
    expect(alertOf(sent.body)).toBe('Merci ! Votre réponse a bien été enregistrée.');
    // The same form sent again changes nothing.
    await post(link, 'score=9&comment=Livraison+rapide%2C+merci');
    // One click again keeps the comment.
    await page(`${link}?score=9`);
    expect(await npsAt(touchpointId)).toMatchObject({ n: 1, value: 100 });
    const responses = await api('GET', '/responses?withComment=true');
    const body = responses.json<{ total: number; responses: object[] }>();
    expect(body.total).toBe(1);
    expect(body.responses[0]).toMatchObject({
      score: 9,
      revision: 2,
      comment: 'Livraison rapide, merci',
      touchpointName: 'Satisfaction survey',
      channel: 'email',
      source: 'link',
      userId: 'martine',
    });
    const reopened = await page(link);
    expect(reopened.body).toContain('>Livraison rapide, merci</textarea>');
  });

  it('refuses tampered and expired links, and out-of-range scores, storing nothing', async () => {
    const touchpointId = ws.touchpoint('Satisfaction survey');
    const before = (await npsAt(touchpointId)).n;
    const link = await linkFor('lucas', { expiresInDays: 1 });
    const [payload = '', signature = ''] = link.replace('/s/', '').split('.');
    const forged = Buffer.from(
      Buffer.from(payload, 'base64url').toString('utf8').replace('"lucas"', '"martine"'),
    ).toString('base64url');
    const tampered = await page(`/s/${forged}.${signature}?score=0`);
    expect(tampered.statusCode).toBe(400);
    expect(alertOf(tampered.body)).toContain('n’est pas valide');
    const cut = await page(`${link.slice(0, -4)}?score=0`);
    expect(cut.statusCode).toBe(400);
    const outOfRange = await page(`${link}?score=11`);
    expect(outOfRange.statusCode).toBe(400);
    const notNumber = await post(link, 'score=neuf');
    expect(notNumber.statusCode).toBe(400);
    expect(notNumber.body).toContain('Choisissez une note');
    server.advance(25);
    const expired = await page(`${link}?score=0`, 'en');
    expect(expired.statusCode).toBe(410);
    expect(alertOf(expired.body)).toBe('This survey link has expired.');
    expect((await npsAt(touchpointId)).n).toBe(before);
  });

  it('refuses answers to a paused survey', async () => {
    const link = await linkFor('paused-user');
    const current = (await api('GET', `/surveys/${surveyId}`)).json<Record<string, unknown>>();
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = current;
    expect((await api('PUT', `/surveys/${surveyId}`, { ...input, active: false })).statusCode).toBe(
      200,
    );
    const closed = await page(`${link}?score=5`, 'en');
    expect(closed.statusCode).toBe(410);
    expect(alertOf(closed.body)).toContain('closed');
    const links = await api('POST', `/surveys/${surveyId}/links`, {
      recipients: [{ userId: 'x' }],
    });
    expect(links.json<{ links: { refusal: string }[] }>().links[0]?.refusal).toBe('inactive');
    const again = (await api('GET', `/surveys/${surveyId}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _a, updatedAt: _b, ...reopen } = again;
    await api('PUT', `/surveys/${surveyId}`, { ...reopen, active: true });
  });

  it('rate-limits a flood of answers from one address', async () => {
    const link = await linkFor('flooder');
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await page(`${link}?score=${i % 11}`, 'en', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const other = await page(`${link}?score=1`, 'en', '10.9.9.10');
    expect(other.statusCode).toBe(200);
  });
});

describe('targeting of links', () => {
  it('applies the cooldown, the sampling and the cap', async () => {
    const created = await api('POST', '/surveys', {
      name: 'CSAT call',
      kind: 'csat',
      target: { type: 'touchpoint', touchpointId: ws.touchpoint('Call to customer service') },
      targeting: {
        samplingPercent: 100,
        cooldownDays: 30,
        maxPerPeriod: { count: 2, period: 'month' },
        personaIds: [],
      },
    });
    const id = created.json<{ id: string }>().id;
    const issue = async (...userIds: string[]) =>
      (
        await api('POST', `/surveys/${id}/links`, {
          recipients: userIds.map((userId) => ({ userId })),
        })
      ).json<{ links: { userId: string; refusal: string | null }[] }>().links;
    expect((await issue('t1', 't1')).map((l) => l.refusal)).toEqual([null, 'cooldown']);
    expect((await issue('t2', 't3')).map((l) => l.refusal)).toEqual([null, 'cap']);
    const none = await api('POST', '/surveys', {
      name: 'Nobody',
      kind: 'csat',
      target: { type: 'touchpoint', touchpointId: ws.touchpoint('Call to customer service') },
      targeting: { samplingPercent: 0, cooldownDays: 0, maxPerPeriod: null, personaIds: [] },
    });
    const links = await api('POST', `/surveys/${none.json<{ id: string }>().id}/links`, {
      recipients: [{ userId: 'z' }],
    });
    expect(links.json<{ links: { refusal: string }[] }>().links[0]?.refusal).toBe('sampled-out');
  });
});

describe('isolation', () => {
  it('keeps surveys, measures and answers of a workspace from anyone else', async () => {
    const other = await signUpOther(server, owner, 'other@example.com');
    const paths: [string, string, object?][] = [
      ['GET', '/surveys'],
      ['GET', `/surveys/${surveyId}`],
      ['POST', `/surveys/${surveyId}/links`, { recipients: [{ userId: 'x' }] }],
      ['POST', `/surveys/${surveyId}/answers`, { answers: [{ userId: 'x', score: 1 }] }],
      ['DELETE', `/surveys/${surveyId}`],
      ['GET', '/measures?kind=nps&by=touchpoint'],
      ['GET', '/trend?kind=nps&period=month'],
      ['POST', '/compare', { kind: 'nps', a: {}, b: {} }],
      ['GET', '/touchpoints'],
      ['GET', '/responses'],
    ];
    for (const [method, path, payload] of paths) {
      const response = await server.app.inject({
        method: method as 'GET',
        url: `/api/v1/workspaces/${ws.id}/feedback${path}`,
        headers: { cookie: other.cookie },
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    const own = await server.app.inject({
      url: `/api/v1/workspaces/${other.workspaceId}/feedback/surveys/${surveyId}`,
      headers: { cookie: other.cookie },
    });
    expect(own.statusCode).toBe(404);
  });
});

/**
 * The survey-answer queries against a real DuckDB store, fed through the intake as the
 * collection surfaces feed it: latest revision wins, malformed answers are ignored, personas
 * come from the identity graph, workspaces never mix, values are bound (no injection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/intake.ts';
import { openDuckDbEventStore } from './duckdb.ts';
import type { EventStore } from './port.ts';

const WS = 'ws-feedback';
const OTHER = 'ws-other';
let store: EventStore;
const now = () => new Date('2026-03-20T12:00:00Z');

interface Answer {
  readonly id: string;
  readonly user: string;
  readonly kind: string;
  readonly score: unknown;
  readonly at: string;
  readonly touchpoint?: string;
  readonly key?: string;
  readonly revision?: number;
  readonly comment?: string;
  readonly channel?: string;
}

const answer = (a: Answer) => ({
  type: 'track',
  event: 'Survey Answered',
  messageId: a.id,
  userId: a.user,
  timestamp: a.at,
  properties: {
    survey: a.kind,
    score: a.score,
    touchpointId: a.touchpoint ?? 'tp-1',
    stageId: 'st-1',
    channel: a.channel ?? 'email',
    ...(a.key === undefined ? {} : { answerKey: a.key, revision: a.revision ?? 1 }),
    ...(a.comment === undefined ? {} : { comment: a.comment }),
    surveyId: 'sv-1',
  },
});

const identify = (user: string, persona: string, at: string) => ({
  type: 'identify',
  userId: user,
  timestamp: at,
  traits: { persona },
});

beforeAll(async () => {
  store = await openDuckDbEventStore({ path: ':memory:' });
  const ctx = { events: store, now };
  await ingest(ctx, WS, [
    identify('u1', 'Camille', '2026-03-01T10:00:00Z'),
    identify('u2', 'Martine', '2026-03-01T10:00:00Z'),
    identify('u2', 'Lucas', '2026-03-05T10:00:00Z'),
    // u1 answers 3 then changes to 9 with a comment: one answer, 9.
    answer({
      id: 'a1',
      user: 'u1',
      kind: 'nps',
      score: 3,
      at: '2026-03-02T10:00:00Z',
      key: 'k1',
      revision: 1,
    }),
    answer({
      id: 'a1b',
      user: 'u1',
      kind: 'nps',
      score: 9,
      at: '2026-03-02T10:05:00Z',
      key: 'k1',
      revision: 2,
      comment: 'Très rapide',
    }),
    answer({
      id: 'a2',
      user: 'u2',
      kind: 'nps',
      score: 6,
      at: '2026-03-10T10:00:00Z',
      touchpoint: 'tp-2',
      comment: 'Trop lent',
    }),
    answer({ id: 'a3', user: 'u2', kind: 'csat', score: 4, at: '2026-03-10T10:00:00Z' }),
    // Malformed: off the scale, not a whole number, unknown kind.
    answer({ id: 'bad1', user: 'u1', kind: 'nps', score: 11, at: '2026-03-02T10:00:00Z' }),
    answer({ id: 'bad2', user: 'u1', kind: 'csat', score: 4.5, at: '2026-03-02T10:00:00Z' }),
    answer({ id: 'bad3', user: 'u1', kind: 'stars', score: 4, at: '2026-03-02T10:00:00Z' }),
    {
      type: 'track',
      event: 'Survey Requested',
      userId: 'u2',
      timestamp: '2026-03-12T10:00:00Z',
      properties: { surveyId: 'sv-1' },
    },
  ]);
  await ingest(ctx, OTHER, [
    answer({ id: 'o1', user: 'u1', kind: 'nps', score: 0, at: '2026-03-02T10:00:00Z' }),
  ]);
});
afterAll(() => store.close());

describe('feedback queries (DuckDB)', () => {
  it('counts the latest revision of each well-formed answer, by group', async () => {
    const counts = await store.feedback.scoreCounts(WS, { kind: 'nps' }, ['touchpoint']);
    expect(counts).toEqual([
      { keys: ['tp-1'], score: 9, count: 1 },
      { keys: ['tp-2'], score: 6, count: 1 },
    ]);
  });

  it('groups by persona (latest trait), week and month', async () => {
    const byPersona = await store.feedback.scoreCounts(WS, { kind: 'nps' }, ['persona']);
    expect(byPersona.map((c) => c.keys[0])).toEqual(['Camille', 'Lucas']);
    const byWeek = await store.feedback.scoreCounts(WS, { kind: 'nps' }, ['week', 'month']);
    expect(byWeek.map((c) => c.keys)).toEqual([
      ['2026-03-02', '2026-03'],
      ['2026-03-09', '2026-03'],
    ]);
  });

  it('filters by period, channel and persona, with values bound', async () => {
    const late = await store.feedback.scoreCounts(
      WS,
      { kind: 'nps', from: new Date('2026-03-05T00:00:00Z') },
      [],
    );
    expect(late).toEqual([{ keys: [], score: 6, count: 1 }]);
    const injected = await store.feedback.scoreCounts(
      WS,
      { kind: 'nps', persona: "x' OR '1'='1", channel: "email' --" },
      [],
    );
    expect(injected).toEqual([]);
  });

  it('lists responses newest first with comments, filters and search ignoring accents', async () => {
    const page = await store.feedback.responses(WS, { withComment: true });
    expect(page.total).toBe(2);
    expect(page.responses.map((r) => [r.score, r.comment, r.persona])).toEqual([
      [6, 'Trop lent', 'Lucas'],
      [9, 'Très rapide', 'Camille'],
    ]);
    const found = await store.feedback.responses(WS, { search: 'TRES' });
    expect(found.responses.map((r) => r.messageId)).toEqual(['a1b']);
    const low = await store.feedback.responses(WS, { kind: 'nps', maxScore: 6 });
    expect(low.responses.map((r) => r.score)).toEqual([6]);
    const past = await store.feedback.responses(WS, { limit: 1, offset: 5 });
    expect(past).toEqual({ responses: [], total: 3 });
  });

  it('reads the latest revision of answers by key', async () => {
    const latest = await store.feedback.latestAnswers(WS, ['k1', 'a2', 'missing']);
    expect([...latest.keys()].sort()).toEqual(['a2', 'k1']);
    expect(latest.get('k1')).toMatchObject({ revision: 2, score: 9, comment: 'Très rapide' });
  });

  it('knows when someone was last asked, how many were asked, and their persona', async () => {
    expect(await store.feedback.lastAskedAt(WS, { userId: 'u2' })).toEqual(
      new Date('2026-03-12T10:00:00Z'),
    );
    expect(await store.feedback.lastAskedAt(WS, { userId: 'nobody' })).toBeNull();
    expect(await store.feedback.requestCount(WS, 'sv-1', new Date('2026-03-01'))).toBe(1);
    expect(await store.feedback.requestCount(WS, 'sv-1', new Date('2026-03-13'))).toBe(0);
    expect(await store.feedback.personaOf(WS, { userId: 'u2' })).toBe('Lucas');
    expect(await store.feedback.personaOf(WS, { anonymousId: 'nobody' })).toBeNull();
  });

  it('tallies answers by survey and place', async () => {
    expect(await store.feedback.answerTallies(WS)).toEqual([
      { surveyId: 'sv-1', kind: 'csat', touchpointId: 'tp-1', stageId: 'st-1', count: 1 },
      { surveyId: 'sv-1', kind: 'nps', touchpointId: 'tp-1', stageId: 'st-1', count: 1 },
      { surveyId: 'sv-1', kind: 'nps', touchpointId: 'tp-2', stageId: 'st-1', count: 1 },
    ]);
  });

  it('never mixes workspaces, and refuses malformed arguments', async () => {
    const other = await store.feedback.scoreCounts(OTHER, { kind: 'nps' }, []);
    expect(other).toEqual([{ keys: [], score: 0, count: 1 }]);
    await expect(store.feedback.scoreCounts('', { kind: 'nps' }, [])).rejects.toThrow();
    await expect(
      store.feedback.scoreCounts(WS, { kind: 'nps' }, ['nope' as 'week']),
    ).rejects.toThrow(/unknown dimension/);
    await expect(store.feedback.responses(WS, { limit: 0 })).rejects.toThrow(/limit/);
    await expect(store.feedback.lastAskedAt(WS, {})).rejects.toThrow(/respondent/);
  });
});

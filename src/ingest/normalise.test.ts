import { describe, expect, it } from 'vitest';
import { type Normalised, type NormaliseEnvelope, normaliseEvent } from './normalise.ts';

const RECEIVED = new Date('2025-06-01T12:00:00.000Z');
const envelope: NormaliseEnvelope = { workspaceId: 'ws', receivedAt: RECEIVED };

const accept = (raw: unknown, env: Partial<NormaliseEnvelope> = {}) => {
  const result = normaliseEvent(raw, 0, { ...envelope, ...env });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.event;
};

const errorsOf = (result: Normalised) => (result.ok ? [] : result.errors);

const refuse = (raw: unknown, index = 0, env: Partial<NormaliseEnvelope> = {}) =>
  errorsOf(normaliseEvent(raw, index, { ...envelope, ...env }));

describe('normaliseEvent: the six calls', () => {
  it('maps a track call to the record, Segment field by field', () => {
    const event = accept({
      type: 'track',
      messageId: 'm-1',
      userId: 'u-1',
      anonymousId: 'a-1',
      event: 'Order Completed',
      properties: { total: 42, channel: ' Store ' },
      context: { ip: '203.0.113.1' },
      integrations: { All: false },
      _metadata: { bundled: [] },
      channel: 'server',
      timestamp: '2025-06-01T11:00:00.000Z',
    });
    expect(event).toEqual({
      workspaceId: 'ws',
      messageId: 'm-1',
      type: 'track',
      event: 'Order Completed',
      userId: 'u-1',
      anonymousId: 'a-1',
      groupId: null,
      previousId: null,
      channel: 'store',
      timestamp: new Date('2025-06-01T11:00:00.000Z'),
      sentAt: null,
      receivedAt: RECEIVED,
      properties: { total: 42, channel: ' Store ' },
      traits: {},
      context: { ip: '203.0.113.1' },
    });
  });

  it('keeps traits of identify and group, names of page and screen, ids of group and alias', () => {
    const identify = accept({ type: 'identify', userId: 'u', traits: { email: 'a@b.c' } });
    expect([identify.traits, identify.event, identify.properties]).toEqual([
      { email: 'a@b.c' },
      null,
      {},
    ]);
    const page = accept({
      type: 'page',
      anonymousId: 'a',
      name: 'Home',
      category: 'Docs',
      properties: { path: '/' },
    });
    expect([page.event, page.properties]).toEqual(['Home', { path: '/', category: 'Docs' }]);
    expect(accept({ type: 'screen', userId: 'u', name: 'Cart' }).event).toBe('Cart');
    const group = accept({ type: 'group', userId: 'u', groupId: 'g', traits: { plan: 'pro' } });
    expect([group.groupId, group.traits]).toEqual(['g', { plan: 'pro' }]);
    const alias = accept({ type: 'alias', previousId: 'anon-1', userId: 'u-1' });
    expect([alias.previousId, alias.userId, alias.anonymousId]).toEqual(['anon-1', 'u-1', null]);
  });

  it('takes the channel from properties, then context, lower-cased; else null', () => {
    const channel = (raw: object) => accept({ type: 'track', userId: 'u', event: 'e', ...raw });
    expect(channel({ properties: { channel: 'Email' } }).channel).toBe('email');
    expect(channel({ context: { channel: 'SMS' } }).channel).toBe('sms');
    expect(channel({ properties: { channel: 3 }, context: { channel: 'App' } }).channel).toBe(
      'app',
    );
    expect(channel({ properties: { channel: '  ' } }).channel).toBeNull();
    expect(channel({}).channel).toBeNull();
  });

  it('merges the batch context under the call context', () => {
    const event = accept(
      { type: 'track', userId: 'u', event: 'e', context: { locale: 'fr-FR' } },
      { context: { locale: 'en-GB', library: { name: 'x' } } },
    );
    expect(event.context).toEqual({ locale: 'fr-FR', library: { name: 'x' } });
  });
});

describe('normaliseEvent: messageId', () => {
  it('derives a stable id from the content when the sender gave none', () => {
    const call = { type: 'track', userId: 'u', event: 'e', properties: { a: 1, b: 2 } };
    const first = accept(call).messageId;
    expect(first).toMatch(/^auto-[0-9a-f]{40}$/);
    // Same content, other key order, resent later: same id.
    const resent = { properties: { b: 2, a: 1 }, event: 'e', userId: 'u', type: 'track' };
    expect(accept({ ...resent, sentAt: '2025-06-01T11:59:00Z' }).messageId).toBe(first);
    expect(accept({ ...call, event: 'other' }).messageId).not.toBe(first);
  });
});

describe('normaliseEvent: time', () => {
  const track = { type: 'track', userId: 'u', event: 'e' };

  it('corrects the sender clock with sentAt: an hour ahead is moved back an hour', () => {
    const event = accept({
      ...track,
      timestamp: '2025-06-01T12:59:30.000Z', // happened 30 s before sending, by a clock 1 h ahead
      sentAt: '2025-06-01T13:00:00.000Z',
    });
    expect(event.timestamp).toEqual(new Date('2025-06-01T11:59:30.000Z'));
    expect(event.sentAt).toEqual(new Date('2025-06-01T13:00:00.000Z'));
  });

  it('prefers originalTimestamp, and uses the batch sentAt when the call has none', () => {
    const event = accept(
      {
        ...track,
        originalTimestamp: '2025-06-01T09:00:00+02:00',
        timestamp: '2020-01-01T00:00:00Z',
      },
      { sentAt: '2025-06-01T07:00:10Z' },
    );
    expect(event.timestamp).toEqual(new Date('2025-06-01T11:59:50.000Z'));
  });

  it('keeps the client time without sentAt, and uses the reception time without either', () => {
    expect(accept({ ...track, timestamp: '2024-02-29T10:00:00Z' }).timestamp).toEqual(
      new Date('2024-02-29T10:00:00Z'),
    );
    expect(accept(track).timestamp).toEqual(RECEIVED);
  });

  it('refuses events more than 24 h ahead or before 2000, naming the field', () => {
    expect(refuse({ ...track, timestamp: '2025-06-02T12:00:01Z' }, 2)).toEqual([
      { field: '/batch/2/timestamp', message: 'is more than 24 hours ahead' },
    ]);
    expect(refuse({ ...track, originalTimestamp: '1999-12-31T23:59:59Z' })).toEqual([
      { field: '/batch/0/originalTimestamp', message: 'is before 2000-01-01' },
    ]);
    // 30 h ahead of its own sentAt: still ahead after correction.
    const ahead = { ...track, timestamp: '2025-06-02T18:00:00Z', sentAt: '2025-06-01T12:00:00Z' };
    expect(refuse(ahead)[0]?.message).toMatch(/24 hours ahead \(after correcting/);
  });

  it('refuses dates that are not ISO 8601 with a time zone', () => {
    for (const timestamp of [
      '2025-06-01',
      '2025-06-01T10:00:00',
      'yesterday',
      '2025-02-30T00:00Z',
    ]) {
      expect(refuse({ ...track, timestamp })).toEqual([
        {
          field: '/batch/0/timestamp',
          message: 'must be an ISO 8601 date-time with a time zone, e.g. 2025-01-15T10:00:00.000Z',
        },
      ]);
    }
    expect(refuse({ ...track, timestamp: 1_700_000_000 })).toEqual([
      { field: '/batch/0/timestamp', message: 'must be text' },
    ]);
    expect(refuse(track, 0, { sentAt: 'soon' })).toEqual([
      { field: '/sentAt', message: 'must be an ISO 8601 date-time with a time zone' },
    ]);
  });
});

describe('normaliseEvent: refusals', () => {
  it('requires a user for every call but alias, and both ids for alias', () => {
    expect(refuse({ type: 'track', event: 'e', userId: null }, 4)).toEqual([
      { field: '/batch/4/userId', message: 'userId or anonymousId is required' },
    ]);
    expect(refuse({ type: 'alias', userId: 'u' })).toEqual([
      { field: '/batch/0/previousId', message: 'is required' },
    ]);
  });

  it('reports every fault of a call at once, with JSON pointers', () => {
    const errors = refuse(
      { type: 'group', userId: 7, groupId: '', traits: [], messageId: 'x'.repeat(201) },
      1,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: '/batch/1/userId', message: 'must be text or null' },
        { field: '/batch/1/groupId', message: 'must not be empty' },
        { field: '/batch/1/traits', message: 'must be an object' },
        { field: '/batch/1/messageId', message: 'must be at most 200 characters long' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('refuses what is not a call, an unknown type and a missing type', () => {
    expect(refuse([1, 2])).toEqual([
      { field: '/batch/0', message: 'must be a JSON object (a Segment call)' },
    ]);
    expect(refuse({ type: 'purchase' })[0]?.field).toBe('/batch/0/type');
    expect(refuse({ userId: 'u' })[0]?.message).toMatch(/^is required: one of track, identify/);
  });

  it('caps a call at 32 KB, its nesting at 64 levels, and refuses unpaired surrogates', () => {
    const big = { type: 'track', userId: 'u', event: 'e', properties: { s: 'x'.repeat(33_000) } };
    expect(refuse(big)[0]?.message).toMatch(/bytes of JSON: a call may hold at most 32768$/);
    let deep: unknown = {};
    for (let i = 0; i < 70; i++) deep = { d: deep };
    const nested = refuse({ type: 'track', userId: 'u', event: 'e', properties: deep });
    expect(nested[0]?.message).toBe('is nested too deeply (at most 64 levels)');
    expect(nested[0]?.field).toMatch(/^\/batch\/0\/properties(\/d)+$/);
    const broken = { type: 'track', userId: 'u', event: 'e', properties: { s: 'a\ud800b' } };
    expect(refuse(broken)[0]?.message).toMatch(/unpaired UTF-16 surrogate/);
    // Paired surrogates (emoji), NUL and a literal backslash-u text are fine.
    const fine = { type: 'track', userId: 'u', event: '😀\u0000', properties: { s: '\\ud800' } };
    expect(accept(fine).event).toBe('😀\u0000');
  });

  it('checks the batch context too: it becomes part of every call', () => {
    const call = { type: 'track', userId: 'u', event: 'e', properties: { s: 'x'.repeat(20_000) } };
    expect(refuse(call, 0, { context: { broken: '\udfff' } })).toEqual([
      {
        field: '/context',
        message: 'holds text that is not valid Unicode (an unpaired UTF-16 surrogate)',
      },
    ]);
    const shared = { context: { s: 'y'.repeat(15_000) } };
    expect(refuse(call, 2, shared)[0]).toEqual({
      field: '/batch/2',
      message: expect.stringMatching(/bytes of JSON \(with the batch context\): a call may hold/),
    });
  });

  it('points at the call itself for single calls', () => {
    expect(refuse({ type: 'track', userId: 'u' }, 0, { pointer: '' })).toEqual([
      { field: '/event', message: 'is required' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { columnOfField, mapRow, parseTime, resolveMapping, rowMessageId } from './mapping.ts';

const mappingOf = (columns: string[], flags = {}, segmentRows = false) => {
  const outcome = resolveMapping(columns, flags, segmentRows);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.mapping;
};

describe('parseTime', () => {
  it('reads ISO 8601, epoch seconds and milliseconds, and YYYY-MM-DD HH:MM:SS as UTC', () => {
    expect(parseTime('2024-03-01T10:00:00+02:00')).toBe('2024-03-01T08:00:00.000Z');
    expect(parseTime('2024-03-01T10:00:00Z')).toBe('2024-03-01T10:00:00.000Z');
    expect(parseTime('1709287200')).toBe('2024-03-01T10:00:00.000Z');
    expect(parseTime(1709287200000)).toBe('2024-03-01T10:00:00.000Z');
    expect(parseTime('2024-03-01 10:00:00')).toBe('2024-03-01T10:00:00.000Z');
    expect(parseTime('2024-03-01')).toBe('2024-03-01T00:00:00.000Z');
    expect(parseTime(new Date('2024-03-01T10:00:00Z'))).toBe('2024-03-01T10:00:00.000Z');
  });
  it('refuses what is not a time', () => {
    for (const bad of ['yesterday', '', '2024-02-30 10:00:00', '01/03/2024', null, true]) {
      expect(parseTime(bad)).toBeNull();
    }
  });
});

describe('resolveMapping', () => {
  it('maps usual header names by default and keeps the other columns as properties', () => {
    const mapping = mappingOf([
      'user_id',
      'anonymousId',
      'Timestamp',
      'name',
      'channel',
      'id',
      'x',
    ]);
    expect(mapping.roles).toEqual({
      userId: 'user_id',
      anonymousId: 'anonymousId',
      timestamp: 'Timestamp',
      event: 'name',
      channel: 'channel',
      messageId: 'id',
    });
    expect(mapping.properties).toEqual(['x']);
  });
  it('fails at once on an unknown column, listing the columns', () => {
    const outcome = resolveMapping(['a', 'b'], { userId: 'client', numeric: ['c'] });
    expect(outcome).toEqual({
      ok: false,
      message: 'unknown column client, c: the columns are a, b',
    });
  });
  it('passes Segment calls through only when no mapping flag is given', () => {
    expect(mappingOf(['type', 'event'], {}, true).passThrough).toBe(true);
    expect(mappingOf(['type', 'event'], { event: 'event' }, true).passThrough).toBe(false);
  });
});

describe('mapRow', () => {
  const mapping = mappingOf(['customer', 'time', 'event', 'price', 'note'], { numeric: ['price'] });

  it('builds a track call with numeric columns as numbers and text kept as text', () => {
    const row = { customer: 'c1', time: '1709287200', event: 'Bought', price: '12.5', note: '7' };
    expect(mapRow(row, mapping)).toEqual({
      ok: true,
      payload: {
        type: 'track',
        messageId: rowMessageId(row),
        userId: 'c1',
        event: 'Bought',
        timestamp: '2024-03-01T10:00:00.000Z',
        properties: { price: 12.5, note: '7' },
      },
    });
  });
  it('derives the same messageId from the same row content, another from another', () => {
    const row = { customer: 'c1', event: 'Bought' };
    expect(rowMessageId({ event: 'Bought', customer: 'c1' })).toBe(rowMessageId(row));
    expect(rowMessageId({ ...row, customer: 'c2' })).not.toBe(rowMessageId(row));
  });
  it('names the columns of a bad time and of a numeric cell that is not a number', () => {
    const row = { customer: 'c1', time: 'soon', event: 'Bought', price: 'ten', note: '' };
    expect(mapRow(row, mapping)).toEqual({
      ok: false,
      errors: [
        { field: 'time', message: expect.stringContaining('is not a date-time') },
        { field: 'price', message: 'is not a number' },
      ],
    });
  });
  it('turns intake error fields back into column names', () => {
    expect(columnOfField('/userId', mapping)).toBe('customer');
    expect(columnOfField('/properties/price', mapping)).toBe('price');
    expect(columnOfField('/context', mapping)).toBe('context');
  });
});

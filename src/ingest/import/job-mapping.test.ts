import { describe, expect, it } from 'vitest';
import { suggestMapping, toColumnMapping } from './job-mapping.ts';
import type { PreviewRow } from './jobs.ts';

const rows = (...cells: Record<string, string>[]): PreviewRow[] =>
  cells.map((row, index) => ({ line: index + 2, cells: row }));

describe('suggested mapping', () => {
  it("takes the importer's guesses and offers the other columns as properties", () => {
    const preview = rows(
      { user_id: 'u1', event: 'Bought', price: '12.5', zip: '01234', plan: 'pro' },
      { user_id: 'u2', event: 'Viewed', price: '', zip: '75001', plan: '3' },
    );
    expect(
      suggestMapping(['user_id', 'event', 'price', 'zip', 'plan'], false, 'csv', preview),
    ).toEqual({
      userId: 'user_id',
      event: 'event',
      properties: ['price', 'zip', 'plan'],
      // Postcodes with a leading zero stay text; mixed columns too.
      numeric: ['price'],
    });
  });

  it('guesses the other roles when no column is named like an event name', () => {
    expect(suggestMapping(['customer', 'what', 'time'], false, 'csv', [])).toEqual({
      userId: 'customer',
      timestamp: 'time',
      properties: ['what'],
    });
  });

  it('passes Segment calls through, and never marks typed columns numeric', () => {
    expect(suggestMapping(['type', 'event'], true, 'ndjson', [])).toEqual({
      passThrough: true,
      properties: [],
    });
    const typed = [{ line: 1, cells: { userId: 'u', event: 'E', n: '1' } }];
    expect(suggestMapping(['userId', 'event', 'n'], false, 'parquet', typed)).toEqual({
      userId: 'userId',
      event: 'event',
      properties: ['n'],
    });
  });
});

describe('a mapping sent back', () => {
  const columns = ['customer', 'what', 'when', 'amount', 'note'];

  it('maps only what it names', () => {
    const mapped = toColumnMapping(columns, false, {
      userId: 'customer',
      event: 'what',
      properties: ['amount'],
      numeric: ['amount'],
    });
    expect(mapped).toEqual({
      ok: true,
      value: {
        roles: { userId: 'customer', event: 'what' },
        properties: ['amount'],
        numeric: new Set(['amount']),
        passThrough: false,
      },
    });
  });

  it('names every problem by field', () => {
    const mapped = toColumnMapping(columns, false, {
      timestamp: 'time',
      properties: ['when', 'nope', 'when'],
      numeric: ['note'],
    });
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.error).toMatchObject({
      kind: 'invalid',
      errors: [
        {
          field: '/timestamp',
          message: 'unknown column "time": the columns are customer, what, when, amount, note',
        },
        { field: '/properties/1', message: expect.stringMatching(/^unknown column "nope"/) },
        { field: '/numeric/0', message: '"note" is not a property column' },
        { field: '/event', message: 'choose the column of the event name' },
        { field: '/userId', message: expect.stringMatching(/^choose the column of the customer/) },
      ],
    });
    expect(mapped.error.message).toMatch(/^timestamp: unknown column "time"/);
  });

  it('passes rows through only when they are Segment calls', () => {
    expect(toColumnMapping(['type'], true, { passThrough: true, properties: [] }).ok).toBe(true);
    const refused = toColumnMapping(['a'], false, { passThrough: true, properties: [] });
    expect(refused.ok ? [] : refused.error).toMatchObject({
      errors: [{ field: '/passThrough' }],
    });
  });
});

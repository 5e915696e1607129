import { describe, expect, it } from 'vitest';
import {
  averageRate,
  draftOf,
  fractionDone,
  propertyColumns,
  requestOf,
  rowsPerSecond,
  tooLarge,
  withAllProperties,
  withNumeric,
  withPassThrough,
  withProperty,
  withRole,
} from './import-form.ts';
import { cellText, formatSize } from './numbers.ts';

const columns = ['customer', 'when', 'what', 'amount', 'note'];
const suggestion = {
  userId: 'customer',
  properties: ['when', 'what', 'amount', 'note'],
  numeric: ['amount'],
};

describe('the mapping form', () => {
  it('starts from the suggestion and sends it back unchanged', () => {
    const draft = draftOf(suggestion);
    expect(draft.roles).toMatchObject({ userId: 'customer', event: '', timestamp: '' });
    expect(requestOf(draft, columns)).toEqual(suggestion);
  });

  it('takes a column given to a role out of the properties', () => {
    let draft = withRole(draftOf(suggestion), 'event', 'what');
    draft = withRole(draft, 'timestamp', 'when');
    expect(propertyColumns(draft, columns)).toEqual(['amount', 'note']);
    expect(requestOf(draft, columns)).toEqual({
      userId: 'customer',
      event: 'what',
      timestamp: 'when',
      properties: ['amount', 'note'],
      numeric: ['amount'],
    });
    // Freed again, the column is offered as a property, not kept as one.
    draft = withRole(draft, 'timestamp', '');
    expect(propertyColumns(draft, columns)).toContain('when');
    expect(requestOf(draft, columns).properties).toEqual(['amount', 'note']);
  });

  it('keeps properties in file order, numbers only among them', () => {
    let draft = withProperty(draftOf({ userId: 'customer', properties: [] }), 'note', true);
    draft = withProperty(draft, 'amount', true);
    draft = withNumeric(draft, 'amount', true);
    expect(requestOf(draft, columns)).toEqual({
      userId: 'customer',
      properties: ['amount', 'note'],
      numeric: ['amount'],
    });
    expect(requestOf(withProperty(draft, 'amount', false), columns)).toEqual({
      userId: 'customer',
      properties: ['note'],
    });
    expect(withAllProperties(draft, columns, false).properties).toEqual([]);
    expect(withAllProperties(draft, columns, true).properties).toEqual(columns.slice(1));
  });

  it('sends Segment calls through when asked', () => {
    const draft = withPassThrough(draftOf(suggestion), true);
    expect(requestOf(draft, columns)).toEqual({ passThrough: true, properties: [] });
  });
});

describe('progress', () => {
  const progress = { rows: 10, done: 250, total: 1000, unit: 'bytes' as const };
  it('is a share of the work when its total is known', () => {
    expect(fractionDone({ status: 'running', progress })).toBe(0.25);
    expect(fractionDone({ status: 'running', progress: { ...progress, total: null } })).toBeNull();
    expect(fractionDone({ status: 'done', progress: { ...progress, total: null } })).toBe(1);
  });

  it('has a speed once two observations are far enough apart', () => {
    expect(rowsPerSecond(null, { rows: 10, at: 0 })).toBeNull();
    expect(rowsPerSecond({ rows: 0, at: 0 }, { rows: 10, at: 100 })).toBeNull();
    expect(rowsPerSecond({ rows: 0, at: 0 }, { rows: 5000, at: 500 })).toBe(10_000);
    const run = {
      progress: { ...progress, rows: 3000 },
      startedAt: '2024-05-01T10:00:00.000Z',
      finishedAt: '2024-05-01T10:00:02.000Z',
    };
    expect(averageRate(run)).toBe(1500);
    expect(averageRate({ ...run, finishedAt: null })).toBeNull();
    expect(averageRate({ ...run, finishedAt: '2024-05-01T10:00:00.400Z' })).toBeNull();
  });

  it('refuses a file over the limit before sending it', () => {
    expect(tooLarge(2049, 2048)).toBe(true);
    expect(tooLarge(2048, 2048)).toBe(false);
    expect(tooLarge(1e12, null)).toBe(false);
  });
});

describe('numbers and cells', () => {
  it('reads as people say them', () => {
    expect(formatSize(512, 'en')).toBe('512 bytes');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(2 * 1024 ** 3, 'fr')).toBe('2\u202fGo');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
  });
});

import { describe, expect, it } from 'vitest';
import { listText, table } from './customer-output.ts';

describe('customer command output', () => {
  it('pads columns to their widest cell, counting characters not bytes', () => {
    expect(
      table([
        ['A', 'Name', 'x'],
        ['long id', 'Léa', 'y'],
      ]),
    ).toEqual(['A        Name  x', 'long id  Léa   y']);
  });

  it('lists customers with their total, and says when none matches', () => {
    const customer = {
      customerId: 'cus_1',
      traits: { name: 'Léa', email: 'lea@example.com' },
      identities: [],
      identityCount: 0,
      firstSeen: null,
      lastSeen: '2025-05-01T10:20:30.000Z',
      eventCount: 3,
      channels: ['web', 'store'],
    };
    const lines = listText({ customers: [customer], total: 7, nextCursor: 'next' });
    expect(lines[1]).toBe('cus_1     Léa   lea@example.com  2025-05-01 10:20  3       web, store');
    expect(lines.at(-1)).toBe('1 of 7 customers (use --limit to see more).');
    expect(listText({ customers: [], total: 0, nextCursor: null })).toEqual([
      'No customer matches.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  collectExport,
  type ErasureSubject,
  type ErasureTarget,
  eraseEverywhere,
} from './erasure.ts';

const subject: ErasureSubject = {
  customerId: 'cus_1',
  identities: [{ kind: 'user', value: 'u1' }],
};

/** A store that records what it was asked, holding `rows` rows about the customer. */
function target(name: string, rows: number, calls: string[]): ErasureTarget {
  return {
    name,
    exportCustomer: async (_ws, s) => {
      calls.push(`export ${name} ${s.customerId}`);
      return { held: rows > 0, parts: { [name]: Array.from({ length: rows }, (_, i) => i) } };
    },
    eraseCustomer: async (_ws, s) => {
      calls.push(`erase ${name} ${s.identities[0]?.value}`);
      return { [name]: rows };
    },
  };
}

describe('erasure across stores', () => {
  it('erases from every store in order and adds up what each deleted', async () => {
    const calls: string[] = [];
    const targets = [target('surveyAnswers', 2, calls), target('events', 5, calls)];
    expect(await eraseEverywhere(targets, 'ws', subject)).toEqual({ surveyAnswers: 2, events: 5 });
    expect(calls).toEqual(['erase surveyAnswers u1', 'erase events u1']);
  });

  it('exports the parts of every store; held when any store holds something', async () => {
    const calls: string[] = [];
    const some = await collectExport([target('a', 0, calls), target('b', 1, calls)], 'ws', subject);
    expect(some).toEqual({ held: true, parts: { a: [], b: [0] } });
    const none = await collectExport([target('a', 0, calls)], 'ws', subject);
    expect(none.held).toBe(false);
  });
});

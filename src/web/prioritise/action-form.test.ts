import { describe, expect, it } from 'vitest';
import { draftOf, fieldsOf } from './action-form.ts';

describe('action form', () => {
  it('starts a new action from the defaults', () => {
    const draft = draftOf();
    expect(draft).toMatchObject({
      name: '',
      status: 'idea',
      oneOff: '0',
      reach: '',
      riceImpact: '1',
    });
  });

  it('turns typed amounts into cents and back', () => {
    const result = fieldsOf({
      ...draftOf(),
      name: '  Relance panier ',
      owner: 'CRM',
      oneOff: '4 000',
      monthly: '800,50',
      divisible: true,
      minSpend: '1000',
      returnShort: '60000',
      channelId: 'email',
      reach: '21000',
      riceImpact: '2',
      confidence: '0.5',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toMatchObject({
      name: 'Relance panier',
      oneOffCents: 400_000,
      recurringCents: 80_050,
      minSpendCents: 100_000,
      channelId: 'email',
      reach: 21_000,
      riceImpact: 2,
      confidence: 0.5,
      returns: { short: 6_000_000, medium: 0, long: 0 },
    });
    const back = draftOf({ ...result.fields, id: 'a', createdAt: '', updatedAt: '' });
    expect(back).toMatchObject({
      oneOff: '4000',
      monthly: '800.5',
      minSpend: '1000',
      channelId: 'email',
    });
  });

  it('names each value that does not read', () => {
    const result = fieldsOf({ ...draftOf(), name: ' ', oneOff: 'beaucoup', effort: '-2' });
    expect(!result.ok && result.errors).toEqual({
      name: 'prioritise.form.nameRequired',
      oneOff: 'prioritise.form.notAmount',
      effort: 'prioritise.form.notNumber',
    });
  });

  it('drops the minimum of an action that cannot be split', () => {
    const result = fieldsOf({ ...draftOf(), name: 'X', divisible: false, minSpend: '500' });
    expect(result.ok && result.fields.minSpendCents).toBeNull();
  });
});

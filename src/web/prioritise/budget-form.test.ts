import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET } from '../../prioritise/defaults.ts';
import { budgetDraftOf, budgetFieldOf, budgetSettingsOf, emptyChannel } from './budget-form.ts';

describe('budget form', () => {
  it('round-trips settings through the typed values', () => {
    const settings = {
      ...DEFAULT_BUDGET,
      totalCents: 75_000_000,
      objectiveHorizons: [{ objectiveId: 'o', horizon: 'long' as const }],
      channels: [
        {
          channelId: 'web',
          minCents: 15_000_000,
          maxCents: null,
          returns: { short: 3.2, medium: 0.6, long: 0.1 },
        },
      ],
    };
    const draft = budgetDraftOf(settings);
    expect(draft).toMatchObject({
      total: '750000',
      channels: [{ min: '150000', max: '', short: '3.2' }],
    });
    expect(budgetSettingsOf(draft)).toEqual({ ok: true, settings });
  });

  it('reports values that do not read and a maximum below the minimum', () => {
    const draft = {
      ...budgetDraftOf(DEFAULT_BUDGET),
      total: 'lots',
      periodMonths: '0',
      channels: [{ ...emptyChannel('web'), min: '500', max: '100', short: '-1' }],
    };
    expect(budgetSettingsOf(draft)).toEqual({
      ok: false,
      errors: {
        periodMonths: 'prioritise.budget.monthsInvalid',
        'channels.0.max': 'prioritise.budget.maxBelowMin',
        'channels.0.short': 'prioritise.form.notNumber',
        total: 'prioritise.form.notAmount',
      },
    });
  });

  it('places server errors on the form fields', () => {
    expect(budgetFieldOf('channels.0.maxCents')).toBe('channels.0.max');
    expect(budgetFieldOf('channels.2.returns.long')).toBe('channels.2.long');
    expect(budgetFieldOf('totalCents')).toBe('total');
  });
});

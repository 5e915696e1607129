import { describe, expect, it } from 'vitest';
import { actionReach, rice } from './rice.ts';

describe('RICE', () => {
  it('matches the REFERENCE examples', () => {
    expect(rice(2000, 2, 0.8, 4)).toBe(800);
    expect(rice(5000, 2, 0.8, 2)).toBe(4000);
    expect(rice(10, 3, 1.0, 6)).toBe(5);
  });

  it('has no score without effort', () => {
    expect(rice(100, 1, 1, 0)).toBeUndefined();
  });

  it('reaches the touchpoints’ audience unless the action says otherwise', () => {
    const touchpoints = new Map([
      ['t1', { audience: 1000 }],
      ['t2', { audience: null }],
      ['t3', { audience: 250 }],
    ]) as unknown as Parameters<typeof actionReach>[1];
    expect(
      actionReach({ reach: null, touchpointIds: ['t1', 't2', 't3', 'gone'] }, touchpoints),
    ).toBe(1250);
    expect(actionReach({ reach: 40, touchpointIds: ['t1'] }, touchpoints)).toBe(40);
  });
});

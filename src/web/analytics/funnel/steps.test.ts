import { describe, expect, it } from 'vitest';
import type { StepState } from '../query-state.ts';
import {
  addStep,
  addTouchpointTo,
  MAX_STEPS,
  moveStep,
  removeStep,
  removeTouchpointFrom,
} from './steps.ts';

const a: StepState = { kind: 'stage', stageId: 'a' };
const b: StepState = { kind: 'stage', stageId: 'b' };
const t: StepState = { kind: 'touchpoints', touchpointIds: ['t1'] };

describe('funnel step edits', () => {
  it('moves a step up and down, and not past the ends', () => {
    expect(moveStep([a, b, t], 2, -1)).toEqual([a, t, b]);
    expect(moveStep([a, b, t], 0, 1)).toEqual([b, a, t]);
    expect(moveStep([a, b], 0, -1)).toEqual([a, b]);
    expect(moveStep([a, b], 1, 1)).toEqual([a, b]);
  });

  it('keeps at least one step and at most the API limit', () => {
    expect(removeStep([a, b], 0)).toEqual([b]);
    expect(removeStep([a], 0)).toEqual([a]);
    const full = Array.from({ length: MAX_STEPS }, () => a);
    expect(addStep(full, b)).toHaveLength(MAX_STEPS);
    expect(addStep([a], b)).toEqual([a, b]);
  });

  it('widens and narrows a touchpoint step; an emptied step goes', () => {
    const wide = addTouchpointTo([a, t], 1, 't2');
    expect(wide[1]).toEqual({ kind: 'touchpoints', touchpointIds: ['t1', 't2'] });
    expect(addTouchpointTo(wide, 1, 't2')).toEqual(wide);
    expect(addTouchpointTo([a], 0, 't2')).toEqual([a]);
    expect(removeTouchpointFrom(wide, 1, 't1')[1]).toEqual({
      kind: 'touchpoints',
      touchpointIds: ['t2'],
    });
    expect(removeTouchpointFrom([a, t], 1, 't1')).toEqual([a]);
    expect(removeTouchpointFrom([t], 0, 't1')).toEqual([t]);
  });
});

import { describe, expect, it } from 'vitest';
import { cellTouchpoints, countBy, groupByCell, inMapOrder, placement } from './cells.ts';
import { channel, modelWith, stage, touchpoint } from './test-model.ts';

const touchpoints = [
  touchpoint('a', 's1', 'web'),
  touchpoint('b', 's2', 'store'),
  touchpoint('c', 's1', 'web'),
  touchpoint('d', 's1', 'store'),
];

describe('groupByCell', () => {
  it('puts each touchpoint where its stage and channel cross, in journey order', () => {
    const cells = groupByCell(touchpoints);
    expect(cellTouchpoints(cells, 's1', 'web').map((t) => t.id)).toEqual(['a', 'c']);
    expect(cellTouchpoints(cells, 's1', 'store').map((t) => t.id)).toEqual(['d']);
    expect(cellTouchpoints(cells, 's2', 'store').map((t) => t.id)).toEqual(['b']);
    expect(cellTouchpoints(cells, 's2', 'web')).toEqual([]);
  });

  it('does not confuse ids that concatenate alike', () => {
    const cells = groupByCell([touchpoint('x', 'ab', 'c'), touchpoint('y', 'a', 'bc')]);
    expect(cellTouchpoints(cells, 'ab', 'c').map((t) => t.id)).toEqual(['x']);
    expect(cellTouchpoints(cells, 'a', 'bc').map((t) => t.id)).toEqual(['y']);
  });
});

describe('countBy', () => {
  it('counts touchpoints per stage and per channel', () => {
    expect(Object.fromEntries(countBy(touchpoints, 'stageId'))).toEqual({ s1: 3, s2: 1 });
    expect(Object.fromEntries(countBy(touchpoints, 'channelId'))).toEqual({ web: 2, store: 2 });
  });
});

describe('placement and map order', () => {
  const model = modelWith({
    stages: [stage('s1', 'Search'), stage('s2', 'Purchase')],
    channels: [channel('store', 'physical'), channel('web')],
  });

  it('names the stage and the channel of a touchpoint', () => {
    expect(placement(model, touchpoint('a', 's2', 'web'))).toBe('Purchase · web');
  });

  it('orders by stage, then lane, then journey order', () => {
    expect(inMapOrder(model, touchpoints).map((t) => t.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});

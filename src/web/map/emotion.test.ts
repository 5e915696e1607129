import { describe, expect, it } from 'vitest';
import { curveRuns, emotionY, formatEmotion, stageEmotions } from './emotion.ts';
import { stage, touchpoint } from './test-model.ts';

const stages = [stage('s1'), stage('s2'), stage('s3'), stage('s4')];

describe('stageEmotions', () => {
  it('averages the emotions of each stage and ignores touchpoints without one', () => {
    const emotions = stageEmotions(stages, [
      touchpoint('a', 's1', 'web', { emotion: 2 }),
      touchpoint('b', 's1', 'store', { emotion: -1 }),
      touchpoint('c', 's1', 'store', { emotion: null }),
      touchpoint('d', 's3', 'web', { emotion: -3 }),
      touchpoint('e', 's4', 'web', { emotion: 0 }),
    ]);
    expect(emotions).toEqual([
      { stageId: 's1', mean: 0.5, count: 2 },
      { stageId: 's2', mean: null, count: 0 },
      { stageId: 's3', mean: -3, count: 1 },
      { stageId: 's4', mean: 0, count: 1 },
    ]);
  });
});

describe('curveRuns', () => {
  it('centres points on their column and breaks the line where a stage has no data', () => {
    const runs = curveRuns([
      { stageId: 's1', mean: 3, count: 1 },
      { stageId: 's2', mean: null, count: 0 },
      { stageId: 's3', mean: -3, count: 1 },
      { stageId: 's4', mean: 0, count: 2 },
    ]);
    expect(runs).toEqual([
      [{ stageId: 's1', x: 0.125, y: 0, mean: 3 }],
      [
        { stageId: 's3', x: 0.625, y: 1, mean: -3 },
        { stageId: 's4', x: 0.875, y: 0.5, mean: 0 },
      ],
    ]);
  });

  it('draws nothing without data', () => {
    expect(curveRuns([])).toEqual([]);
    expect(curveRuns([{ stageId: 's1', mean: null, count: 0 }])).toEqual([]);
  });

  it('maps the −3…+3 scale onto the height, +3 on top', () => {
    expect(emotionY(3)).toBe(0);
    expect(emotionY(0)).toBe(0.5);
    expect(emotionY(-3)).toBe(1);
  });
});

describe('formatEmotion', () => {
  it('writes signed values with one decimal at most', () => {
    expect(formatEmotion(1.5)).toBe('+1.5');
    expect(formatEmotion(-2)).toBe('\u22122');
    expect(formatEmotion(0.333)).toBe('+0.3');
    expect(formatEmotion(-0.04)).toBe('0');
  });
});

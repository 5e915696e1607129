import { describe, expect, it } from 'vitest';
import type {
  ImpactFeasibilityMatrix,
  IpaMatrix,
  ValueEffortMatrix,
} from '../../prioritise/matrices.ts';
import { impactFeasibilityView, ipaView, valueEffortView } from './matrix-options.ts';

const text = {
  x: 'Feasibility',
  y: 'Impact',
  quadrants: { 'quick-win': 'Quick wins', concentrate: 'Concentrate here' },
  series: ['Touchpoints', 'Actions'],
  describe: () => ['line'],
};

const matrix: ImpactFeasibilityMatrix = {
  threshold: 0.5,
  unplaced: 0,
  points: [
    {
      kind: 'touchpoint',
      id: 't1',
      name: 'Checkout <b>',
      x: 0.8,
      y: 0.9,
      size: 100,
      quadrant: 'quick-win',
      journeyId: 'j',
      personaId: 'p',
    },
    {
      kind: 'action',
      id: 'a1',
      name: 'One-page',
      x: 0.2,
      y: 0.7,
      size: 400,
      quadrant: 'major-project',
    },
  ],
};

describe('matrix options', () => {
  it('draws touchpoints and actions as two series, and finds the point behind a click', () => {
    const view = impactFeasibilityView(matrix, { touchpoints: true, actions: true }, text, 'a1');
    expect(view.series.map((s) => s.map((p) => p.id))).toEqual([['t1'], ['a1']]);
    const series = view.option.series as {
      data: { value: number[]; itemStyle: { color: string; borderWidth: number } }[];
    }[];
    expect(series[0]?.data[0]?.value).toEqual([0.8, 0.9]);
    expect(series[0]?.data[0]?.itemStyle.color).toBe('#2b8a3e');
    expect(series[1]?.data[0]?.itemStyle.borderWidth).toBe(3);
    const hidden = impactFeasibilityView(matrix, { touchpoints: true, actions: false }, text, null);
    expect(hidden.series[1]).toEqual([]);
  });

  it('escapes names in tooltips', () => {
    const view = impactFeasibilityView(matrix, { touchpoints: true, actions: true }, text, null);
    const tooltip = view.option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 0 })).toBe(
      '<strong>Checkout &#60;b&#62;</strong><br>line',
    );
    expect(tooltip.formatter({ seriesIndex: 3, dataIndex: 0 })).toBe('');
  });

  it('draws IPA with performance levels on the x axis', () => {
    const ipa: IpaMatrix = {
      importanceThreshold: 3,
      performanceThreshold: 0.5,
      unplaced: 0,
      points: [
        {
          kind: 'touchpoint',
          id: 't',
          name: 't',
          x: 1 / 3,
          y: 5,
          size: 0,
          quadrant: 'concentrate',
        },
      ],
    };
    const view = ipaView(
      ipa,
      { ...text, levels: ['Missing', 'Irritant', 'Neutral', 'Enchantment'] },
      null,
    );
    const axis = view.option.xAxis as {
      axisLabel: { formatter: (v: number) => string; customValues: number[] };
    };
    expect(axis.axisLabel.customValues.map(axis.axisLabel.formatter)).toEqual([
      'Missing',
      'Irritant',
      'Neutral',
      'Enchantment',
    ]);
  });

  it('draws value × effort with median thresholds', () => {
    const ve: ValueEffortMatrix = {
      horizon: 'weighted',
      valueThreshold: 500,
      effortThreshold: 2,
      points: [
        { kind: 'action', id: 'a', name: 'a', x: 4, y: 1000, size: 10, quadrant: 'major-project' },
      ],
    };
    const view = valueEffortView(ve, { ...text, money: (c) => `${c / 100} €` }, null);
    const series = view.option.series as { markLine: { data: object[] } }[];
    expect(series[0]?.markLine.data).toEqual([{ xAxis: 2 }, { yAxis: 500 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { findIrritants, findMissingTouchpoints, findMomentsOfTruth } from './diagnosis.ts';

describe('diagnosis', () => {
  it('flags a touchpoint that loses far more customers than its stage peers', () => {
    const findings = findIrritants([
      { touchpointId: 'slow-checkout', stageId: 'buy', reach: 200, onwardConversion: 0.4 },
      { touchpointId: 'fast-checkout', stageId: 'buy', reach: 400, onwardConversion: 0.8 },
      { touchpointId: 'store-till', stageId: 'buy', reach: 300, onwardConversion: 0.78 },
      { touchpointId: 'tiny', stageId: 'buy', reach: 10, onwardConversion: 0 },
      { touchpointId: 'last', stageId: 'after', reach: 500, onwardConversion: null },
    ]);
    expect(findings.map((finding) => finding.touchpointId)).toEqual(['slow-checkout']);
    expect(findings[0]?.evidence.dropOff).toBeCloseTo(0.6);
    expect(Number(findings[0]?.evidence.stageDropOff)).toBeCloseTo(
      1 - (400 * 0.8 + 300 * 0.78 + 0) / 710,
      6,
    );
  });

  it('does not flag noise: a small gap or too few customers', () => {
    expect(
      findIrritants([
        { touchpointId: 'a', stageId: 's', reach: 1000, onwardConversion: 0.7 },
        { touchpointId: 'b', stageId: 's', reach: 1000, onwardConversion: 0.72 },
      ]),
    ).toEqual([]);
  });

  it('ranks moments of truth by removal effect and keeps the strong ones', () => {
    const effects = new Map([
      ['cart', 0.6],
      ['home', 0.05],
      ['pay', 0.9],
    ]);
    const findings = findMomentsOfTruth(effects, () => 'stage');
    expect(findings.map((finding) => finding.touchpointId)).toEqual(['pay', 'cart']);
  });

  it('proposes frequent unmapped events as missing touchpoints', () => {
    const findings = findMissingTouchpoints(
      [
        { event: 'Chat Opened', channel: 'web', count: 500 },
        { event: 'Rare Thing', channel: 'web', count: 3 },
        { event: null, channel: null, count: 900 },
      ],
      10_000,
    );
    expect(findings.map((finding) => finding.evidence.event)).toEqual(['Chat Opened']);
  });
});

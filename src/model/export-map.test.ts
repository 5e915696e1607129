import { describe, expect, it } from 'vitest';
import { A3_LANDSCAPE, mapToPdf, mapToPng } from './export-map.ts';
import { MAP_METRICS } from './layout.ts';
import { MIN_TEXT_PT, planMapPages } from './map-pages.ts';
import { ecommerceModel, smallModel, touchpoint } from './map-test-models.ts';
import { renderMapSvg } from './render-svg.ts';
import type { WorkspaceModel } from './schema.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, the first one after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

/** A journey over `count` stages, one touchpoint each, chained by transitions. */
function longModel(count: number): WorkspaceModel {
  const model = smallModel();
  model.stages = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i + 1}`,
    description: '',
  }));
  const journey = model.journeys[0];
  if (!journey) throw new Error('no journey');
  journey.touchpoints = model.stages.map((stage, i) =>
    touchpoint({
      id: `t${i}`,
      stageId: stage.id,
      channelId: i % 2 === 0 ? 'c1' : 'c2',
      name: `Touchpoint ${i + 1}`,
      emotion: (i % 7) - 3,
    }),
  );
  journey.transitions = journey.touchpoints.slice(1).map((tp, i) => ({
    id: `x${i}`,
    fromId: `t${i}`,
    toId: tp.id,
    possible: i % 5 !== 0,
    label: '',
  }));
  return model;
}

describe('mapToPng', () => {
  const svg = renderMapSvg(ecommerceModel(), 'shop', { lang: 'fr' }) ?? '';

  it('renders a PNG 2400 pixels wide by default, keeping the map proportions', () => {
    const { width, height } = pngSize(mapToPng(svg));
    expect(width).toBe(2400);
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    const ratio = Number(viewBox?.[2]) / Number(viewBox?.[1]);
    expect(height / width).toBeCloseTo(ratio, 2);
  });

  it('renders the width asked for', () => {
    expect(pngSize(mapToPng(svg, { width: 800 })).width).toBe(800);
  });
});

describe('mapToPdf', () => {
  it('prints a small map on one A3 landscape page', async () => {
    const pdf = await mapToPdf(smallModel(), 'j1', {
      lang: 'en',
      date: new Date('2025-03-14T10:00:00Z'),
    });
    if (!pdf) throw new Error('no pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 1190.55 841.89]');
  });

  it('prints the realistic ten-stage map on one page', async () => {
    const pdf = await mapToPdf(ecommerceModel(), 'shop', { lang: 'fr' });
    expect(pdf && pageCount(pdf)).toBe(1);
  });

  it('splits a very long map by groups of stages', async () => {
    const pdf = await mapToPdf(longModel(24), 'j1', { lang: 'fr' });
    if (!pdf) throw new Error('no pdf');
    expect(pageCount(pdf)).toBeGreaterThan(1);
    expect(pdf.toString('latin1').match(/\/MediaBox \[0 0 1190.55 841.89\]/g)?.length).toBe(
      pageCount(pdf),
    );
  });

  it('returns undefined for an unknown journey', async () => {
    expect(await mapToPdf(smallModel(), 'nope', { lang: 'fr' })).toBeUndefined();
  });
});

describe('planMapPages', () => {
  const area = { width: A3_LANDSCAPE.width - 56, height: A3_LANDSCAPE.height - 74 };

  it('keeps a map that stays readable on one page, every stage on it', () => {
    const plan = planMapPages(ecommerceModel(), 'shop', area);
    expect(plan?.pages).toHaveLength(1);
    expect((plan?.scale ?? 0) * MAP_METRICS.card.nameFont).toBeGreaterThanOrEqual(MIN_TEXT_PT);
  });

  it('cuts a long map into the fewest groups of consecutive stages that keep text at 6 pt', () => {
    const model = longModel(24);
    const plan = planMapPages(model, 'j1', area);
    if (!plan) throw new Error('no plan');
    expect(plan.pages.flatMap((page) => page.stageIds)).toEqual(
      model.stages.map((stage) => stage.id),
    );
    expect(plan.scale * MAP_METRICS.card.nameFont).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    for (const page of plan.pages) {
      expect(page.width * plan.scale).toBeLessThanOrEqual(area.width + 0.001);
      expect(page.height * plan.scale).toBeLessThanOrEqual(area.height + 0.001);
    }
    const sizes = plan.pages.map((page) => page.stageIds.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const fewer = planMapPages(model, 'j1', { ...area, width: area.width * 2 });
    expect(fewer?.pages.length).toBeLessThan(plan.pages.length);
  });

  it('does not split a map whose height alone keeps text small more than its width needs', () => {
    const model = longModel(24);
    model.channels = Array.from({ length: 30 }, (_, i) => ({
      id: `c${i + 1}`,
      name: `Channel ${i + 1}`,
      kind: 'digital' as const,
      media: [],
    }));
    const plan = planMapPages(model, 'j1', area);
    if (!plan) throw new Error('no plan');
    expect(plan.scale * MAP_METRICS.card.nameFont).toBeLessThan(MIN_TEXT_PT);
    expect(plan.pages.length).toBeGreaterThan(1);
    expect(plan.pages.length).toBeLessThan(6);
    const tallest = Math.max(...plan.pages.map((page) => page.height));
    expect(plan.scale).toBeCloseTo(area.height / tallest, 5);
  });

  it('returns undefined for an unknown journey', () => {
    expect(planMapPages(smallModel(), 'nope', area)).toBeUndefined();
  });
});

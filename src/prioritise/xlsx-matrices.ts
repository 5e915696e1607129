/**
 * The arbitration matrices as a workbook: touchpoints and actions with their scores,
 * coordinates, quadrants and each criterion's points, and the weights that made them.
 */
import ExcelJS from 'exceljs';
import type { WorkspaceModel } from '../model/schema.ts';
import { PERFORMANCE_LEVEL } from './criteria.ts';
import { type ExportLang, label, word } from './export-text.ts';
import { HORIZONS } from './horizons.ts';
import { ipaQuadrant } from './quadrants.ts';
import type { ScoringWeights } from './schema.ts';
import type { WorkspaceScores } from './scores.ts';
import { MONEY, money, PERCENT, round, SHARE, sheetOf } from './xlsx-sheet.ts';

function touchpointRows(model: WorkspaceModel, scores: WorkspaceScores, lang: ExportLang) {
  const names = new Map<string, string>([
    ...model.stages.map((s) => [s.id, s.name] as const),
    ...model.channels.map((c) => [c.id, c.name] as const),
    ...model.journeys.map((j) => [j.id, j.name] as const),
  ]);
  const quadrants = new Map(
    scores.matrices.impactFeasibility.points.map((p) => [p.id, p.quadrant]),
  );
  return scores.touchpoints.map((t) => {
    const raw = (key: string) => t.contributions.find((c) => c.key === key)?.raw ?? null;
    const points = (key: string) =>
      round((t.contributions.find((c) => c.key === key)?.contribution ?? 0) * 100, 1);
    const ipa =
      t.importance === null
        ? ''
        : label(lang, ipaQuadrant(t.importance, PERFORMANCE_LEVEL[t.performance]));
    return [
      names.get(t.journeyId) ?? '',
      names.get(t.stageId) ?? '',
      names.get(t.channelId) ?? '',
      t.name,
      t.importance,
      label(lang, t.performance),
      typeof raw('impact') === 'number' ? (raw('impact') as number) : null,
      money(t.monthlyCostCents),
      typeof raw('investment') === 'number' ? (raw('investment') as number) : null,
      typeof raw('time') === 'number' ? (raw('time') as number) : null,
      round(t.score === null ? null : t.score * 100, 1),
      round(t.impact),
      round(t.feasibility),
      label(lang, quadrants.get(t.touchpointId) ?? ''),
      ipa,
      ...['importance', 'performance', 'impact', 'cost', 'investment', 'time'].map(points),
    ];
  });
}

export async function matricesToXlsx(
  model: WorkspaceModel,
  scores: WorkspaceScores,
  weights: ScoringWeights,
  lang: ExportLang,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const criteria = ['importance', 'performance', 'impact', 'cost', 'investment', 'time'] as const;
  sheetOf(
    workbook,
    word(lang, 'touchpoints'),
    [
      { header: 'journey', width: 24 },
      { header: 'stage', width: 20 },
      { header: 'channel', width: 18 },
      { header: 'touchpoint', width: 36 },
      { header: 'importance' },
      { header: 'performance' },
      { header: 'impact' },
      { header: 'monthlyCost', format: MONEY },
      { header: 'investment' },
      { header: 'hours' },
      { header: 'score' },
      { header: 'impactAxis', format: SHARE },
      { header: 'feasibilityAxis', format: SHARE },
      { header: 'quadrant', width: 20 },
      { header: 'ipa', width: 24 },
      ...criteria.map((c) => ({ header: { text: `${word(lang, 'contribution')} ${c}` } })),
    ],
    lang,
    touchpointRows(model, scores, lang),
  );
  const valueEffort = scores.matrices.valueEffort.find((m) => m.horizon === 'weighted');
  const quadrants = new Map(
    scores.matrices.impactFeasibility.points.map((p) => [p.id, p.quadrant]),
  );
  const veQuadrants = new Map(valueEffort?.points.map((p) => [p.id, p.quadrant]) ?? []);
  sheetOf(
    workbook,
    word(lang, 'actions'),
    [
      { header: 'action', width: 36 },
      { header: 'status' },
      { header: 'costPeriod', format: MONEY },
      { header: 'weightedReturn', format: MONEY },
      { header: 'effort' },
      { header: 'score' },
      { header: 'impactAxis', format: SHARE },
      { header: 'feasibilityAxis', format: SHARE },
      { header: 'quadrant', width: 20 },
      { header: 'valueEffort', width: 22 },
      { header: 'rice' },
    ],
    lang,
    scores.actions.map((a) => [
      a.name,
      label(lang, a.status),
      money(a.costCents),
      money(a.weightedReturnCents),
      a.effort,
      round(a.score === null ? null : a.score * 100, 1),
      round(a.impact),
      round(a.feasibility),
      label(lang, quadrants.get(a.actionId) ?? ''),
      label(lang, veQuadrants.get(a.actionId) ?? ''),
      round(a.rice, 1),
    ]),
  );
  const share = (values: Record<string, number>, key: string) => {
    const total = Object.values(values).reduce((s, v) => s + v, 0);
    return total > 0 ? (values[key] ?? 0) / total : 0;
  };
  const costType = new Set(['performance', 'cost', 'investment', 'time', 'effort']);
  sheetOf(
    workbook,
    word(lang, 'weights'),
    [
      { header: 'criterion', width: 24 },
      { header: 'weightSet' },
      { header: 'weightShare', format: PERCENT },
      { header: 'costType' },
    ],
    lang,
    [
      ...Object.entries(weights.touchpoint).map(([k, w]) => [
        `${word(lang, 'touchpoint')}: ${k}`,
        w,
        share(weights.touchpoint, k),
        word(lang, costType.has(k) ? 'yes' : 'no'),
      ]),
      ...Object.entries(weights.action).map(([k, w]) => [
        `${word(lang, 'action')}: ${k}`,
        w,
        share(weights.action, k),
        word(lang, costType.has(k) ? 'yes' : 'no'),
      ]),
      ...HORIZONS.map((h) => [
        `${word(lang, 'horizonWeight')}: ${word(lang, h)}`,
        null,
        scores.horizon.weights[h],
        scores.horizon.source,
      ]),
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

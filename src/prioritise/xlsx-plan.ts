/**
 * A budget plan as a workbook: summary, every action with its decision and the reason it is
 * left out, channels, and the sensitivity to the budget.
 */
import ExcelJS from 'exceljs';
import type { BudgetPlan } from './budget-plan.ts';
import { type ExportLang, label, reasonText, word } from './export-text.ts';
import { HORIZONS } from './horizons.ts';
import { MONEY, money, PERCENT, round, sheetOf } from './xlsx-sheet.ts';

export async function planToXlsx(
  name: string,
  plan: BudgetPlan,
  lang: ExportLang,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const solution = plan.solution;
  const names = new Map<string, string>([
    ...(solution?.actions.map((a) => [a.actionId, a.name] as const) ?? []),
    ...(solution?.channels.map((c) => [c.channelId, c.name] as const) ?? []),
  ]);
  const text = (cents: number) =>
    (cents / 100).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 });
  sheetOf(
    workbook,
    word(lang, 'summary'),
    [
      { header: 'plan', width: 30 },
      { header: { text: name }, width: 60 },
    ],
    lang,
    [
      [word(lang, 'status'), label(lang, plan.status)],
      [word(lang, 'budget'), money(plan.budgetCents)],
      [word(lang, 'spent'), money(solution?.spentCents ?? null)],
      [word(lang, 'weightedReturn'), money(solution?.weightedReturnCents ?? null)],
      ...HORIZONS.map((h) => [
        `${word(lang, 'horizonWeight')}: ${word(lang, h)}`,
        round(plan.weights[h]),
      ]),
      [word(lang, 'returnShort'), money(solution?.returns.short ?? null)],
      [word(lang, 'returnMedium'), money(solution?.returns.medium ?? null)],
      [word(lang, 'returnLong'), money(solution?.returns.long ?? null)],
      ...(plan.conflict ? [[word(lang, 'conflict'), plan.conflict.message]] : []),
    ],
  );
  sheetOf(
    workbook,
    word(lang, 'actions'),
    [
      { header: 'action', width: 36 },
      { header: 'decision', width: 18 },
      { header: 'share', format: PERCENT },
      { header: 'spend', format: MONEY },
      { header: 'costPeriod', format: MONEY },
      { header: 'weightedReturn', format: MONEY },
      { header: 'channel', width: 18 },
      { header: 'reason', width: 70 },
      { header: 'forcedLoss', format: MONEY },
    ],
    lang,
    (solution?.actions ?? []).map((a) => [
      a.name,
      label(lang, a.decision),
      a.fraction,
      money(a.spendCents),
      money(a.costCents),
      money(a.weightedReturnCents),
      a.channelId === null ? '' : (names.get(a.channelId) ?? ''),
      a.reason ? reasonText(a.reason, lang, (id) => names.get(id) ?? id, text) : '',
      a.reason?.forcedLossCents === undefined ? null : money(a.reason.forcedLossCents),
    ]),
  );
  sheetOf(
    workbook,
    word(lang, 'channels'),
    [
      { header: 'channel', width: 24 },
      { header: 'media', format: MONEY },
      { header: 'actionSpend', format: MONEY },
      { header: 'total', format: MONEY },
      { header: 'min', format: MONEY },
      { header: 'max', format: MONEY },
      ...HORIZONS.map((h) => ({ header: { text: `${word(lang, 'perUnit')} (${word(lang, h)})` } })),
    ],
    lang,
    (solution?.channels ?? []).map((c) => [
      c.name,
      money(c.mediaCents),
      money(c.actionCents),
      money(c.totalCents),
      money(c.minCents),
      money(c.maxCents),
      ...HORIZONS.map((h) => c.returns[h]),
    ]),
  );
  sheetOf(
    workbook,
    word(lang, 'sensitivity'),
    [
      { header: 'change', format: PERCENT },
      { header: 'budget', format: MONEY },
      { header: 'weightedReturn', format: MONEY },
      { header: 'spent', format: MONEY },
      { header: 'returnShort', format: MONEY },
      { header: 'returnMedium', format: MONEY },
      { header: 'returnLong', format: MONEY },
    ],
    lang,
    plan.sensitivity.map((p) => [
      p.change,
      money(p.budgetCents),
      money(p.weightedReturnCents),
      money(p.spentCents),
      ...HORIZONS.map((h) => money(p.returns?.[h] ?? null)),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The budget form's values as typed, and their conversion to the settings the API takes. Pure. */
import type { BudgetSettings, ObjectiveHorizon } from '../../prioritise/schema.ts';
import { moneyInput, parseMoney, parseNumber } from './format.ts';

export interface ChannelDraft {
  readonly channelId: string;
  readonly min: string;
  /** '' for no maximum. */
  readonly max: string;
  readonly short: string;
  readonly medium: string;
  readonly long: string;
}

export interface BudgetDraft {
  readonly total: string;
  readonly periodMonths: string;
  readonly horizonMode: BudgetSettings['horizonMode'];
  readonly manual: { readonly short: string; readonly medium: string; readonly long: string };
  readonly objectiveHorizons: Readonly<Record<string, ObjectiveHorizon>>;
  readonly channels: readonly ChannelDraft[];
}

/** Field → message key; channel fields as `channels.<index>.<field>`. */
export type BudgetErrors = Readonly<
  Record<
    string,
    | 'prioritise.form.notAmount'
    | 'prioritise.form.notNumber'
    | 'prioritise.budget.maxBelowMin'
    | 'prioritise.budget.monthsInvalid'
  >
>;

const num = (value: number) => String(value);

export function budgetDraftOf(settings: BudgetSettings): BudgetDraft {
  return {
    total: moneyInput(settings.totalCents),
    periodMonths: String(settings.periodMonths),
    horizonMode: settings.horizonMode,
    manual: {
      short: num(settings.manualWeights.short),
      medium: num(settings.manualWeights.medium),
      long: num(settings.manualWeights.long),
    },
    objectiveHorizons: Object.fromEntries(
      settings.objectiveHorizons.map((o) => [o.objectiveId, o.horizon]),
    ),
    channels: settings.channels.map((c) => ({
      channelId: c.channelId,
      min: moneyInput(c.minCents),
      max: moneyInput(c.maxCents),
      short: num(c.returns.short),
      medium: num(c.returns.medium),
      long: num(c.returns.long),
    })),
  };
}

export const emptyChannel = (channelId: string): ChannelDraft => ({
  channelId,
  min: '0',
  max: '',
  short: '1',
  medium: '0',
  long: '0',
});

export type BudgetResult =
  | { readonly ok: true; readonly settings: BudgetSettings }
  | { readonly ok: false; readonly errors: BudgetErrors };

export function budgetSettingsOf(draft: BudgetDraft): BudgetResult {
  const errors: Record<string, BudgetErrors[string]> = {};
  const money = (field: string, text: string) => {
    const value = parseMoney(text.trim() === '' ? '0' : text);
    if (value === undefined) errors[field] = 'prioritise.form.notAmount';
    return value ?? 0;
  };
  const ratio = (field: string, text: string) => {
    const value = parseNumber(text.trim() === '' ? '0' : text);
    if (value === undefined || value < 0 || value > 1000)
      errors[field] = 'prioritise.form.notNumber';
    return value ?? 0;
  };
  const months = parseNumber(draft.periodMonths);
  if (months === undefined || !Number.isInteger(months) || months < 1 || months > 60) {
    errors.periodMonths = 'prioritise.budget.monthsInvalid';
  }
  const channels = draft.channels.map((c, i) => {
    const minCents = money(`channels.${i}.min`, c.min);
    const maxCents = c.max.trim() === '' ? null : money(`channels.${i}.max`, c.max);
    if (maxCents !== null && maxCents < minCents)
      errors[`channels.${i}.max`] = 'prioritise.budget.maxBelowMin';
    return {
      channelId: c.channelId,
      minCents,
      maxCents,
      returns: {
        short: ratio(`channels.${i}.short`, c.short),
        medium: ratio(`channels.${i}.medium`, c.medium),
        long: ratio(`channels.${i}.long`, c.long),
      },
    };
  });
  const settings: BudgetSettings = {
    totalCents: money('total', draft.total),
    periodMonths: months ?? 12,
    horizonMode: draft.horizonMode,
    manualWeights: {
      short: ratio('manual.short', draft.manual.short),
      medium: ratio('manual.medium', draft.manual.medium),
      long: ratio('manual.long', draft.manual.long),
    },
    objectiveHorizons: Object.entries(draft.objectiveHorizons).map(([objectiveId, horizon]) => ({
      objectiveId,
      horizon,
    })),
    channels,
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/** Server pointers (`/channels/0/maxCents`) → the draft's field names (`channels.0.max`). */
export function budgetFieldOf(serverName: string): string {
  return serverName
    .replace(/^totalCents$/, 'total')
    .replace(/\.minCents$/, '.min')
    .replace(/\.maxCents$/, '.max')
    .replace(/\.returns\./, '.')
    .replace(/^manualWeights\./, 'manual.');
}

/**
 * The action form's values: text as typed, converted to the API's fields (money in cents)
 * with a message key for each value that does not read. Pure.
 */
import { DEFAULT_ACTION_FIELDS } from '../../prioritise/defaults.ts';
import type { Action, ActionFields } from '../../prioritise/schema.ts';
import { moneyInput, parseMoney, parseNumber } from './format.ts';

export interface ActionDraft {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  readonly status: ActionFields['status'];
  readonly touchpointIds: readonly string[];
  /** '' when no channel pays for it. */
  readonly channelId: string;
  readonly oneOff: string;
  readonly monthly: string;
  readonly divisible: boolean;
  readonly minSpend: string;
  readonly effort: string;
  readonly weeks: string;
  readonly requires: readonly string[];
  readonly returnShort: string;
  readonly returnMedium: string;
  readonly returnLong: string;
  /** '' to use the audience of the touchpoints. */
  readonly reach: string;
  readonly riceImpact: string;
  readonly confidence: string;
}

export type DraftErrors = Partial<
  Record<
    keyof ActionDraft,
    'prioritise.form.notAmount' | 'prioritise.form.notNumber' | 'prioritise.form.nameRequired'
  >
>;

export function draftOf(action?: Action): ActionDraft {
  const a = action ?? { ...DEFAULT_ACTION_FIELDS, name: '' };
  return {
    name: a.name,
    description: a.description,
    owner: a.owner ?? '',
    status: a.status,
    touchpointIds: a.touchpointIds,
    channelId: a.channelId ?? '',
    oneOff: moneyInput(a.oneOffCents),
    monthly: moneyInput(a.recurringCents),
    divisible: a.divisible,
    minSpend: moneyInput(a.minSpendCents),
    effort: String(a.effort),
    weeks: String(a.weeksToDeliver),
    requires: a.requires,
    returnShort: moneyInput(a.returns.short),
    returnMedium: moneyInput(a.returns.medium),
    returnLong: moneyInput(a.returns.long),
    reach: a.reach === null ? '' : String(a.reach),
    riceImpact: String(a.riceImpact),
    confidence: String(a.confidence),
  };
}

export const RICE_IMPACTS = [3, 2, 1, 0.5, 0.25] as const;
export const CONFIDENCES = [1, 0.8, 0.5] as const;

export type FormResult =
  | { readonly ok: true; readonly fields: ActionFields }
  | { readonly ok: false; readonly errors: DraftErrors };

export function fieldsOf(draft: ActionDraft): FormResult {
  const errors: DraftErrors = {};
  const money = (key: keyof ActionDraft, text: string, optional = false): number => {
    if (optional && text.trim() === '') return 0;
    const value = parseMoney(text === '' ? '0' : text);
    if (value === undefined) errors[key] = 'prioritise.form.notAmount';
    return value ?? 0;
  };
  const number = (key: keyof ActionDraft, text: string): number => {
    const value = parseNumber(text === '' ? '0' : text);
    if (value === undefined || value < 0) errors[key] = 'prioritise.form.notNumber';
    return value ?? 0;
  };
  if (draft.name.trim() === '') errors.name = 'prioritise.form.nameRequired';
  const reach = draft.reach.trim() === '' ? null : Math.round(number('reach', draft.reach));
  const fields: ActionFields = {
    name: draft.name.trim(),
    description: draft.description,
    owner: draft.owner.trim() === '' ? null : draft.owner.trim(),
    status: draft.status,
    touchpointIds: [...draft.touchpointIds],
    channelId: draft.channelId === '' ? null : draft.channelId,
    oneOffCents: money('oneOff', draft.oneOff),
    recurringCents: money('monthly', draft.monthly),
    divisible: draft.divisible,
    minSpendCents:
      draft.divisible && draft.minSpend.trim() !== '' ? money('minSpend', draft.minSpend) : null,
    effort: number('effort', draft.effort),
    weeksToDeliver: number('weeks', draft.weeks),
    requires: [...draft.requires],
    returns: {
      short: money('returnShort', draft.returnShort),
      medium: money('returnMedium', draft.returnMedium),
      long: money('returnLong', draft.returnLong),
    },
    reach,
    riceImpact: RICE_IMPACTS.find((v) => String(v) === draft.riceImpact) ?? 1,
    confidence: CONFIDENCES.find((v) => String(v) === draft.confidence) ?? 0.8,
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/**
 * The touchpoint panel's fields: the text a field shows for a touchpoint, and the change a
 * person's input makes, checked before anything is sent. One field commits one change.
 */
import type { ModelOp } from '../../model/ops-schema.ts';
import type { Money, Touchpoint } from '../../model/schema.ts';
import {
  formatCents,
  formatCount,
  formatDecimal,
  type NumberError,
  parseCount,
  parseDecimal,
  parseMoneyCents,
} from './numbers.ts';

export type TouchpointChanges = Extract<ModelOp, { op: 'touchpoint.update' }>['changes'];

export type FormError = NumberError | 'required' | 'tooLong';

export type FieldResult =
  | { readonly ok: true; readonly changes: TouchpointChanges }
  | { readonly ok: false; readonly error: FormError; readonly max?: number };

/** Fields edited as typed text, committed when the field loses focus. */
export const TEXT_FIELDS = ['name', 'description', 'media', 'owner', 'notes'] as const;
export const NUMBER_FIELDS = ['audience', 'setupHours', 'processingHours'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type DraftField = TextField | NumberField | 'cost';

const MAX_LENGTH: Readonly<Record<TextField, number>> = {
  name: 200,
  description: 4000,
  media: 200,
  owner: 200,
  notes: 10000,
};

const isNumberField = (field: DraftField): field is NumberField =>
  (NUMBER_FIELDS as readonly string[]).includes(field);

/** What the field shows for the touchpoint, in the interface language. */
export function draftOf(touchpoint: Touchpoint, field: DraftField, lang: string): string {
  if (field === 'cost') {
    return touchpoint.cost === null ? '' : formatCents(touchpoint.cost.amountCents, lang);
  }
  if (isNumberField(field)) {
    const value = touchpoint[field];
    if (value === null) return '';
    return field === 'audience' ? formatCount(value, lang) : formatDecimal(value, lang);
  }
  return touchpoint[field] ?? '';
}

function parseText(field: TextField, draft: string): FieldResult {
  const max = MAX_LENGTH[field];
  // Short labels are trimmed; long texts keep their layout, only blank ones become empty.
  const value = field === 'name' || field === 'media' || field === 'owner' ? draft.trim() : draft;
  if (value.length > max) return { ok: false, error: 'tooLong', max };
  if (field === 'name') {
    return value === '' ? { ok: false, error: 'required' } : { ok: true, changes: { name: value } };
  }
  if (field === 'media' || field === 'owner') {
    return { ok: true, changes: { [field]: value === '' ? null : value } };
  }
  return { ok: true, changes: { [field]: value.trim() === '' ? '' : value } };
}

function parseNumber(field: NumberField, draft: string): FieldResult {
  const parsed = field === 'audience' ? parseCount(draft) : parseDecimal(draft);
  return parsed.ok
    ? { ok: true, changes: { [field]: parsed.value } }
    : { ok: false, error: parsed.error };
}

/** The change for a typed field; `period` is only read for the cost. */
export function parseField(
  field: DraftField,
  draft: string,
  period: Money['period'] = 'monthly',
): FieldResult {
  if (field === 'cost') {
    const cents = parseMoneyCents(draft);
    if (!cents.ok) return { ok: false, error: cents.error };
    return {
      ok: true,
      changes: { cost: cents.value === null ? null : { amountCents: cents.value, period } },
    };
  }
  return isNumberField(field) ? parseNumber(field, draft) : parseText(field, draft);
}

/** A select's value for an optional 1–5 scale or −3…+3 emotion: '' is "not rated". */
export function parseRating(value: string): number | null {
  if (value === '') return null;
  const rating = Number(value);
  return Number.isInteger(rating) ? rating : null;
}

export const ratingValue = (rating: number | null): string =>
  rating === null ? '' : String(rating);

/** The objective ids after ticking or unticking one, kept in the model's order. */
export function toggledObjectives(
  allIds: readonly string[],
  selected: readonly string[],
  id: string,
  checked: boolean,
): string[] {
  const next = new Set(selected);
  if (checked) next.add(id);
  else next.delete(id);
  const known = allIds.filter((objectiveId) => next.has(objectiveId));
  // Ids of objectives that no longer exist are left as they are, not silently dropped.
  const unknown = selected.filter((objectiveId) => !allIds.includes(objectiveId));
  return [...known, ...unknown];
}

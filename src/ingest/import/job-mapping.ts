/**
 * The web app's column mapping ⇄ the importer's `ColumnMapping`. Pure. The suggestion reuses
 * `resolveMapping`'s guesses; a mapping sent back is explicit: only the roles it names are
 * mapped, only the properties it lists are kept.
 */
import { type FieldError, fail, ok, type Result } from '../../shared/result.ts';
import type { ImportMapping, MappingRole, PreviewRow } from './jobs.ts';
import { MAPPING_ROLES } from './jobs.ts';
import { type ColumnMapping, resolveMapping } from './mapping.ts';
import type { ImportFormat } from './source.ts';

const NUMBER = /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
// A leading zero (postcodes, phone numbers) is text that a number would lose.
const LEADING_ZERO = /^\s*-?0\d/;

/** The mapping offered after an upload: the importer's own guesses from the column names. */
export function suggestMapping(
  columns: readonly string[],
  segmentRows: boolean,
  format: ImportFormat,
  preview: readonly PreviewRow[],
): ImportMapping {
  const guessed = resolveMapping(columns, {}, segmentRows);
  if (guessed.ok && guessed.mapping.passThrough) return { passThrough: true, properties: [] };
  // Without an event-name column the importer refuses to guess; name one so it guesses the rest.
  const outcome = guessed.ok ? guessed : resolveMapping(columns, { event: columns[0] ?? '' });
  if (!outcome.ok) return { properties: [...columns] };
  const roles: Partial<Record<MappingRole, string>> = { ...outcome.mapping.roles };
  if (!guessed.ok) delete roles.event;
  const used = new Set(Object.values(roles));
  const properties = columns.filter((column) => !used.has(column));
  const numeric = format === 'csv' ? properties.filter((c) => looksNumeric(c, preview)) : [];
  return { ...roles, properties, ...(numeric.length > 0 && { numeric }) };
}

function looksNumeric(column: string, preview: readonly PreviewRow[]): boolean {
  const values = preview
    .map((row) => row.cells?.[column])
    .filter((value) => value !== undefined && value !== '');
  return (
    values.length > 0 &&
    values.every((v) => typeof v === 'string' && NUMBER.test(v) && !LEADING_ZERO.test(v))
  );
}

/** The importer's mapping of a job's file, or every reason the one sent cannot be used. */
export function toColumnMapping(
  columns: readonly string[],
  segmentRows: boolean,
  sent: ImportMapping,
): Result<ColumnMapping> {
  if (sent.passThrough === true) {
    if (segmentRows) {
      return ok({ roles: {}, properties: [], numeric: new Set(), passThrough: true });
    }
    return refuse([
      {
        field: '/passThrough',
        message:
          'the rows are not Segment calls (each with a "type" such as track or identify): map the columns instead',
      },
    ]);
  }
  const errors: FieldError[] = [];
  const unknown = (column: string) =>
    `unknown column "${column}": the columns are ${columns.join(', ') || '(none)'}`;
  const roles: Partial<Record<MappingRole, string>> = {};
  for (const role of MAPPING_ROLES) {
    const column = sent[role];
    if (column === undefined) continue;
    if (columns.includes(column)) roles[role] = column;
    else errors.push({ field: `/${role}`, message: unknown(column) });
  }
  const roleOf = new Map(Object.entries(roles).map(([role, column]) => [column, role]));
  const properties = [...new Set(sent.properties)];
  sent.properties.forEach((column, index) => {
    const field = `/properties/${index}`;
    if (!columns.includes(column)) errors.push({ field, message: unknown(column) });
    else if (roleOf.has(column)) {
      errors.push({ field, message: `"${column}" is already mapped to ${roleOf.get(column)}` });
    }
  });
  (sent.numeric ?? []).forEach((column, index) => {
    if (!properties.includes(column)) {
      errors.push({ field: `/numeric/${index}`, message: `"${column}" is not a property column` });
    }
  });
  if (sent.event === undefined && sent.type === undefined) {
    errors.push({ field: '/event', message: 'choose the column of the event name' });
  }
  if (sent.userId === undefined && sent.anonymousId === undefined) {
    errors.push({
      field: '/userId',
      message: 'choose the column of the customer id or of the anonymous id: every event needs one',
    });
  }
  if (errors.length > 0) return refuse(errors);
  return ok({ roles, properties, numeric: new Set(sent.numeric ?? []), passThrough: false });
}

function refuse(errors: FieldError[]): Result<ColumnMapping> {
  const message = errors.map((error) => `${error.field.slice(1)}: ${error.message}`).join('; ');
  return fail({ kind: 'invalid', message, errors });
}

/**
 * What the import decides for one row read from a file, shared by the import loop
 * (./run-import.ts) and the native CSV import (./csv-native.ts), so that both refuse the same
 * rows with the same reasons.
 */
import type { FieldError } from '../../shared/result.ts';
import { normaliseEvent } from '../normalise.ts';
import { type ColumnMapping, columnOfField, mapRow } from './mapping.ts';
import type { SourceRow } from './source.ts';

export interface RejectedRow {
  readonly line: number;
  readonly errors: readonly FieldError[];
  /** The row as read (column → value), or the unreadable line's text. */
  readonly row: unknown;
}

/** A row mapped to a Segment call, not yet checked by the intake. */
export interface MappedCall {
  readonly line: number;
  readonly row: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
}

export function mapItem(item: SourceRow, mapping: ColumnMapping): MappedCall | RejectedRow {
  if (!('row' in item)) {
    return { line: item.line, errors: [{ field: '/', message: item.unreadable }], row: item.text };
  }
  const mapped = mapRow(item.row, mapping);
  return mapped.ok
    ? { line: item.line, row: item.row, payload: mapped.payload }
    : { line: item.line, errors: mapped.errors, row: item.row };
}

/** A call the intake refused, its errors (about fields of the call) named by column. */
export function refusedCall(
  errors: readonly FieldError[],
  source: MappedCall | undefined,
  mapping: ColumnMapping,
): RejectedRow {
  return {
    line: source?.line ?? 0,
    errors: errors.map((error) => ({
      field: columnOfField(error.field, mapping),
      message: error.message,
    })),
    row: source?.row ?? null,
  };
}

/** Envelope of the calls of an import: no batch sentAt or context; errors name call fields. */
export const importEnvelope = (workspaceId: string, receivedAt: Date) => ({
  workspaceId,
  receivedAt,
  pointer: '',
});

/**
 * The refusal the import would report for a row, or null if the intake would accept it (as
 * `ingest` checks each call: ../intake.ts).
 */
export function refusalOf(
  item: SourceRow,
  mapping: ColumnMapping,
  workspaceId: string,
  receivedAt: Date,
): RejectedRow | null {
  const mapped = mapItem(item, mapping);
  if ('errors' in mapped) return mapped;
  const result = normaliseEvent(mapped.payload, 0, importEnvelope(workspaceId, receivedAt));
  return result.ok ? null : refusedCall(result.errors, mapped, mapping);
}

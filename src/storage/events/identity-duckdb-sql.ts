/**
 * Small helpers shared by the DuckDB identity graph files: ids, timestamps, validation.
 */
import { randomBytes } from 'node:crypto';
import { DuckDBTimestampTZValue, type DuckDBValue } from '@duckdb/node-api';
import { assertWorkspaceId } from './contract.ts';
import type { IdentityLink } from './identity-port.ts';
import { InvalidEventQueryError } from './port.ts';

export const newId = (prefix: 'cus' | 'mrg'): string =>
  `${prefix}_${randomBytes(12).toString('base64url')}`;

export const toTimestampTz = (date: Date): DuckDBTimestampTZValue =>
  new DuckDBTimestampTZValue(BigInt(date.getTime()) * 1000n);

export function toDate(value: DuckDBValue | undefined): Date {
  if (!(value instanceof DuckDBTimestampTZValue)) throw new Error('expected a TIMESTAMPTZ');
  return new Date(Number(value.micros / 1000n));
}

export const text = (value: DuckDBValue | undefined): string => String(value ?? '');

/** Refuses an id argument that is not a non-empty string. */
export function assertId(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidEventQueryError(field, 'must be a non-empty string');
  }
}

const optionalId = (value: unknown): boolean =>
  value === null || (typeof value === 'string' && value !== '');

/** Refuses malformed links before anything is queued. */
export function assertLinks(workspaceId: string, links: readonly IdentityLink[]): void {
  assertWorkspaceId(workspaceId);
  if (!Array.isArray(links)) throw new InvalidEventQueryError('links', 'must be an array');
  links.forEach((link, index) => {
    const valid =
      optionalId(link.userId) &&
      optionalId(link.anonymousId) &&
      (link.userId !== null || link.anonymousId !== null) &&
      typeof link.alias === 'boolean' &&
      typeof link.messageId === 'string' &&
      link.at instanceof Date &&
      !Number.isNaN(link.at.getTime());
    if (!valid) throw new InvalidEventQueryError(`links[${index}]`, 'is not a valid identity link');
  });
}

/**
 * Small helpers shared by the DuckDB identity graph files: ids, timestamps, validation.
 */
import { randomBytes } from 'node:crypto';
import { DuckDBTimestampTZValue, type DuckDBValue } from '@duckdb/node-api';
import { assertWorkspaceId } from './contract.ts';
import type { IdentityLink } from './identity-port.ts';
import { InvalidEventQueryError } from './port.ts';

/** Random bytes drawn 4 KiB at a time: a bulk import creates up to millions of customers. */
let pool = Buffer.alloc(0);
let used = 0;

export function newId(prefix: 'cus' | 'mrg'): string {
  if (used + 12 > pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  used += 12;
  return `${prefix}_${pool.toString('base64url', used - 12, used)}`;
}

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

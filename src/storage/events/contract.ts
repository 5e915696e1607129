/**
 * Adapter-agnostic rules of the event store port: input validation, JSON serialisation
 * of the free-form objects, query normalisation and the cursor format. Every adapter
 * calls these so that they all refuse and accept exactly the same inputs. No SQL here.
 */
import { type EventRecord, isEventType } from '../../ingest/event.ts';
import {
  DEFAULT_LIST_LIMIT,
  type EventQuery,
  type IdentitySet,
  InvalidEventError,
  InvalidEventQueryError,
  MAX_LIST_LIMIT,
} from './port.ts';

type JsonField = 'properties' | 'traits' | 'context';
type NullableStringField =
  | 'event'
  | 'userId'
  | 'anonymousId'
  | 'groupId'
  | 'previousId'
  | 'channel';

const NULLABLE_STRING_FIELDS: readonly NullableStringField[] = [
  'event',
  'userId',
  'anonymousId',
  'groupId',
  'previousId',
  'channel',
];

const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Throws `InvalidEventError` unless `event` (at `index` in its batch) is a well-formed record. */
export function assertValidEvent(event: EventRecord, index: number): void {
  const fail = (field: string, message: string): never => {
    throw new InvalidEventError(index, field, message);
  };
  if (typeof event !== 'object' || event === null) fail('event', 'must be an object');
  if (typeof event.workspaceId !== 'string' || event.workspaceId === '') {
    fail('workspaceId', 'must be a non-empty string');
  }
  if (typeof event.messageId !== 'string' || event.messageId === '') {
    fail('messageId', 'must be a non-empty string');
  }
  if (!isEventType(event.type)) fail('type', 'must be a Segment call type');
  for (const field of NULLABLE_STRING_FIELDS) {
    const value: unknown = event[field];
    if (value !== null && typeof value !== 'string') fail(field, 'must be a string or null');
  }
  if (!isValidDate(event.timestamp)) fail('timestamp', 'must be a valid Date');
  if (event.sentAt !== null && !isValidDate(event.sentAt)) {
    fail('sentAt', 'must be a valid Date or null');
  }
  if (!isValidDate(event.receivedAt)) fail('receivedAt', 'must be a valid Date');
}

/**
 * JSON text of a properties / traits / context object. Refuses anything that is not a plain
 * object or cannot be serialised (cycles, bigint). Values JSON cannot represent are
 * transformed as `JSON.stringify` does (undefined dropped, NaN → null, nested Date → string).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function serialiseJsonField(event: EventRecord, index: number, field: JsonField): string {
  const value: unknown = event[field];
  if (!isPlainObject(value)) throw new InvalidEventError(index, field, 'must be a plain object');
  try {
    // A lone UTF-16 surrogate is valid in a JS string but not in DuckDB's JSON:
    // refuse it here, so the batch is refused alone instead of failing its commit group.
    return JSON.stringify(value, (key: string, item: unknown) => {
      if (LONE_SURROGATE.test(key) || (typeof item === 'string' && LONE_SURROGATE.test(item))) {
        throw new Error('text contains an unpaired UTF-16 surrogate');
      }
      return item;
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidEventError(index, field, `is not JSON-serialisable (${reason})`);
  }
}

/** Parses stored JSON text back into an object (the inverse of `serialiseJsonField`). */
export function parseJsonField(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (!isPlainObject(value)) throw new Error('stored JSON field is not an object');
  return value;
}

/**
 * Whether `(workspaceId, messageId)` was already seen, recording it if not. Used to drop the
 * later copies of a message within one batch before it reaches the database.
 */
export function createBatchDeduplicator(): (event: EventRecord) => boolean {
  const seen = new Map<string, Set<string>>();
  return (event) => {
    let ids = seen.get(event.workspaceId);
    if (ids === undefined) {
      ids = new Set();
      seen.set(event.workspaceId, ids);
    }
    if (ids.has(event.messageId)) return true;
    ids.add(event.messageId);
    return false;
  };
}

export function assertWorkspaceId(workspaceId: string): void {
  if (typeof workspaceId !== 'string' || workspaceId === '') {
    throw new InvalidEventQueryError('workspaceId', 'must be a non-empty string');
  }
}

/** Position of an event in the (timestamp, sequence) order, as carried by a cursor. */
export interface CursorPosition {
  readonly timestampMs: number;
  readonly seq: bigint;
}

const CURSOR_VERSION = 'c1';

export function encodeCursor(position: CursorPosition): string {
  const text = `${CURSOR_VERSION}:${position.timestampMs}:${position.seq}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  const invalid = () => new InvalidEventQueryError('after', 'is not a cursor returned by list');
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw invalid();
  const match = /^c1:(-?\d{1,16}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const [, ms, seq] = match ?? [];
  if (ms === undefined || seq === undefined) throw invalid();
  const timestampMs = Number(ms);
  const position = { timestampMs, seq: BigInt(seq) };
  // Within the range of a JavaScript Date and of a signed 64-bit sequence.
  if (Math.abs(timestampMs) > 8.64e15 || position.seq > 2n ** 63n - 1n) throw invalid();
  return position;
}

/** A validated `list` query, with defaults applied and the cursor decoded. */
export interface NormalisedQuery {
  readonly from: Date | null;
  readonly to: Date | null;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly type: EventRecord['type'] | null;
  readonly limit: number;
  readonly after: CursorPosition | null;
}

export function normaliseQuery(workspaceId: string, query: EventQuery): NormalisedQuery {
  assertWorkspaceId(workspaceId);
  const date = (field: 'from' | 'to'): Date | null => {
    const value = query[field];
    if (value === undefined) return null;
    if (!isValidDate(value)) throw new InvalidEventQueryError(field, 'must be a valid Date');
    return value;
  };
  const text = (field: 'userId' | 'anonymousId'): string | null => {
    const value = query[field];
    if (value === undefined) return null;
    if (typeof value !== 'string') throw new InvalidEventQueryError(field, 'must be a string');
    return value;
  };
  if (query.type !== undefined && !isEventType(query.type)) {
    throw new InvalidEventQueryError('type', 'must be a Segment call type');
  }
  const limit = query.limit ?? DEFAULT_LIST_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new InvalidEventQueryError('limit', `must be a whole number from 1 to ${MAX_LIST_LIMIT}`);
  }
  return {
    from: date('from'),
    to: date('to'),
    userId: text('userId'),
    anonymousId: text('anonymousId'),
    type: query.type ?? null,
    limit,
    after: query.after === undefined ? null : decodeCursor(query.after),
  };
}

/** Validates an erasure request; returns the identifiers as fresh, de-duplicated arrays. */
export function normaliseIdentities(
  workspaceId: string,
  ids: IdentitySet,
): { userIds: string[]; anonymousIds: string[] } {
  assertWorkspaceId(workspaceId);
  const list = (field: 'userIds' | 'anonymousIds'): string[] => {
    const values: unknown = ids?.[field];
    if (!Array.isArray(values) || !values.every((v): v is string => typeof v === 'string')) {
      throw new InvalidEventQueryError(field, 'must be an array of strings');
    }
    return [...new Set(values)];
  };
  return { userIds: list('userIds'), anonymousIds: list('anonymousIds') };
}

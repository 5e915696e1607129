/**
 * Conversion between `EventRecord` and DuckDB rows: validating and filling the staging table
 * through an appender, and decoding rows read back from `events`.
 */
import { type DuckDBAppender, DuckDBTimestampTZValue, type DuckDBValue } from '@duckdb/node-api';
import { type EventRecord, isEventType } from '../../ingest/event.ts';
import { assertValidEvent, type CursorPosition, parseJsonField } from './contract.ts';
import { InvalidEventError } from './port.ts';

const toTimestampTz = (date: Date): DuckDBTimestampTZValue =>
  new DuckDBTimestampTZValue(BigInt(date.getTime()) * 1000n);

function appendNullable(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

/** A validated event with its JSON fields serialised, ready to stage. */
export interface PreparedEvent {
  readonly event: EventRecord;
  readonly properties: string;
  readonly traits: string;
  readonly context: string;
}

type JsonField = 'properties' | 'traits' | 'context';

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * `JSON.stringify` writes an unpaired UTF-16 surrogate, in a key or a value, and only that, as
 * a `\ud800`–`\udfff` escape (a backslash preceded by an even number of others).
 */
const hasLoneSurrogate = (json: string): boolean =>
  json.includes('\\ud') && /(?:^|[^\\])(?:\\\\)*\\ud[89a-f]/.test(json);

/**
 * The JSON text of a properties / traits / context object; refuses what `serialiseJsonField`
 * (./contract.ts) refuses, with the same messages. It checks the text once for unpaired
 * surrogates instead of every key and value through a replacer: 3× cheaper on the hot path.
 */
function jsonText(event: EventRecord, index: number, field: JsonField): string {
  const value: unknown = event[field];
  if (!isPlainObject(value)) throw new InvalidEventError(index, field, 'must be a plain object');
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidEventError(index, field, `is not JSON-serialisable (${reason})`);
  }
  if (hasLoneSurrogate(text)) {
    const reason = 'text contains an unpaired UTF-16 surrogate';
    throw new InvalidEventError(index, field, `is not JSON-serialisable (${reason})`);
  }
  return text;
}

/** Validates and serialises a batch; throws `InvalidEventError` on the first malformed event. */
export function prepareEvents(events: readonly EventRecord[]): PreparedEvent[] {
  return events.map((event, index) => {
    assertValidEvent(event, index);
    return {
      event,
      properties: jsonText(event, index, 'properties'),
      traits: jsonText(event, index, 'traits'),
      context: jsonText(event, index, 'context'),
    };
  });
}

/**
 * Appends one row to `events_staging`: `ord` is the event's 1-based position in the group
 * being committed (the offset of its `seq`).
 */
export function appendStagedRow(
  appender: DuckDBAppender,
  ord: number,
  { event, properties, traits, context }: PreparedEvent,
): void {
  appender.appendInteger(ord);
  appender.appendVarchar(event.workspaceId);
  appender.appendVarchar(event.messageId);
  appender.appendVarchar(event.type);
  appendNullable(appender, event.event);
  appendNullable(appender, event.userId);
  appendNullable(appender, event.anonymousId);
  appendNullable(appender, event.groupId);
  appendNullable(appender, event.previousId);
  appendNullable(appender, event.channel);
  appender.appendTimestampTZ(toTimestampTz(event.timestamp));
  if (event.sentAt === null) appender.appendNull();
  else appender.appendTimestampTZ(toTimestampTz(event.sentAt));
  appender.appendTimestampTZ(toTimestampTz(event.receivedAt));
  appender.appendVarchar(properties);
  appender.appendVarchar(traits);
  appender.appendVarchar(context);
  appender.endRow();
}

/** Column list read by `decodeRow`, in its order. */
export const SELECT_COLUMNS = `seq, workspace_id, message_id, type, event, user_id, anonymous_id,
  group_id, previous_id, channel, ts, sent_at, received_at, properties, traits, context`;

function text(value: DuckDBValue | undefined, column: string): string {
  if (typeof value !== 'string') throw new Error(`events.${column}: expected text`);
  return value;
}

function nullableText(value: DuckDBValue | undefined, column: string): string | null {
  return value === null ? null : text(value, column);
}

function instant(value: DuckDBValue | undefined, column: string): Date {
  if (!(value instanceof DuckDBTimestampTZValue)) {
    throw new Error(`events.${column}: expected TIMESTAMPTZ`);
  }
  return new Date(Number(value.micros / 1000n));
}

const json = (value: DuckDBValue | undefined, column: string): Record<string, unknown> =>
  parseJsonField(text(value, column));

/** An event read back with its position in the (timestamp, seq) order. */
export interface DecodedRow {
  readonly event: EventRecord;
  readonly position: CursorPosition;
}

/** Decodes one row of `SELECT ${SELECT_COLUMNS} FROM events`. */
export function decodeRow(row: readonly DuckDBValue[]): DecodedRow {
  const [seq, workspaceId, messageId, type, event, userId, anonymousId, groupId, previousId] = row;
  const [channel, ts, sentAt, receivedAt, properties, traits, context] = row.slice(9);
  if (typeof seq !== 'bigint') throw new Error('events.seq: expected BIGINT');
  const eventType = text(type, 'type');
  if (!isEventType(eventType)) throw new Error(`events.type: unknown type ${eventType}`);
  const timestamp = instant(ts, 'ts');
  return {
    position: { timestampMs: timestamp.getTime(), seq },
    event: {
      workspaceId: text(workspaceId, 'workspace_id'),
      messageId: text(messageId, 'message_id'),
      type: eventType,
      event: nullableText(event, 'event'),
      userId: nullableText(userId, 'user_id'),
      anonymousId: nullableText(anonymousId, 'anonymous_id'),
      groupId: nullableText(groupId, 'group_id'),
      previousId: nullableText(previousId, 'previous_id'),
      channel: nullableText(channel, 'channel'),
      timestamp,
      sentAt: sentAt === null ? null : instant(sentAt, 'sent_at'),
      receivedAt: instant(receivedAt, 'received_at'),
      properties: json(properties, 'properties'),
      traits: json(traits, 'traits'),
      context: json(context, 'context'),
    },
  };
}

/**
 * One untrusted Segment call → one `EventRecord`, or every reason why not. Pure: the caller
 * supplies the workspace, the reception time and the envelope of the request.
 *
 * - Validation: the schema of the call's type (./segment-schema.ts), plus the rules a schema
 *   words badly (userId or anonymousId; size; nesting; text that is not valid Unicode, which
 *   the event store could not keep).
 * - `messageId`: the sender's, or a hash of the payload, so a resent identical call is still
 *   stored once.
 * - Clock skew, as Segment does it: when the sender says when it sent the call (`sentAt`), the
 *   event time is `receivedAt − (sentAt − (originalTimestamp ?? timestamp))`, so a device
 *   clock that is an hour wrong does not move its events by an hour.
 *
 * Error fields are JSON pointers into the request: `/batch/3/timestamp` in a batch.
 */
import { createHash } from 'node:crypto';
import type { FieldError } from '../shared/result.ts';
import { EVENT_TYPES, type EventRecord, type EventType, isEventType } from './event.ts';
import { canonicalJson, isPlainObject, type Json, shapeFault } from './json-shape.ts';
import { checkCall, isIsoDateTime, type PayloadFault } from './payload-check.ts';
import { MAX_EVENT_BYTES } from './segment-schema.ts';

export interface NormaliseEnvelope {
  readonly workspaceId: string;
  /** When Parcours received the request; the same for every call of a request. */
  readonly receivedAt: Date;
  /** The batch's `sentAt`, for calls that do not carry their own. */
  readonly sentAt?: string;
  /** The batch's `context`, merged under each call's own. */
  readonly context?: object;
  /** JSON pointer of the call in the request; `/batch/<index>` when absent. */
  readonly pointer?: string;
}

export type Normalised = { ok: true; event: EventRecord } | { ok: false; errors: FieldError[] };

/** Earliest accepted event time, and how far ahead of reception an event may be. */
export const EARLIEST_EVENT_TIME = new Date(Date.UTC(2000, 0, 1));
export const MAX_FUTURE_MS = 24 * 3_600_000;
/** Longest journey channel name kept; a longer value is not a channel name. */
const MAX_CHANNEL_LENGTH = 100;

export function normaliseEvent(
  raw: unknown,
  index: number,
  envelope: NormaliseEnvelope,
): Normalised {
  const at = envelope.pointer ?? `/batch/${index}`;
  if (!isPlainObject(raw)) return refuse(at, 'must be a JSON object (a Segment call)');
  const type = raw.type;
  if (!isEventType(type)) {
    const what = type === undefined ? 'is required' : 'is not a Segment call type';
    return refuse(`${at}/type`, `${what}: one of ${EVENT_TYPES.join(', ')}`);
  }
  // The batch context becomes part of every call: it counts against each call's size.
  const shared = envelope.context === undefined ? 0 : batchContextShape(envelope.context);
  if (typeof shared !== 'number') return refuse(`/context${shared.path}`, shared.message);
  const own = shapeFault(raw, MAX_EVENT_BYTES - shared);
  if (typeof own !== 'number') return refuse(`${at}${own.path}`, own.message);
  const checked = checkCall(type, raw);
  const faults = checked.ok ? [] : checked.faults;
  // A mistyped userId is already reported; otherwise say that the user is missing.
  if (!faults.some(isIdentityFault)) {
    faults.push(...identityFaults(type, raw));
  }
  const batchSentAt = envelope.sentAt === undefined ? null : batchInstant(envelope.sentAt);
  if (batchSentAt === undefined) {
    // A field of the request, not of the call: as many errors as calls would say nothing more.
    return refuse('/sentAt', 'must be an ISO 8601 date-time with a time zone');
  }
  const times = faults.length === 0 ? eventTimes(raw, envelope.receivedAt, batchSentAt) : null;
  if (times !== null && 'path' in times) faults.push(times);
  if (times === null || 'path' in times) {
    const errors = faults.map((fault) => ({ field: `${at}${fault.path}`, message: fault.message }));
    return { ok: false, errors };
  }
  return { ok: true, event: toRecord(type, raw, envelope, times) };
}

// Module-level functions, not closures: the normaliser runs for every call, and a closure made
// per call is an allocation (and a name definition under tsx) each time.
function refuse(path: string, message: string): Normalised {
  return { ok: false, errors: [{ field: path || '/', message }] };
}

const isIdentityFault = (fault: PayloadFault): boolean =>
  fault.path === '/userId' || fault.path === '/anonymousId';

/** Every call but alias names its user (alias requires both its ids, in the schema). */
function identityFaults(type: EventType, call: Json): PayloadFault[] {
  if (type === 'alias' || text(call.userId) !== null || text(call.anonymousId) !== null) return [];
  return [{ path: '/userId', message: 'userId or anonymousId is required' }];
}

interface EventTimes {
  readonly timestamp: Date;
  readonly sentAt: Date | null;
}

/** An ISO 8601 date-time with a time zone as a Date; undefined if it is not one. */
function isoInstant(value: string): Date | undefined {
  const ms = isIsoDateTime(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

// Every call of a batch shares its sentAt and context: check them once per batch, not per call.
let lastSentAt: { readonly text: string; readonly instant: Date | undefined } | null = null;
const contextShapes = new WeakMap<object, number | PayloadFault>();

function batchInstant(text: string): Date | undefined {
  if (lastSentAt?.text !== text) lastSentAt = { text, instant: isoInstant(text) };
  return lastSentAt.instant;
}

function batchContextShape(context: object): number | PayloadFault {
  let shape = contextShapes.get(context);
  if (shape === undefined) {
    shape = shapeFault(context, MAX_EVENT_BYTES);
    contextShapes.set(context, shape);
  }
  return shape;
}

/**
 * The corrected event time and the sender's sentAt, from a call whose timestamps passed the
 * schema; or the fault that refuses it.
 */
function eventTimes(
  call: Json,
  receivedAt: Date,
  batchSentAt: Date | null,
): EventTimes | PayloadFault {
  const clockField = call.originalTimestamp !== undefined ? 'originalTimestamp' : 'timestamp';
  const client = parseTimeField(call, clockField);
  const sentAt = call.sentAt === undefined ? batchSentAt : parseTimeField(call, 'sentAt');
  if (client !== null && 'path' in client) return client;
  if (sentAt !== null && 'path' in sentAt) return sentAt;
  const received = receivedAt.getTime();
  const timestamp =
    client === null
      ? received
      : sentAt === null
        ? client.getTime()
        : received - (sentAt.getTime() - client.getTime());
  if (timestamp > received + MAX_FUTURE_MS) {
    const corrected = sentAt === null ? '' : ' (after correcting the sender clock with sentAt)';
    return { path: `/${clockField}`, message: `is more than 24 hours ahead${corrected}` };
  }
  if (timestamp < EARLIEST_EVENT_TIME.getTime()) {
    return { path: `/${clockField}`, message: 'is before 2000-01-01' };
  }
  return { timestamp: new Date(timestamp), sentAt };
}

function parseTimeField(call: Json, field: string): Date | null | PayloadFault {
  const value = call[field];
  if (typeof value !== 'string') return null;
  // The schema checked the format; only the calendar (a leap second, …) may still refuse it.
  const ms = Date.parse(value);
  return Number.isNaN(ms)
    ? { path: `/${field}`, message: 'is not a valid date-time' }
    : new Date(ms);
}

function toRecord(
  type: EventType,
  call: Json,
  envelope: NormaliseEnvelope,
  times: EventTimes,
): EventRecord {
  const context = { ...envelope.context, ...object(call.context) };
  const properties = propertiesOf(type, call);
  return {
    workspaceId: envelope.workspaceId,
    messageId: text(call.messageId) ?? derivedMessageId(call),
    type,
    event:
      type === 'track'
        ? text(call.event)
        : type === 'page' || type === 'screen'
          ? text(call.name)
          : null,
    userId: text(call.userId),
    anonymousId: text(call.anonymousId),
    groupId: type === 'group' ? text(call.groupId) : null,
    previousId: type === 'alias' ? text(call.previousId) : null,
    channel: channelName(properties.channel) ?? channelName(context.channel),
    timestamp: times.timestamp,
    sentAt: times.sentAt,
    receivedAt: envelope.receivedAt,
    properties,
    traits: type === 'identify' || type === 'group' ? object(call.traits) : {},
    context,
  };
}

function propertiesOf(type: EventType, call: Json): Json {
  if (type !== 'track' && type !== 'page' && type !== 'screen') return {};
  const properties = object(call.properties);
  const category = text(call.category);
  // The record has no category column: keep a page's category beside its properties.
  return category !== null && !('category' in properties)
    ? { ...properties, category }
    : properties;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const object = (value: unknown): Json => (isPlainObject(value) ? value : {});

/** A journey channel name as given (web, store, email, …), lower-cased; null if not a name. */
function channelName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().toLowerCase();
  return name !== '' && name.length <= MAX_CHANNEL_LENGTH ? name : null;
}

/**
 * A messageId for a call that has none: a hash of its content, so that a resent identical
 * call gets the same id and is stored once. `sentAt` is left out: it tells when a copy was
 * sent, and changes between retries of the same call.
 */
export function derivedMessageId(call: Json): string {
  const { sentAt: _sentAt, ...content } = call;
  return `auto-${createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 40)}`;
}

/**
 * The single intake path of customer events: the tracking API, the file importer and the
 * journey simulator all call `ingest`. It normalises every call, stores the good ones in one
 * append (durable before it resolves) and names the refused ones with every reason, so that
 * one bad call never costs the good ones of its batch.
 */
import type { FieldError } from '../shared/result.ts';
import { canAppendWithLinks } from '../storage/events/linked-append.ts';
import type { AppendResult, EventStore } from '../storage/events/port.ts';
import type { EventRecord } from './event.ts';
import { identityLinks } from './identity.ts';
import { normaliseEvent } from './normalise.ts';
import { MAX_MESSAGE_ID_LENGTH } from './segment-schema.ts';

export interface IntakeContext {
  readonly events: EventStore;
  readonly now: () => Date;
}

export interface IntakeEnvelope {
  /** The batch's `sentAt` (ISO 8601), for calls without their own. */
  readonly sentAt?: string;
  /** The batch's `context`, merged under each call's own. */
  readonly context?: object;
  /** JSON pointer of call `index` in the request; `/batch/<index>` by default. */
  readonly pointer?: (index: number) => string;
}

export interface RejectedCall {
  /** Position of the call in `payloads`. */
  readonly index: number;
  /** The call's own messageId when it had a usable one. */
  readonly messageId: string | null;
  readonly errors: FieldError[];
}

export interface IntakeResult {
  /** Calls newly stored. */
  readonly accepted: number;
  /** Calls whose messageId was already stored (or repeated in the batch): not stored again. */
  readonly duplicates: number;
  readonly rejected: RejectedCall[];
}

export async function ingest(
  ctx: IntakeContext,
  workspaceId: string,
  payloads: readonly unknown[],
  envelope: IntakeEnvelope = {},
): Promise<IntakeResult> {
  const { pointer, ...batch } = envelope;
  // One envelope object for the whole batch: normalise checks its sentAt and context once.
  const shared = { ...batch, workspaceId, receivedAt: ctx.now() };
  const good: EventRecord[] = [];
  const rejected: RejectedCall[] = [];
  payloads.forEach((raw, index) => {
    const at = pointer === undefined ? shared : { ...shared, pointer: pointer(index) };
    const result = normaliseEvent(raw, index, at);
    if (result.ok) good.push(result.event);
    else rejected.push({ index, messageId: givenMessageId(raw), errors: result.errors });
  });
  if (good.length === 0) return { accepted: 0, duplicates: 0, rejected };
  const stored = await store(ctx.events, workspaceId, good);
  return { accepted: stored.inserted, duplicates: stored.duplicates, rejected };
}

/** Stores the events and their identity links, both durable before it resolves. */
async function store(
  events: EventStore,
  workspaceId: string,
  good: readonly EventRecord[],
): Promise<AppendResult> {
  // One transaction, and only the links of the events newly stored (a duplicate's links were
  // recorded with it): a re-run of an import costs the duplicate check alone.
  if (canAppendWithLinks(events)) {
    return events.appendWithIdentityLinks(workspaceId, good, identityLinks);
  }
  const stored = await events.append(good);
  // After the append, so a stored event's links are always recorded (retries included: both
  // are idempotent).
  await events.recordIdentityLinks(workspaceId, identityLinks(good));
  return stored;
}

function givenMessageId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('messageId' in raw)) return null;
  const { messageId } = raw;
  return typeof messageId === 'string' &&
    messageId !== '' &&
    messageId.length <= MAX_MESSAGE_ID_LENGTH
    ? messageId
    : null;
}

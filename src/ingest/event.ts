/**
 * One stored customer event, named after the Segment spec (https://segment.com/docs/connections/spec/).
 *
 * This is the unit the event store keeps. Customer events are stored as they arrive;
 * survey answers and message deliveries will be stored as events too. Pure data: no
 * database code may be imported here.
 *
 * The rule "at least one of userId / anonymousId is set" belongs to the intake, which
 * validates calls before they become records; the store accepts what it is given.
 */

/** The six Segment call types. */
export type EventType = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias';

/** Every event type, in spec order (for validation and exhaustive loops). */
export const EVENT_TYPES: readonly EventType[] = [
  'track',
  'identify',
  'page',
  'screen',
  'group',
  'alias',
];

/** Whether `value` is one of the six Segment call types. */
export const isEventType = (value: unknown): value is EventType =>
  typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);

export interface EventRecord {
  /** Workspace the event belongs to; every stored row and every query is scoped by it. */
  readonly workspaceId: string;
  /**
   * Segment `messageId`, chosen by the sender. `(workspaceId, messageId)` is unique in the
   * store, so a retried call is stored once.
   */
  readonly messageId: string;
  /** Segment call type. */
  readonly type: EventType;
  /** Name of a `track` event; for `page` / `screen` calls the page or screen `name`. */
  readonly event: string | null;
  /** Known, stable identifier of the customer (Segment `userId`). */
  readonly userId: string | null;
  /** Device or session identifier before the customer is known (Segment `anonymousId`). */
  readonly anonymousId: string | null;
  /** Account / company the customer is grouped into (`group` calls). */
  readonly groupId: string | null;
  /** Former identifier being merged into `userId` (`alias` calls). */
  readonly previousId: string | null;
  /** Journey channel the event happened on (web, store, email, sms, app, ...), if known. */
  readonly channel: string | null;
  /** When the event happened, after the intake's `sentAt` clock-skew correction. */
  readonly timestamp: Date;
  /** When the sending library sent the call, by its own clock; null if not given. */
  readonly sentAt: Date | null;
  /** When Parcours accepted the call. */
  readonly receivedAt: Date;
  /** Free-form properties of `track` / `page` / `screen` calls (JSON-compatible values). */
  readonly properties: Record<string, unknown>;
  /** Traits of `identify` / `group` calls (JSON-compatible values). */
  readonly traits: Record<string, unknown>;
  /** Segment `context` object: library, ip, userAgent, campaign, locale, ... */
  readonly context: Record<string, unknown>;
}

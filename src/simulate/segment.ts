/**
 * The Segment spec payloads the simulator emits (https://segment.com/docs/connections/spec/),
 * ready for the intake: the same shapes a Segment library would send, as plain JSON.
 */

/** Property and trait values: JSON scalars. */
export type JsonScalar = string | number | boolean | null;

export interface SegmentContext {
  /** The journey channel of the call: the channel name, lower-cased. */
  readonly channel: string;
  readonly library: { readonly name: string; readonly version: string };
}

interface Common {
  readonly messageId: string;
  /** ISO 8601, UTC. */
  readonly timestamp: string;
  readonly anonymousId: string;
  /** Set once the customer is known, absent before. */
  readonly userId?: string;
  readonly context: SegmentContext;
}

export interface TrackPayload extends Common {
  readonly type: 'track';
  readonly event: string;
  readonly properties: Readonly<Record<string, JsonScalar>>;
}

export interface PagePayload extends Common {
  readonly type: 'page' | 'screen';
  readonly name: string;
  readonly properties: Readonly<Record<string, JsonScalar>>;
}

export interface IdentifyPayload extends Common {
  readonly type: 'identify';
  readonly userId: string;
  readonly traits: Readonly<Record<string, JsonScalar>>;
}

export type SegmentPayload = TrackPayload | PagePayload | IdentifyPayload;

/** The library the simulator's calls claim to come from (`context.library`). */
export const SIMULATOR_LIBRARY = { name: 'parcours-simulator', version: '1' } as const;

export const ORDER_COMPLETED = 'Order Completed';
export const SURVEY_ANSWERED = 'Survey Answered';

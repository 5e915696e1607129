/** What the feedback services need, built once by the route plugins. */
import type { AccessContext } from '../access/context.ts';
import type { EventStore } from '../storage/events/port.ts';

export interface FeedbackContext {
  readonly access: AccessContext;
  readonly events: EventStore;
  /** Key of the survey links (./secret.ts). */
  readonly secret: Buffer;
  /** Base URL of the server, for the links handed out. */
  readonly publicUrl: () => string;
}

/** The intake context of the feedback writes (the same clock as the rest of the server). */
export const intakeOf = (ctx: FeedbackContext) => ({ events: ctx.events, now: ctx.access.now });

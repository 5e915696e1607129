/** What route plugins receive from the server, built once at start-up. */
import type { AccessContext } from '../access/context.ts';
import type { EventStore } from '../storage/events/port.ts';

export interface ServerDeps {
  readonly access: AccessContext;
  readonly events: EventStore;
  /** Base URL people use to reach the server (for links in responses). */
  readonly publicUrl: () => string;
  /** Mark cookies Secure when served over https. */
  readonly secureCookies: boolean;
}

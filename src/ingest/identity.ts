/**
 * Which identity links a batch of normalised events implies (the graph rules that apply them
 * are in src/storage/events/identity-port.ts). Pure: no database code.
 */
import type { IdentityLink } from '../storage/events/identity-port.ts';
import type { EventRecord } from './event.ts';

/**
 * The links of `events`, in timestamp order (ties keep batch order). A link that repeats an
 * earlier one of the batch is dropped: applying it again could change nothing.
 */
export function identityLinks(events: readonly EventRecord[]): IdentityLink[] {
  const ordered = events
    .map((event, position) => ({ event, position }))
    .sort(
      (a, b) =>
        a.event.timestamp.getTime() - b.event.timestamp.getTime() || a.position - b.position,
    );
  const seen = new Set<string>();
  const links: IdentityLink[] = [];
  const add = (event: EventRecord, anonymousId: string | null, alias: boolean): void => {
    const { userId, messageId, timestamp } = event;
    if (userId === null && anonymousId === null) return;
    const key = JSON.stringify([userId, anonymousId, alias]);
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ userId, anonymousId, alias, messageId, at: timestamp });
  };
  for (const { event } of ordered) {
    if (event.type === 'alias' && event.previousId !== null && event.userId !== null) {
      add(event, event.previousId, true);
      if (event.anonymousId !== null && event.anonymousId !== event.previousId) {
        add(event, event.anonymousId, false);
      }
    } else {
      add(event, event.anonymousId, false);
    }
  }
  return links;
}

/**
 * An optional capability of an event store: appending a batch and recording the identity
 * links of the events it newly stores, in one transaction. The intake uses it when the store
 * has it (the DuckDB store does), and otherwise appends, then records the links of the whole
 * batch (both idempotent, so a retry after a failure in between records them).
 *
 * Recording only the links of newly stored events is what keeps a re-run of an import cheap:
 * a duplicate's links were recorded, atomically, when it was first stored.
 */
import type { EventRecord } from '../../ingest/event.ts';
import type { IdentityLink } from './identity-port.ts';
import type { AppendResult } from './port.ts';

export interface LinkedAppend {
  /**
   * `append` (./port.ts) of events that all belong to `workspaceId`, recording in the same
   * transaction `linksOf(inserted)`: the links of the events newly stored, given in batch order.
   * Refuses an event of another workspace with `InvalidEventError`.
   */
  appendWithIdentityLinks(
    workspaceId: string,
    events: readonly EventRecord[],
    linksOf: (inserted: readonly EventRecord[]) => readonly IdentityLink[],
  ): Promise<AppendResult>;
}

export const canAppendWithLinks = <T extends object>(store: T): store is T & LinkedAppend =>
  typeof (store as Partial<LinkedAppend>).appendWithIdentityLinks === 'function';

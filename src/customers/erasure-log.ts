/**
 * Storage access for the erasure log (table `customer_erasures`, migration 0004): one entry
 * per erased customer, without any personal data of the erased person. Kysely builder only,
 * values bound, every query by workspace.
 */
import type { Db } from '../access/repository.ts';
import type { CustomerErasuresTable } from './tables.ts';

/** Who asked for an erasure. */
export interface Eraser {
  readonly kind: CustomerErasuresTable['erased_by_kind'];
  /** User id or API key id; null from the command line. */
  readonly id: string | null;
  readonly name: string;
}

export interface ErasureEntry {
  readonly id: string;
  readonly customerId: string;
  /** Rows deleted per kind, e.g. `{ events: 12, identities: 2, conflicts: 0, merges: 0 }`. */
  readonly counts: Readonly<Record<string, number>>;
  readonly erasedAt: string;
  readonly erasedBy: Eraser;
}

export async function insertErasure(
  db: Db,
  workspaceId: string,
  entry: ErasureEntry,
): Promise<void> {
  await db
    .insertInto('customer_erasures')
    .values({
      id: entry.id,
      workspace_id: workspaceId,
      customer_id: entry.customerId,
      counts: JSON.stringify(entry.counts),
      erased_at: entry.erasedAt,
      erased_by_kind: entry.erasedBy.kind,
      erased_by_id: entry.erasedBy.id,
      erased_by_name: entry.erasedBy.name,
    })
    .execute();
}

const countsOf = (json: string): Record<string, number> => {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
};

/** The workspace's erasures, newest first. */
export async function listErasures(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<ErasureEntry[]> {
  const rows = await db
    .selectFrom('customer_erasures')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('erased_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    counts: countsOf(row.counts),
    erasedAt: row.erased_at,
    erasedBy: { kind: row.erased_by_kind, id: row.erased_by_id, name: row.erased_by_name },
  }));
}

/** Row shape of the erasure log in the operational store (Kysely table type). */

export interface CustomerErasuresTable {
  id: string;
  workspace_id: string;
  /** The erased customer's id; it resolves to nothing any more. */
  customer_id: string;
  /** JSON object: rows deleted per kind, e.g. `{"events": 12, "identities": 2, …}`. */
  counts: string;
  erased_at: string;
  /** `user` (a signed-in person), `key` (a secret API key) or `cli` (the command line). */
  erased_by_kind: 'user' | 'key' | 'cli';
  /** User id or API key id; null from the command line. */
  erased_by_id: string | null;
  /** Name shown in the log (user name, key name, or the operator's system user name). */
  erased_by_name: string;
}

export interface CustomerTables {
  customer_erasures: CustomerErasuresTable;
}

/**
 * The erasure log: one row per customer erased under the right to erasure, kept as proof that
 * the request was carried out. It holds no personal data of the erased person: the customer
 * id (a random `cus_…` id that no longer resolves to anything), what was deleted (counts), who
 * asked and when. Portable schema builder only (SQLite and PostgreSQL).
 */
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('customer_erasures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('erased_by_kind', 'text', (c) => c.notNull())
    .addColumn('erased_by_id', 'text')
    .addColumn('erased_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('customer_erasures_workspace')
    .on('customer_erasures')
    .columns(['workspace_id', 'erased_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('customer_erasures').execute();
}

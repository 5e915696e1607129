/**
 * Bulk-import jobs started from the web app: the uploaded file's description, the mapping,
 * progress, counts and the first errors, so that a job's outcome survives a restart.
 * Portable schema builder only (SQLite and PostgreSQL).
 */
import { type Kysely, sql } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) =>
      c.notNull().check(sql`format in ('csv', 'ndjson', 'parquet')`),
    )
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('columns', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('uploaded', 'running', 'done', 'failed', 'cancelled', 'interrupted')`,
        ),
    )
    .addColumn('rows', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('work_done', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('work_total', 'bigint')
    .addColumn('imported', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('failure', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('import_jobs_workspace')
    .on('import_jobs')
    .columns(['workspace_id', 'created_at'])
    .execute();
  // Start-up looks for jobs a stopped process left running.
  await db.schema.createIndex('import_jobs_status').on('import_jobs').column('status').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('import_jobs').execute();
}

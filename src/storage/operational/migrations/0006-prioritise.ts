/**
 * Prioritisation (src/prioritise/): actions per workspace, the scoring weights and budget
 * settings, and the budget plans solved and saved. Portable schema builder only (SQLite and
 * PostgreSQL).
 */
import { type Kysely, sql } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('prioritise_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('idea', 'planned', 'in-progress', 'done')`),
    )
    .addColumn('touchpoint_ids', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('one_off_cents', 'bigint', (c) => c.notNull())
    .addColumn('recurring_cents', 'bigint', (c) => c.notNull())
    .addColumn('divisible', 'integer', (c) => c.notNull())
    .addColumn('min_spend_cents', 'bigint')
    .addColumn('effort', 'double precision', (c) => c.notNull())
    .addColumn('weeks_to_deliver', 'double precision', (c) => c.notNull())
    .addColumn('requires', 'text', (c) => c.notNull())
    .addColumn('return_short_cents', 'bigint', (c) => c.notNull())
    .addColumn('return_medium_cents', 'bigint', (c) => c.notNull())
    .addColumn('return_long_cents', 'bigint', (c) => c.notNull())
    .addColumn('reach', 'bigint')
    .addColumn('rice_impact', 'double precision', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('prioritise_actions_workspace')
    .on('prioritise_actions')
    .columns(['workspace_id', 'position'])
    .execute();

  await db.schema
    .createTable('prioritise_settings')
    .addColumn('workspace_id', 'text', (c) =>
      c.primaryKey().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('weights', 'text')
    .addColumn('budget', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('prioritise_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('optimal', 'time-limit', 'infeasible')`),
    )
    .addColumn('budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('weighted_return_cents', 'double precision')
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('prioritise_plans_workspace')
    .on('prioritise_plans')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('prioritise_plans').execute();
  await db.schema.dropTable('prioritise_settings').execute();
  await db.schema.dropTable('prioritise_actions').execute();
}

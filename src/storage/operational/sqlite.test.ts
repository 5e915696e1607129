import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { insertWorkspace } from '../../access/repository.ts';
import { describeOperationalStoreConformance } from './conformance.ts';
import { MIGRATION_NAMES } from './migrate.ts';
import { openSqliteOperationalStore } from './sqlite.ts';

describeOperationalStoreConformance('sqlite (in memory)', () =>
  openSqliteOperationalStore({ path: ':memory:' }),
);

describe('sqlite adapter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with foreign keys on, and migrates once', async () => {
    const path = join(dir, 'op.sqlite');
    const first = await openSqliteOperationalStore({ path });
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(first.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(first.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await insertWorkspace(first.db, {
      id: 'w',
      name: 'kept',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await first.close();
    await first.close();

    const second = await openSqliteOperationalStore({ path });
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(
      second.db,
    );
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATION_NAMES);
    const kept = await second.db.selectFrom('workspaces').select('name').execute();
    expect(kept).toEqual([{ name: 'kept' }]);
    await second.close();
  });
});

/**
 * Versioned migrations of the operational store, run at start-up by every adapter.
 * The list is static (no directory scanning) so it works the same from sources,
 * tests and any bundle; Kysely records applied names in `kysely_migration`.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as access from './migrations/0001-access.ts';
import * as model from './migrations/0002-model.ts';
import * as mapping from './migrations/0003-mapping.ts';
import * as erasures from './migrations/0004-erasures.ts';
import * as imports from './migrations/0005-imports.ts';
import * as prioritise from './migrations/0006-prioritise.ts';
import * as feedback from './migrations/0007-feedback.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-access': access,
  '0002-model': model,
  '0003-mapping': mapping,
  '0004-erasures': erasures,
  '0005-imports': imports,
  '0006-prioritise': prioritise,
  '0007-feedback': feedback,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Brings the schema to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<readonly string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `operational store migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`,
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);

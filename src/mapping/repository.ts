/**
 * Storage access for the mapping rules: one versioned rule list per workspace. Kysely
 * builder only, values bound, every query by workspace.
 */
import type { Db } from '../access/repository.ts';
import type { MappingRule } from './rules.ts';

export interface StoredRuleSet {
  readonly rules: MappingRule[];
  readonly version: number;
  readonly updatedAt: string;
  /** Name of the user who saved them; null for a key or a deleted user. */
  readonly updatedBy: string | null;
}

export async function loadRuleSet(db: Db, workspaceId: string): Promise<StoredRuleSet | undefined> {
  const row = await db
    .selectFrom('mapping_rule_sets')
    .leftJoin('users', 'users.id', 'mapping_rule_sets.updated_by')
    .select([
      'mapping_rule_sets.rules',
      'mapping_rule_sets.version',
      'mapping_rule_sets.updated_at',
      'users.name as user_name',
    ])
    .where('mapping_rule_sets.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  // The stored rules passed the schema and `ruleProblems` before they were written: trusted.
  return (
    row && {
      rules: JSON.parse(row.rules) as MappingRule[],
      version: row.version,
      updatedAt: row.updated_at,
      updatedBy: row.user_name ?? null,
    }
  );
}

export interface SaveRuleSetInput {
  readonly workspaceId: string;
  /** The version the rules were edited from; 0 when the workspace has none saved. */
  readonly baseVersion: number;
  readonly rules: readonly MappingRule[];
  readonly userId: string | null;
  readonly at: string;
}

/**
 * Writes the rules if nobody saved since `baseVersion`; answers the new version, or
 * undefined when the base is stale.
 */
export async function saveRuleSet(db: Db, input: SaveRuleSetInput): Promise<number | undefined> {
  const version = input.baseVersion + 1;
  const rules = JSON.stringify(input.rules);
  if (input.baseVersion === 0) {
    const inserted = await db
      .insertInto('mapping_rule_sets')
      .values({
        workspace_id: input.workspaceId,
        rules,
        version,
        updated_at: input.at,
        updated_by: input.userId,
      })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 ? version : undefined;
  }
  const updated = await db
    .updateTable('mapping_rule_sets')
    .set({ rules, version, updated_at: input.at, updated_by: input.userId })
    .where('workspace_id', '=', input.workspaceId)
    .where('version', '=', input.baseVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? version : undefined;
}

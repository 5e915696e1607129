/**
 * The mapping rules' use cases: read them (the defaults derived from the map until someone
 * saves), save them with an optimistic lock. Query-time mapping means a save is all it takes
 * to re-map the whole history (docs/adr/0007-event-mapping-at-query-time.md).
 */
import type { WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import { readModel } from '../model/service.ts';
import { conflict, fail, forbidden, invalid, ok, type Result } from '../shared/result.ts';
import type { MappingPreview, MappingQueries, TimeWindow } from '../storage/events/mapping-port.ts';
import { defaultRulesFor } from './defaults.ts';
import { loadRuleSet, saveRuleSet } from './repository.ts';
import type { MappingRule, MappingRuleSet } from './rules.ts';
import { ruleProblems } from './validate.ts';

/** The workspace's rules; with none saved, the defaults of its current map (version 0). */
export async function readMappingRules(
  ctx: AccessContext,
  workspaceId: string,
): Promise<MappingRuleSet> {
  const stored = await loadRuleSet(ctx.db, workspaceId);
  if (stored !== undefined) return { ...stored, isDefault: false };
  const { model } = await readModel(ctx, workspaceId);
  return {
    rules: defaultRulesFor(model),
    version: 0,
    updatedAt: null,
    updatedBy: null,
    isDefault: true,
  };
}

/**
 * Replaces the workspace's rules if they are still at `expectedVersion` (0: the defaults,
 * never saved): `conflict` when someone saved in between, `invalid` with every problem
 * (field paths under `/rules`) when a rule is malformed or names an unknown touchpoint.
 */
export async function saveMappingRules(
  ctx: AccessContext,
  access: WorkspaceAccess,
  workspaceId: string,
  rules: readonly MappingRule[],
  expectedVersion: number,
): Promise<Result<MappingRuleSet>> {
  if (access.workspaceId !== workspaceId)
    return fail(forbidden('this access was granted for another workspace'));
  const { model } = await readModel(ctx, workspaceId);
  const problems = ruleProblems(rules, model);
  if (problems.length > 0)
    return fail({
      kind: 'invalid',
      message: `the rules have ${problems.length} problem(s); nothing was saved`,
      errors: problems,
    });
  const at = ctx.now().toISOString();
  const userId = access.principal.kind === 'user' ? access.principal.user.id : null;
  const version = await saveRuleSet(ctx.db, {
    workspaceId,
    baseVersion: expectedVersion,
    rules,
    userId,
    at,
  });
  if (version === undefined)
    return fail(
      conflict(
        'the rules were changed by someone else since you opened them: reload them first',
        '/version',
      ),
    );
  const updatedBy = access.principal.kind === 'user' ? access.principal.user.name : null;
  return ok({ rules: [...rules], version, updatedAt: at, updatedBy, isDefault: false });
}

/** How long "recent" is by default: the 30 days before the latest event. */
export const DEFAULT_PREVIEW_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * How `rules` (saved or not) map the workspace's events of a window; by default the
 * `DEFAULT_PREVIEW_DAYS` days up to the latest event (demo histories lie in the past).
 */
export async function previewMappingRules(
  mapping: MappingQueries,
  workspaceId: string,
  rules: readonly MappingRule[],
  window: { from?: Date; to?: Date },
): Promise<Result<MappingPreview & { window: TimeWindow; latestEventAt: Date | null }>> {
  const latestEventAt = await mapping.latestEventTime(workspaceId);
  const to = window.to ?? new Date((latestEventAt ?? new Date()).getTime() + 1);
  const from = window.from ?? new Date(to.getTime() - DEFAULT_PREVIEW_DAYS * DAY_MS);
  if (from.getTime() > to.getTime()) return fail(invalid('/from', 'must not be after to'));
  const preview = await mapping.preview(workspaceId, rules, { from, to });
  return ok({ ...preview, window: { from, to }, latestEventAt });
}

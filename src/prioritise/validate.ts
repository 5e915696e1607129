/**
 * Rules on prioritisation inputs that the schemas cannot express: references to the journey
 * model (touchpoints, channels, objectives) and to other actions, dependency cycles, channel
 * bounds. Every problem is reported with the path of its field.
 */
import type { WorkspaceModel } from '../model/schema.ts';
import type { FieldError } from '../shared/result.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import type { Action, ActionFields, BudgetSettings, ScoringWeights } from './schema.ts';

const invalidAll = <T>(errors: FieldError[]): Result<T> =>
  fail({
    kind: 'invalid',
    message: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });

/** The first cycle through `start` in the dependency graph, as a list of ids, if any. */
export function dependencyCycle(
  start: string,
  requiresOf: (id: string) => readonly string[],
): string[] | undefined {
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): string[] | undefined => {
    if (id === start && path.length > 0) return [...path, id];
    if (seen.has(id)) return undefined;
    seen.add(id);
    path.push(id);
    for (const next of requiresOf(id)) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    return undefined;
  };
  return visit(start);
}

export interface ActionContext {
  readonly model: WorkspaceModel;
  /** The workspace's other actions (the edited one excluded). */
  readonly others: readonly Action[];
  readonly selfId: string;
}

export function validateAction(fields: ActionFields, context: ActionContext): Result<ActionFields> {
  const errors: FieldError[] = [];
  const touchpointIds = new Set(
    context.model.journeys.flatMap((j) => j.touchpoints.map((t) => t.id)),
  );
  const uniqueTouchpoints = [...new Set(fields.touchpointIds)];
  uniqueTouchpoints.forEach((id, i) => {
    if (!touchpointIds.has(id))
      errors.push({
        field: `/touchpointIds/${i}`,
        message: `no touchpoint ${id} in this workspace`,
      });
  });
  if (fields.channelId !== null && !context.model.channels.some((c) => c.id === fields.channelId)) {
    errors.push({
      field: '/channelId',
      message: `no channel ${fields.channelId} in this workspace`,
    });
  }
  const byId = new Map(context.others.map((a) => [a.id, a]));
  const requires = [...new Set(fields.requires)];
  requires.forEach((id, i) => {
    if (id === context.selfId)
      errors.push({ field: `/requires/${i}`, message: 'an action cannot require itself' });
    else if (!byId.has(id))
      errors.push({ field: `/requires/${i}`, message: `no action ${id} in this workspace` });
  });
  if (errors.length === 0) {
    const cycle = dependencyCycle(context.selfId, (id) =>
      id === context.selfId ? requires : (byId.get(id)?.requires ?? []),
    );
    if (cycle) {
      const names = cycle.map((id) =>
        id === context.selfId ? fields.name : (byId.get(id)?.name ?? id),
      );
      errors.push({
        field: '/requires',
        message: `dependencies would go round in a circle: ${names.join(' → ')}`,
      });
    }
  }
  if (errors.length > 0) return invalidAll(errors);
  return ok({
    ...fields,
    touchpointIds: uniqueTouchpoints,
    requires,
    minSpendCents: fields.divisible ? fields.minSpendCents : null,
  });
}

export function validateBudget(
  settings: BudgetSettings,
  model: WorkspaceModel,
): Result<BudgetSettings> {
  const errors: FieldError[] = [];
  const channels = new Set(model.channels.map((c) => c.id));
  const seen = new Set<string>();
  settings.channels.forEach((c, i) => {
    if (!channels.has(c.channelId))
      errors.push({
        field: `/channels/${i}/channelId`,
        message: `no channel ${c.channelId} in this workspace`,
      });
    else if (seen.has(c.channelId))
      errors.push({ field: `/channels/${i}/channelId`, message: 'this channel is listed twice' });
    seen.add(c.channelId);
    if (c.maxCents !== null && c.maxCents < c.minCents) {
      errors.push({
        field: `/channels/${i}/maxCents`,
        message: 'the maximum is below the minimum',
      });
    }
  });
  const objectives = new Set(model.objectives.map((o) => o.id));
  settings.objectiveHorizons.forEach((o, i) => {
    if (!objectives.has(o.objectiveId))
      errors.push({
        field: `/objectiveHorizons/${i}/objectiveId`,
        message: `no objective ${o.objectiveId} in this workspace`,
      });
  });
  return errors.length > 0 ? invalidAll(errors) : ok(settings);
}

export function validateWeights(weights: ScoringWeights): Result<ScoringWeights> {
  const errors: FieldError[] = [];
  const positive = (values: Record<string, number>) => Object.values(values).some((w) => w > 0);
  if (!positive(weights.touchpoint))
    errors.push({ field: '/touchpoint', message: 'at least one weight must be above 0' });
  if (!positive(weights.action))
    errors.push({ field: '/action', message: 'at least one weight must be above 0' });
  return errors.length > 0 ? invalidAll(errors) : ok(weights);
}

/** Settings as they apply to the current model: references to removed items are ignored. */
export function liveBudget(settings: BudgetSettings, model: WorkspaceModel): BudgetSettings {
  const channels = new Set(model.channels.map((c) => c.id));
  const objectives = new Set(model.objectives.map((o) => o.id));
  return {
    ...settings,
    channels: settings.channels.filter((c) => channels.has(c.channelId)),
    objectiveHorizons: settings.objectiveHorizons.filter((o) => objectives.has(o.objectiveId)),
  };
}

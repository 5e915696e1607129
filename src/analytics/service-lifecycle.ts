/**
 * Lifecycle phases of a workspace's customers: the default rules of its phases
 * (./lifecycle/defaults.ts) run as a state machine over each customer's whole history.
 */
import { ok, type Result } from '../shared/result.ts';
import type { HistoryChunk } from '../storage/events/analytics-port.ts';
import type * as s from './http-schemas.ts';
import { defaultLifecycleConfig } from './lifecycle/defaults.ts';
import { phaseHistory } from './lifecycle/machine.ts';
import { LifecycleReport, monthEnds, NO_PHASE } from './lifecycle/report.ts';
import type { LifecycleCondition, LifecycleConfig, LifecycleEvent } from './lifecycle/rules.ts';
import { type AnalyticsContext, prepare } from './service.ts';

/** Property the rules read on named events (survey scores). */
const VALUE_PROPERTY = 'score';

/** Every event name the rules mention, orders first. */
function namesOf(config: LifecycleConfig): string[] {
  const names = new Set(config.orderEvents);
  const visit = (condition: LifecycleCondition) => {
    if (condition.kind === 'events') for (const name of condition.names) names.add(name);
    if (condition.kind === 'not') visit(condition.condition);
  };
  for (const rule of config.rules) for (const condition of rule.when) visit(condition);
  return [...names];
}

/** A readable summary of a phase's rules, shown beside it. */
function describeRules(config: LifecycleConfig, phaseId: string): string {
  const describe = (condition: LifecycleCondition): string => {
    switch (condition.kind) {
      case 'identified':
        return 'identified';
      case 'orders':
        return `≥ ${condition.min} order(s)${condition.withinDays === undefined ? '' : ` in ${condition.withinDays} days`}`;
      case 'events':
        return `${condition.names.join(' or ')}${condition.property?.atLeast === undefined ? '' : ` with ${condition.property.name} ≥ ${condition.property.atLeast}`}${condition.withinDays === undefined ? '' : ` in ${condition.withinDays} days`}`;
      case 'inactive':
        return `no ${condition.of === 'orders' ? 'order' : 'activity'} for ${condition.days} days`;
      case 'stage':
        return `reached stage ${condition.atLeast + 1}`;
      case 'not':
        return `not (${describe(condition.condition)})`;
    }
  };
  const rules = config.rules.filter((rule) => rule.phaseId === phaseId);
  return rules
    .map((rule) =>
      rule.when.length === 0 ? 'any activity' : rule.when.map(describe).join(' and '),
    )
    .join(' — or — ');
}

export async function runLifecycle(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.LifecycleBody,
): Promise<Result<s.LifecycleResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { model, frame, scope } = prepared.value;
  const config = defaultLifecycleConfig(model.phases);
  const names = namesOf(config);
  const at = body.at === undefined ? ctx.access.now().getTime() : Date.parse(body.at);
  const report = new LifecycleReport(monthEnds(at, body.months ?? 12));
  const totals = await ctx.events.analytics.forEachHistory(
    {
      workspaceId,
      rules: scope.rules,
      touchpointIds: frame.touchpointIds,
      names,
      valueProperty: VALUE_PROPERTY,
      until: new Date(at),
    },
    (chunk: HistoryChunk) => {
      for (let c = 0; c < chunk.customerIds.length; c++) {
        const events: LifecycleEvent[] = [];
        for (let i = chunk.starts[c] ?? 0; i < (chunk.starts[c + 1] ?? 0); i++) {
          const item = chunk.items[i] ?? -1;
          const name = names[chunk.names[i] ?? -1] ?? null;
          const value = chunk.values[i] ?? Number.NaN;
          events.push({
            at: chunk.times[i] ?? 0,
            name,
            identified: chunk.identified[i] === 1,
            stage: item < 0 ? -1 : frame.placementOf(item).stage,
            properties: Number.isNaN(value) ? {} : { [VALUE_PROPERTY]: value },
          });
        }
        report.add(phaseHistory(config, events, at));
      }
    },
  );
  const current = report.current();
  return ok({
    at: new Date(at).toISOString(),
    customers: totals.customers,
    phases: model.phases.map((phase) => ({
      id: phase.id,
      name: phase.name,
      customers: current.get(phase.id) ?? 0,
      rule: describeRules(config, phase.id),
    })),
    withoutPhase: current.get(NO_PHASE) ?? 0,
    flows: report.flows(),
    snapshots: report.snapshots().map((snapshot) => ({
      at: new Date(snapshot.at).toISOString(),
      sizes: Object.fromEntries(snapshot.sizes),
    })),
  });
}

/**
 * Journey analytics for a workspace: resolves the journey analysed (its frame), the mapping
 * rules and the filters, runs an analysis over the event store's traces and names what it
 * found in the map's own words (touchpoints, stages, channels).
 */
import type { AccessContext } from '../access/context.ts';
import { readMappingRules } from '../mapping/service.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { readModel } from '../model/service.ts';
import { fail, invalid, notFound, ok, type Result } from '../shared/result.ts';
import type { TraceBreakdown, TraceFilters } from '../storage/events/analytics-port.ts';
import type { EventStore } from '../storage/events/port.ts';
import { type FunnelStep, funnelAnalysis, type TraceScope } from './analyses.ts';
import type { FunnelFigures } from './funnel-report.ts';
import type * as s from './http-schemas.ts';
import { defaultJourneyId, type JourneyFrame, journeyFrame } from './journey-frame.ts';

export interface AnalyticsContext {
  readonly access: AccessContext;
  readonly events: EventStore;
}

export interface Prepared {
  readonly model: WorkspaceModel;
  readonly frame: JourneyFrame;
  readonly scope: TraceScope;
}

const HOUR_MS = 3_600_000;
export const DEFAULT_WINDOW_HOURS = 30 * 24;

function traceFilters(filters: s.AnalyticsFilters | undefined): TraceFilters {
  if (filters === undefined) return {};
  return {
    ...(filters.from !== undefined && { from: new Date(filters.from) }),
    ...(filters.to !== undefined && { to: new Date(filters.to) }),
    ...(filters.personas !== undefined && { personas: filters.personas }),
    ...(filters.channels !== undefined && {
      channels: filters.channels.map((c) => c.toLowerCase()),
    }),
    ...(filters.trait !== undefined && { trait: filters.trait }),
  };
}

/** The journey, rules and filters of a request; not-found when the journey does not exist. */
export async function prepare(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.ScopeBody,
  breakdown?: TraceBreakdown,
): Promise<Result<Prepared>> {
  const { model } = await readModel(ctx.access, workspaceId);
  const journeyId = body.journeyId ?? defaultJourneyId(model);
  if (journeyId === null) return fail(notFound('the map has no journey to analyse yet'));
  const frame = journeyFrame(model, journeyId);
  if (frame === null)
    return fail({
      ...invalid('/journeyId', 'no journey with this id in the workspace'),
      kind: 'not-found',
    });
  const { rules } = await readMappingRules(ctx.access, workspaceId);
  const scope: TraceScope = {
    workspaceId,
    rules,
    filters: traceFilters(body.filters),
    ...(breakdown !== undefined && { breakdown }),
  };
  return ok({ model, frame, scope });
}

function stepLabel(model: WorkspaceModel, frame: JourneyFrame, step: FunnelStep): string {
  if (step.kind === 'stage')
    return model.stages.find((stage) => stage.id === step.stageId)?.name ?? step.stageId;
  const names = step.touchpointIds.map(
    (id) => frame.journey.touchpoints.find((touchpoint) => touchpoint.id === id)?.name ?? id,
  );
  return names.join(' / ');
}

function checkSteps(
  model: WorkspaceModel,
  frame: JourneyFrame,
  steps: readonly FunnelStep[],
): Result<true> {
  for (const [index, step] of steps.entries()) {
    if (step.kind === 'stage' && !model.stages.some((stage) => stage.id === step.stageId)) {
      return fail(invalid(`/steps/${index}/stageId`, 'no stage with this id in the map'));
    }
    if (step.kind === 'touchpoints') {
      const unknown = step.touchpointIds.findIndex((id) => !frame.touchpointIds.includes(id));
      if (unknown >= 0) {
        return fail(
          invalid(
            `/steps/${index}/touchpointIds/${unknown}`,
            'not a touchpoint of the journey analysed',
          ),
        );
      }
    }
  }
  return ok(true);
}

const named = (labels: readonly string[], figures: FunnelFigures) => ({
  population: figures.population,
  timeToConvert: {
    medianMs: figures.timeToConvert.medianMs,
    bucketsMs: [...figures.timeToConvert.bucketsMs],
    counts: [...figures.timeToConvert.counts],
  },
  steps: figures.steps.map((step, index) => ({ label: labels[index] ?? '', ...step })),
});

export async function runFunnel(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.FunnelBody,
): Promise<Result<s.FunnelResponse>> {
  const prepared = await prepare(ctx, workspaceId, body, body.breakdown);
  if (!prepared.ok) return prepared;
  const { model, frame, scope } = prepared.value;
  const steps: FunnelStep[] =
    body.steps ?? model.stages.map((stage) => ({ kind: 'stage' as const, stageId: stage.id }));
  const checked = checkSteps(model, frame, steps);
  if (!checked.ok) return checked;
  const windowHours = body.windowHours ?? DEFAULT_WINDOW_HOURS;
  const mode = body.mode ?? 'ordered';
  const result = await funnelAnalysis(ctx.events.analytics, scope, frame, {
    steps,
    mode,
    windowMs: windowHours * HOUR_MS,
    excludedTouchpointIds: body.excludedTouchpointIds ?? [],
  });
  const labels = steps.map((step) => stepLabel(model, frame, step));
  return ok<s.FunnelResponse>({
    journeyId: frame.journey.id,
    mode,
    windowHours,
    overall: named(labels, result.figures),
    breakdown: result.breakdown.map(({ value, figures }) => ({
      value,
      figures: named(labels, figures),
    })),
  });
}

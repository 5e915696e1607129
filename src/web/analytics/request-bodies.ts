/**
 * From what the page shows (its URL state) to the analytics API's request bodies. Persona and
 * channel filters are kept as ids in links (they survive renames) and sent as the names the
 * event data carries. Pure.
 */
import type {
  AnalyticsFilters,
  FunnelBody,
  PathsBody,
  ScopeBody,
} from '../../analytics/http-schemas.ts';
import type { Journey, WorkspaceModel } from '../../model/schema.ts';
import type { FilterState, FunnelState, PathsState, StepState } from './query-state.ts';

/** The journey analysed when none is chosen: as the server does, the first current one. */
export function defaultJourney(model: WorkspaceModel): Journey | undefined {
  return model.journeys.find((journey) => journey.state === 'current') ?? model.journeys[0];
}

/** The chosen journey if it still exists, else the default one. */
export const journeyOf = (model: WorkspaceModel, journeyId: string | null): Journey | undefined =>
  model.journeys.find((journey) => journey.id === journeyId) ?? defaultJourney(model);

/** Midnight (local time) of a `YYYY-MM-DD` day plus `days`, as an ISO timestamp. */
function dayStart(day: string, days = 0): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The API filters; the `to` day is included, so the range ends at the next midnight. */
export function filtersBody(
  model: WorkspaceModel,
  filters: FilterState,
): AnalyticsFilters | undefined {
  const personas = model.personas
    .filter((persona) => filters.personaIds.includes(persona.id))
    .map((persona) => persona.name);
  const channels = model.channels
    .filter((channel) => filters.channelIds.includes(channel.id))
    .map((channel) => channel.name.toLowerCase());
  const body: AnalyticsFilters = {
    ...(filters.from !== null && { from: dayStart(filters.from) }),
    ...(filters.to !== null && { to: dayStart(filters.to, 1) }),
    ...(personas.length > 0 && { personas }),
    ...(channels.length > 0 && { channels }),
    ...(filters.traitName !== '' &&
      filters.traitValues.length > 0 && {
        trait: { name: filters.traitName, values: [...filters.traitValues] },
      }),
  };
  return Object.keys(body).length > 0 ? body : undefined;
}

export function scopeBody(model: WorkspaceModel, filters: FilterState): ScopeBody {
  const journey = journeyOf(model, filters.journeyId);
  const apiFilters = filtersBody(model, filters);
  return {
    ...(journey !== undefined && { journeyId: journey.id }),
    ...(apiFilters !== undefined && { filters: apiFilters }),
  };
}

/** The funnel's steps: the chosen ones, or every stage of the map in order. */
export function effectiveSteps(model: WorkspaceModel, funnel: FunnelState): readonly StepState[] {
  return funnel.steps ?? model.stages.map((stage) => ({ kind: 'stage', stageId: stage.id }));
}

/** Steps that still name something in the model and journey (a link may be older than them). */
export function validSteps(
  model: WorkspaceModel,
  journey: Journey | undefined,
  steps: readonly StepState[],
): StepState[] {
  const touchpointIds = new Set(journey?.touchpoints.map((touchpoint) => touchpoint.id));
  const stageIds = new Set(model.stages.map((stage) => stage.id));
  return steps.flatMap((step): StepState[] => {
    if (step.kind === 'stage') return stageIds.has(step.stageId) ? [step] : [];
    const kept = step.touchpointIds.filter((id) => touchpointIds.has(id));
    return kept.length > 0 ? [{ kind: 'touchpoints', touchpointIds: kept }] : [];
  });
}

export function funnelBody(
  model: WorkspaceModel,
  filters: FilterState,
  funnel: FunnelState,
): FunnelBody {
  const journey = journeyOf(model, filters.journeyId);
  const steps = validSteps(model, journey, effectiveSteps(model, funnel)).slice(0, 20);
  const touchpointIds = new Set(journey?.touchpoints.map((touchpoint) => touchpoint.id));
  const excluded = funnel.excludedIds.filter((id) => touchpointIds.has(id));
  return {
    ...scopeBody(model, filters),
    ...(funnel.steps !== null &&
      steps.length > 0 && {
        steps: steps.map((step) =>
          step.kind === 'stage'
            ? { kind: 'stage', stageId: step.stageId }
            : { kind: 'touchpoints', touchpointIds: [...step.touchpointIds] },
        ),
      }),
    mode: funnel.mode,
    ...(funnel.windowHours !== null && { windowHours: funnel.windowHours }),
    ...(excluded.length > 0 && { excludedTouchpointIds: excluded }),
    ...(funnel.breakdown !== null && { breakdown: funnel.breakdown }),
  };
}

/** The most variants the API returns: the Sankey is built from them. */
export const MAX_VARIANTS = 200;

export const pathsBody = (
  model: WorkspaceModel,
  filters: FilterState,
  paths: PathsState,
): PathsBody => ({
  ...scopeBody(model, filters),
  level: paths.level,
  share: paths.share,
  topVariants: MAX_VARIANTS,
});

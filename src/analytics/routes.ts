/**
 * HTTP routes of journey analytics: funnels, paths, conformance, lifecycle, attribution,
 * diagnosis and the measured map. All are POST (a body of filters), read-only, viewer+.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import type { Result } from '../shared/result.ts';
import * as s from './http-schemas.ts';
import { type AnalyticsContext, runFunnel } from './service.ts';
import { runAttribution } from './service-attribution.ts';
import { runDiagnosis } from './service-diagnosis.ts';
import { runLifecycle } from './service-lifecycle.ts';
import { runConformance, runMeasuredMap, runPaths } from './service-paths.ts';

const tags = ['analytics'];
const FILTERS_HELP =
  'Events are mapped to touchpoints by the workspace mapping rules at query time and resolved to customers through the identity graph. `journeyId` defaults to the first current journey.';

interface AnalysisRoute {
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly body: TSchema;
  readonly response: TSchema;
  // The body has been validated against `body` by Fastify before `run` sees it.
  readonly run: (
    ctx: AnalyticsContext,
    workspaceId: string,
    body: never,
  ) => Promise<Result<unknown>>;
}

const ROUTES: readonly AnalysisRoute[] = [
  {
    path: 'funnel',
    summary: 'Funnel over stages or touchpoints (ClickHouse windowFunnel semantics)',
    description: `${FILTERS_HELP} Modes: ordered (default), strict (an unrelated event breaks the chain), any (steps in any order within the window).`,
    body: s.FunnelBody,
    response: s.FunnelResponse,
    run: runFunnel,
  },
  {
    path: 'paths',
    summary: 'Directly-follows graph and variants of touchpoints, stages or channels',
    description: `${FILTERS_HELP} Arcs are kept by share as pm4py's paths filter does.`,
    body: s.PathsBody,
    response: s.PathsResponse,
    run: runPaths,
  },
  {
    path: 'conformance',
    summary: 'Conformance to the designed journey: skips, backtracks, switches, ruptures',
    description: FILTERS_HELP,
    body: s.ScopeBody,
    response: s.ConformanceResponse,
    run: runConformance,
  },
  {
    path: 'lifecycle',
    summary: 'Lifecycle phases: customers per phase, flows between phases, sizes per month',
    description:
      "Each customer's whole history runs through the phases' rules as a state machine (first matching rule wins; re-evaluated at every event and whenever a time window runs out). Default rules recognise the phases by name: suspect, prospect, new customer, loyal, ambassador, lapsed.",
    body: s.LifecycleBody,
    response: s.LifecycleResponse,
    run: runLifecycle,
  },
  {
    path: 'attribution',
    summary: 'Attribution of conversions to channels or touchpoints, every model side by side',
    description: `${FILTERS_HELP} A customer's touches up to a conversion event form a converting journey; the touches after the last one a journey without conversion. Markov removal effect computed exactly from the absorbing chain (order 1 to 3); Shapley with the characteristic function of Zhao et al. (2018).`,
    body: s.AttributionBody,
    response: s.AttributionResponse,
    run: runAttribution,
  },
  {
    path: 'diagnosis',
    summary: 'Findings: irritants, ruptures, moments of truth, missing touchpoints',
    description: `${FILTERS_HELP} Each finding comes with its evidence; significance tests keep noise out (two-proportion z ≥ 2.576, at least 30 customers).`,
    body: s.ScopeBody,
    response: s.DiagnosisResponse,
    run: runDiagnosis,
  },
  {
    path: 'measured-map',
    summary: 'Measures of each touchpoint: reach, share, onward conversion, time to next',
    description: FILTERS_HELP,
    body: s.ScopeBody,
    response: s.MeasuredMapResponse,
    run: runMeasuredMap,
  },
];

export const analyticsRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = { access: deps.access, events: deps.events };
    for (const route of ROUTES) {
      app.post(
        `/workspaces/:workspaceId/analytics/${route.path}`,
        {
          schema: {
            tags,
            summary: route.summary,
            description: route.description,
            params: s.WorkspaceParams,
            body: route.body,
            response: { 200: route.response, ...problems(400, 401, 403, 404) },
          },
        },
        async (request: FastifyRequest<{ Params: { workspaceId: string } }>) => {
          const { workspaceId } = request.params;
          const granted = await requireAccess(deps.access, request, workspaceId, 'read');
          return orFail(await route.run(ctx, granted.workspaceId, request.body as never));
        },
      );
    }
  };

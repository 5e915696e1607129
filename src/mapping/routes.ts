/** HTTP routes of the event → touchpoint mapping rules: read, save, preview a draft. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import * as s from './http-schemas.ts';
import { previewMappingRules, readMappingRules, saveMappingRules } from './service.ts';

const tags = ['mapping'];

/** 2,000 rules with long name lists exceed the general 1 MiB body limit. */
export const RULES_BODY_LIMIT = 16 * 1024 * 1024;

/** The window asked for; the bounds left out are chosen by `previewMappingRules`. */
function windowOf(from: string | undefined, to: string | undefined): { from?: Date; to?: Date } {
  return {
    ...(from === undefined ? {} : { from: new Date(from) }),
    ...(to === undefined ? {} : { to: new Date(to) }),
  };
}

export const mappingRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const base = '/workspaces/:workspaceId/mapping-rules';

    app.get(
      base,
      {
        schema: {
          tags,
          summary:
            'The ordered event → touchpoint mapping rules (the defaults derived from the map until saved)',
          params: s.WorkspaceParams,
          response: { 200: s.RuleSetResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return readMappingRules(ctx, granted.workspaceId);
      },
    );

    app.put(
      base,
      {
        bodyLimit: RULES_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Replace the rules; every event, past ones included, is mapped by them at once',
          params: s.WorkspaceParams,
          body: s.SaveRulesBody,
          response: { 200: s.RuleSetResponse, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'edit');
        const { rules, version } = request.body;
        return orFail(await saveMappingRules(ctx, granted, granted.workspaceId, rules, version));
      },
    );

    app.post(
      `${base}/preview`,
      {
        bodyLimit: RULES_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'How a draft of the rules maps the events of a window (default: the 30 days up to the latest event)',
          params: s.WorkspaceParams,
          body: s.PreviewBody,
          response: { 200: s.PreviewResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request): Promise<s.PreviewResponse> => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        const { rules, from, to } = request.body;
        const preview = orFail(
          await previewMappingRules(
            deps.events.mapping,
            granted.workspaceId,
            rules,
            windowOf(from, to),
          ),
        );
        return {
          ...preview,
          perRule: [...preview.perRule],
          window: { from: preview.window.from.toISOString(), to: preview.window.to.toISOString() },
          latestEventAt: preview.latestEventAt?.toISOString() ?? null,
          unmappedGroups: preview.unmappedGroups.map((group) => ({
            ...group,
            lastSeen: group.lastSeen.toISOString(),
          })),
        };
      },
    );
  };

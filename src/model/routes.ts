/** HTTP routes of the journey model: read, change, history, compare, JSON import/export. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Need } from '../access/authorize.ts';
import { findWorkspace } from '../access/repository.ts';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { fail, notFound } from '../shared/result.ts';
import { compareJourneys } from './diff.ts';
import { exportModelDocument } from './document.ts';
import * as s from './http-schemas.ts';
import {
  changeModel,
  history,
  importModel,
  modelAtVersion,
  readModel,
  restoreVersion,
} from './service.ts';
import { listTemplates } from './templates/index.ts';

const tags = ['model'];

/**
 * A whole model is about 750 bytes per touchpoint as JSON: the general body limit
 * (1 MiB by default) would refuse a big workspace's import or a large batch of ops.
 */
export const MODEL_BODY_LIMIT = 32 * 1024 * 1024;

export const modelRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(ctx, request, workspaceId, need);
    const base = '/workspaces/:workspaceId/model';

    app.get(
      '/templates',
      {
        schema: {
          tags,
          summary: 'Templates a new workspace can start from',
          querystring: s.LangQuery,
          response: { 200: s.TemplatesResponse },
        },
      },
      async (request) => ({ templates: listTemplates(request.query.lang ?? 'en') }),
    );

    app.get(
      base,
      {
        schema: {
          tags,
          summary: "The workspace's journey model",
          params: s.WorkspaceParams,
          response: { 200: s.ModelResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return readModel(ctx, granted.workspaceId);
      },
    );

    app.post(
      `${base}/ops`,
      {
        bodyLimit: MODEL_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Change the model: operations applied atomically, recorded in the history',
          params: s.WorkspaceParams,
          body: s.OpsBody,
          response: { 200: s.OpsResponse, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const saved = orFail(await changeModel(ctx, granted, request.body.ops));
        return {
          version: saved.version,
          model: saved.model,
          createdIds: saved.extra.createdIds,
          changes: [...saved.changes],
        };
      },
    );

    app.get(
      `${base}/history`,
      {
        schema: {
          tags,
          summary: 'Versions of the model, newest first: who changed what, when',
          params: s.WorkspaceParams,
          querystring: s.HistoryQuery,
          response: { 200: s.HistoryResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const { limit = 50, before } = request.query;
        const versions = await history(
          ctx,
          granted,
          before === undefined ? { limit } : { limit, before },
        );
        return { versions };
      },
    );

    app.get(
      `${base}/history/:version`,
      {
        schema: {
          tags,
          summary: 'The model as it was at a version',
          params: s.VersionParams,
          response: { 200: s.ModelResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return orFail(await modelAtVersion(ctx, granted, request.params.version));
      },
    );

    app.post(
      `${base}/history/:version/restore`,
      {
        schema: {
          tags,
          summary: 'Make an old version current again (recorded as a new version)',
          params: s.VersionParams,
          response: { 200: s.ModelResponse, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const saved = orFail(await restoreVersion(ctx, granted, request.params.version));
        return { version: saved.version, model: saved.model };
      },
    );

    app.get(
      `${base}/journeys/:journeyId/compare/:otherId`,
      {
        schema: {
          tags,
          summary: 'Compare a current journey with a target journey',
          params: s.CompareParams,
          response: { 200: s.ComparisonResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const { model } = await readModel(ctx, granted.workspaceId);
        const comparison = compareJourneys(model, request.params.journeyId, request.params.otherId);
        return comparison ?? orFail(fail(notFound('journey not found in this workspace')));
      },
    );

    app.get(
      `${base}/export`,
      {
        schema: {
          tags,
          summary: 'The whole model as a versioned JSON document',
          params: s.WorkspaceParams,
          response: problems(401, 403, 404),
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const { model } = await readModel(ctx, granted.workspaceId);
        const workspace = await findWorkspace(ctx.db, granted.workspaceId);
        const exportedAt = ctx.now().toISOString();
        const document = exportModelDocument(model, {
          workspaceName: workspace?.name ?? '',
          exportedAt,
        });
        const filename = `parcours-model-${exportedAt.slice(0, 10)}.json`;
        return reply
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(document);
      },
    );

    app.post(
      `${base}/import`,
      {
        bodyLimit: MODEL_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Replace the model by an imported document: all or nothing, every problem listed',
          params: s.WorkspaceParams,
          body: s.ImportBody,
          response: { 200: s.ImportResponse, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const saved = orFail(await importModel(ctx, granted, request.body.document));
        return { version: saved.version, model: saved.model, problems: [...saved.problems] };
      },
    );
  };

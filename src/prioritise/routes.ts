/**
 * HTTP routes of prioritisation: actions, scoring weights and budget settings (this file),
 * scores, matrices and budget plans (routes-plans.ts). Viewers read, editors and owners write.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { DEFAULT_ACTION_FIELDS } from './defaults.ts';
import * as s from './http-schemas.ts';
import { planRoutes } from './routes-plans.ts';
import { Action, BudgetSettings, ScoringWeights } from './schema.ts';
import {
  changeAction,
  createAction,
  listActions,
  readBudget,
  readWeights,
  removeAction,
  saveBudget,
  saveWeights,
} from './service.ts';

const tags = ['prioritise'];
export const PRIORITISE_BASE = '/workspaces/:workspaceId/prioritise';

export const prioritiseRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const base = PRIORITISE_BASE;
    await app.register(planRoutes(deps));

    app.get(
      `${base}/actions`,
      {
        schema: {
          tags,
          summary: 'The actions of the workspace, in display order',
          params: s.WorkspaceParams,
          response: { 200: s.ActionsResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return { actions: await listActions(ctx, granted.workspaceId) };
      },
    );

    app.post(
      `${base}/actions`,
      {
        schema: {
          tags,
          summary: 'Add an action (fields left out take their defaults)',
          params: s.WorkspaceParams,
          body: s.CreateActionBody,
          response: { 201: Action, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'edit');
        const fields = { ...DEFAULT_ACTION_FIELDS, ...request.body };
        const action = orFail(await createAction(ctx, granted, fields));
        return reply.code(201).send(action);
      },
    );

    app.patch(
      `${base}/actions/:actionId`,
      {
        schema: {
          tags,
          summary: 'Change some fields of an action',
          params: s.ActionParams,
          body: s.ChangeActionBody,
          response: { 200: Action, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { workspaceId, actionId } = request.params;
        const granted = await requireAccess(ctx, request, workspaceId, 'edit');
        return orFail(await changeAction(ctx, granted, actionId, request.body));
      },
    );

    app.delete(
      `${base}/actions/:actionId`,
      {
        schema: {
          tags,
          summary: 'Remove an action; the actions that required it no longer do',
          params: s.ActionParams,
          response: { 200: s.RemovedResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const { workspaceId, actionId } = request.params;
        const granted = await requireAccess(ctx, request, workspaceId, 'edit');
        const removed = orFail(await removeAction(ctx, granted, actionId));
        return { released: [...removed.released] };
      },
    );

    app.get(
      `${base}/weights`,
      {
        schema: {
          tags,
          summary: 'The scoring weights (the defaults until saved)',
          params: s.WorkspaceParams,
          response: { 200: ScoringWeights, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return readWeights(ctx, granted.workspaceId);
      },
    );

    app.put(
      `${base}/weights`,
      {
        schema: {
          tags,
          summary: 'Replace the scoring weights (relative: they are scaled to sum to 1)',
          params: s.WorkspaceParams,
          body: s.WeightsBody,
          response: { 200: ScoringWeights, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'edit');
        return orFail(await saveWeights(ctx, granted, request.body));
      },
    );

    app.get(
      `${base}/budget`,
      {
        schema: {
          tags,
          summary:
            'The budget settings: total, period, horizon weights, channel bounds and returns',
          params: s.WorkspaceParams,
          response: { 200: BudgetSettings, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return readBudget(ctx, granted.workspaceId);
      },
    );

    app.put(
      `${base}/budget`,
      {
        schema: {
          tags,
          summary: 'Replace the budget settings',
          params: s.WorkspaceParams,
          body: s.BudgetBody,
          response: { 200: BudgetSettings, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'edit');
        return orFail(await saveBudget(ctx, granted, request.body));
      },
    );
  };

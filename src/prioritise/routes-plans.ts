/** HTTP routes of scores, arbitration matrices and budget plans, with their XLSX exports. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import * as s from './http-schemas.ts';
import {
  listPlans,
  loadState,
  readPlan,
  solveAndSavePlan,
  workspaceScores,
} from './plan-service.ts';
import { matricesToXlsx } from './xlsx-matrices.ts';
import { planToXlsx } from './xlsx-plan.ts';

const tags = ['prioritise'];
const base = '/workspaces/:workspaceId/prioritise';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'plan';

const download = (reply: FastifyReply, filename: string, body: Buffer) =>
  reply.type(XLSX).header('content-disposition', `attachment; filename="${filename}"`).send(body);

export const planRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;

    app.get(
      `${base}/scores`,
      {
        schema: {
          tags,
          summary:
            'Weighted scores of touchpoints and actions, each criterion’s contribution, RICE, horizon weights and matrices',
          params: s.WorkspaceParams,
          querystring: s.ScoresQuery,
          response: { 200: s.ScoresResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return orFail(await workspaceScores(ctx, granted.workspaceId, request.query.journeyId));
      },
    );

    app.get(
      `${base}/matrices`,
      {
        schema: {
          tags,
          summary:
            'Arbitration matrices: impact × feasibility, importance × performance, value × effort per horizon',
          params: s.WorkspaceParams,
          querystring: s.ScoresQuery,
          response: { 200: s.MatricesResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        const scores = orFail(
          await workspaceScores(ctx, granted.workspaceId, request.query.journeyId),
        );
        return scores.matrices;
      },
    );

    app.get(
      `${base}/matrices/export.xlsx`,
      {
        schema: {
          tags,
          summary: 'The matrices as a workbook: touchpoints, actions and the weights',
          params: s.WorkspaceParams,
          querystring: s.ExportQuery,
          response: problems(401, 403, 404),
        },
      },
      async (request, reply) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        const { journeyId, lang = 'en' } = request.query;
        const scores = orFail(await workspaceScores(ctx, granted.workspaceId, journeyId));
        const state = await loadState(ctx, granted.workspaceId);
        const body = await matricesToXlsx(state.model, scores, state.weights, lang);
        return download(reply, 'parcours-matrices.xlsx', body);
      },
    );

    app.post(
      `${base}/plans`,
      {
        schema: {
          tags,
          summary:
            'Solve a budget plan (MILP, HiGHS) from the actions and budget settings, and save it; with `budget`, the settings are saved first',
          params: s.WorkspaceParams,
          body: s.SolveBody,
          response: { 201: s.PlanResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'edit');
        const saved = orFail(await solveAndSavePlan(ctx, granted, request.body));
        return reply.code(201).send(saved);
      },
    );

    app.get(
      `${base}/plans`,
      {
        schema: {
          tags,
          summary: 'Saved budget plans, newest first',
          params: s.WorkspaceParams,
          response: { 200: s.PlansResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await requireAccess(ctx, request, request.params.workspaceId, 'read');
        return { plans: await listPlans(ctx, granted.workspaceId) };
      },
    );

    app.get(
      `${base}/plans/:planId`,
      {
        schema: {
          tags,
          summary: 'A saved budget plan with its sensitivity',
          params: s.PlanParams,
          response: { 200: s.PlanResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const { workspaceId, planId } = request.params;
        const granted = await requireAccess(ctx, request, workspaceId, 'read');
        return orFail(await readPlan(ctx, granted.workspaceId, planId));
      },
    );

    app.get(
      `${base}/plans/:planId/export.xlsx`,
      {
        schema: {
          tags,
          summary:
            'A saved plan as a workbook: summary, actions with reasons, channels, sensitivity',
          params: s.PlanParams,
          querystring: s.ExportQuery,
          response: problems(401, 403, 404),
        },
      },
      async (request, reply) => {
        const { workspaceId, planId } = request.params;
        const granted = await requireAccess(ctx, request, workspaceId, 'read');
        const saved = orFail(await readPlan(ctx, granted.workspaceId, planId));
        const body = await planToXlsx(saved.name, saved.plan, request.query.lang ?? 'en');
        return download(reply, `parcours-${slug(saved.name)}.xlsx`, body);
      },
    );
  };

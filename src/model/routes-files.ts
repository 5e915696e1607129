/** HTTP routes that move files: touchpoints as CSV/XLSX, the map as SVG/PNG/PDF. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Need } from '../access/authorize.ts';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { type Failure, fail, notFound } from '../shared/result.ts';
import { mapToPdf, mapToPng } from './export-map.ts';
import * as s from './http-schemas.ts';
import { renderMapSvg } from './render-svg.ts';
import { MODEL_BODY_LIMIT } from './routes.ts';
import type { WorkspaceModel } from './schema.ts';
import { changeModel, type Lang, readModel } from './service.ts';
import { parseTouchpointsCsv, templateCsv, touchpointsToCsv } from './touchpoint-csv.ts';
import { parseTouchpointsXlsx, templateXlsx, touchpointsToXlsx } from './touchpoint-xlsx.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['model files'];

interface LineError {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

const importFailure = (errors: readonly LineError[]): Failure => ({
  kind: 'invalid',
  message: `${errors.length} problem(s) in the file; nothing was imported`,
  errors: errors.map((e) => ({
    field: `/lines/${e.line}${e.column === undefined ? '' : `/${e.column}`}`,
    message: `line ${e.line}${e.column === undefined ? '' : `, ${e.column}`}: ${e.message}`,
  })),
});

const download = (reply: FastifyReply, type: string, filename: string, body: string | Buffer) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).send(body);

export const modelFileRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(ctx, request, workspaceId, need);
    const journeyOf = async (
      request: FastifyRequest,
      params: { workspaceId: string; journeyId: string },
      need: Need,
    ) => {
      const granted = await access(request, params.workspaceId, need);
      const { model } = await readModel(ctx, granted.workspaceId);
      const journey = model.journeys.find((j) => j.id === params.journeyId);
      if (!journey) orFail(fail(notFound(`journey ${params.journeyId} not found`)));
      return { granted, model, name: slug(journey?.name ?? 'journey') };
    };

    // Spreadsheets arrive as raw bodies; other routes keep JSON only.
    // Raw bytes, so that a CSV saved by Excel in Windows-1252 is decoded by the parser.
    app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    app.addContentTypeParser(XLSX, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

    const base = '/workspaces/:workspaceId/model';
    const fileQuery = { params: s.JourneyParams, querystring: s.LangQuery };

    app.get(
      `${base}/touchpoints-template.csv`,
      {
        schema: {
          tags,
          summary: 'Touchpoint import template (CSV)',
          params: s.WorkspaceParams,
          querystring: s.LangQuery,
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const lang = request.query.lang ?? 'en';
        // Example rows use this workspace's own stage and channel names, so they import as is.
        const { model } = await readModel(ctx, granted.workspaceId);
        const csv = templateCsv(lang, model);
        return download(reply, 'text/csv; charset=utf-8', `touchpoints-template-${lang}.csv`, csv);
      },
    );

    app.get(
      `${base}/touchpoints-template.xlsx`,
      {
        schema: {
          tags,
          summary: 'Touchpoint import template (XLSX)',
          params: s.WorkspaceParams,
          querystring: s.LangQuery,
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const lang = request.query.lang ?? 'en';
        const { model } = await readModel(ctx, granted.workspaceId);
        return download(
          reply,
          XLSX,
          `touchpoints-template-${lang}.xlsx`,
          await templateXlsx(model, lang),
        );
      },
    );

    app.get(
      `${base}/journeys/:journeyId/touchpoints.csv`,
      { schema: { tags, summary: "A journey's touchpoints (CSV)", ...fileQuery } },
      async (request, reply) => {
        const { model, name } = await journeyOf(request, request.params, 'read');
        const csv = touchpointsToCsv(model, request.params.journeyId, request.query.lang ?? 'en');
        return download(reply, 'text/csv; charset=utf-8', `${name}.csv`, csv);
      },
    );

    app.get(
      `${base}/journeys/:journeyId/touchpoints.xlsx`,
      { schema: { tags, summary: "A journey's touchpoints (XLSX)", ...fileQuery } },
      async (request, reply) => {
        const { model, name } = await journeyOf(request, request.params, 'read');
        return download(
          reply,
          XLSX,
          `${name}.xlsx`,
          await touchpointsToXlsx(model, request.params.journeyId, request.query.lang ?? 'en'),
        );
      },
    );

    app.post(
      `${base}/journeys/:journeyId/touchpoints/import`,
      {
        bodyLimit: MODEL_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Import touchpoints from CSV (text/csv) or XLSX: all or nothing, errors by line',
          params: s.JourneyParams,
          response: {
            200: Type.Object({
              version: Type.Integer(),
              model: s.ModelResponse.properties.model,
              applied: Type.Integer(),
            }),
            ...problems(400, 401, 403, 404, 415),
          },
        },
      },
      async (request) => {
        const { granted, model } = await journeyOf(request, request.params, 'edit');
        const type = request.headers['content-type'] ?? '';
        const parsed = await parseUpload(model, request.params.journeyId, type, request.body);
        if (parsed.errors.length > 0) orFail(fail(importFailure(parsed.errors)));
        if (parsed.ops.length === 0)
          orFail(fail(importFailure([{ line: 1, message: 'the file holds no touchpoint' }])));
        const saved = orFail(await changeModel(ctx, granted, parsed.ops));
        return { version: saved.version, model: saved.model, applied: parsed.ops.length };
      },
    );

    const renderSvg = (model: WorkspaceModel, journeyId: string, lang: Lang) =>
      renderMapSvg(model, journeyId, { lang }) ??
      orFail<string>(fail(notFound(`journey ${journeyId} not found`)));

    app.get(
      `${base}/journeys/:journeyId/map.svg`,
      { schema: { tags, summary: 'The journey map as SVG', ...fileQuery } },
      async (request, reply) => {
        const { model, name } = await journeyOf(request, request.params, 'read');
        return download(
          reply,
          'image/svg+xml',
          `${name}.svg`,
          renderSvg(model, request.params.journeyId, request.query.lang ?? 'en'),
        );
      },
    );

    app.get(
      `${base}/journeys/:journeyId/map.png`,
      { schema: { tags, summary: 'The journey map as PNG', ...fileQuery } },
      async (request, reply) => {
        const { model, name } = await journeyOf(request, request.params, 'read');
        const png = mapToPng(
          renderSvg(model, request.params.journeyId, request.query.lang ?? 'en'),
        );
        return download(reply, 'image/png', `${name}.png`, png);
      },
    );

    app.get(
      `${base}/journeys/:journeyId/map.pdf`,
      {
        schema: { tags, summary: 'The journey map as a printable A3 landscape PDF', ...fileQuery },
      },
      async (request, reply) => {
        const { model, name } = await journeyOf(request, request.params, 'read');
        const pdf = await mapToPdf(model, request.params.journeyId, {
          lang: request.query.lang ?? 'en',
        });
        if (pdf === undefined)
          return orFail(fail(notFound(`journey ${request.params.journeyId} not found`)));
        return download(reply, 'application/pdf', `${name}.pdf`, pdf);
      },
    );
  };

async function parseUpload(model: WorkspaceModel, journeyId: string, type: string, body: unknown) {
  if (!Buffer.isBuffer(body)) {
    const error = { field: '/', message: 'expected a CSV or XLSX file as the request body' };
    return orFail<never>(fail({ kind: 'invalid', message: error.message, errors: [error] }));
  }
  return type.startsWith('text/csv')
    ? parseTouchpointsCsv(model, journeyId, body)
    : parseTouchpointsXlsx(model, journeyId, body);
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase() || 'journey';

/**
 * HTTP routes of the web app's bulk import: upload a file (raw body, streamed to disk),
 * start it with a column mapping, follow it, download its rejected rows, cancel or delete it.
 * Editors and owners import; every member reads.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Need } from '../../access/authorize.ts';
import { requireAccess } from '../../server/auth.ts';
import type { ServerDeps } from '../../server/deps.ts';
import { orFail, sendProblem } from '../../server/problem.ts';
import { problems } from '../../server/schema.ts';
import { fail, invalid } from '../../shared/result.ts';
import * as s from './http-schemas.ts';
import { createImportRunner } from './runner.ts';
import { createImportService, TOO_LARGE } from './service.ts';
import { formatBytes } from './upload.ts';

const tags = ['imports'];

/** Media types an upload may be sent as; the body reaches the handler as a stream. */
export const UPLOAD_MEDIA_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/tab-separated-values',
  'application/x-ndjson',
  'application/jsonl',
  'application/vnd.apache.parquet',
];

export const importRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = deps.access;
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(ctx, request, workspaceId, need);
    const service = createImportService({
      db: ctx.db,
      dataDir: deps.dataDir,
      maxBytes: deps.importMaxBytes,
      now: ctx.now,
      runner: createImportRunner({
        db: ctx.db,
        intake: { events: deps.events, now: ctx.now },
        log: app.log,
      }),
      log: app.log,
    });
    await service.recover();
    // Before the stores close (child hooks run first): running jobs stop as `interrupted`.
    app.addHook('onClose', () => service.stop());

    // Scoped to this plugin: other routes keep their own parsers and the body limit.
    app.addContentTypeParser(UPLOAD_MEDIA_TYPES, (_request, payload, done) => done(null, payload));

    const tooLarge = (request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(reply, request, {
        type: 'urn:parcours:problem:body-too-large',
        title: 'Payload too large',
        status: 413,
        detail: `the file is larger than the import limit of ${formatBytes(deps.importMaxBytes)} (${deps.importMaxBytes} bytes)`,
      });

    const base = '/workspaces/:workspaceId/imports';

    app.post(
      base,
      {
        schema: {
          tags,
          summary:
            'Upload a CSV, NDJSON or Parquet file of events (raw body): answers its preview and a suggested mapping',
          consumes: UPLOAD_MEDIA_TYPES,
          params: s.WorkspaceParams,
          querystring: s.UploadQuery,
          body: Type.Unsafe<unknown>({ description: 'The file, as raw bytes' }),
          response: { 201: s.ImportJob, ...problems(400, 401, 403, 404, 413, 415) },
        },
        // A refusal before the body is read closes the connection instead of draining gigabytes.
        onSend: async (request, reply) => {
          if (!request.raw.complete) reply.header('connection', 'close');
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const length = Number(request.headers['content-length'] ?? 0);
        if (length > deps.importMaxBytes) return tooLarge(request, reply);
        if (!(request.body instanceof Readable)) {
          const types = UPLOAD_MEDIA_TYPES.join(', ');
          return orFail(fail(invalid('/', `send the file as the raw request body (${types})`)));
        }
        const { filename, format } = request.query;
        const saved = await service.upload(granted, {
          body: request.body,
          filename,
          mediaType: request.headers['content-type'] ?? '',
          format,
        });
        if (saved === TOO_LARGE) return tooLarge(request, reply);
        return reply.code(201).send(orFail(saved));
      },
    );

    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'Imports of the workspace, newest first, and the upload size limit',
          params: s.WorkspaceParams,
          response: { 200: s.ImportList, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return { imports: await service.list(granted.workspaceId), maxBytes: deps.importMaxBytes };
      },
    );

    app.get(
      `${base}/:importId`,
      {
        schema: {
          tags,
          summary: 'An import: preview, mapping, status, progress, counts and first errors',
          params: s.ImportParams,
          response: { 200: s.ImportJob, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return orFail(await service.get(granted.workspaceId, request.params.importId));
      },
    );

    app.post(
      `${base}/:importId/start`,
      {
        schema: {
          tags,
          summary:
            'Start (or run again) an import with a column mapping; it runs in the background. Re-runs store no event twice',
          params: s.ImportParams,
          body: s.ImportMapping,
          response: { 202: s.ImportJob, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const job = orFail(await service.start(granted, request.params.importId, request.body));
        return reply.code(202).send(job);
      },
    );

    app.get(
      `${base}/:importId/rejects`,
      {
        schema: {
          tags,
          summary: 'The rejected rows as CSV: line, errors, the original fields',
          params: s.ImportParams,
          response: { ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        const file = orFail(await service.rejects(granted.workspaceId, request.params.importId));
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(createReadStream(file.path));
      },
    );

    app.delete(
      `${base}/:importId`,
      {
        schema: {
          tags,
          summary:
            'Cancel a running import (answers it, files kept so it can run again), or delete a finished one and its files (204)',
          params: s.ImportParams,
          response: { 200: s.ImportJob, 204: Type.Null(), ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const outcome = orFail(await service.remove(granted, request.params.importId));
        return outcome === null ? reply.code(204).send(null) : outcome;
      },
    );
  };

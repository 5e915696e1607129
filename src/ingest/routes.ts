/**
 * The Segment-compatible tracking API, at the root like Segment's (`/v1/track`, `/v1/batch`,
 * …), so that any Segment library pointed at Parcours works unchanged.
 *
 * - Authentication: the workspace write key as the HTTP Basic user name (what Segment
 *   libraries send), or `writeKey` in the body (browsers). Write keys are public by design,
 *   so any origin may post (CORS `*`).
 * - Calls are validated one by one by the intake (./intake.ts), not by Fastify, so that a bad
 *   call of a batch is named while the good ones are kept: the route schemas only document.
 * - Limits as Segment's: 32 KB per call, 500 KB per batch request, compressed or not (413).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { authenticateKey } from '../access/sessions.ts';
import { presentedKey } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { FailureError, orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import type { Failure, FieldError } from '../shared/result.ts';
import { parseTrackingBody, TRACKING_CONTENT_TYPES } from './body.ts';
import { EVENT_TYPES, type EventType } from './event.ts';
import { type IntakeResult, ingest } from './intake.ts';
import { isPlainObject } from './json-shape.ts';
import { checkBatchEnvelope } from './payload-check.ts';
import {
  BatchRequest,
  CALL_SCHEMAS,
  IntakeResponse,
  MAX_BATCH_BYTES,
  MAX_EVENT_BYTES,
} from './segment-schema.ts';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, content-encoding',
  'access-control-max-age': '86400',
};

const BATCH_PATHS = {
  '/v1/batch': 'Send a batch of calls',
  '/v1/import': 'Send a batch of calls (alias of /v1/batch used by some libraries)',
  '/v1/b': 'Send a batch of calls the browser way (write key in the body, text/plain allowed)',
} as const;

const AUTH_HELP = [
  'Authenticate with the workspace write key as the HTTP Basic user name (`Authorization: Basic base64(writeKey + ":")`), or as `writeKey` in the body.',
  'The body is JSON, sent as application/json or text/plain, optionally compressed (Content-Encoding gzip, deflate or br).',
  `Limits: ${MAX_EVENT_BYTES} bytes per call, ${MAX_BATCH_BYTES} bytes per batch request, after decompression (413 beyond).`,
  'Each call is validated on its own: refused calls are listed in `rejected` while the others are stored; 400 only when every call is refused.',
].join(' ');

const missingKey: Failure = {
  kind: 'unauthenticated',
  reason: 'missing',
  message: 'send the workspace write key as the HTTP Basic user name, or as writeKey in the body',
};

/** The route schemas document the payloads; the intake validates them call by call. */
const documentOnly = () => () => true;

const routeSchema = (summary: string, body: FastifySchema['body']): FastifySchema => ({
  tags: ['tracking'],
  summary,
  description: AUTH_HELP,
  // Not the session or secret key of the admin API: the write key, as AUTH_HELP says.
  security: [{ writeKey: [] }],
  consumes: TRACKING_CONTENT_TYPES,
  body,
  response: { 200: IntakeResponse, ...problems(400, 401, 403, 413, 415) },
});

const invalidBody = (errors: FieldError[], summary?: string): FailureError => {
  const detail = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  const message = summary === undefined ? detail : `${summary}: ${detail}`;
  return new FailureError({ kind: 'invalid', message, errors });
};

/** 200 when anything was stored or already stored; 400 with every error when all were refused. */
function answer(result: IntakeResult): IntakeResponse {
  if (result.accepted + result.duplicates > 0) return { success: true, ...result };
  const total = result.rejected.length;
  throw invalidBody(
    result.rejected.flatMap((call) => call.errors),
    total === 1 ? 'the call was refused' : `all ${total} calls were refused`,
  );
}

/**
 * What the server knows of the sender, under every call's own context: as Segment does, the
 * connection's address becomes `context.ip` unless the call names one (server-side libraries
 * that forward a visitor's address do).
 */
const senderContext = (request: FastifyRequest): { ip: string } => ({ ip: request.ip });

export const trackingRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const intake = { events: deps.events, now: deps.access.now };

    /** The workspace of the write key carried by the request. */
    const workspaceOf = async (request: FastifyRequest, body: unknown): Promise<string> => {
      const fromBody = isPlainObject(body) ? body.writeKey : undefined;
      const key = presentedKey(request) ?? (typeof fromBody === 'string' ? fromBody : undefined);
      if (key === undefined) throw new FailureError(missingKey);
      return orFail(await authenticateKey(deps.access, key, 'write')).workspaceId;
    };

    app.removeAllContentTypeParsers();
    app.addContentTypeParser(TRACKING_CONTENT_TYPES, { parseAs: 'buffer' }, parseTrackingBody);
    app.addHook('onSend', async (_request, reply: FastifyReply) => {
      reply.header('access-control-allow-origin', '*');
    });
    app.options('/v1/*', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(204).headers(CORS_HEADERS).send(),
    );

    const single = (type: EventType, path: string, hide: boolean) =>
      app.post(
        path,
        {
          bodyLimit: MAX_EVENT_BYTES,
          validatorCompiler: documentOnly,
          schema: { ...routeSchema(`Send one ${type} call`, CALL_SCHEMAS[type]), hide },
        },
        async (request) => {
          const body: unknown = request.body;
          const workspaceId = await workspaceOf(request, body);
          if (!isPlainObject(body)) {
            throw invalidBody([{ field: '/', message: 'must be a JSON object (a Segment call)' }]);
          }
          // The path names the type; the key is a credential, not part of the call.
          const { writeKey: _key, ...call } = body;
          const result = await ingest(intake, workspaceId, [{ ...call, type }], {
            context: senderContext(request),
            pointer: () => '',
          });
          return answer(result);
        },
      );
    for (const type of EVENT_TYPES) {
      single(type, `/v1/${type}`, false);
      // analytics.js (Segment's browser library) posts each call to its type's first letter;
      // the same route, so left out of the API document.
      single(type, `/v1/${type.charAt(0)}`, true);
    }

    for (const [path, summary] of Object.entries(BATCH_PATHS)) {
      app.post(
        path,
        {
          bodyLimit: MAX_BATCH_BYTES,
          validatorCompiler: documentOnly,
          schema: routeSchema(summary, BatchRequest),
        },
        async (request) => {
          const body: unknown = request.body;
          const workspaceId = await workspaceOf(request, body);
          const envelope = checkBatchEnvelope(body);
          if (!envelope.ok) {
            throw invalidBody(
              envelope.faults.map((fault) => ({
                field: fault.path || '/',
                message: fault.message,
              })),
            );
          }
          const { batch, sentAt, context } = envelope.value;
          const result = await ingest(intake, workspaceId, batch, {
            ...(sentAt !== undefined && { sentAt }),
            context: { ...senderContext(request), ...context },
          });
          return answer(result);
        },
      );
    }
  };

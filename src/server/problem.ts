/**
 * The one edge where failures become HTTP: typed domain failures, Fastify's own
 * request errors (bad JSON, body too large, wrong content type, schema
 * violations) and unexpected exceptions all leave as application/problem+json.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Failure, FailureKind, FieldError, Result } from '../shared/result.ts';

const STATUS: Record<FailureKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-many': 429,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/** Thrown by route handlers to hand a domain failure to the error edge. */
export class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'FailureError';
  }
}

/** The value of a successful result, or a FailureError for the edge to answer. */
export function orFail<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new FailureError(result.error);
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  body: Omit<ProblemBody, 'instance'>,
) {
  return reply
    .code(body.status)
    .type('application/problem+json')
    .send({ ...body, instance: request.url.split('?')[0] });
}

const problemType = (slug: string) => `urn:parcours:problem:${slug}`;

function fromFailure(failure: Failure): Omit<ProblemBody, 'instance'> {
  const status = STATUS[failure.kind];
  const body = {
    type: problemType(failure.kind),
    title: TITLES[status] ?? 'Error',
    status,
    detail: failure.message,
  };
  if (failure.kind === 'invalid') return { ...body, errors: [...failure.errors] };
  if (failure.kind === 'conflict' && failure.field !== undefined) {
    return { ...body, errors: [{ field: failure.field, message: failure.message }] };
  }
  if (failure.kind === 'unauthenticated')
    return { ...body, type: problemType(`unauthenticated-${failure.reason}`) };
  return body;
}

interface AjvIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * A nullable or union field that fails yields one error per alternative plus
 * one for the union itself; keep the telling one ("must be <= 3"), not "must be null".
 */
function mostTelling(issues: readonly AjvIssue[]): AjvIssue[] {
  const unions = new Set(
    issues.filter((i) => i.keyword === 'anyOf' || i.keyword === 'oneOf').map((i) => i.instancePath),
  );
  return issues.filter((issue) => {
    if (!unions.has(issue.instancePath)) return true;
    if (issue.keyword === 'anyOf' || issue.keyword === 'oneOf') return false;
    const others = issues.filter(
      (i) =>
        i.instancePath === issue.instancePath && !['anyOf', 'oneOf', 'type'].includes(i.keyword),
    );
    return issue.keyword !== 'type' || others.length === 0;
  });
}

/** Turns schema violations into field errors that name the offending field. */
export function fieldErrors(issues: readonly AjvIssue[], context: string): FieldError[] {
  return mostTelling(issues).map((issue) => {
    const extra = issue.params.additionalProperty ?? issue.params.missingProperty;
    const field = `${issue.instancePath}${typeof extra === 'string' ? `/${extra}` : ''}` || '/';
    const where = context === 'body' ? '' : `${context} `;
    const message =
      issue.keyword === 'additionalProperties'
        ? `${where}unknown field`
        : issue.keyword === 'required'
          ? `${where}is required`
          : `${where}${issue.message ?? 'is invalid'}`;
    return { field, message };
  });
}

function fromFastifyError(
  error: FastifyError,
  request: FastifyRequest,
): Omit<ProblemBody, 'instance'> | undefined {
  if (error.validation) {
    const errors = fieldErrors(error.validation as AjvIssue[], error.validationContext ?? 'body');
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return {
      type: problemType('validation'),
      title: TITLES[400] ?? '',
      status: 400,
      detail,
      errors,
    };
  }
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  const slug = (error.code ?? 'request')
    .replace(/^FST_ERR_(CTP_)?/, '')
    .toLowerCase()
    .replaceAll('_', '-');
  const detail =
    error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? `request body is larger than the limit of ${request.routeOptions.bodyLimit} bytes`
      : error.message;
  return { type: problemType(slug), title: TITLES[status] ?? 'Bad request', status, detail };
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof FailureError) {
    if (error.failure.kind === 'too-many') {
      reply.header('retry-after', String(error.failure.retryAfterSeconds));
    }
    return sendProblem(reply, request, fromFailure(error.failure));
  }
  const known = fromFastifyError(error, request);
  if (known) return sendProblem(reply, request, known);
  // Unexpected: log everything, tell the client nothing it could exploit.
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, {
    type: problemType('internal'),
    title: TITLES[500] ?? '',
    status: 500,
    detail: `an unexpected error occurred; its details are in the server log (request ${request.id})`,
  });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, {
    type: problemType('route-not-found'),
    title: TITLES[404] ?? '',
    status: 404,
    detail: `no route ${request.method} ${request.url.split('?')[0]}`,
  });
}

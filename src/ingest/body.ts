/**
 * Reading the body of a tracking call: JSON sent as `application/json` or as `text/plain`
 * (browsers post `text/plain` to avoid a CORS preflight), optionally compressed
 * (`Content-Encoding: gzip`, `deflate` or `br`).
 *
 * Fastify has already refused a body larger than the route's limit as received; a compressed
 * body is inflated with the same limit on its output, so a small "zip bomb" stops at the
 * limit (413) and never allocates more.
 */
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from 'node:zlib';
import type { FastifyRequest } from 'fastify';

type Inflate = (buffer: Buffer, options: ZlibOptions) => Promise<Buffer>;

const INFLATERS: Readonly<Record<string, Inflate>> = {
  gzip: promisify<Buffer, ZlibOptions, Buffer>(gunzip),
  'x-gzip': promisify<Buffer, ZlibOptions, Buffer>(gunzip),
  deflate: promisify<Buffer, ZlibOptions, Buffer>(inflate),
  br: promisify<Buffer, ZlibOptions, Buffer>(brotliDecompress),
};

/** The media types a tracking call may be sent as. */
export const TRACKING_CONTENT_TYPES = ['application/json', 'text/plain'];

/** An error the error edge (server/problem.ts) answers with `statusCode` and `code`. */
const requestError = (statusCode: number, code: string, message: string) =>
  Object.assign(new Error(message), { statusCode, code });

const tooLarge = () =>
  // Fastify's own code: the edge answers it with the route's limit in the detail.
  requestError(413, 'FST_ERR_CTP_BODY_TOO_LARGE', 'request body is too large');

/** Inflates the body if it is compressed, never beyond `limit` bytes. */
async function decoded(request: FastifyRequest, body: Buffer, limit: number): Promise<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return body;
  const inflater = INFLATERS[encoding];
  if (inflater === undefined) {
    throw requestError(
      415,
      'UNSUPPORTED_CONTENT_ENCODING',
      `Content-Encoding ${encoding} is not supported: send gzip, deflate, br or none`,
    );
  }
  try {
    // One byte over the limit tells "too large" apart from "exactly the limit".
    return await inflater(body, { maxOutputLength: limit + 1 });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge();
    throw requestError(400, 'INVALID_COMPRESSED_BODY', `the body is not valid ${encoding} data`);
  }
}

/** Content-type parser (`parseAs: 'buffer'`) of the tracking routes: the body as JSON. */
export async function parseTrackingBody(request: FastifyRequest, body: Buffer): Promise<unknown> {
  const limit = request.routeOptions.bodyLimit ?? body.length;
  const raw = await decoded(request, body, limit);
  if (raw.length > limit) throw tooLarge();
  // A byte-order mark is not JSON, but some clients write one.
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw requestError(400, 'FST_ERR_CTP_EMPTY_JSON_BODY', 'the body is empty: send JSON');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw requestError(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'the body is not valid JSON');
  }
}

/**
 * Helpers of the web-import HTTP tests: upload, start and follow an import through the real
 * server. Not used by production code.
 */

import { DuckDBInstance } from '@duckdb/node-api';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ImportJob, ImportMapping } from './jobs.ts';

export interface Caller {
  readonly app: FastifyInstance;
  readonly workspaceId: string;
  /** A session cookie, or an `Authorization` header value. */
  readonly cookie?: string;
  readonly authorization?: string;
}

const headersOf = (caller: Caller): Record<string, string> => ({
  ...(caller.cookie === undefined ? {} : { cookie: caller.cookie }),
  ...(caller.authorization === undefined ? {} : { authorization: caller.authorization }),
});

export const importsUrl = (caller: Caller, rest = '') =>
  `/api/v1/workspaces/${caller.workspaceId}/imports${rest}`;

export function upload(
  caller: Caller,
  filename: string,
  body: string | Buffer,
  contentType = 'application/octet-stream',
): Promise<LightMyRequestResponse> {
  return caller.app.inject({
    method: 'POST',
    url: importsUrl(caller, `?filename=${encodeURIComponent(filename)}`),
    headers: { ...headersOf(caller), 'content-type': contentType },
    payload: body,
  });
}

export function call(
  caller: Caller,
  method: 'GET' | 'POST' | 'DELETE',
  rest: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return caller.app.inject({
    method,
    url: importsUrl(caller, rest),
    headers: headersOf(caller),
    ...(payload === undefined ? {} : { payload }),
  });
}

export async function uploaded(
  caller: Caller,
  filename: string,
  body: string | Buffer,
  contentType?: string,
): Promise<ImportJob> {
  const response = await upload(caller, filename, body, contentType);
  if (response.statusCode !== 201)
    throw new Error(`upload: ${response.statusCode} ${response.body}`);
  return response.json<ImportJob>();
}

/** Polls the job until it is no longer running. */
export async function settled(caller: Caller, id: string): Promise<ImportJob> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const job = (await call(caller, 'GET', `/${id}`)).json<ImportJob>();
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} still running after 30 s`);
}

/** Starts a job with `mapping` (its suggestion when absent) and waits for the outcome. */
export async function run(caller: Caller, job: ImportJob, mapping?: ImportMapping) {
  const started = await call(caller, 'POST', `/${job.id}/start`, mapping ?? job.preview.suggestion);
  if (started.statusCode !== 202) throw new Error(`start: ${started.statusCode} ${started.body}`);
  return settled(caller, job.id);
}

/** Writes a Parquet file from a DuckDB query. */
export async function writeParquet(path: string, query: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${query}) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A CSV of `rows` good rows, for imports that take a while. */
export function bigCsv(rows: number): string {
  const lines = ['customer,event,time,amount'];
  for (let i = 0; i < rows; i += 1) lines.push(`c${i % 1000},Viewed,2024-05-01 10:00:00,${i}`);
  return `${lines.join('\n')}\n`;
}

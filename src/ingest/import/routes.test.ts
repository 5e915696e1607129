/** The web import API on the real server: upload, preview, mapping, run, errors, rejects, re-runs. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOwner, startTestServer, type TestServer } from '../../../test/support/server.ts';
import type { ImportJob } from './jobs.ts';
import { type Caller, call, run, upload, uploaded, writeParquet } from './routes-testing.ts';

let server: TestServer;
let owner: Caller;
const dir = mkdtempSync(join(tmpdir(), 'parcours-web-import-'));

beforeAll(async () => {
  server = await startTestServer();
  const set = await setUpOwner(server);
  owner = { app: server.app, workspaceId: set.workspaceId, cookie: set.cookie };
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const EVENTS_CSV = [
  'customer;when;what;channel;amount;note',
  'c1;2024-05-01 10:00:00;Viewed;web;10;a',
  'c2;2024-05-01 11:00:00;Bought;store;25.5;b',
  'c3;next tuesday;Viewed;web;5;"x, y"',
  'c4;2024-05-02 09:00:00;Viewed;email;7;',
].join('\n');

const EVENTS_MAPPING = {
  userId: 'customer',
  timestamp: 'when',
  event: 'what',
  channel: 'channel',
  properties: ['amount', 'note'],
  numeric: ['amount'],
};

describe('a CSV file', () => {
  let job: ImportJob;

  it('is uploaded and answers its preview and a suggested mapping', async () => {
    job = await uploaded(owner, 'events.csv', EVENTS_CSV, 'text/csv');
    expect(job).toMatchObject({
      filename: 'events.csv',
      format: 'csv',
      status: 'uploaded',
      sizeBytes: Buffer.byteLength(EVENTS_CSV),
      columns: ['customer', 'when', 'what', 'channel', 'amount', 'note'],
    });
    expect(job.preview.rows).toHaveLength(4);
    expect(job.preview.rows[2]).toEqual({
      line: 4,
      cells: {
        customer: 'c3',
        when: 'next tuesday',
        what: 'Viewed',
        channel: 'web',
        amount: '5',
        note: 'x, y',
      },
    });
    // The importer's guesses: no column is named like an event name or a time.
    expect(job.preview.suggestion).toEqual({
      userId: 'customer',
      channel: 'channel',
      properties: ['when', 'what', 'amount', 'note'],
      numeric: ['amount'],
    });
  });

  it('refuses a mapping naming an unknown column, or mapping a column twice', async () => {
    const unknown = await call(owner, 'POST', `/${job.id}/start`, {
      ...EVENTS_MAPPING,
      event: 'nope',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      detail: expect.stringContaining('unknown column "nope"'),
      errors: [{ field: '/event', message: expect.stringContaining('the columns are customer') }],
    });
    const twice = await call(owner, 'POST', `/${job.id}/start`, {
      ...EVENTS_MAPPING,
      properties: ['customer', 'amount'],
    });
    expect(twice.json()).toMatchObject({
      errors: [{ field: '/properties/0', message: '"customer" is already mapped to userId' }],
    });
  });

  it('runs to the end: counts, the first error by line and column, the reject file', async () => {
    const done = await run(owner, job, EVENTS_MAPPING);
    expect(done).toMatchObject({
      status: 'done',
      counts: { imported: 3, duplicates: 0, refused: 1 },
      progress: { rows: 4, done: Buffer.byteLength(EVENTS_CSV), unit: 'bytes' },
      mapping: EVENTS_MAPPING,
      failure: null,
    });
    expect(done.errors).toEqual([
      { line: 4, column: 'when', message: expect.stringContaining('is not a date-time') },
    ]);
    const rejects = await call(owner, 'GET', `/${job.id}/rejects`);
    expect(rejects.statusCode).toBe(200);
    expect(rejects.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(rejects.headers['content-disposition']).toBe(
      'attachment; filename="events-rejected.csv"',
    );
    const rows = parse(rejects.body, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['line', 'errors', ...job.columns, 'raw']);
    expect(rows.slice(1)).toEqual([
      [
        '4',
        expect.stringMatching(/^when: is not a date-time/),
        'c3',
        'next tuesday',
        'Viewed',
        'web',
        '5',
        'x, y',
        '',
      ],
    ]);
  });

  it('runs again without storing anything twice, as does the same file uploaded again', async () => {
    const again = await run(owner, job, EVENTS_MAPPING);
    expect(again.counts).toEqual({ imported: 0, duplicates: 3, refused: 1 });
    const copy = await uploaded(owner, 'events (copy).csv', EVENTS_CSV);
    expect((await run(owner, copy, EVENTS_MAPPING)).counts).toEqual({
      imported: 0,
      duplicates: 3,
      refused: 1,
    });
  });

  it('is listed in the history, newest first, with the size limit', async () => {
    const list = await call(owner, 'GET', '');
    const body = list.json<{ imports: ImportJob[]; maxBytes: number }>();
    expect(body.maxBytes).toBe(2 * 1024 ** 3);
    expect(body.imports.map((i) => i.filename).slice(0, 2)).toEqual([
      'events (copy).csv',
      'events.csv',
    ]);
    expect(body.imports[0]).not.toHaveProperty('preview');
  });
});

describe('NDJSON and Parquet files', () => {
  it('passes Segment calls through, and names unreadable lines', async () => {
    const calls = [
      { type: 'track', event: 'Signed Up', userId: 'n1', timestamp: '2024-05-01T10:00:00Z' },
      { type: 'identify', userId: 'n1', traits: { plan: 'pro' } },
      { type: 'page', name: 'Home', anonymousId: 'x9' },
    ];
    const text = `${calls.map((c) => JSON.stringify(c)).join('\n')}\n`;
    const job = await uploaded(owner, 'calls', text, 'application/x-ndjson');
    expect(job.format).toBe('ndjson');
    expect(job.preview.suggestion).toEqual({ passThrough: true, properties: [] });
    expect((await run(owner, job)).counts).toEqual({ imported: 3, duplicates: 0, refused: 0 });

    const plain = await uploaded(owner, 'rows.jsonl', '{"user":"u1","name":"Opened"}\nnot json\n');
    const done = await run(owner, plain, { userId: 'user', event: 'name', properties: [] });
    expect(done.counts).toEqual({ imported: 1, duplicates: 0, refused: 1 });
    expect(done.errors).toEqual([{ line: 2, column: null, message: 'is not valid JSON' }]);
  });

  it('reads Parquet, by its extension or by its first bytes', async () => {
    const path = join(dir, 'rows.parquet');
    await writeParquet(
      path,
      `SELECT 'p' || i AS user_id, 'Bought' AS event,
        TIMESTAMP '2024-05-01 10:00:00' + INTERVAL (i) MINUTE AS timestamp, i * 1.5 AS price
        FROM range(25) t(i)`,
    );
    const bytes = readFileSync(path);
    const named = await uploaded(owner, 'rows.parquet', bytes);
    expect(named).toMatchObject({
      format: 'parquet',
      columns: ['user_id', 'event', 'timestamp', 'price'],
    });
    expect(named.preview.rows[1]?.cells).toEqual({
      user_id: 'p1',
      event: 'Bought',
      timestamp: '2024-05-01T10:01:00.000Z',
      price: 1.5,
    });
    expect(named.preview.suggestion).toEqual({
      userId: 'user_id',
      event: 'event',
      timestamp: 'timestamp',
      properties: ['price'],
    });
    const done = await run(owner, named);
    expect(done).toMatchObject({
      counts: { imported: 25, duplicates: 0, refused: 0 },
      progress: { rows: 25, done: 25, total: 25, unit: 'rows' },
    });
    const sniffed = await uploaded(owner, 'export', bytes);
    expect(sniffed.format).toBe('parquet');
  });
});

describe('bad uploads', () => {
  it('are refused with a reason, and leave no job', async () => {
    const notParquet = await upload(owner, 'x.parquet', 'a,b\n1,2\n');
    expect(notParquet.statusCode).toBe(400);
    expect(notParquet.json().detail).toBe(
      "the file cannot be read as parquet: Invalid Input Error: File 'x.parquet' too small to be a Parquet file",
    );
    const empty = await upload(owner, 'empty.csv', '');
    expect(empty.json().detail).toBe('the file is empty: it has no column names and no rows');
    const noName = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${owner.workspaceId}/imports`,
      headers: { cookie: owner.cookie ?? '', 'content-type': 'text/csv' },
      payload: 'a\n1\n',
    });
    expect(noName.statusCode).toBe(400);
    const json = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${owner.workspaceId}/imports?filename=a.csv`,
      headers: { cookie: owner.cookie ?? '', 'content-type': 'application/json' },
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(400);
    const list = (await call(owner, 'GET', '')).json<{ imports: ImportJob[] }>();
    expect(list.imports.map((i) => i.filename)).not.toContain('x.parquet');
  });

  it('are documented in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, { requestBody?: { content: object } }>>;
    }>();
    const path = doc.paths['/api/v1/workspaces/{workspaceId}/imports'];
    expect(Object.keys(path?.post?.requestBody?.content ?? {})).toContain('text/csv');
    expect(doc.paths['/api/v1/workspaces/{workspaceId}/imports/{importId}/rejects']).toBeDefined();
  });
});

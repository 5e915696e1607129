/** `parcours import` on a real data directory: CSV, NDJSON and Parquet files, re-runs, refusals. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CliResult, runCli, startServe } from './support/process.ts';
import { setUpThroughApi } from './support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-import-'));
let demoId = '';
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runImport(args: readonly string[]): CliResult {
  return runCli(['import', ...args, '--data-dir', dataDir]);
}

const file = (name: string, text: string): string => {
  const path = join(dataDir, name);
  writeFileSync(path, text);
  return path;
};

function thousandRowCsv(): string {
  const lines = ['customer;anonymous;time;event;channel;amount'];
  for (let i = 1; i <= 1000; i += 1) {
    const time =
      i === 500 ? 'next tuesday' : `2024-05-${String((i % 28) + 1).padStart(2, '0')} 10:00:00`;
    const customer = i === 700 ? '' : `c${i % 97}`;
    const anonymous = i === 700 ? '' : `a${i}`;
    lines.push(`${customer};${anonymous};${time};Viewed;web;${i}`);
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

let server: Awaited<ReturnType<typeof startServe>> | undefined;
beforeAll(async () => {
  server = await startServe(dataDir);
  const session = await setUpThroughApi(server, { email: 'o@example.com', workspaceName: 'Mine' });
  const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
    workspaces: { id: string; name: string }[];
  };
  demoId = me.workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';
}, 90_000);

it('refuses to run while the server holds the event store', async () => {
  const csv = file('small.csv', 'customer,event\nc1,Viewed\n');
  const whileRunning = runImport([csv, '--workspace-id', demoId]);
  expect(whileRunning.status).toBe(1);
  expect(whileRunning.stderr).toContain('stop the server first');
  server?.child.kill('SIGTERM');
  await server?.exited;
}, 60_000);

it('imports a CSV, keeps the good rows, writes the refused ones with their lines, and is idempotent', () => {
  const csv = file('events.csv', thousandRowCsv());
  const args = [csv, '--workspace-id', demoId, '--time', 'time', '--numeric', 'amount'];
  const first = runImport(args);
  expect(first.stdout).toMatch(
    /Imported 998 events \(0 already there, 2 refused\) from .*events\.csv in/,
  );
  expect(first.status).toBe(0);
  expect(first.stderr).toContain('line 501: time: is not a date-time');
  expect(first.stderr).toContain('line 701: customer: userId or anonymousId is required');
  const rejects = readFileSync(`${csv}.rejects.ndjson`, 'utf8').trim().split('\n');
  expect(rejects.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual([501, 701]);
  expect(JSON.parse(rejects[0] ?? '{}')).toMatchObject({ row: { time: 'next tuesday' } });

  const again = runImport(args);
  expect(again.stdout).toContain('Imported 0 events (998 already there, 2 refused)');
  expect(again.status).toBe(0);
}, 60_000);

it('imports NDJSON Segment calls as they are, and a Parquet file', async () => {
  const calls = [
    { type: 'track', event: 'Signed Up', userId: 'n1', timestamp: '2024-05-01T10:00:00Z' },
    { type: 'identify', userId: 'n1', traits: { plan: 'pro' } },
    { type: 'page', name: 'Home', anonymousId: 'x9' },
  ];
  const ndjson = file('calls.ndjson', `${calls.map((c) => JSON.stringify(c)).join('\n')}\n`);
  expect(runImport([ndjson, '--workspace-id', demoId]).stdout).toContain('Imported 3 events (0');

  const parquet = join(dataDir, 'rows.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT 'p' || i AS user_id, 'Bought' AS event,
    TIMESTAMP '2024-05-01 10:00:00' + INTERVAL (i) MINUTE AS timestamp, i * 1.5 AS price
    FROM range(25) t(i)) TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  const imported = runImport([parquet, '--workspace-id', demoId]);
  expect(imported.stdout).toContain('Imported 25 events (0 already there, 0 refused)');
  expect(runImport([parquet, '--workspace-id', demoId]).stdout).toContain('(25 already there');
}, 60_000);

it('previews without storing, and refuses usage errors with exit code 2', () => {
  const csv = file('preview.csv', 'client\tevent\twhen\nz1\tOpened\t1714557600\n');
  const preview = runImport([csv, '--customer', 'client', '--time', 'when', '--preview']);
  expect(preview.status).toBe(0);
  const shown = JSON.parse(preview.stdout) as { events: { userId: string; timestamp: string }[] };
  expect(shown.events[0]).toMatchObject({ userId: 'z1', timestamp: '2024-05-01T10:00:00.000Z' });
  const stored = runImport([
    csv,
    '--customer',
    'client',
    '--time',
    'when',
    '--workspace-id',
    demoId,
  ]);
  expect(stored.stdout).toContain('Imported 1 events (0 already there');

  const unknown = runImport([csv, '--customer', 'nope', '--preview']);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('unknown column nope: the columns are client, event, when');
  expect(runImport([join(dataDir, 'missing.csv'), '--preview']).status).toBe(2);
  expect(runImport([file('data.bin', 'x'), '--preview']).status).toBe(2);
  expect(existsSync(`${csv}.rejects.ndjson`)).toBe(false);
}, 60_000);

it('exits 1 when every row is refused', () => {
  const csv = file('bad.csv', 'customer,event,time\n,Viewed,2024-05-01\n');
  const result = runImport([csv, '--workspace-id', demoId]);
  expect(result.stdout).toContain('Imported 0 events (0 already there, 1 refused)');
  expect(result.status).toBe(1);
}, 60_000);

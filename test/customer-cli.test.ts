/** `parcours customer` on a real data directory holding the demo workspace's simulated customers. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, type CliResult, startServe } from './support/process.ts';
import { setUpThroughApi } from './support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-customer-'));
let demoId = '';
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `parcours` without blocking the test worker (spawnSync would, for seconds). */
function runCli(args: readonly string[], input = ''): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PARCOURS_LOG_LEVEL: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdin.end(input);
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

const customer = (args: readonly string[], input?: string): Promise<CliResult> =>
  runCli(['customer', ...args, '--workspace-id', demoId, '--data-dir', dataDir], input);

interface Listed {
  customers: { customerId: string; traits: { email?: string; firstName?: string } }[];
  total: number;
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
  const whileRunning = await customer(['list']);
  expect(whileRunning.status).toBe(1);
  expect(whileRunning.stderr).toContain('stop the server first');
  server?.child.kill('SIGTERM');
  await server?.exited;
}, 60_000);

it('explains itself with --help', async () => {
  const help = await runCli(['customer', '--help']);
  expect(help.status).toBe(0);
  for (const command of ['list', 'show', 'export', 'erase']) expect(help.stdout).toContain(command);
  const erase = await runCli(['customer', 'erase', '--help']);
  for (const option of ['--yes', '--workspace-id', '--data-dir']) {
    expect(erase.stdout).toContain(option);
  }
}, 60_000);

it('lists and searches customers, and shows one', async () => {
  const table = await customer(['list', '--limit', '5']);
  expect(table.status, table.stderr).toBe(0);
  expect(table.stdout).toMatch(/^CUSTOMER\s+NAME\s+EMAIL\s+LAST SEEN \(UTC\)\s+EVENTS\s+CHANNELS/);
  expect(table.stdout).toMatch(/5 of 300 customers \(use --limit to see more\)\./);

  const known = await customer(['list', '--search', '@example.com', '--limit', '2', '--json']);
  const email = (JSON.parse(known.stdout) as Listed).customers[0]?.traits.email ?? '';
  expect(email).toMatch(/@example\.com$/);
  const search = await customer(['list', '--search', email.toUpperCase(), '--json']);
  const found = JSON.parse(search.stdout) as Listed;
  expect(found.total).toBe(1);
  const id = found.customers[0]?.customerId ?? '';
  const shown = await customer(['show', id]);
  expect(shown.status, shown.stderr).toBe(0);
  expect(shown.stdout).toContain(`Customer ${id} — `);
  expect(shown.stdout).toContain(email);
  expect(shown.stdout).toMatch(/Identities:\n {2}anonymous/);
  expect((await customer(['list', '--limit', '0'])).status).toBe(2);
}, 120_000);

it('exports a customer, then erases them once the id is typed back', async () => {
  const listed = await customer(['list', '--search', '@example.com', '--limit', '2', '--json']);
  const second = (JSON.parse(listed.stdout) as Listed).customers[1];
  const [id, email] = [second?.customerId ?? '', second?.traits.email ?? ''];
  const out = join(dataDir, 'export.json');
  const exported = await customer(['export', id, '--out', out]);
  expect(exported.status, exported.stderr).toBe(0);
  const document = JSON.parse(readFileSync(out, 'utf8')) as {
    format: string;
    customerId: string;
    profile: { traits: { email: string } };
    events: unknown[];
  };
  expect(document).toMatchObject({ format: 'parcours.customer-export', customerId: id });
  expect(document.profile.traits.email).toBe(email);
  expect(document.events.length).toBeGreaterThan(0);

  const mistyped = await customer(['erase', id], 'cus_other\n');
  expect(mistyped.status).toBe(1);
  expect(mistyped.stderr).toContain('does not match: nothing was erased');

  const erased = await customer(['erase', id], `${id}\n`);
  expect(erased.status, erased.stderr).toBe(0);
  expect(erased.stderr).toContain('Type the customer id to confirm');
  expect(erased.stdout).toMatch(
    new RegExp(
      `^Erased customer ${id}: ${document.events.length} events, \\d+ identities, 0 conflicts, 0 merges\\.`,
    ),
  );
  const gone = await customer(['show', id]);
  expect(gone.status).toBe(1);
  expect(gone.stderr).toContain(`customer ${id} not found in this workspace`);
  expect((await customer(['erase', id, '--yes'])).status).toBe(1);
}, 120_000);

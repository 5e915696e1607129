/** `parcours simulate` on a real data directory: events stored, re-runs idempotent, clear refusals. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli, startServe } from './support/process.ts';
import { setUpThroughApi } from './support/session.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-simulate-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('stores simulated events once per seed and refuses a running server or an unknown workspace', async () => {
  const server = await startServe(dataDir);
  const session = await setUpThroughApi(server, { email: 'o@example.com', workspaceName: 'Mine' });
  const me = (await (await session.call('GET', '/api/v1/me')).json()) as {
    workspaces: { id: string; name: string }[];
  };
  const demoId = me.workspaces.find((w) => w.name.startsWith('Demo'))?.id ?? '';

  const whileRunning = runCli([
    'simulate',
    '--workspace-id',
    demoId,
    '--customers',
    '50',
    '--data-dir',
    dataDir,
  ]);
  expect(whileRunning.status).toBe(1);
  expect(whileRunning.stderr).toContain('stop the server first');
  server.child.kill('SIGTERM');
  await server.exited;

  const args = [
    'simulate',
    '--workspace-id',
    demoId,
    '--customers',
    '200',
    '--seed',
    '9',
    '--data-dir',
    dataDir,
  ];
  const first = runCli(args);
  expect(first.stderr).toMatch(/Simulating \[█+\] 100%/);
  const stored = Number(
    /Stored (\d+) events \(0 already there, 0 refused\) for 200 simulated customers\./.exec(
      first.stdout,
    )?.[1],
  );
  expect(stored).toBeGreaterThan(200);
  const again = runCli(args);
  expect(again.stdout).toContain(`Stored 0 events (${stored} already there, 0 refused)`);

  const unknown = runCli(['simulate', '--workspace-id', 'nope', '--data-dir', dataDir]);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('--workspace-id: no workspace nope');
  expect(
    runCli(['simulate', '--workspace-id', demoId, '--customers', 'many', '--data-dir', dataDir])
      .stderr,
  ).toContain('--customers: expected a whole number');
});

/** The `parcours` command as a user runs it: help, errors and exit codes, accounts, serving. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServe } from './support/process.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('parcours --help', () => {
  it.each([
    [['--help']],
    [['serve', '--help']],
    [['user', '--help']],
    [['user', 'create', '--help']],
  ])('%j prints usage and exits 0', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: parcours');
  });

  it('an unknown command exits non-zero and says so', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  it('a bad setting exits 2 and names it', () => {
    const result = runCli(['serve', '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'command-line option for port: expected a whole number, got "eighty"',
    );
  });
});

describe('parcours user create', () => {
  it('creates the first owner, then refuses a second user without a workspace', () => {
    const dataDir = tempDir();
    const first = runCli(
      ['user', 'create', '--email', 'Ana@Example.com', '--name', 'Ana', '--data-dir', dataDir],
      {
        input: 'a long enough password\n',
      },
    );
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^Created owner ana@example.com of workspace "My workspace" \(.+\)\.\n$/,
    );
    expect(first.status).toBe(0);

    const second = runCli(
      ['user', 'create', '--email', 'bo@example.com', '--name', 'Bo', '--data-dir', dataDir],
      {
        input: 'a long enough password\n',
      },
    );
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('pass --workspace-id');

    const workspaceId = /\((.+)\)/.exec(first.stdout)?.[1] ?? '';
    const joined = runCli(
      [
        'user',
        'create',
        '--email',
        'bo@example.com',
        '--name',
        'Bo',
        '--workspace-id',
        workspaceId,
        '--role',
        'viewer',
        '--data-dir',
        dataDir,
      ],
      { input: 'a long enough password\n' },
    );
    expect(joined.stdout).toContain(`Created bo@example.com, viewer of workspace ${workspaceId}.`);
    const again = runCli(
      [
        'user',
        'create',
        '--email',
        'bo@example.com',
        '--name',
        'Bo',
        '--workspace-id',
        workspaceId,
        '--data-dir',
        dataDir,
      ],
      { input: 'a long enough password\n' },
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--email: a user with this email already exists');
  });

  it('refuses a short password and a bad email', () => {
    const dataDir = tempDir();
    const short = runCli(
      ['user', 'create', '--email', 'a@example.com', '--name', 'A', '--data-dir', dataDir],
      { input: 'short\n' },
    );
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('password must be at least 12 characters long');
    const email = runCli(
      ['user', 'create', '--email', 'nope', '--name', 'A', '--data-dir', dataDir],
      { input: 'a long enough password\n' },
    );
    expect(email.status).toBe(2);
    expect(email.stderr).toContain('--email: "nope" is not an email address');
  });
});

describe('parcours serve', () => {
  it('prints a setup link on first start only, and stops gracefully on SIGTERM', async () => {
    const dataDir = tempDir();
    const server = await startServe(dataDir);
    expect(server.setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/setup\?token=[\w-]{43}$/);
    expect(server.output()).toContain(
      'Created the demo workspace "Demo: Maison Lumière (e-commerce)"',
    );
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Parcours stopped.');

    const owner = runCli(
      ['user', 'create', '--email', 'a@example.com', '--name', 'A', '--data-dir', dataDir],
      {
        input: 'a long enough password\n',
      },
    );
    expect(owner.stdout).toContain('and of the demo workspace.');
    const again = await startServe(dataDir);
    expect(again.setupUrl).toBeUndefined();
    again.child.kill('SIGTERM');
    await again.exited;
  });
});

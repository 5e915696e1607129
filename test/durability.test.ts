/**
 * Killing the server (SIGKILL, no chance to flush or close) and restarting it
 * loses nothing it acknowledged: the owner, the workspaces and the API keys.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startServe } from './support/process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const json = { 'content-type': 'application/json' };

it('keeps every acknowledged write across SIGKILL', async () => {
  const first = await startServe(dataDir);
  const token = new URL(first.setupUrl ?? '').searchParams.get('token');
  const setup = await fetch(`${first.url}/api/v1/setup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      token,
      name: 'Owner',
      email: 'o@example.com',
      password: 'correct horse battery',
      workspaceName: 'Acme',
    }),
  });
  expect(setup.status).toBe(201);
  const cookie = setup.headers.get('set-cookie')?.split(';')[0] ?? '';
  const workspaceId = ((await setup.json()) as { workspaces: { id: string }[] }).workspaces[0]?.id;
  const keyIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const created = await fetch(`${first.url}/api/v1/workspaces/${workspaceId}/keys`, {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({ name: `key ${i}`, kind: i % 2 ? 'write' : 'secret' }),
    });
    expect(created.status).toBe(201);
    keyIds.push(((await created.json()) as { key: { id: string } }).key.id);
  }
  first.child.kill('SIGKILL');
  await first.exited;

  const second = await startServe(dataDir);
  try {
    expect(second.setupUrl).toBeUndefined();
    const login = await fetch(`${second.url}/api/v1/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'o@example.com', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const newCookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const keys = await fetch(`${second.url}/api/v1/workspaces/${workspaceId}/keys`, {
      headers: { cookie: newCookie },
    });
    const listed = ((await keys.json()) as { keys: { id: string }[] }).keys.map((k) => k.id);
    expect(listed.sort()).toEqual([...keyIds].sort());
    // The session issued before the kill is still valid too.
    expect((await fetch(`${second.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});

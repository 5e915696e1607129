/** Graceful shutdown: in-flight requests finish, new ones are refused, both stores close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { startServer } from './start.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'parcours-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('finishes in-flight requests, then closes both stores', async () => {
  const config = loadConfig({
    env: { PARCOURS_LOG_LEVEL: 'silent' },
    overrides: { port: '0', dataDir },
  });
  let release = () => {};
  let arrived = () => {};
  const hasArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const running = await startServer(config, () => {}, {
    extend: (app) =>
      app.get('/slow', async () => {
        arrived();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return { finished: true };
      }),
  });
  const inFlight = fetch(`${running.url}/slow`);
  await hasArrived;
  const stopped = running.stop();
  // Let the close begin (the server stops listening) while the request is still held.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const during = await fetch(`${running.url}/api/health`).then(
    (r) => r.status,
    () => 'refused',
  );
  const storesOpenDuring = await running.stores.events.count('w').then(
    () => true,
    () => false,
  );
  release();
  expect([503, 'refused']).toContain(during);
  expect(storesOpenDuring).toBe(true);
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ finished: true });
  await stopped;
  await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  await expect(running.stores.events.count('w')).rejects.toThrow(/closed/);
  await expect(
    running.stores.operational.db.selectFrom('users').selectAll().execute(),
  ).rejects.toThrow();
});

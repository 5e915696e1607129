/** No secret reaches the logs: passwords, session cookies, API keys and link tokens. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSetupToken } from '../access/sessions.ts';
import { loadConfig } from '../config/config.ts';
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { buildServer, loggerOptions } from './app.ts';
import { serverDeps } from './deps.ts';
import { accessContext } from './start.ts';

let logs = '';
const sink = new Writable({
  write(chunk, _encoding, done) {
    logs += chunk.toString();
    done();
  },
});
const config = loadConfig({
  env: { PARCOURS_LOG_LEVEL: 'trace', PARCOURS_WEB_DIR: '/nonexistent' },
});
const stores = {
  operational: await openSqliteOperationalStore({ path: ':memory:' }),
  events: await openDuckDbEventStore({ path: ':memory:' }),
};
const ctx = accessContext(config, stores.operational);
const app = await buildServer({
  config,
  deps: serverDeps({
    access: ctx,
    events: stores.events,
    publicUrl: () => 'http://x',
    secureCookies: false,
    dataDir: config.dataDir,
    importMaxBytes: config.importMaxBytes,
  }),
  logger: pino(loggerOptions(config), sink),
});
beforeAll(() => app.ready());
afterAll(async () => {
  await app.close();
  await Promise.all([stores.operational.close(), stores.events.close()]);
});

it('logs requests without their secrets', async () => {
  const token = (await createSetupToken(ctx)) ?? '';
  const password = 'a very secret password';
  const setup = await app.inject({
    method: 'POST',
    url: `/api/v1/setup?token=${token}`,
    payload: { token, name: 'O', email: 'o@example.com', password, workspaceName: 'W' },
  });
  const cookie = setup.headers['set-cookie']?.toString().split(';')[0] ?? '';
  const workspaceId = setup.json<{ workspaces: { id: string }[] }>().workspaces[0]?.id;
  const created = await app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspaceId}/keys`,
    headers: { cookie },
    payload: { name: 'k', kind: 'secret' },
  });
  const secret = created.json<{ secret: string }>().secret;
  await app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${workspaceId}/keys`,
    headers: { authorization: `Bearer ${secret}` },
  });
  await app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${workspaceId}/keys`,
    headers: { authorization: 'Bearer sk_wrong' },
  });

  expect(logs).toContain('"url":"/api/v1/setup"');
  expect(logs).toContain('incoming request');
  for (const value of [token, password, cookie.split('=')[1] ?? 'missing', secret, 'sk_wrong']) {
    expect(logs).not.toContain(value);
  }
});

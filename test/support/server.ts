/**
 * An in-process Parcours for HTTP tests: real SQLite and DuckDB stores (in
 * memory), the real Fastify app, driven with `inject`. Nothing is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AccessContext } from '../../src/access/context.ts';
import { createSetupToken } from '../../src/access/sessions.ts';
import { loadConfig } from '../../src/config/config.ts';
import { buildServer } from '../../src/server/app.ts';
import { serverDeps } from '../../src/server/deps.ts';
import { accessContext } from '../../src/server/start.ts';
import { openDuckDbEventStore } from '../../src/storage/events/duckdb.ts';
import type { EventStore } from '../../src/storage/events/port.ts';
import { openSqliteOperationalStore } from '../../src/storage/operational/sqlite.ts';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly ctx: AccessContext;
  /** The server's event store, to seed events without going through HTTP. */
  readonly events: EventStore;
  /** A temporary directory, removed on close (the stores themselves are in memory). */
  readonly dataDir: string;
  /** Moves the server's clock forward (sessions, links expire). */
  advance(hours: number): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Extra settings, as environment variables (e.g. PARCOURS_IMPORT_MAX_BYTES). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // Stores stay in memory; the directory holds uploaded import files.
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-test-'));
  const config = loadConfig({
    env: {
      PARCOURS_LOG_LEVEL: 'silent',
      PARCOURS_DATA_DIR: dataDir,
      PARCOURS_WEB_DIR: '/nonexistent',
      ...options.env,
    },
  });
  const operational = await openSqliteOperationalStore({ path: ':memory:' });
  const events = await openDuckDbEventStore({ path: ':memory:' });
  let offsetMs = 0;
  const ctx: AccessContext = {
    ...accessContext(config, operational),
    now: () => new Date(Date.now() + offsetMs),
  };
  const app = await buildServer({
    config,
    deps: serverDeps({
      access: ctx,
      events,
      publicUrl: () => 'http://parcours.test',
      secureCookies: false,
      dataDir: config.dataDir,
      importMaxBytes: config.importMaxBytes,
    }),
  });
  return {
    app,
    ctx,
    events,
    dataDir,
    advance: (hours) => {
      offsetMs += hours * 3_600_000;
    },
    close: async () => {
      await app.close();
      await Promise.all([operational.close(), events.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sessionCookie = (response: LightMyRequestResponse): string => {
  const cookie = response.cookies.find((c) => c.name === 'parcours_session');
  if (!cookie)
    throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `parcours_session=${cookie.value}`;
};

export interface Owner {
  readonly cookie: string;
  readonly workspaceId: string;
  readonly userId: string;
}

/** Runs first-run setup and answers the owner's session cookie and workspace. */
export async function setUpOwner(server: TestServer, email = 'owner@example.com'): Promise<Owner> {
  const token = await createSetupToken(server.ctx);
  if (token === undefined) throw new Error('setup already done');
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: {
      token,
      name: 'Owner',
      email,
      password: 'correct horse battery',
      workspaceName: 'Acme',
    },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  const me = response.json<{ user: { id: string }; workspaces: { id: string }[] }>();
  return {
    cookie: sessionCookie(response),
    workspaceId: me.workspaces[0]?.id ?? '',
    userId: me.user.id,
  };
}

/** A second, independent person with their own workspace, added without the web flow. */
export async function signUpOther(server: TestServer, owner: Owner, email: string): Promise<Owner> {
  const invite = await server.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${owner.workspaceId}/members`,
    headers: { cookie: owner.cookie },
    payload: { email, role: 'viewer' },
  });
  const token = new URL(invite.json<{ inviteUrl: string }>().inviteUrl).searchParams.get('token');
  const accepted = await server.app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token, name: email, password: 'another long password' },
  });
  const cookie = sessionCookie(accepted);
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/v1/workspaces',
    headers: { cookie },
    payload: { name: `Workspace of ${email}` },
  });
  // Leave the first workspace so that the two people share nothing.
  const me = accepted.json<{ user: { id: string } }>();
  await server.app.inject({
    method: 'DELETE',
    url: `/api/v1/workspaces/${owner.workspaceId}/members/${me.user.id}`,
    headers: { cookie: owner.cookie },
  });
  return { cookie, workspaceId: created.json<{ id: string }>().id, userId: me.user.id };
}

/**
 * Test and benchmark helpers: the real Parcours HTTP app (real SQLite and DuckDB stores, in
 * memory or in a data directory), and workspaces with their keys.
 * Not used by production code.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AccessContext } from '../access/context.ts';
import { createKey, revokeKey } from '../access/keys.ts';
import { createUserRow, createWorkspaceRows } from '../access/sessions.ts';
import type { User } from '../access/types.ts';
import { loadConfig } from '../config/config.ts';
import { buildServer } from '../server/app.ts';
import { serverDeps } from '../server/deps.ts';
import { accessContext } from '../server/start.ts';
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import type { EventStore } from '../storage/events/port.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';

export interface TestWorkspace {
  readonly workspaceId: string;
  /** Value of a `pk_…` write key of the workspace. */
  readonly writeKey: string;
  /** Value of an `sk_…` secret key of the workspace. */
  readonly secretKey: string;
  /** Revokes the write key. */
  revokeWriteKey(): Promise<void>;
}

export interface TrackingServer {
  readonly app: FastifyInstance;
  readonly events: EventStore;
  readonly access: AccessContext;
  /** A new workspace (with an owner) and its keys. */
  newWorkspace(name?: string): Promise<TestWorkspace>;
  /** `Authorization` header value of a key, the way Segment libraries send it. */
  basic(key: string): string;
  close(): Promise<void>;
}

export interface TrackingServerOptions {
  /** Directory of the two store files; both stores in memory when absent. */
  readonly dataDir?: string;
  /** The server clock (event reception times); the real clock when absent. */
  readonly now?: () => Date;
}

export async function startTrackingServer(
  options: TrackingServerOptions = {},
): Promise<TrackingServer> {
  const { dataDir } = options;
  const config = loadConfig({
    env: {
      PARCOURS_LOG_LEVEL: 'silent',
      PARCOURS_DATA_DIR: dataDir ?? '/nonexistent',
      PARCOURS_WEB_DIR: '/nonexistent',
    },
  });
  const at = (file: string) => (dataDir === undefined ? ':memory:' : join(dataDir, file));
  const operational = await openSqliteOperationalStore({ path: at('parcours.sqlite') });
  const events = await openDuckDbEventStore({ path: at('events.duckdb') });
  const access: AccessContext = {
    ...accessContext(config, operational),
    ...(options.now !== undefined && { now: options.now }),
  };
  const deps = serverDeps({
    access,
    events,
    publicUrl: () => 'http://parcours.test',
    secureCookies: false,
    dataDir: config.dataDir,
    importMaxBytes: config.importMaxBytes,
  });
  const app = await buildServer({ config, deps });
  let owners = 0;
  return {
    app,
    events,
    access,
    basic: (key) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`,
    newWorkspace: async (name = 'Acme') => {
      owners++;
      const created = await createUserRow(
        access.db,
        access,
        `owner${owners}@example.com`,
        `Owner ${owners}`,
        'not-a-password-hash',
      );
      if (!created.ok) throw new Error(created.error.message);
      const user: User = created.value;
      const workspace = await createWorkspaceRows(access.db, access, name, user.id);
      const granted = {
        workspaceId: workspace.id,
        role: 'owner' as const,
        principal: { kind: 'user' as const, user, sessionExpiresAt: '9999-12-31T00:00:00.000Z' },
      };
      const write = await createKey(access, granted, { name: 'site', kind: 'write' });
      const secret = await createKey(access, granted, { name: 'admin', kind: 'secret' });
      return {
        workspaceId: workspace.id,
        writeKey: write.secret,
        secretKey: secret.secret,
        revokeWriteKey: async () => {
          const revoked = await revokeKey(access, granted, write.key.id);
          if (!revoked.ok) throw new Error(revoked.error.message);
        },
      };
    },
    close: async () => {
      await app.close();
      await Promise.all([operational.close(), events.close()]);
    },
  };
}

/**
 * Runs Parcours on one machine: opens both embedded stores in the data
 * directory, serves HTTP, prints where to go, and shuts down gracefully on
 * SIGINT/SIGTERM (in-flight requests finish, then both stores close).
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AccessContext } from '../access/context.ts';
import { createSetupToken } from '../access/sessions.ts';
import { baseUrl, type Config } from '../config/config.ts';
import { seedDemoActions } from '../prioritise/demo.ts';
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import type { EventStore } from '../storage/events/port.ts';
import type { OperationalStore } from '../storage/operational/port.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { buildServer } from './app.ts';
import { ensureDemoWorkspace, seedDemoHistory } from './demo.ts';
import { serverDeps } from './deps.ts';

export interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly stores: { readonly operational: OperationalStore; readonly events: EventStore };
  /** Stops accepting requests, waits for in-flight ones, closes the stores. */
  stop(): Promise<void>;
}

export const storePaths = (config: Config) => ({
  operational: join(config.dataDir, 'parcours.sqlite'),
  events: join(config.dataDir, 'events.duckdb'),
});

export const accessContext = (config: Config, store: OperationalStore): AccessContext => ({
  db: store.db,
  now: () => new Date(),
  sessionTtlHours: config.sessionTtlHours,
  invitationTtlHours: 72,
});

export interface StartOptions {
  /** Adds routes before listening (tests use it to hold a request open). */
  readonly extend?: (app: FastifyInstance) => void;
}

export async function startServer(
  config: Config,
  print: (line: string) => void,
  options: StartOptions = {},
): Promise<Running> {
  const paths = storePaths(config);
  const operational = await openSqliteOperationalStore({ path: paths.operational });
  let events: EventStore;
  try {
    events = await openDuckDbEventStore({ path: paths.events });
  } catch (error) {
    await operational.close();
    throw error;
  }
  let url = config.publicUrl ?? '';
  const access = accessContext(config, operational);
  const app = await buildServer({
    config,
    deps: serverDeps({
      access,
      events,
      publicUrl: () => url,
      secureCookies: url.startsWith('https:'),
      dataDir: config.dataDir,
      importMaxBytes: config.importMaxBytes,
      surveyLinkSecret: config.surveyLinkSecret,
    }),
  });
  const closeStores = async () => {
    await Promise.allSettled([operational.close(), events.close()]);
  };
  app.addHook('onClose', closeStores);
  // Responses finished during shutdown close their connection, so a client's
  // keep-alive socket cannot hold the shutdown open until it times out.
  let stopping: Promise<void> | undefined;
  app.addHook('onSend', async (_request, reply) => {
    if (stopping !== undefined) reply.header('connection', 'close');
  });
  options.extend?.(app);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  url = baseUrl(config, port);
  const demo = await ensureDemoWorkspace(access);
  if (demo !== undefined) {
    print(`Created the demo workspace "${demo.name}" (e-commerce template).`);
    await seedDemoActions(access, demo.id);
    if (config.demoCustomers > 0) {
      await seedDemoHistory(access, events, demo.id, config.demoCustomers, print);
    }
  }
  const setupToken = await createSetupToken(access);
  if (setupToken !== undefined) {
    print(`No account yet. Create the owner account: ${url}/setup?token=${setupToken}`);
    print('(or run: parcours user create --email you@example.com --name "Your name")');
  }
  print(`API documentation: ${url}/api/docs`);
  // Last, so that whoever waits for this line has everything printed before it.
  print(`Parcours listening on ${url} (data in ${config.dataDir})`);
  return {
    app,
    url,
    stores: { operational, events },
    stop: () => {
      stopping ??= app.close();
      return stopping;
    },
  };
}

/** Stops on the first SIGINT/SIGTERM; a second one exits at once. */
export function stopOnSignals(running: Running, print: (line: string) => void): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(130);
    signalled = true;
    print(`${signal} received: finishing in-flight requests, then closing the stores…`);
    running.stop().then(
      () => print('Parcours stopped.'),
      (error: unknown) => {
        print(`error while stopping: ${String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/**
 * `parcours customer`: list, show, export and erase customers from the command line — the
 * same use cases as the API (src/customers). Works on a stopped server's data directory
 * (DuckDB allows one process at a time).
 */
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { findWorkspace } from '../access/repository.ts';
import { loadConfig } from '../config/config.ts';
import { erasureTargets } from '../customers/erasure.ts';
import { type CustomersContext, listCustomers, readCustomer } from '../customers/service.ts';
import { eraseCustomer, exportCustomer } from '../customers/service-erasure.ts';
import { accessContext, storePaths } from '../server/start.ts';
import type { Result } from '../shared/result.ts';
import { MAX_CUSTOMER_LIMIT } from '../storage/events/customer-port.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { listText, showText } from './customer-output.ts';
import { CliError, configOptions, type Io } from './main.ts';
import { openEventStoreOf } from './stores.ts';

interface StoreOptions {
  workspaceId: string;
  dataDir?: string;
  logLevel?: string;
}

/** Opens both stores of the data directory, checks the workspace, runs `task`, closes them. */
async function withCustomers<T>(
  io: Io,
  options: StoreOptions,
  task: (c: CustomersContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig({
    env: io.env,
    overrides: options.dataDir === undefined ? {} : { dataDir: options.dataDir },
  });
  const paths = storePaths(config);
  const operational = await openSqliteOperationalStore({ path: paths.operational });
  try {
    const access = accessContext(config, operational);
    if (!(await findWorkspace(access.db, options.workspaceId))) {
      throw new CliError(
        `--workspace-id: no workspace ${options.workspaceId} in ${config.dataDir}`,
        2,
      );
    }
    const events = await openEventStoreOf(paths.events);
    try {
      return await task({ access, events, targets: erasureTargets({ events }) });
    } finally {
      await events.close();
    }
  } finally {
    await operational.close();
  }
}

/** The value of a result, or its failure as a CLI error (2 for bad input, 1 otherwise). */
function orExit<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const failure = result.error;
  const detail =
    failure.kind === 'invalid' && failure.errors.length > 0
      ? failure.errors.map((e) => `${e.field.replace('/', '--')}: ${e.message}`).join('; ')
      : failure.message;
  throw new CliError(detail, failure.kind === 'invalid' ? 2 : 1);
}

function withStoreOptions(command: Command): Command {
  command.requiredOption('--workspace-id <id>', 'workspace of the customers');
  for (const option of configOptions()) command.addOption(option);
  return command;
}

function listCommand(io: Io): Command {
  const command = new Command('list')
    .description('list customers, most recently seen first')
    .option(
      '--search <text>',
      'part of a customer id, identity, email, name… (case and accents ignored)',
    )
    .option('--limit <n>', `how many to show, 1 to ${MAX_CUSTOMER_LIMIT}`, '50')
    .option('--json', 'print the page as JSON');
  return withStoreOptions(command).action(
    async (options: StoreOptions & { search?: string; limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!/^\d+$/.test(options.limit) || limit < 1 || limit > MAX_CUSTOMER_LIMIT) {
        throw new CliError(`--limit: expected a whole number from 1 to ${MAX_CUSTOMER_LIMIT}`, 2);
      }
      const input = { limit, ...(options.search === undefined ? {} : { search: options.search }) };
      const page = await withCustomers(io, options, async (c) =>
        orExit(await listCustomers(c, options.workspaceId, input)),
      );
      for (const line of options.json === true ? [JSON.stringify(page, null, 2)] : listText(page)) {
        io.out(line);
      }
    },
  );
}

function showCommand(io: Io): Command {
  const command = new Command('show')
    .description("a customer's traits, identities, activity, conflicts and merges")
    .argument('<customer-id>', 'the customer (cus_…)')
    .option('--json', 'print it as JSON');
  return withStoreOptions(command).action(
    async (customerId: string, options: StoreOptions & { json?: boolean }) => {
      const detail = await withCustomers(io, options, async (c) =>
        orExit(await readCustomer(c, options.workspaceId, customerId)),
      );
      const lines = options.json === true ? [JSON.stringify(detail, null, 2)] : showText(detail);
      for (const line of lines) io.out(line);
    },
  );
}

function exportCommand(io: Io): Command {
  const command = new Command('export')
    .description('right of access: everything held about a customer, as JSON')
    .argument('<customer-id>', 'the customer (cus_…)')
    .option('--out <file>', 'write the JSON to this file instead of standard output');
  return withStoreOptions(command).action(
    async (customerId: string, options: StoreOptions & { out?: string }) => {
      const document = await withCustomers(io, options, async (c) =>
        orExit(await exportCustomer(c, options.workspaceId, customerId)),
      );
      const text = JSON.stringify(document, null, 2);
      if (options.out === undefined) io.out(text);
      else {
        writeFileSync(options.out, `${text}\n`, { mode: 0o600 });
        io.err(`Exported customer ${customerId} to ${options.out}.`);
      }
    },
  );
}

async function readLine(io: Io): Promise<string | undefined> {
  const lines = createInterface({ input: io.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return undefined;
}

function eraseCommand(io: Io): Command {
  const command = new Command('erase')
    .description(
      'right to erasure: delete everything about a customer from every store (asks to type the id back unless --yes); the erasure log keeps the id, counts, who and when',
    )
    .argument('<customer-id>', 'the customer (cus_…)')
    .option('--yes', 'do not ask for confirmation');
  return withStoreOptions(command).action(
    async (customerId: string, options: StoreOptions & { yes?: boolean }) => {
      if (options.yes !== true) {
        io.err(`This deletes every event, identity and log entry about ${customerId}, for good.`);
        io.err('Type the customer id to confirm:');
        if ((await readLine(io)) !== customerId) {
          throw new CliError('the id typed does not match: nothing was erased');
        }
      }
      const eraser = { kind: 'cli' as const, id: null, name: userInfo().username || 'cli' };
      const entry = await withCustomers(io, options, async (c) =>
        orExit(await eraseCustomer(c, options.workspaceId, customerId, eraser)),
      );
      const counts = Object.entries(entry.counts)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
      io.out(`Erased customer ${customerId}: ${counts}.`);
    },
  );
}

export function customerCommand(io: Io): Command {
  return new Command('customer')
    .description(
      'list, show, export (right of access) and erase (right to erasure) customers; run it while the server is stopped',
    )
    .addCommand(listCommand(io))
    .addCommand(showCommand(io))
    .addCommand(exportCommand(io))
    .addCommand(eraseCommand(io));
}

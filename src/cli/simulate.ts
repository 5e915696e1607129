/**
 * `parcours simulate`: simulated customers of a workspace's journey map, fed
 * through the intake into the event store. Works on a stopped server's data
 * directory (DuckDB allows one process at a time).
 */
import { Command, Option } from 'commander';
import { findWorkspace } from '../access/repository.ts';
import { loadConfig } from '../config/config.ts';
import { readModel } from '../model/service.ts';
import { accessContext, storePaths } from '../server/start.ts';
import { progress } from '../shared/progress.ts';
import { seedHistory } from '../simulate/seed-history.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { CliError, configOptions, type Io } from './main.ts';
import { openEventStoreOf } from './stores.ts';

interface SimulateOptions {
  workspaceId: string;
  customers: string;
  days: string;
  seed: string;
  dataDir?: string;
}

const wholeNumber = (flag: string, raw: string, min: number, max: number): number => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new CliError(
      `${flag}: expected a whole number between ${min} and ${max}, got "${raw}"`,
      2,
    );
  }
  return value;
};

export function simulateCommand(io: Io): Command {
  const command = new Command('simulate')
    .description(
      "generate realistic events from a workspace's journey map (deterministic by seed) and store them through the intake; run it while the server is stopped",
    )
    .requiredOption('--workspace-id <id>', 'workspace whose map drives the simulation')
    .option('--customers <n>', 'number of simulated customers', '1000')
    .option('--days <n>', 'length of the simulated history, ending now', '365')
    .addOption(
      new Option('--seed <n>', 'random seed: the same seed gives the same events').default('1'),
    );
  for (const option of configOptions()) command.addOption(option);
  return command.action(async (options: SimulateOptions) => {
    const customers = wholeNumber('--customers', options.customers, 1, 10_000_000);
    const days = wholeNumber('--days', options.days, 1, 3650);
    const seed = wholeNumber('--seed', options.seed, 0, 2 ** 31 - 1);
    const config = loadConfig({
      env: io.env,
      overrides: options.dataDir === undefined ? {} : { dataDir: options.dataDir },
    });
    const paths = storePaths(config);
    const operational = await openSqliteOperationalStore({ path: paths.operational });
    try {
      const ctx = accessContext(config, operational);
      if (!(await findWorkspace(ctx.db, options.workspaceId))) {
        throw new CliError(
          `--workspace-id: no workspace ${options.workspaceId} in ${config.dataDir}`,
          2,
        );
      }
      const events = await openEventStoreOf(paths.events);
      try {
        const { model } = await readModel(ctx, options.workspaceId);
        const end = new Date();
        const start = new Date(end.getTime() - days * 24 * 3_600_000);
        const bar = progress(
          'Simulating',
          customers,
          (text) => process.stderr.write(text),
          process.stderr.isTTY === true,
        );
        const result = await seedHistory(
          { events, now: () => new Date() },
          options.workspaceId,
          model,
          {
            seed,
            customers,
            start,
            end,
            onProgress: (done) =>
              bar.update(done.customers, `${done.events.toLocaleString('en')} events`),
          },
        );
        bar.finish(`${customers.toLocaleString('en')} customers`);
        io.out(
          `Stored ${result.events} events (${result.duplicates} already there, ${result.rejected} refused) for ${customers} simulated customers.`,
        );
      } finally {
        await events.close();
      }
    } finally {
      await operational.close();
    }
  });
}

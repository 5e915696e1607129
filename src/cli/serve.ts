/** `parcours serve`: the web app and API on embedded storage. */
import { Command, Option } from 'commander';
import { loadConfig } from '../config/config.ts';
import { startServer, stopOnSignals } from '../server/start.ts';
import { configOptions, type Io } from './main.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  logLevel?: string;
}

export function serveCommand(io: Io): Command {
  const command = new Command('serve')
    .description('serve the web app and the API (prints the URL, and a setup link on first run)')
    .addOption(
      new Option(
        '-p, --port <port>',
        'TCP port, 0 for any free one (env PARCOURS_PORT, default 4280)',
      ),
    )
    .addOption(
      new Option('--host <host>', 'interface to bind (env PARCOURS_HOST, default 127.0.0.1)'),
    );
  for (const option of configOptions()) command.addOption(option);
  return command.action(async (options: ServeOptions) => {
    const config = loadConfig({
      env: io.env,
      overrides: {
        ...(options.port !== undefined && { port: options.port }),
        ...(options.host !== undefined && { host: options.host }),
        ...(options.dataDir !== undefined && { dataDir: options.dataDir }),
        ...(options.logLevel !== undefined && { logLevel: options.logLevel }),
      },
    });
    const running = await startServer(config, io.out);
    stopOnSignals(running, io.out);
  });
}

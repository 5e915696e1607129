/** Runs the real `parcours` command as a child process, as a user would. */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/parcours.js', import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a short command to completion. */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, PARCOURS_LOG_LEVEL: 'warn', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServeProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  /** The one-time setup link, when the data directory had no user yet. */
  readonly setupUrl: string | undefined;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `parcours serve --port 0` on a data directory and waits until it listens. */
export async function startServe(
  dataDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
    // A small demo history keeps every start quick; npm start uses 50,000 customers.
    env: {
      ...process.env,
      PARCOURS_LOG_LEVEL: 'warn',
      PARCOURS_DEMO_CUSTOMERS: '300',
      ...extraEnv,
    },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<{ url: string; setupUrl: string | undefined }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start in time:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // `serve` prints the listening line last, after any setup link.
      const url = /Parcours listening on (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, setupUrl: /Create the owner account: (\S+)/.exec(output)?.[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  const { url, setupUrl } = await ready;
  return { child, url, setupUrl, output: () => output, exited };
}

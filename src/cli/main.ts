/**
 * The `parcours` command. Thin: it parses arguments, loads the configuration
 * once, and calls the same modules as the server. Returns the exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, ENVIRONMENT_VARIABLES } from '../config/config.ts';
import { attributionCommand } from './attribution.ts';
import { customerCommand } from './customer.ts';
import { importCommand } from './import.ts';
import { serveCommand } from './serve.ts';
import { simulateCommand } from './simulate.ts';
import { userCommand } from './user.ts';

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // The one place outside config.ts that touches process.env: handing it to the parser.
  env: process.env,
  stdin: process.stdin,
};

/** Options that every command accepting configuration shares. */
export const configOptions = (): Option[] => [
  new Option(
    '--data-dir <dir>',
    'directory of the embedded stores (env PARCOURS_DATA_DIR, default ./data)',
  ),
  new Option(
    '--log-level <level>',
    'fatal|error|warn|info|debug|trace|silent (env PARCOURS_LOG_LEVEL)',
  ),
];

export function buildProgram(io: Io): Command {
  const program = new Command('parcours')
    .description('Parcours: map, measure, prioritise and automate customer journeys.')
    .version('0.1.0', '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nConfiguration is read from ${ENVIRONMENT_VARIABLES.join(', ')}.`)
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    })
    .exitOverride();
  program.addCommand(serveCommand(io));
  program.addCommand(userCommand(io));
  program.addCommand(simulateCommand(io));
  program.addCommand(importCommand(io));
  program.addCommand(customerCommand(io));
  program.addCommand(attributionCommand(io));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** An expected failure of a command: its message is shown as is, without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

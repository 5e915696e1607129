/**
 * `parcours attribution FILE`: every attribution model over an aggregated path file
 * (`path;total_conversions;total_conversion_value;total_null`, ChannelAttribution's format).
 * Needs no data directory: it reads the file and prints, as JSON or as a table.
 */
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parsePathData } from '../analytics/attribution/journeys.ts';
import { attributionTable, type ChannelAttributionRow } from '../analytics/attribution/report.ts';
import { CliError, type Io } from './main.ts';

interface AttributionOptions {
  json?: boolean;
  markovOrder: string;
  nulls: boolean;
}

const MAX_ERRORS_SHOWN = 20;

export function attributionCommand(io: Io): Command {
  return new Command('attribution')
    .description(
      'attribute conversions and value to channels with first touch, last touch, linear, position-based (40/20/40), Markov removal effect and Shapley, from an aggregated path file',
    )
    .argument('<file>', 'path file: path;total_conversions;total_conversion_value;total_null')
    .option('--json', 'print a JSON array, one object per channel')
    .option('--markov-order <n>', 'order of the Markov chain (1 to 5)', '1')
    .option('--no-nulls', 'ignore total_null (every journey converts)')
    .action(async (file: string, options: AttributionOptions) => {
      const order = Number(options.markovOrder);
      if (!Number.isInteger(order) || order < 1 || order > 5) {
        throw new CliError(`--markov-order: expected 1 to 5, got "${options.markovOrder}"`, 2);
      }
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`, 2);
      });
      const { journeys, errors } = parsePathData(text);
      for (const error of errors.slice(0, MAX_ERRORS_SHOWN)) {
        io.err(`${file}:${error.line}: ${error.message} (line skipped)`);
      }
      if (errors.length > MAX_ERRORS_SHOWN) io.err(`… ${errors.length - MAX_ERRORS_SHOWN} more`);
      if (journeys.length === 0) throw new CliError(`${file}: no valid path`, 1);
      const rows = attributionTable(journeys, { markovOrder: order, withoutNulls: !options.nulls });
      io.out(options.json === true ? JSON.stringify(rows, null, 2) : table(rows));
    });
}

const COLUMNS: [string, (row: ChannelAttributionRow) => number][] = [
  ['first', (row) => row.first_touch_conversions],
  ['last', (row) => row.last_touch_conversions],
  ['linear', (row) => row.linear_touch_conversions],
  ['position', (row) => row.position_based_conversions],
  ['markov', (row) => row.markov_conversions],
  ['shapley', (row) => row.shapley_conversions],
];

/** Conversions per model, one line per channel, aligned. */
function table(rows: readonly ChannelAttributionRow[]): string {
  const width = Math.max(7, ...rows.map((row) => row.channel_name.length));
  const header = ['channel'.padEnd(width), ...COLUMNS.map(([name]) => name.padStart(11))];
  const lines = rows.map((row) =>
    [
      row.channel_name.padEnd(width),
      ...COLUMNS.map(([, get]) => get(row).toFixed(2).padStart(11)),
    ].join(' '),
  );
  return [`Conversions attributed per model`, header.join(' '), ...lines].join('\n');
}

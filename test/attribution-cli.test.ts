import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/process.ts';

const PATH_DATA = fileURLToPath(
  new URL('../../shared/data/channelattribution-pathdata/Data.csv', import.meta.url),
);

interface Row {
  readonly channel_name: string;
  readonly [key: string]: number | string;
}

describe('parcours attribution FILE', () => {
  it('prints one JSON object per channel with the ChannelAttribution keys', () => {
    const result = runCli(['attribution', PATH_DATA, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.map((row) => row.channel_name)).toHaveLength(12);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'channel_name',
      'first_touch_conversions',
      'first_touch_value',
      'last_touch_conversions',
      'last_touch_value',
      'linear_touch_conversions',
      'linear_touch_value',
      'position_based_conversions',
      'position_based_value',
      'markov_conversions',
      'markov_value',
      'markov_removal_effect',
      'shapley_conversions',
      'shapley_value',
    ]);
    const alpha = rows.find((row) => row.channel_name === 'alpha');
    expect(alpha?.first_touch_conversions).toBe(6308);
    expect(alpha?.last_touch_conversions).toBe(8447);
    const sum = (key: string) => rows.reduce((total, row) => total + Number(row[key]), 0);
    for (const key of ['markov_conversions', 'shapley_conversions', 'position_based_conversions']) {
      expect(sum(key), key).toBeCloseTo(19_785, 6);
    }
  });

  it('computes the Markov vignette with --markov-order and --no-nulls, and a table by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-attribution-'));
    const file = join(dir, 'paths.csv');
    writeFileSync(
      file,
      'path;c;v;n\nA > B > A > B > B > A;1;1;5\nA > B > B > A > A;1;1;0\nA > A;1;1;0\n',
    );
    const json = runCli(['attribution', file, '--json', '--no-nulls', '--markov-order', '1']);
    const rows = JSON.parse(json.stdout) as Row[];
    expect(rows.map((row) => [row.channel_name, row.markov_conversions])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const table = runCli(['attribution', file]);
    expect(table.stdout).toMatch(
      /^channel\s+first\s+last\s+linear\s+position\s+markov\s+shapley$/m,
    );
  });

  it('names bad lines, and refuses a bad order or a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-attribution-'));
    const file = join(dir, 'paths.csv');
    writeFileSync(file, 'path;c;v;n\na > b;1;1;0\nb;one;1;0\n');
    const result = runCli(['attribution', file, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('paths.csv:3: total_conversions must be a non-negative number');
    expect(runCli(['attribution', file, '--markov-order', '0']).stderr).toContain('--markov-order');
    expect(runCli(['attribution', join(dir, 'missing.csv')]).stderr).toContain('ENOENT');
  });
});

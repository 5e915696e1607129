import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, loadConfig } from './config.ts';

const problemsOf = (run: () => unknown): readonly string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('defaults serve one machine', () => {
    const config = loadConfig({ env: {}, cwd: '/srv/app' });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      dataDir: '/srv/app/data',
      logLevel: 'info',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads the environment, and command-line options win', () => {
    const env = {
      PARCOURS_PORT: '9000',
      PARCOURS_DATA_DIR: '/var/parcours',
      PARCOURS_HOST: '0.0.0.0',
    };
    const config = loadConfig({ env, overrides: { port: '9100' } });
    expect(config).toMatchObject({ port: 9100, dataDir: '/var/parcours', host: '0.0.0.0' });
  });

  it('names every bad setting at once', () => {
    const problems = problemsOf(() =>
      loadConfig({
        env: {
          PARCOURS_PORT: 'eighty',
          PARCOURS_LOG_LEVEL: 'loud',
          PARCOURS_PUBLIC_URL: 'ftp://x',
        },
      }),
    );
    expect(problems).toEqual([
      'PARCOURS_PORT: expected a whole number, got "eighty"',
      'PARCOURS_PUBLIC_URL: must be an http(s) URL, got "ftp://x"',
      'PARCOURS_LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ]);
  });

  it('refuses out-of-range numbers and names the flag', () => {
    expect(problemsOf(() => loadConfig({ env: {}, overrides: { port: '70000' } }))).toEqual([
      'command-line option for port: must be between 0 and 65535, got 70000',
    ]);
  });

  it('reads a JSON config file below the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-config-'));
    const file = join(dir, 'parcours.json');
    writeFileSync(
      file,
      JSON.stringify({ port: 5000, logLevel: 'debug', publicUrl: 'https://cx.example.com/' }),
    );
    const config = loadConfig({ env: { PARCOURS_CONFIG: file, PARCOURS_LOG_LEVEL: 'warn' } });
    expect(config).toMatchObject({
      port: 5000,
      logLevel: 'warn',
      publicUrl: 'https://cx.example.com',
    });
  });

  it('refuses unknown keys and unreadable files in the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-config-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ prot: 5000 }));
    expect(problemsOf(() => loadConfig({ env: { PARCOURS_CONFIG: file } }))[0]).toContain(
      'unknown setting "prot"',
    );
    const missing = problemsOf(() =>
      loadConfig({ env: { PARCOURS_CONFIG: join(dir, 'none.json') } }),
    );
    expect(missing[0]).toMatch(/^PARCOURS_CONFIG: cannot read .*none\.json/);
  });
});

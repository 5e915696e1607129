/**
 * Configuration: parsed once at start-up from the environment (and an optional
 * JSON file named by PARCOURS_CONFIG), validated, frozen and injected.
 * Nothing else in the code base reads `process.env` (docs/adr/0001-stack.md).
 *
 * Precedence, lowest to highest: defaults < config file < environment < CLI flags.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** Interface the HTTP server binds to. */
  readonly host: string;
  /** TCP port; 0 asks the system for a free one (tests). */
  readonly port: number;
  /** Absolute directory holding both embedded stores. */
  readonly dataDir: string;
  /** Base URL printed in links (setup, invitations); defaults to http://host:port. */
  readonly publicUrl: string | undefined;
  readonly logLevel: LogLevel;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes: number;
  /** Lifetime of a login session, in hours. */
  readonly sessionTtlHours: number;
  /** Directory of the built web app (vite build output). */
  readonly webDir: string;
  /** Simulated customers given to the demo workspace on a fresh install (0: none). */
  readonly demoCustomers: number;
  /** Largest file accepted by the web app's bulk import, in bytes. */
  readonly importMaxBytes: number;
  /**
   * Key that signs personal survey links (HMAC-SHA256); when unset, one is generated and kept
   * in the data directory (src/feedback/secret.ts). Never logged.
   */
  readonly surveyLinkSecret: string | undefined;
}

/** A setting as the user names it, with how to read it from text. */
interface Setting<K extends keyof Config> {
  readonly key: K;
  readonly env: string;
  readonly parse: (raw: string) => Config[K] | Error;
}

export const DEFAULT_PORT = 4280;
/** 2 GiB: a year of events of a mid-size shop as CSV, well within one disk. */
export const DEFAULT_IMPORT_MAX_BYTES = 2 * 1024 ** 3;
const packageRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

const integer =
  (min: number, max: number) =>
  (raw: string): number | Error => {
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value)) {
      return new Error(`expected a whole number, got "${raw}"`);
    }
    if (value < min || value > max)
      return new Error(`must be between ${min} and ${max}, got ${value}`);
    return value;
  };

const nonEmpty = (raw: string): string | Error =>
  raw.trim() === '' ? new Error('must not be empty') : raw.trim();

const url = (raw: string): string | Error => {
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return new Error(`must be an http(s) URL, got "${raw}"`);
    }
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return new Error(`must be an absolute URL, got "${raw}"`);
  }
};

/** A signing key: long enough to resist guessing; its value never appears in a message. */
const secret = (raw: string): string | Error =>
  raw.trim().length < 32
    ? new Error('must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)')
    : raw.trim();

const logLevel = (raw: string): LogLevel | Error =>
  LOG_LEVELS.find((level) => level === raw) ??
  new Error(`must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);

const SETTINGS = {
  host: { key: 'host', env: 'PARCOURS_HOST', parse: nonEmpty },
  port: { key: 'port', env: 'PARCOURS_PORT', parse: integer(0, 65535) },
  dataDir: { key: 'dataDir', env: 'PARCOURS_DATA_DIR', parse: nonEmpty },
  publicUrl: { key: 'publicUrl', env: 'PARCOURS_PUBLIC_URL', parse: url },
  logLevel: { key: 'logLevel', env: 'PARCOURS_LOG_LEVEL', parse: logLevel },
  bodyLimitBytes: {
    key: 'bodyLimitBytes',
    env: 'PARCOURS_BODY_LIMIT_BYTES',
    parse: integer(1024, 512 * 1024 * 1024),
  },
  sessionTtlHours: {
    key: 'sessionTtlHours',
    env: 'PARCOURS_SESSION_TTL_HOURS',
    parse: integer(1, 24 * 365),
  },
  webDir: { key: 'webDir', env: 'PARCOURS_WEB_DIR', parse: nonEmpty },
  demoCustomers: {
    key: 'demoCustomers',
    env: 'PARCOURS_DEMO_CUSTOMERS',
    parse: integer(0, 10_000_000),
  },
  importMaxBytes: {
    key: 'importMaxBytes',
    env: 'PARCOURS_IMPORT_MAX_BYTES',
    parse: integer(1024, 2 ** 40),
  },
  surveyLinkSecret: {
    key: 'surveyLinkSecret',
    env: 'PARCOURS_SURVEY_LINK_SECRET',
    parse: secret,
  },
} satisfies { [K in keyof Config]: Setting<K> };

export const CONFIG_FILE_ENV = 'PARCOURS_CONFIG';

/** Values given on the command line, already named by setting key. */
export type ConfigOverrides = { readonly [K in keyof Config]?: string };

export interface LoadConfigInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly overrides?: ConfigOverrides;
  readonly cwd?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads, validates and freezes the configuration; throws ConfigError naming every bad setting. */
export function loadConfig({ env, overrides = {}, cwd = process.cwd() }: LoadConfigInput): Config {
  const problems: string[] = [];
  const file = readConfigFile(env[CONFIG_FILE_ENV], cwd, problems);
  const values: Partial<Record<keyof Config, unknown>> = {};

  for (const setting of Object.values(SETTINGS) as Setting<keyof Config>[]) {
    const candidates: [string, string | undefined][] = [
      [`command-line option for ${setting.key}`, overrides[setting.key]],
      [setting.env, env[setting.env]],
      [`"${setting.key}" in ${env[CONFIG_FILE_ENV] ?? 'config file'}`, file[setting.key]],
    ];
    const found = candidates.find(([, raw]) => raw !== undefined);
    if (!found) continue;
    const [source, raw] = found;
    const parsed = setting.parse(raw as string);
    if (parsed instanceof Error) problems.push(`${source}: ${parsed.message}`);
    else values[setting.key] = parsed;
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = resolve(cwd, (values.dataDir as string | undefined) ?? 'data');
  const webDir = values.webDir as string | undefined;
  return Object.freeze({
    host: (values.host as string | undefined) ?? '127.0.0.1',
    port: (values.port as number | undefined) ?? DEFAULT_PORT,
    dataDir,
    publicUrl: values.publicUrl as string | undefined,
    logLevel: (values.logLevel as LogLevel | undefined) ?? 'info',
    bodyLimitBytes: (values.bodyLimitBytes as number | undefined) ?? 1024 * 1024,
    sessionTtlHours: (values.sessionTtlHours as number | undefined) ?? 24 * 14,
    webDir: webDir === undefined ? resolve(packageRoot, 'dist/web') : resolve(cwd, webDir),
    demoCustomers: (values.demoCustomers as number | undefined) ?? 50_000,
    importMaxBytes: (values.importMaxBytes as number | undefined) ?? DEFAULT_IMPORT_MAX_BYTES,
    surveyLinkSecret: values.surveyLinkSecret as string | undefined,
  });
}

/** The file holds a flat JSON object whose keys are setting names; values may be numbers. */
function readConfigFile(
  path: string | undefined,
  cwd: string,
  problems: string[],
): Partial<Record<keyof Config, string>> {
  if (path === undefined) return {};
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    problems.push(`${CONFIG_FILE_ENV}: cannot read ${absolute}: ${(error as Error).message}`);
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(`${CONFIG_FILE_ENV}: ${absolute} must hold a JSON object`);
    return {};
  }
  const result: Partial<Record<keyof Config, string>> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!(key in SETTINGS)) {
      problems.push(
        `${absolute}: unknown setting "${key}" (known: ${Object.keys(SETTINGS).join(', ')})`,
      );
    } else if (typeof value === 'string' || typeof value === 'number') {
      result[key as keyof Config] = String(value);
    } else {
      problems.push(`${absolute}: "${key}" must be a string or a number`);
    }
  }
  return result;
}

/** The base URL people use to reach this server. */
export const baseUrl = (config: Config, boundPort: number): string =>
  config.publicUrl ??
  `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${boundPort}`;

/** Names of the environment variables, for `--help` texts and docs. */
export const ENVIRONMENT_VARIABLES: readonly string[] = [
  CONFIG_FILE_ENV,
  ...Object.values(SETTINGS).map((setting) => setting.env),
];

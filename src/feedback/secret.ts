/**
 * The key that signs survey links: the configured one (PARCOURS_SURVEY_LINK_SECRET), else a
 * random one generated at the first start and kept in the data directory, so that links sent
 * before a restart still open after it. Its value is never logged nor returned by any route.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'survey-link.secret';

const isUsable = (text: string): boolean => text.trim().length >= 32;

export function surveyLinkSecret(dataDir: string, configured: string | undefined): Buffer {
  if (configured !== undefined) return Buffer.from(configured, 'utf8');
  const path = join(dataDir, SECRET_FILE);
  const stored = readIfPresent(path);
  if (stored !== undefined) {
    if (!isUsable(stored))
      throw new Error(`${path} holds no usable key: delete it to make a new one`);
    return Buffer.from(stored.trim(), 'utf8');
  }
  mkdirSync(dataDir, { recursive: true });
  const fresh = randomBytes(32).toString('hex');
  try {
    // `wx`: if another process created it meanwhile, theirs is kept and read back.
    writeFileSync(path, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(fresh, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return surveyLinkSecret(dataDir, undefined);
  }
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

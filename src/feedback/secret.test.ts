import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_FILE, surveyLinkSecret } from './secret.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('survey link secret', () => {
  it('uses the configured key', () => {
    expect(surveyLinkSecret(fresh(), 'c'.repeat(40)).toString()).toBe('c'.repeat(40));
  });

  it('generates a key once, private to its owner, and keeps it across starts', () => {
    const dir = fresh();
    const first = surveyLinkSecret(dir, undefined);
    expect(first.length).toBe(64);
    expect(surveyLinkSecret(dir, undefined).equals(first)).toBe(true);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, SECRET_FILE), 'utf8').trim()).toBe(first.toString());
  });

  it('refuses a stored key too short to be safe', () => {
    const dir = fresh();
    writeFileSync(join(dir, SECRET_FILE), 'short');
    expect(() => surveyLinkSecret(dir, undefined)).toThrow(/no usable key/);
  });
});

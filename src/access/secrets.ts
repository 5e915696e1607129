/**
 * Password hashing (scrypt) and token hashing (SHA-256). Passwords are low-entropy
 * and need a slow, salted hash; tokens and keys are 256-bit random values, for
 * which one SHA-256 is enough and keeps look-ups a simple indexed equality.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { newToken } from '../shared/ids.ts';
import type { KeyKind } from './types.ts';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 } as const;
export const MIN_PASSWORD_LENGTH = 12;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, SCRYPT.keyLength, { N: n, r, p, maxmem: SCRYPT.maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`: parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p);
  return [
    'scrypt',
    SCRYPT.N,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), +n, +r, +p);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password hash to compare against when the user does not exist, so timing does not tell. */
export const DUMMY_PASSWORD_HASH = await hashPassword(newToken());

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

const KEY_PREFIX: Record<KeyKind, string> = { write: 'pk_', secret: 'sk_' };

/** A new API key: the full value (shown once), its displayable prefix and its hash. */
export function newApiKey(kind: KeyKind): { value: string; prefix: string; hash: string } {
  const value = `${KEY_PREFIX[kind]}${newToken(24)}`;
  return { value, prefix: value.slice(0, 9), hash: hashToken(value) };
}

/** Which kind a presented key claims to be, from its prefix; undefined if neither. */
export function keyKindOf(value: string): KeyKind | undefined {
  if (value.startsWith(KEY_PREFIX.write)) return 'write';
  if (value.startsWith(KEY_PREFIX.secret)) return 'secret';
  return undefined;
}

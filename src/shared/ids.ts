import { randomBytes, randomUUID } from 'node:crypto';

/** Row identifiers: random UUIDs, unguessable so that ids never leak counts. */
export const newId = (): string => randomUUID();

/** A high-entropy secret token (URL-safe base64), for sessions, keys and one-time links. */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** ISO-8601 UTC timestamp, the portable time format of the operational store. */
export const nowIso = (clock: () => Date = () => new Date()): string => clock().toISOString();

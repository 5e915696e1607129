import type { ApiKey } from '../api/keys.ts';
import type { Member } from '../api/workspaces.ts';

/** Whether a key still works; revocation is permanent. */
export type KeyStatus = 'active' | 'revoked';

export const keyStatus = (key: ApiKey): KeyStatus =>
  key.revokedAt === null ? 'active' : 'revoked';

/** `pk_abc` → `pk_abc…`: the ellipsis says the rest of the key exists but is not shown. */
export const displayPrefix = (prefix: string): string => `${prefix.replace(/…+$/, '')}…`;

/** Newest keys first: the one just created is the one the user is looking for. */
export const newestFirst = (keys: readonly ApiKey[]): ApiKey[] =>
  [...keys].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** Replaces the key with the same id (e.g. once revoked), or adds it. */
export function upsertKey(keys: readonly ApiKey[], key: ApiKey): ApiKey[] {
  return keys.some((item) => item.id === key.id)
    ? keys.map((item) => (item.id === key.id ? key : item))
    : [...keys, key];
}

/** Members by name, in the reader's collation order. */
export const sortMembers = (members: readonly Member[], lang: string): Member[] =>
  [...members].sort((a, b) => a.name.localeCompare(b.name, lang, { sensitivity: 'base' }));

/** Replaces the member with the same user id (e.g. after a role change), or adds them. */
export function upsertMember(members: readonly Member[], member: Member): Member[] {
  return members.some((item) => item.userId === member.userId)
    ? members.map((item) => (item.userId === member.userId ? member : item))
    : [...members, member];
}

export const withoutMember = (members: readonly Member[], userId: string): Member[] =>
  members.filter((member) => member.userId !== userId);

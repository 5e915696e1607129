/**
 * The identity graph rules (documented in ./identity-port.ts), applied in memory to the part
 * of one workspace's graph that a group of links touches. Pure: an adapter loads that part
 * with a few set-based queries, calls `applyLinks`, and writes the changes back in bulk.
 */
import type { IdentityConflict, IdentityKind, IdentityLink } from './identity-port.ts';

/** The touched part of one workspace's graph; `applyLinks` updates it as it goes. */
export interface GraphSlice {
  /** Customer of each known identity, by `identityKey`. */
  readonly owners: Map<string, string>;
  /** Customers that have at least one user identity. */
  readonly withUser: Set<string>;
  /** Conflicts already recorded, by `conflictKey` (may be partial: storing them is idempotent). */
  readonly conflicts: Set<string>;
}

export interface GraphChanges {
  readonly newCustomers: string[];
  /** Final customer of every identity attached or moved, by `identityKey`. */
  readonly attached: Map<string, string>;
  /** The keys of `attached` that had a customer before (moved, not new). */
  readonly moved: Set<string>;
  readonly conflicts: IdentityConflict[];
}

export const conflictKey = (key: string, customerId: string, otherCustomerId: string): string =>
  `${key}\u0000${customerId}\u0000${otherCustomerId}`;

export const identityKey = (kind: IdentityKind, value: string): string => `${kind}:${value}`;

export function parseIdentityKey(key: string): { kind: IdentityKind; value: string } {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) === 'user' ? 'user' : 'anonymous';
  return { kind, value: key.slice(colon + 1) };
}

/** The identity values a group of links needs loaded (alias previousIds under both kinds). */
export function touchedValues(links: readonly IdentityLink[]): {
  anonymous: string[];
  user: string[];
} {
  const anonymous = new Set<string>();
  const user = new Set<string>();
  for (const link of links) {
    if (link.userId !== null) user.add(link.userId);
    if (link.anonymousId !== null) anonymous.add(link.anonymousId);
    if (link.alias && link.anonymousId !== null) user.add(link.anonymousId);
  }
  return { anonymous: [...anonymous], user: [...user] };
}

/** Applies the links in order to `slice`, returning what to write. */
export function applyLinks(
  slice: GraphSlice,
  links: readonly IdentityLink[],
  newCustomerId: () => string,
): GraphChanges {
  const changes: GraphChanges = {
    newCustomers: [],
    attached: new Map(),
    moved: new Set(),
    conflicts: [],
  };
  const attach = (key: string, customerId: string): void => {
    if (!changes.attached.has(key) && slice.owners.has(key)) changes.moved.add(key);
    slice.owners.set(key, customerId);
    changes.attached.set(key, customerId);
    if (key.startsWith('user:')) slice.withUser.add(customerId);
  };
  const create = (key: string): string => {
    const customerId = newCustomerId();
    changes.newCustomers.push(customerId);
    attach(key, customerId);
    return customerId;
  };
  const conflict = (key: string, owner: string, other: string, link: IdentityLink): void => {
    const id = conflictKey(key, owner, other);
    if (slice.conflicts.has(id)) return;
    slice.conflicts.add(id);
    const identity = parseIdentityKey(key);
    const { messageId, at } = link;
    changes.conflicts.push({ identity, customerId: owner, otherCustomerId: other, messageId, at });
  };

  for (const link of links) {
    const { userId, anonymousId } = link;
    const userKey = userId === null ? null : identityKey('user', userId);
    if (userKey === null) {
      if (anonymousId === null) continue;
      const anonKey = identityKey('anonymous', anonymousId);
      if (!slice.owners.has(anonKey)) create(anonKey);
      continue;
    }
    const userOwner = slice.owners.get(userKey);
    if (anonymousId === null) {
      if (userOwner === undefined) create(userKey);
      continue;
    }
    const aliasedUserKey = identityKey('user', anonymousId);
    const aliasedOwner = link.alias ? slice.owners.get(aliasedUserKey) : undefined;
    if (aliasedOwner !== undefined) {
      // Alias of a known userId: join it when new, never merge two known customers.
      if (userOwner === undefined) attach(userKey, aliasedOwner);
      else if (userOwner !== aliasedOwner) conflict(aliasedUserKey, aliasedOwner, userOwner, link);
      continue;
    }
    const anonKey = identityKey('anonymous', anonymousId);
    const anonOwner = slice.owners.get(anonKey);
    const anonymousOnly = anonOwner !== undefined && !slice.withUser.has(anonOwner);
    if (userOwner === undefined && anonymousOnly) {
      attach(userKey, anonOwner); // the anonymous profile becomes the user's customer
      continue;
    }
    const owner = userOwner ?? create(userKey);
    if (anonOwner === undefined || anonymousOnly) attach(anonKey, owner);
    else if (anonOwner !== owner) conflict(anonKey, anonOwner, owner, link);
  }
  return changes;
}

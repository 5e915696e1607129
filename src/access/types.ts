/** Domain types of workspaces and access: who may do what in which workspace. */

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const KEY_KINDS = ['write', 'secret'] as const;
/** `write`: public key for event intake only. `secret`: admin API of one workspace. */
export type KeyKind = (typeof KEY_KINDS)[number];

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface Membership {
  readonly workspaceId: string;
  readonly userId: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface Member extends Membership {
  readonly email: string;
  readonly name: string;
}

export interface WorkspaceWithRole extends Workspace {
  readonly role: Role;
}

export interface ApiKey {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly kind: KeyKind;
  /** The first characters of the key, safe to show, e.g. `sk_4fJq9a`. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/**
 * A one-time link. `setup` creates the first owner and workspace on a fresh
 * install; `member` lets an invited person join a workspace with a role.
 */
export interface Invitation {
  readonly id: string;
  readonly purpose: 'setup' | 'member';
  readonly workspaceId: string | null;
  readonly email: string | null;
  readonly role: Role;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

/** Who is making a request, once authenticated. */
export type Principal =
  | { readonly kind: 'user'; readonly user: User; readonly sessionExpiresAt: string }
  | { readonly kind: 'key'; readonly key: ApiKey };

/** What a role may do; the single place where permissions are decided. */
export const can = {
  read: (_role: Role): boolean => true,
  edit: (role: Role): boolean => role === 'owner' || role === 'editor',
  administer: (role: Role): boolean => role === 'owner',
} as const;

import type { ApiClient } from './client.ts';

export const KEY_KINDS = ['write', 'secret'] as const;
/** `write` keys only send events (safe in a web page); `secret` keys use the whole API. */
export type KeyKind = (typeof KEY_KINDS)[number];

export const isKeyKind = (value: string): value is KeyKind =>
  (KEY_KINDS as readonly string[]).includes(value);

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly kind: KeyKind;
  /** The first characters of the key, enough to recognise it; never the whole secret. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** The full key value exists only in this answer: the server stores a hash. */
export interface CreatedKey {
  readonly key: ApiKey;
  readonly secret: string;
}

const keysPath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/keys`;

export const listKeys = (
  api: ApiClient,
  workspaceId: string,
  signal: AbortSignal,
): Promise<{ keys: ApiKey[] }> => api.get(keysPath(workspaceId), { signal });

export const createKey = (
  api: ApiClient,
  workspaceId: string,
  input: { name: string; kind: KeyKind },
): Promise<CreatedKey> => api.post(keysPath(workspaceId), input);

export const revokeKey = (api: ApiClient, workspaceId: string, keyId: string): Promise<ApiKey> =>
  api.delete(`${keysPath(workspaceId)}/${encodeURIComponent(keyId)}`);

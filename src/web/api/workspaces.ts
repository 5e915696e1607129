import type { ApiClient } from './client.ts';

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A workspace as seen by the current user, with the user's role in it. */
export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface Member {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: string;
}

/** Adding a known user makes them a member at once; an unknown email yields a link to send. */
export interface InviteResult {
  readonly member?: Member;
  readonly inviteUrl?: string;
}

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

/** Only owners manage settings, keys and members; the server enforces it, the UI mirrors it. */
export const canManage = (role: Role): boolean => role === 'owner';

const workspacePath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}`;

const memberPath = (workspaceId: string, userId: string): string =>
  `${workspacePath(workspaceId)}/members/${encodeURIComponent(userId)}`;

export const createWorkspace = (api: ApiClient, name: string): Promise<Workspace> =>
  api.post('/workspaces', { name });

export const renameWorkspace = (
  api: ApiClient,
  workspaceId: string,
  name: string,
): Promise<Workspace> => api.patch(workspacePath(workspaceId), { name });

export const listMembers = (
  api: ApiClient,
  workspaceId: string,
  signal: AbortSignal,
): Promise<{ members: Member[] }> => api.get(`${workspacePath(workspaceId)}/members`, { signal });

export const inviteMember = (
  api: ApiClient,
  workspaceId: string,
  input: { email: string; role: Role },
): Promise<InviteResult> => api.post(`${workspacePath(workspaceId)}/members`, input);

export const changeMemberRole = (
  api: ApiClient,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<Member> => api.patch(memberPath(workspaceId, userId), { role });

export const removeMember = (api: ApiClient, workspaceId: string, userId: string): Promise<void> =>
  api.delete(memberPath(workspaceId, userId));

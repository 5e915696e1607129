import type { ApiClient } from './client.ts';
import type { Workspace } from './workspaces.ts';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** The signed-in user and the workspaces they belong to. */
export interface Me {
  readonly user: User;
  readonly workspaces: readonly Workspace[];
}

export interface SetupInput {
  readonly token: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly workspaceName: string;
}

export const fetchSetupStatus = (
  api: ApiClient,
  signal: AbortSignal,
): Promise<{ needed: boolean }> => api.get('/setup', { signal });

export const completeSetup = (api: ApiClient, input: SetupInput): Promise<Me> =>
  api.post('/setup', input);

export const logIn = (api: ApiClient, input: { email: string; password: string }): Promise<Me> =>
  api.post('/session', input);

export const logOut = (api: ApiClient): Promise<void> => api.delete('/session');

export const fetchMe = (api: ApiClient, signal?: AbortSignal): Promise<Me> =>
  api.get('/me', signal === undefined ? {} : { signal });

export const acceptInvitation = (
  api: ApiClient,
  input: { token: string; name: string; password: string },
): Promise<Me> => api.post('/invitations/accept', input);

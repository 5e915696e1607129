import type { Me } from '../api/session.ts';
import type { Workspace } from '../api/workspaces.ts';
import { isWorkspaceSection, type Route, routePath } from '../router/routes.ts';

/** localStorage key of the workspace last opened, where `/` takes the user back to. */
export const LAST_WORKSPACE_KEY = 'parcours.workspace';

export const findWorkspace = (me: Me, workspaceId: string): Workspace | undefined =>
  me.workspaces.find((workspace) => workspace.id === workspaceId);

/** The workspace to open at `/`: the last one used if still accessible, else the first. */
export function pickWorkspace(
  workspaces: readonly Workspace[],
  lastUsedId: string | null,
): Workspace | undefined {
  return workspaces.find((workspace) => workspace.id === lastUsedId) ?? workspaces[0];
}

/** Adds a new workspace to the session, or replaces it after a rename. */
export function upsertWorkspace(me: Me, workspace: Workspace): Me {
  const exists = me.workspaces.some((item) => item.id === workspace.id);
  const workspaces = exists
    ? me.workspaces.map((item) => (item.id === workspace.id ? workspace : item))
    : [...me.workspaces, workspace];
  return { ...me, workspaces };
}

/** Workspaces in the switcher, by name in the reader's collation order. */
export const sortWorkspaces = (workspaces: readonly Workspace[], lang: string): Workspace[] =>
  [...workspaces].sort((a, b) => a.name.localeCompare(b.name, lang, { sensitivity: 'base' }));

/** Switching workspace keeps the user on the same section (the map stays the map). */
export function switchWorkspacePath(route: Route, workspaceId: string): string {
  const name = isWorkspaceSection(route.name) ? route.name : 'overview';
  return routePath({ name, workspaceId });
}

import { type Ref, useId } from 'react';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/navigation.ts';
import type { Route } from '../router/routes.ts';
import { sortWorkspaces, switchWorkspacePath } from './workspaces.ts';

// Not a possible workspace id (ids are UUIDs), so it cannot clash with a real option.
const NEW_WORKSPACE = '__new__';

interface WorkspaceSwitcherProps {
  readonly workspaces: readonly Workspace[];
  readonly current: Workspace | null;
  readonly route: Route;
  readonly onNewWorkspace: () => void;
  readonly selectRef?: Ref<HTMLSelectElement>;
}

/**
 * A native select: keyboard and screen-reader support for free. Its value follows the URL,
 * so picking "New workspace…" opens the form while the selection stays on the current one.
 */
export function WorkspaceSwitcher({
  workspaces,
  current,
  route,
  onNewWorkspace,
  selectRef,
}: WorkspaceSwitcherProps) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="workspace-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('shell.workspace')}
      </label>
      <select
        id={id}
        ref={selectRef}
        data-testid="workspace-switcher"
        value={current?.id ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          if (value === NEW_WORKSPACE) onNewWorkspace();
          else if (value !== '') navigate(switchWorkspacePath(route, value));
        }}
      >
        {current === null && (
          <option value="" disabled>
            {t('shell.workspace')}
          </option>
        )}
        {sortWorkspaces(workspaces, lang).map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
        <option value={NEW_WORKSPACE}>{t('shell.newWorkspace')}</option>
      </select>
    </div>
  );
}

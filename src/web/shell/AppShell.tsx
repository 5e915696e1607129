import { type ReactNode, useRef, useState } from 'react';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { Link } from '../router/Link.tsx';
import type { Route } from '../router/routes.ts';
import { NewWorkspaceForm } from './NewWorkspaceForm.tsx';
import { useSession } from './SessionContext.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceNav } from './WorkspaceNav.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

interface AppShellProps {
  readonly route: Route;
  /** The workspace in the URL, or null at `/` and for a workspace the user cannot open. */
  readonly current: Workspace | null;
  readonly children: ReactNode;
}

/** Header (workspace, language, account), workspace navigation, and the page. */
export function AppShell({ route, current, children }: AppShellProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const [creating, setCreating] = useState(false);
  const switcherRef = useRef<HTMLSelectElement>(null);

  // Give the keyboard focus back to where the form was opened from.
  const cancelCreating = () => {
    setCreating(false);
    switcherRef.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-start">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {me.workspaces.length > 0 && (
            <WorkspaceSwitcher
              workspaces={me.workspaces}
              current={current}
              route={route}
              onNewWorkspace={() => setCreating(true)}
              selectRef={switcherRef}
            />
          )}
        </div>
        <div className="topbar-end">
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </header>
      {creating && (
        <div className="topbar-panel">
          <NewWorkspaceForm
            title={t('newWorkspace.title')}
            onDone={() => setCreating(false)}
            onCancel={cancelCreating}
          />
        </div>
      )}
      <div className={current === null ? 'layout layout-single' : 'layout'}>
        {current !== null && <WorkspaceNav workspaceId={current.id} route={route} />}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}

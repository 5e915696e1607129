import { useEffect } from 'react';
import { AnalyticsPage } from '../analytics/AnalyticsPage.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { CustomerPage } from '../customers/CustomerPage.tsx';
import { CustomersPage } from '../customers/CustomersPage.tsx';
import { FeedbackPage } from '../feedback/FeedbackPage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ImportPage } from '../imports/ImportPage.tsx';
import { MapPage } from '../map/MapPage.tsx';
import { MappingPage } from '../mapping/MappingPage.tsx';
import { HistoryPage } from '../model/HistoryPage.tsx';
import { ModelPage } from '../model/ModelPage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { PrioritisePage } from '../prioritise/PrioritisePage.tsx';
import { Link, Redirect } from '../router/Link.tsx';
import { type Route, routePath, type WorkspaceSection } from '../router/routes.ts';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { readSetting, writeSetting } from '../ui/storage.ts';
import { AppShell } from './AppShell.tsx';
import { NewWorkspaceForm } from './NewWorkspaceForm.tsx';
import { useSession } from './SessionContext.tsx';
import { findWorkspace, LAST_WORKSPACE_KEY, pickWorkspace } from './workspaces.ts';

/** The routes that need a session. */
export type ShellRoute = Extract<
  Route,
  { name: 'home' | 'overview' | 'customer' | WorkspaceSection }
>;

type WorkspaceRoute = Exclude<ShellRoute, { name: 'home' }>;

/** Picks the screen inside the shell for a signed-in user. */
export function WorkspaceRoutes({ route }: { readonly route: ShellRoute }) {
  const { me } = useSession();

  if (route.name === 'home') {
    const workspace = pickWorkspace(me.workspaces, readSetting(LAST_WORKSPACE_KEY));
    if (workspace !== undefined) {
      return <Redirect to={routePath({ name: 'overview', workspaceId: workspace.id })} />;
    }
    return (
      <AppShell route={route} current={null}>
        <FirstWorkspace />
      </AppShell>
    );
  }

  const workspace = findWorkspace(me, route.workspaceId) ?? null;
  return (
    <AppShell route={route} current={workspace}>
      {workspace === null ? (
        <WorkspaceMissing />
      ) : (
        <>
          <RememberWorkspace workspaceId={workspace.id} />
          <WorkspacePage key={workspace.id} route={route} workspace={workspace} />
        </>
      )}
    </AppShell>
  );
}

/** The page of one workspace section; keyed by workspace, so nothing leaks across them. */
function WorkspacePage({
  route,
  workspace,
}: {
  readonly route: WorkspaceRoute;
  readonly workspace: Workspace;
}) {
  switch (route.name) {
    case 'overview':
      return <OverviewPage workspace={workspace} />;
    case 'map':
      return <MapPage workspaceId={workspace.id} role={workspace.role} />;
    case 'model':
      return <ModelPage workspace={workspace} />;
    case 'analytics':
      return <AnalyticsPage workspace={workspace} />;
    case 'customers':
      return <CustomersPage workspace={workspace} />;
    case 'customer':
      return <CustomerPage workspace={workspace} customerId={route.customerId} />;
    case 'mapping':
      return <MappingPage workspace={workspace} />;
    case 'imports':
      return <ImportPage workspace={workspace} />;
    case 'feedback':
      return <FeedbackPage workspace={workspace} />;
    case 'prioritise':
      return <PrioritisePage workspace={workspace} />;
    case 'history':
      return <HistoryPage workspace={workspace} />;
    case 'settings':
      return <SettingsPage workspace={workspace} />;
  }
}

/** So that `/` (and the next login) reopens the workspace the user was in. */
function RememberWorkspace({ workspaceId }: { readonly workspaceId: string }) {
  useEffect(() => writeSetting(LAST_WORKSPACE_KEY, workspaceId), [workspaceId]);
  return null;
}

function FirstWorkspace() {
  const { t } = useI18n();
  return (
    <div className="card">
      <NewWorkspaceForm title={t('newWorkspace.firstTitle')} intro={t('newWorkspace.firstIntro')} />
    </div>
  );
}

/** A stale bookmark, or access removed by an owner. */
function WorkspaceMissing() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('workspace.missing')}</p>
      <p>
        <Link to="/">{t('workspace.backHome')}</Link>
      </p>
    </>
  );
}

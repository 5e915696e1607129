import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { type Route, routePath } from '../router/routes.ts';

interface WorkspaceNavProps {
  readonly workspaceId: string;
  readonly route: Route;
}

/** The sections of a workspace; only screens that exist are listed. */
export function WorkspaceNav({ workspaceId, route }: WorkspaceNavProps) {
  const { t } = useI18n();
  const items = [
    { name: 'overview', label: t('nav.overview'), testId: 'nav-overview' },
    { name: 'map', label: t('nav.map'), testId: 'nav-map' },
    { name: 'model', label: t('nav.model'), testId: 'nav-model' },
    { name: 'history', label: t('nav.history'), testId: 'nav-history' },
    { name: 'settings', label: t('nav.settings'), testId: 'nav-settings' },
  ] as const;
  return (
    <nav className="sidenav" aria-label={t('shell.navigation')}>
      <ul>
        {items.map((item) => (
          <li key={item.name}>
            <Link
              to={routePath({ name: item.name, workspaceId })}
              aria-current={route.name === item.name ? 'page' : undefined}
              data-testid={item.testId}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

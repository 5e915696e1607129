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
    { name: 'analytics', label: t('nav.analytics'), testId: 'nav-analytics' },
    { name: 'customers', label: t('nav.customers'), testId: 'nav-customers' },
    { name: 'mapping', label: t('nav.mapping'), testId: 'nav-mapping' },
    { name: 'imports', label: t('nav.imports'), testId: 'nav-imports' },
    { name: 'feedback', label: t('nav.feedback'), testId: 'nav-feedback' },
    { name: 'prioritise', label: t('nav.prioritise'), testId: 'nav-prioritise' },
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
              aria-current={isCurrent(route, item.name) ? 'page' : undefined}
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

/** A customer's profile belongs to the customers section. */
const isCurrent = (route: Route, section: string): boolean =>
  route.name === section || (route.name === 'customer' && section === 'customers');

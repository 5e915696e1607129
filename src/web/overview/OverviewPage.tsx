import { useId } from 'react';
import { canManage, type Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/**
 * The workspace's home. Until journeys and measures exist, it explains the first step:
 * getting events in with a write key. No sample figures: an empty product says so.
 */
export function OverviewPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const startId = useId();
  const owner = canManage(workspace.role);
  return (
    <>
      <PageHeading title={workspace.name} />
      <p className="lead">
        <strong>{t('overview.role', { role: t(`role.${workspace.role}`) })}</strong>{' '}
        {t(`overview.roleHelp.${workspace.role}`)}
      </p>
      <section className="card stack" aria-labelledby={startId}>
        <h2 id={startId}>{t('overview.start.title')}</h2>
        <p>{t('overview.start.intro')}</p>
        <ol className="steps">
          <li>{owner ? t('overview.start.step1.owner') : t('overview.start.step1.member')}</li>
          <li>{t('overview.start.step2')}</li>
          <li>{t('overview.start.step3')}</li>
        </ol>
        {owner && (
          <p>
            <Link
              to={routePath({ name: 'settings', workspaceId: workspace.id })}
              className="button button-primary"
            >
              {t('overview.start.link')}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}

import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';

/** Where tracked events are documented: the tracking section of the API documentation. */
export const TRACKING_DOCS_URL = '/api/docs#/tracking';

/**
 * No customer to analyse: with filters, they are the likely cause; without, events have not
 * arrived yet or no mapping rule turns them into touchpoints of this journey.
 */
export function NoData({
  workspaceId,
  filtered,
  onClearFilters,
}: {
  readonly workspaceId: string;
  readonly filtered: boolean;
  readonly onClearFilters: () => void;
}) {
  const { t } = useI18n();
  if (filtered) {
    return (
      <div className="card analytics-empty" data-testid="analytics-empty">
        <h2>{t('analytics.empty.filteredTitle')}</h2>
        <p>{t('analytics.empty.filteredText')}</p>
        <button type="button" className="button" onClick={onClearFilters}>
          {t('analytics.filters.clear')}
        </button>
      </div>
    );
  }
  return (
    <div className="card analytics-empty" data-testid="analytics-empty">
      <h2>{t('analytics.empty.title')}</h2>
      <p>{t('analytics.empty.text')}</p>
      <ul className="analytics-empty-ways">
        <li>
          <Link to={routePath({ name: 'imports', workspaceId })}>
            {t('analytics.empty.import')}
          </Link>
          <span className="muted"> — {t('analytics.empty.importHint')}</span>
        </li>
        <li>
          <a href={TRACKING_DOCS_URL} target="_blank" rel="noreferrer">
            {t('analytics.empty.tracking')}
          </a>
          <span className="muted"> — {t('analytics.empty.trackingHint')}</span>
        </li>
        <li>
          <Link to={routePath({ name: 'mapping', workspaceId })}>
            {t('analytics.empty.mapping')}
          </Link>
          <span className="muted"> — {t('analytics.empty.mappingHint')}</span>
        </li>
      </ul>
    </div>
  );
}

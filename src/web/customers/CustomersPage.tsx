import { useId, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Lang } from '../i18n/language.ts';
import type { Translate } from '../i18n/translate.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useResource } from '../ui/useResource.ts';
import { CustomersTable } from './CustomersTable.tsx';
import {
  CUSTOMER_SORTS,
  type CustomerList,
  type CustomerSort,
  listCustomers,
} from './customers-api.ts';
import { formatCount } from './format.ts';
import { useDebounced } from './useDebounced.ts';

const PAGE_SIZE = 50;

/** "300 customers", "1 customer matches “léa”"… */
function countText(t: Translate, lang: Lang, total: number, query: string): string {
  const one = total === 1;
  const count = formatCount(lang, total);
  if (query === '') return one ? t('customers.count.one') : t('customers.count', { total: count });
  return one
    ? t('customers.count.search.one', { search: query })
    : t('customers.count.search', { total: count, search: query });
}
const SEARCH_DELAY_MS = 300;

/** The searchable, sortable, paged list of the workspace's customers. */
export function CustomersPage({ workspace }: { readonly workspace: Workspace }) {
  const { t, lang } = useI18n();
  const api = useApi();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<CustomerSort>('lastSeen');
  const query = useDebounced(search, SEARCH_DELAY_MS).trim();
  // The cursors of the pages visited so far, for the query they belong to: a new search or sort
  // starts again at the first page without an extra render.
  const queryKey = JSON.stringify([query, sort]);
  const [visited, setVisited] = useState({ queryKey, cursors: [null] as (string | null)[] });
  const cursors = visited.queryKey === queryKey ? visited.cursors : [null];
  const cursor = cursors.at(-1) ?? null;
  const [resource, { reload }] = useResource(
    JSON.stringify([workspace.id, queryKey, cursor]),
    (signal) =>
      listCustomers(api, workspace.id, { search: query, sort, limit: PAGE_SIZE, cursor }, signal),
  );
  // While the next page loads, the last one stays on screen (dimmed) instead of flashing away.
  const last = useRef<CustomerList | null>(null);
  if (resource.status === 'ready') last.current = resource.data;
  const shown = resource.status === 'ready' ? resource.data : last.current;
  const firstRow = (cursors.length - 1) * PAGE_SIZE + 1;

  return (
    <div className="customers-page">
      <PageHeading title={t('customers.title')} />
      <p className="lead">{t('customers.lead')}</p>
      <div className="customers-toolbar">
        <div className="field customers-search">
          <label htmlFor={searchId}>{t('customers.search.label')}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder={t('customers.search.placeholder')}
            aria-describedby={`${searchId}-hint`}
            data-testid="customer-search"
            onChange={(event) => setSearch(event.target.value)}
          />
          <span id={`${searchId}-hint`} className="field-hint">
            {t('customers.search.hint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${searchId}-sort`}>{t('customers.sort.label')}</label>
          <select
            id={`${searchId}-sort`}
            value={sort}
            onChange={(event) => {
              const next = CUSTOMER_SORTS.find((item) => item === event.target.value);
              if (next !== undefined) setSort(next);
            }}
          >
            {CUSTOMER_SORTS.map((item) => (
              <option key={item} value={item}>
                {t(`customers.sort.${item}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {resource.status === 'error' && (
        <div>
          <ProblemAlert problem={resource.problem} />
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {shown === null && resource.status === 'loading' && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {shown !== null && (
        <section
          className={
            resource.status === 'loading' ? 'customers-results is-loading' : 'customers-results'
          }
          aria-busy={resource.status === 'loading'}
        >
          <p className="customers-count" role="status" data-testid="customers-count">
            {countText(t, lang, shown.total, query)}
          </p>
          {shown.customers.length === 0 ? (
            <p className="card muted">
              {t(query === '' ? 'customers.empty' : 'customers.empty.search')}
            </p>
          ) : (
            <CustomersTable workspaceId={workspace.id} customers={shown.customers} />
          )}
          {(cursors.length > 1 || shown.nextCursor !== null) && (
            <nav className="pager" aria-label={t('customers.pagination')}>
              <button
                type="button"
                className="button"
                disabled={cursors.length <= 1}
                onClick={() => setVisited({ queryKey, cursors: cursors.slice(0, -1) })}
              >
                {t('customers.previous')}
              </button>
              <span className="muted">
                {t('customers.page', {
                  from: formatCount(lang, firstRow),
                  to: formatCount(lang, firstRow + shown.customers.length - 1),
                  total: formatCount(lang, shown.total),
                })}
              </span>
              <button
                type="button"
                className="button"
                data-testid="customers-next"
                disabled={shown.nextCursor === null}
                onClick={() => setVisited({ queryKey, cursors: [...cursors, shown.nextCursor] })}
              >
                {t('customers.next')}
              </button>
            </nav>
          )}
        </section>
      )}
    </div>
  );
}

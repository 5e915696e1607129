import { displayNameOrUserId } from '../../customers/views.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigation.ts';
import { routePath } from '../router/routes.ts';
import type { CustomerView } from './customers-api.ts';
import { formatCount, formatDate, shortId } from './format.ts';

const SHOWN_IDENTITIES = 2;

interface CustomersTableProps {
  readonly workspaceId: string;
  readonly customers: readonly CustomerView[];
}

/** One row per customer; the whole row opens the profile (the name is the keyboard link). */
export function CustomersTable({ workspaceId, customers }: CustomersTableProps) {
  const { t, lang, formatDateTime } = useI18n();
  // The day is enough in a list; the exact time is in the tooltip and on the profile.
  const when = (iso: string | null) =>
    iso === null ? (
      <span className="muted">–</span>
    ) : (
      <time dateTime={iso} title={formatDateTime(iso)}>
        {formatDate(lang, iso)}
      </time>
    );
  return (
    <div className="table-wrap">
      <table className="customers-table" data-testid="customers-table">
        <thead>
          <tr>
            <th scope="col">{t('customers.col.customer')}</th>
            <th scope="col">{t('customers.col.id')}</th>
            <th scope="col">{t('customers.col.identities')}</th>
            <th scope="col">{t('customers.col.firstSeen')}</th>
            <th scope="col">{t('customers.col.lastSeen')}</th>
            <th scope="col" className="cell-number">
              {t('customers.col.events')}
            </th>
            <th scope="col">{t('customers.col.channels')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => {
            const to = routePath({
              name: 'customer',
              workspaceId,
              customerId: customer.customerId,
            });
            const name = displayNameOrUserId(customer);
            const email = typeof customer.traits.email === 'string' ? customer.traits.email : null;
            const hidden = customer.identityCount - SHOWN_IDENTITIES;
            return (
              <tr
                key={customer.customerId}
                className="customer-row"
                data-testid="customer-row"
                data-customer-id={customer.customerId}
                onClick={(event) => {
                  if (!(event.target instanceof Element) || event.target.closest('a') === null) {
                    navigate(to);
                  }
                }}
              >
                <th scope="row">
                  <Link to={to} className={name === null ? 'customer-name muted' : 'customer-name'}>
                    {name ?? t('customers.anonymous')}
                  </Link>
                  {email !== null && email !== name && (
                    <span className="customer-email">{email}</span>
                  )}
                </th>
                <td>
                  <code className="customer-id">{customer.customerId}</code>
                </td>
                <td>
                  <ul className="identity-chips">
                    {customer.identities.slice(0, SHOWN_IDENTITIES).map((identity) => (
                      <li
                        key={`${identity.kind}:${identity.value}`}
                        className={`identity-chip identity-${identity.kind}`}
                        title={identity.value}
                      >
                        {shortId(identity.value, 18)}
                      </li>
                    ))}
                    {hidden > 0 && (
                      <li className="muted">{t('customers.identities.more', { count: hidden })}</li>
                    )}
                  </ul>
                </td>
                <td>{when(customer.firstSeen)}</td>
                <td>{when(customer.lastSeen)}</td>
                <td className="cell-number">{formatCount(lang, customer.eventCount)}</td>
                <td>
                  <ul className="channel-chips">
                    {customer.channels.map((channel) => (
                      <li key={channel} className="channel-chip">
                        {channel}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

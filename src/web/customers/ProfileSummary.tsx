import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ProfileView } from './customers-api.ts';
import { formatCount, formatMoney, traitText } from './format.ts';

interface ProfileFactsProps {
  readonly customer: ProfileView;
  /** The workspace's currency, for revenue when the orders did not say theirs. */
  readonly currency: string;
}

/** The key figures of a customer, as a row of tiles. */
export function ProfileFacts({ customer, currency }: ProfileFactsProps) {
  const { t, lang, formatDateTime } = useI18n();
  const { revenue } = customer;
  const when = (iso: string | null) => (iso === null ? '–' : formatDateTime(iso));
  const facts: [string, string, string | null][] = [
    [t('customer.facts.firstSeen'), when(customer.firstSeen), null],
    [t('customer.facts.lastSeen'), when(customer.lastSeen), null],
    [t('customer.facts.events'), formatCount(lang, customer.eventCount), null],
    [
      t('customer.facts.revenue'),
      formatMoney(lang, revenue.total, revenue.currency ?? currency),
      t('customer.facts.orders', { count: formatCount(lang, revenue.orders) }),
    ],
  ];
  return (
    <dl className="customer-facts" data-testid="customer-facts">
      {facts.map(([label, value, note]) => (
        <div key={label} className="customer-fact">
          <dt>{label}</dt>
          <dd>
            {value}
            {note !== null && <span className="customer-fact-note">{note}</span>}
          </dd>
        </div>
      ))}
      <div className="customer-fact customer-fact-wide">
        <dt>{t('customer.facts.channels')}</dt>
        <dd>
          {customer.channels.length === 0 && <span className="muted">–</span>}
          <ul className="channel-chips">
            {customer.channels.map((channel) => (
              <li key={channel} className="channel-chip">
                {channel}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

/** The customer's traits, merged from its identify calls (latest value wins). */
export function TraitsPanel({ traits }: { readonly traits: Readonly<Record<string, unknown>> }) {
  const { t } = useI18n();
  const titleId = useId();
  const entries = Object.entries(traits);
  return (
    <section
      className="card customer-panel"
      aria-labelledby={titleId}
      data-testid="customer-traits"
    >
      <h2 id={titleId}>{t('customer.traits.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('customer.traits.empty')}</p>
      ) : (
        <dl className="facts">
          {entries.map(([name, value]) => (
            <div key={name} className="facts-row">
              <dt>{name}</dt>
              <dd>{traitText(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

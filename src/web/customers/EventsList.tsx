import { useId, useMemo } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { TimelineEventView } from './customers-api.ts';
import { formatCount } from './format.ts';
import { placeEvent, touchpointIndex, type Visit } from './timeline.ts';

interface EventsListProps {
  readonly model: WorkspaceModel;
  readonly journeyId: string | null;
  readonly events: readonly TimelineEventView[];
  readonly visits: readonly Visit[];
  readonly total: number;
  readonly hasMore: boolean;
  readonly onMore: () => void;
  /** Hovering a visit's row brings it forward on the grid. */
  readonly onFocus: (order: number | null) => void;
}

const eventName = (event: TimelineEventView): string =>
  event.event === null ? event.type : `${event.event}`;

/** Every loaded event in time order: when, where, what, and which touchpoint it is. */
export function EventsList(props: EventsListProps) {
  const { model, journeyId, events, visits, total, hasMore, onMore, onFocus } = props;
  const { t, lang, formatDateTime } = useI18n();
  const titleId = useId();
  const index = useMemo(() => touchpointIndex(model), [model]);
  const numbers = useMemo(
    () => new Map(visits.map((visit) => [visit.event.messageId, visit.order])),
    [visits],
  );
  return (
    <section className="customer-events" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('customer.events.title')}</h2>
      <div className="table-wrap">
        <table data-testid="customer-events">
          <thead>
            <tr>
              <th scope="col" className="cell-number">
                {t('customer.events.col.visit')}
              </th>
              <th scope="col">{t('customer.events.col.time')}</th>
              <th scope="col">{t('customer.events.col.channel')}</th>
              <th scope="col">{t('customer.events.col.event')}</th>
              <th scope="col">{t('customer.events.col.touchpoint')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const place = placeEvent(index, numbers, event);
              return (
                <tr
                  key={event.messageId}
                  onMouseEnter={() => onFocus(place.visit)}
                  onMouseLeave={() => onFocus(null)}
                  className="customer-event"
                  data-testid="customer-event"
                  data-mapped={place.touchpoint !== null}
                >
                  <td className="cell-number">
                    {place.visit !== null && (
                      <span className="visit-badge visit-badge-static">{place.visit}</span>
                    )}
                  </td>
                  <td>
                    <time dateTime={event.timestamp}>{formatDateTime(event.timestamp)}</time>
                  </td>
                  <td>{event.channel ?? <span className="muted">–</span>}</td>
                  <td>
                    {eventName(event)}
                    {event.event !== null && <span className="event-type">{event.type}</span>}
                  </td>
                  <td>
                    {place.touchpoint === null ? (
                      <span className="muted">{t('customer.events.unmapped')}</span>
                    ) : (
                      <>
                        {place.touchpoint.name}
                        {place.journey !== null && place.journey.id !== journeyId && (
                          <span className="muted">
                            {' '}
                            {t('customer.events.otherJourney', { journey: place.journey.name })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t('customer.events.shown', {
          shown: formatCount(lang, events.length),
          total: formatCount(lang, total),
        })}{' '}
        {hasMore && (
          <button type="button" className="button" onClick={onMore}>
            {t('customer.events.more')}
          </button>
        )}
      </p>
    </section>
  );
}

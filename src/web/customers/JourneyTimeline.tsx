import { useId } from 'react';
import type { Journey, WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatCount } from './format.ts';
import { TimelineGrid } from './TimelineGrid.tsx';
import type { Visit } from './timeline.ts';

interface JourneyTimelineProps {
  readonly model: WorkspaceModel;
  readonly journey: Journey | undefined;
  readonly visits: readonly Visit[];
  /** Events mapped to touchpoints of other journeys, and events no rule maps. */
  readonly elsewhere: number;
  readonly unmapped: number;
  readonly onPick: (journeyId: string) => void;
  readonly focused: number | null;
  readonly onFocus: (order: number | null) => void;
}

/** The customer's visits drawn on a journey of the map, with a picker of the journey. */
export function JourneyTimeline(props: JourneyTimelineProps) {
  const { model, journey, visits, elsewhere, unmapped, onPick, focused, onFocus } = props;
  const { t, lang } = useI18n();
  const titleId = useId();
  const pickId = useId();
  const personaName = (id: string) => model.personas.find((p) => p.id === id)?.name ?? '';
  return (
    <section className="customer-journey" aria-labelledby={titleId}>
      <div className="customer-journey-head">
        <h2 id={titleId}>{t('customer.journey.title')}</h2>
        {journey !== undefined && (
          <div className="customer-journey-pick">
            <label htmlFor={pickId}>{t('customer.journey.pick')}</label>
            <select
              id={pickId}
              value={journey.id}
              data-testid="journey-pick"
              onChange={(event) => onPick(event.target.value)}
            >
              {model.journeys.map((item) => (
                <option key={item.id} value={item.id}>
                  {t('customer.journey.option', {
                    journey: item.name,
                    persona: personaName(item.personaId),
                  })}
                  {item.state === 'target' ? ` ${t('customer.journey.target')}` : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {journey === undefined ? (
        <p className="card muted">{t('customer.journey.none')}</p>
      ) : (
        <>
          <p className="muted" data-testid="journey-summary">
            {t('customer.journey.summary', {
              visits: formatCount(lang, visits.length),
              elsewhere: formatCount(lang, elsewhere),
              unmapped: formatCount(lang, unmapped),
            })}
          </p>
          {visits.length === 0 && (
            <p className="alert alert-info">{t('customer.journey.noVisit')}</p>
          )}
          <TimelineGrid
            model={model}
            journey={journey}
            visits={visits}
            focused={focused}
            onFocus={onFocus}
          />
          {visits.length > 0 && (
            <p className="muted customer-journey-legend">{t('customer.journey.legend')}</p>
          )}
        </>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import type { Journey, WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ChannelPicker } from './ChannelPicker.tsx';
import { DraftInput } from './DraftInput.tsx';
import { DEFAULT_QUERY, type FilterState, hasFilters } from './query-state.ts';

interface FilterBarProps {
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly onChange: (filters: FilterState) => void;
  /** Controls that only some tabs have (the funnel's breakdown). */
  readonly children?: ReactNode;
}

const splitValues = (text: string): string[] =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** Whether another journey of the list bears the same name (then its version tells them apart). */
const namesTwice = (journeys: readonly Journey[], journey: Journey): boolean =>
  journeys.some((other) => other.id !== journey.id && other.name === journey.name);

/** Which journey, which period and which customers every tab analyses. */
export function FilterBar({ model, journey, filters, onChange, children }: FilterBarProps) {
  const { t } = useI18n();
  const set = (change: Partial<FilterState>) => onChange({ ...filters, ...change });
  return (
    <section className="analytics-filters" aria-label={t('analytics.filters.label')}>
      <div className="analytics-filter-row">
        <Field label={t('analytics.filters.journey')}>
          {(control) => (
            <select
              {...control}
              data-testid="filter-journey"
              className="filter-journey"
              value={journey.id}
              onChange={(event) => set({ journeyId: event.target.value })}
            >
              {model.personas.map((persona) => {
                const journeys = model.journeys.filter((item) => item.personaId === persona.id);
                if (journeys.length === 0) return null;
                return (
                  <optgroup key={persona.id} label={persona.name}>
                    {journeys.map((item) => (
                      <option key={item.id} value={item.id}>
                        {namesTwice(journeys, item)
                          ? `${item.name} (${t(`map.state.${item.state}`)})`
                          : item.name}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          )}
        </Field>
        <Field label={t('analytics.filters.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              data-testid="filter-from"
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              onChange={(event) => set({ from: event.target.value || null })}
            />
          )}
        </Field>
        <Field label={t('analytics.filters.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              data-testid="filter-to"
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              onChange={(event) => set({ to: event.target.value || null })}
            />
          )}
        </Field>
        <Field label={t('analytics.filters.persona')}>
          {(control) => (
            <select
              {...control}
              data-testid="filter-persona"
              value={filters.personaIds[0] ?? ''}
              onChange={(event) =>
                set({ personaIds: event.target.value === '' ? [] : [event.target.value] })
              }
            >
              <option value="">{t('analytics.filters.allPersonas')}</option>
              {model.personas.map((persona) => (
                <option key={persona.id} value={persona.id}>
                  {persona.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ChannelPicker
          channels={model.channels}
          selected={filters.channelIds}
          onChange={(channelIds) => set({ channelIds })}
        />
      </div>
      <div className="analytics-filter-row">
        <Field label={t('analytics.filters.traitName')}>
          {(control) => (
            <DraftInput
              {...control}
              data-testid="filter-trait-name"
              placeholder={t('analytics.filters.traitNamePlaceholder')}
              value={filters.traitName}
              onCommit={(traitName) => set({ traitName })}
            />
          )}
        </Field>
        <Field label={t('analytics.filters.traitValues')}>
          {(control) => (
            <DraftInput
              {...control}
              data-testid="filter-trait-values"
              placeholder={t('analytics.filters.traitValuesPlaceholder')}
              value={filters.traitValues.join(', ')}
              onCommit={(text) => set({ traitValues: splitValues(text) })}
            />
          )}
        </Field>
        {children}
        {hasFilters(filters) && (
          <button
            type="button"
            className="button button-quiet analytics-clear"
            onClick={() => onChange({ ...DEFAULT_QUERY.filters, journeyId: filters.journeyId })}
          >
            {t('analytics.filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}

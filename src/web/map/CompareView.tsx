import { useId } from 'react';
import type { Journey, JourneyState, Touchpoint } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { compareJourneys, type JourneyComparison } from '../api/model.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { CompareGrid } from './CompareGrid.tsx';
import { placement } from './cells.ts';
import { type CompareSummary, compareMarks } from './compare.ts';
import { useMap } from './MapContext.tsx';

interface CompareViewProps {
  readonly current: Journey;
  readonly target: Journey;
  /** The model version: a new version is a new comparison. */
  readonly version: number;
  readonly onOpen: (state: JourneyState, touchpoint: Touchpoint) => void;
}

/** Current and target side by side: what the target adds, removes, improves or worsens. */
export function CompareView({ current, target, version, onOpen }: CompareViewProps) {
  const { t } = useI18n();
  const api = useApi();
  const { workspaceId } = useMap();
  const titleId = useId();
  const [resource, { reload }] = useResource(`${current.id}/${target.id}/${version}`, (signal) =>
    compareJourneys(api, workspaceId, current.id, target.id, signal),
  );
  return (
    <section className="compare-view stack" data-testid="compare-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('map.compare.title')}</h2>
      <Loadable resource={resource} onRetry={reload}>
        {(comparison) => (
          <CompareBody comparison={comparison} current={current} target={target} onOpen={onOpen} />
        )}
      </Loadable>
    </section>
  );
}

const COUNTS: readonly (keyof CompareSummary)[] = [
  'added',
  'removed',
  'improved',
  'worsened',
  'mixed',
  'neutral',
  'unchanged',
];

interface CompareBodyProps extends Omit<CompareViewProps, 'version'> {
  readonly comparison: JourneyComparison;
}

function CompareBody({ comparison, current, target, onOpen }: CompareBodyProps) {
  const { t } = useI18n();
  const { model } = useMap();
  const marks = compareMarks(comparison);
  return (
    <>
      <ul className="compare-summary" data-testid="compare-summary">
        {COUNTS.map((count) => (
          <li
            key={count}
            className={`compare-count count-${count}${marks.summary[count] === 0 ? ' is-zero' : ''}`}
          >
            {t(`map.compare.${count}`, { count: marks.summary[count] })}
          </li>
        ))}
      </ul>
      {comparison.removed.length > 0 && (
        <div className="compare-removed">
          <h3>{t('map.compare.removedList')}</h3>
          <ul>
            {comparison.removed.map((touchpoint) => (
              <li key={touchpoint.id} data-testid="compare-removed-item">
                <strong>{touchpoint.name}</strong>{' '}
                <span className="muted">{placement(model, touchpoint)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted">{t('map.compare.openHint')}</p>
      <p className="compare-curves" aria-hidden="true">
        {t('map.emotion')}
        <span className="compare-curve compare-curve-current" /> {t('map.state.current')}
        <span className="compare-curve compare-curve-target" /> {t('map.state.target')}
      </p>
      <CompareGrid current={current} target={target} marks={marks} onOpen={onOpen} />
    </>
  );
}

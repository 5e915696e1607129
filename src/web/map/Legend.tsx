import { PERFORMANCES } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EmotionFace, ImportanceDots } from './marks.tsx';

/** What the colours and signs of the map mean, for people reading it on a wall or on paper. */
export function Legend() {
  const { t } = useI18n();
  return (
    <ul className="map-legend" aria-label={t('map.legend')}>
      {PERFORMANCES.map((performance) => (
        <li key={performance}>
          <span className={`legend-swatch perf-${performance}`} aria-hidden="true" />
          {t(`map.performance.${performance}`)}
        </li>
      ))}
      <li>
        <ImportanceDots value={3} />
        {t('map.legend.importance')}
      </li>
      <li>
        <span className="mark-mot" aria-hidden="true">
          ★
        </span>
        {t('map.card.momentOfTruth')}
      </li>
      <li>
        <span className="mark-rupture" aria-hidden="true">
          ⚡
        </span>
        {t('map.card.rupture')}
      </li>
      <li>
        <EmotionFace value={2} />
        {t('map.emotion')} −3…+3
      </li>
      <li>
        <svg className="legend-arrow" viewBox="0 0 32 10" aria-hidden="true">
          <line x1="1" y1="5" x2="31" y2="5" className="arrow-line" />
        </svg>
        {t('map.legend.transition')}
      </li>
      <li>
        <svg className="legend-arrow" viewBox="0 0 32 10" aria-hidden="true">
          <line x1="1" y1="5" x2="31" y2="5" className="arrow-line arrow-impossible" />
        </svg>
        {t('map.legend.impossible')}
      </li>
    </ul>
  );
}

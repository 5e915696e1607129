import { useI18n } from '../i18n/I18nProvider.tsx';
import { isMeasure, MEASURES } from './measured.ts';
import type { MeasuredLayer } from './useMeasuredLayer.ts';

/** The toolbar's "Measured" switch and, once on, the choice of measure. */
export function MeasuredControls({ layer }: { readonly layer: MeasuredLayer }) {
  const { t } = useI18n();
  const { resource } = layer;
  const empty =
    layer.on && resource.status === 'ready' && (resource.data === null || layer.data === null);
  const state = !layer.on
    ? ''
    : resource.status === 'loading'
      ? t('analytics.measured.loading')
      : empty
        ? t('analytics.measured.noData')
        : '';
  return (
    <div className="measured-controls">
      <button
        type="button"
        className="button"
        data-testid="measured-toggle"
        aria-pressed={layer.on}
        onClick={layer.toggle}
      >
        <span aria-hidden="true" className="measured-icon">
          ▮▮▯
        </span>
        {t('analytics.measured.toggle')}
        {state !== '' && <span className="measured-state">· {state}</span>}
      </button>
      {layer.on && !empty && (
        <select
          aria-label={t('analytics.measured.measure')}
          data-testid="measure-select"
          value={layer.measure}
          onChange={(event) => {
            if (isMeasure(event.target.value)) layer.choose(event.target.value);
          }}
        >
          {MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(`analytics.measured.${measure}`)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

import { formattersFor } from '../analytics/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { bandColor, bandLabels } from './measured.ts';
import type { MeasuredLayer } from './useMeasuredLayer.ts';

/** Under the toolbar while the layer is on: the colour scale, or why there is nothing. */
export function MeasuredLegend({
  layer,
  workspaceId,
}: {
  readonly layer: MeasuredLayer;
  readonly workspaceId: string;
}) {
  const { t, lang } = useI18n();
  if (!layer.on) return null;
  const { resource, data } = layer;
  if (resource.status === 'error') {
    return (
      <div className="measured-legend">
        <ProblemAlert problem={resource.problem} />
        <button type="button" className="button" onClick={layer.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (resource.status === 'loading') return null;
  if (data === null) {
    return (
      <p className="alert alert-info measured-legend" data-testid="measured-empty">
        {t('analytics.measured.empty')}{' '}
        <Link to={routePath({ name: 'imports', workspaceId })}>{t('analytics.empty.import')}</Link>
        {' · '}
        <Link to={routePath({ name: 'mapping', workspaceId })}>{t('analytics.empty.mapping')}</Link>
      </p>
    );
  }
  const f = formattersFor(lang);
  const labels = bandLabels(data.bands, data.measure, f);
  return (
    <div className="measured-legend" data-testid="measured-legend">
      <span className="measured-legend-title">
        {t(`analytics.measured.${data.measure}`)}
        <span className="muted">
          {' '}
          · {t('analytics.measured.customers', { count: f.count(data.customers) })}
        </span>
      </span>
      <ul aria-label={t('analytics.measured.scale')}>
        {labels.map((label, band) => (
          <li key={label}>
            <span
              className="measured-swatch"
              style={{ background: bandColor(band, data.bands.length) }}
              aria-hidden="true"
            />
            {label}
          </li>
        ))}
        <li>
          <span className="measured-swatch measured-swatch-none" aria-hidden="true" />
          {t('analytics.measured.none')}
        </li>
      </ul>
      <span className="muted measured-help">{t(`analytics.measured.${data.measure}.help`)}</span>
    </div>
  );
}

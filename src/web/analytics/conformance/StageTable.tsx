import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { ConformanceResponse } from '../analytics-api.ts';
import { formattersFor } from '../format.ts';

/** Each stage of the designed journey: how many reached it, went past it, stayed how long. */
export function StageTable({ data }: { readonly data: ConformanceResponse }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const population = Math.max(1, data.customers);
  return (
    <section className="card">
      <header className="chart-card-head">
        <div>
          <h2>{t('analytics.conformance.stages')}</h2>
          <p className="muted chart-hint">{t('analytics.conformance.stagesHint')}</p>
        </div>
      </header>
      <div className="table-wrap">
        <table className="analytics-table" data-testid="stage-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.conformance.col.stage')}</th>
              <th scope="col" className="num">
                {t('analytics.conformance.col.reached')}
              </th>
              <th scope="col" className="num">
                {t('analytics.conformance.col.skipped')}
              </th>
              <th scope="col" className="num">
                {t('analytics.conformance.col.time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.stages.map((stage, index) => (
              <tr key={stage.id}>
                <th scope="row">
                  <span className="row-number">{index + 1}</span> {stage.name}
                </th>
                <td className="num">
                  <span className="cell-bar">
                    <span
                      className="cell-bar-fill"
                      style={{ width: `${Math.round((stage.reached / population) * 100)}%` }}
                    />
                  </span>
                  <span className="cell-figure">{f.count(stage.reached)}</span>
                  <span className="cell-sub">{f.percent(stage.reached / population)}</span>
                </td>
                <td className="num">
                  {stage.skipped > 0 ? (
                    <span className="skipped">{f.count(stage.skipped)}</span>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
                <td className="num">{f.duration(stage.medianMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formattersFor } from '../format.ts';
import type { StepFigures } from './funnel-charts.ts';

/** The funnel's figures step by step, with a bar per step for a quick visual read. */
export function FunnelTable({ steps }: { readonly steps: readonly StepFigures[] }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  return (
    <div className="table-wrap">
      <table className="analytics-table" data-testid="funnel-table">
        <thead>
          <tr>
            <th scope="col">{t('analytics.funnel.col.step')}</th>
            <th scope="col" className="num">
              {t('analytics.funnel.col.customers')}
            </th>
            <th scope="col" className="num">
              {t('analytics.funnel.col.stepConversion')}
            </th>
            <th scope="col" className="num">
              {t('analytics.funnel.col.overallConversion')}
            </th>
            <th scope="col" className="num">
              {t('analytics.funnel.col.dropOff')}
            </th>
            <th scope="col" className="num">
              {t('analytics.funnel.col.time')}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position (names may repeat).
            <tr key={`${index}-${step.label}`} data-testid="funnel-row">
              <th scope="row">
                <span className="row-number">{index + 1}</span> {step.label}
              </th>
              <td className="num">
                <span className="cell-bar">
                  <span
                    className="cell-bar-fill"
                    style={{ width: `${Math.round(step.overallConversion * 100)}%` }}
                  />
                </span>
                <span className="cell-figure" data-testid="funnel-customers">
                  {f.count(step.customers)}
                </span>
              </td>
              <td className="num">{index === 0 ? '' : f.percent(step.stepConversion)}</td>
              <td className="num">{f.percent(step.overallConversion)}</td>
              <td className="num">
                {step.dropOff > 0 ? <span className="drop">−{f.count(step.dropOff)}</span> : ''}
              </td>
              <td className="num">{index === 0 ? '' : f.duration(step.medianMsFromStart)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

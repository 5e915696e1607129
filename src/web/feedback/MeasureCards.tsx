import { useMemo } from 'react';
import type { Comparison } from '../../feedback/significance.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../i18n/translate.ts';
import { EChart } from '../ui/EChart.tsx';
import { barsOption, gaugeOption } from './chart-options.ts';
import type { Breakdown, BreakdownDimension, Measure, SurveyKind } from './feedback-api.ts';
import { formatInterval, formatP, formatValue } from './format.ts';

/** What a measure's breakdown says besides its value: NPS split, CSAT mean, CES easy share. */
function detail(t: Translate, lang: string, kind: SurveyKind, m: Measure): string {
  if (kind === 'nps' && m.breakdown !== null) return t('feedback.nps.split', { ...m.breakdown });
  if (kind === 'csat' && m.mean !== null)
    return t('feedback.csat.mean', { mean: m.mean.toFixed(2) });
  if (kind === 'ces' && m.easyShare !== null) {
    return t('feedback.ces.easy', { share: formatValue(lang, 'csat', m.easyShare.value) });
  }
  return '';
}

/** The overall figure as a gauge, with n, interval and the small-sample warning. */
export function OverallCard({
  kind,
  measure,
}: {
  readonly kind: SurveyKind;
  readonly measure: Measure;
}) {
  const { t, lang } = useI18n();
  const option = useMemo(() => gaugeOption(kind, measure), [kind, measure]);
  const value = formatValue(lang, kind, measure.value);
  return (
    <section className="card feedback-overall" data-testid="feedback-overall">
      <h2>
        {t('feedback.overall.title')} · {t(`feedback.kind.${kind}`)}
      </h2>
      {measure.n === 0 ? (
        <p className="muted">{t('feedback.noData')}</p>
      ) : (
        <>
          <EChart
            option={option}
            height={190}
            label={t('feedback.overall.chart', { kind: t(`feedback.kind.${kind}`), value })}
          />
          <p className="feedback-figure">
            <strong data-testid="overall-value">{value}</strong>{' '}
            <span data-testid="overall-n">{t('feedback.answers', { n: measure.n })}</span>
          </p>
          <p className="muted">
            {t('feedback.interval', { range: formatInterval(lang, kind, measure) })}
          </p>
          <p className="muted">{detail(t, lang, kind, measure)}</p>
          {measure.smallSample && <p className="feedback-warning">{t('feedback.smallSample')}</p>}
        </>
      )}
    </section>
  );
}

function versusText(t: Translate, lang: string, test: Comparison | null): string {
  if (test === null) return t('feedback.versus.unknown');
  const p = formatP(lang, test.pValue);
  if (!test.significant) return t('feedback.versus.same', { p });
  return test.difference > 0
    ? t('feedback.versus.above', { p })
    : t('feedback.versus.below', { p });
}

interface BreakdownCardProps {
  readonly kind: SurveyKind;
  readonly by: BreakdownDimension;
  readonly breakdown: Breakdown;
}

/** Bars with their intervals, and the same figures as a table (readable without the chart). */
export function BreakdownCard({ kind, by, breakdown }: BreakdownCardProps) {
  const { t, lang } = useI18n();
  const none = t('feedback.none');
  const option = useMemo(
    () => barsOption(kind, breakdown.groups, lang, none),
    [kind, breakdown.groups, lang, none],
  );
  const dimension = t(`feedback.by.${by}`).toLowerCase();
  return (
    <section className="card feedback-breakdown" data-testid="feedback-breakdown">
      <h2>{t('feedback.breakdown.title', { dimension })}</h2>
      <p className="muted">{t('feedback.breakdown.hint')}</p>
      {breakdown.groups.length === 0 ? (
        <p className="muted">{t('feedback.noData')}</p>
      ) : (
        <>
          <EChart
            option={option}
            height={Math.max(160, 38 * breakdown.groups.length + 50)}
            label={t('feedback.breakdown.chart', { kind: t(`feedback.kind.${kind}`), dimension })}
            testId="breakdown-chart"
          />
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(`feedback.by.${by}`)}</th>
                  <th scope="col">{t('feedback.col.n')}</th>
                  <th scope="col">{t('feedback.col.value')}</th>
                  <th scope="col">{t('feedback.col.interval')}</th>
                  <th scope="col">{t('feedback.col.versusRest')}</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.groups.map((group) => (
                  <tr key={group.key} data-testid="measure-row" data-key={group.key}>
                    <th scope="row">{group.label || none}</th>
                    <td data-testid="measure-n" className="nowrap">
                      {group.measure.n}{' '}
                      {group.measure.smallSample && (
                        <span className="tag feedback-small">{t('feedback.small')}</span>
                      )}
                    </td>
                    <td data-testid="measure-value">
                      {formatValue(lang, kind, group.measure.value)}
                    </td>
                    <td>{formatInterval(lang, kind, group.measure)}</td>
                    <td
                      className={
                        group.versusRest?.significant
                          ? `feedback-sig feedback-sig-${group.versusRest.difference > 0 ? 'up' : 'down'}`
                          : ''
                      }
                    >
                      {versusText(t, lang, group.versusRest)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

import type { Contribution } from '../../prioritise/weighted-score.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { decimal, percent } from './format.ts';
import { type CriterionSide, criterionLabel, valueLabel } from './labels.ts';

const MONEY_CRITERIA = new Set(['cost', 'value']);

/** Each criterion's part of a score: value → its 0–1 score, weight, points out of 100. */
export function Contributions(props: {
  readonly side: CriterionSide;
  readonly contributions: readonly Contribution<string>[];
  readonly money: (cents: number) => string;
}) {
  const { t, lang } = useI18n();
  const raw = (c: Contribution<string>) => {
    if (c.raw === null) return '—';
    if (typeof c.raw === 'string') return valueLabel(t, c.raw);
    if (MONEY_CRITERIA.has(c.key)) return props.money(c.raw);
    return decimal(lang, c.raw, 2);
  };
  return (
    <div className="table-wrap pr-contrib">
      <table>
        <caption className="visually-hidden">{t('prioritise.contrib.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prioritise.contrib.criterion')}</th>
            <th scope="col">{t('prioritise.contrib.raw')}</th>
            <th scope="col">{t('prioritise.contrib.weight')}</th>
            <th scope="col">{t('prioritise.contrib.points')}</th>
          </tr>
        </thead>
        <tbody>
          {props.contributions.map((c) => (
            <tr key={c.key} className={c.value === null ? 'pr-missing' : undefined}>
              <th scope="row">
                {criterionLabel(t, props.side, c.key)}
                {c.inverted && (
                  <span className="pr-inverted">{t('prioritise.weights.inverted')}</span>
                )}
              </th>
              <td>
                {c.value === null ? (
                  t('prioritise.contrib.missing')
                ) : (
                  <>
                    {raw(c)} <span className="pr-arrow">→ {decimal(lang, c.value, 2)}</span>
                  </>
                )}
              </td>
              <td>{percent(lang, c.appliedWeight)}</td>
              <td className="pr-num">{decimal(lang, c.contribution * 100, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

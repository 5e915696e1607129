import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { compareSegments, type SegmentComparison, type SurveyKind } from './feedback-api.ts';
import { formatP, formatValue } from './format.ts';
import { periodFilters } from './periods.ts';

function PeriodFields({ legend, prefix }: { readonly legend: string; readonly prefix: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="feedback-period">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-from`}>{t('feedback.filter.from')}</label>
      <input id={`${id}-from`} name={`${prefix}From`} type="date" required />
      <label htmlFor={`${id}-to`}>{t('feedback.filter.to')}</label>
      <input id={`${id}-to`} name={`${prefix}To`} type="date" required />
    </fieldset>
  );
}

/** Two periods side by side, and whether their difference is real. */
export function CompareCard({
  workspaceId,
  kind,
}: {
  readonly workspaceId: string;
  readonly kind: SurveyKind;
}) {
  const { t, lang } = useI18n();
  const api = useApi();
  const action = useAction();
  const [result, setResult] = useState<SegmentComparison | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const outcome = await action.run(() =>
      compareSegments(
        api,
        workspaceId,
        kind,
        periodFilters(text('aFrom'), text('aTo')),
        periodFilters(text('bFrom'), text('bTo')),
      ),
    );
    if (outcome.ok) setResult(outcome.value);
  };

  const verdict = () => {
    if (result === null) return null;
    const test = result.comparison;
    if (test === null) return t('feedback.compare.impossible');
    const difference =
      kind === 'csat'
        ? `${formatValue(lang, 'nps', test.difference)} pts`
        : formatValue(lang, kind === 'ces' ? 'ces' : 'nps', test.difference);
    const p = formatP(lang, test.pValue);
    return test.significant
      ? t('feedback.compare.significant', { difference, p })
      : t('feedback.compare.notSignificant', { difference, p });
  };

  return (
    <section className="card" data-testid="feedback-compare">
      <h2>{t('feedback.compare.title')}</h2>
      <p className="muted">{t('feedback.compare.hint')}</p>
      <form className="feedback-compare-form" onSubmit={onSubmit}>
        <PeriodFields legend={t('feedback.compare.a')} prefix="a" />
        <PeriodFields legend={t('feedback.compare.b')} prefix="b" />
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {t('feedback.compare.run')}
        </button>
      </form>
      <ProblemAlert problem={action.problem} />
      {result !== null && (
        <div className="feedback-compare-result" role="status">
          <p>
            A : <strong>{formatValue(lang, kind, result.a.value)}</strong> (
            {t('feedback.answers', { n: result.a.n })}) · B :{' '}
            <strong>{formatValue(lang, kind, result.b.value)}</strong> (
            {t('feedback.answers', { n: result.b.n })})
          </p>
          <p className={result.comparison?.significant ? 'feedback-sig' : 'muted'}>{verdict()}</p>
        </div>
      )}
    </section>
  );
}

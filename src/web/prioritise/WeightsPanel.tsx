import type { ActionWeights, ScoringWeights, TouchpointWeights } from '../../prioritise/schema.ts';
import type { Problem } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { percent } from './format.ts';
import { criterionLabel } from './labels.ts';
import { COST_TYPE, formulaTerms } from './weights.ts';

interface WeightsPanelProps {
  readonly weights: ScoringWeights;
  readonly onChange: (weights: ScoringWeights) => void;
  readonly dirty: boolean;
  readonly canEdit: boolean;
  readonly saving: boolean;
  readonly problem: Problem | null;
  readonly onSave: () => void;
  readonly onReset: () => void;
}

type Side = 'touchpoint' | 'action';

function CriteriaGroup<K extends string>(props: {
  readonly side: Side;
  readonly values: Readonly<Record<K, number>>;
  readonly onValue: (key: K, value: number) => void;
}) {
  const { t, lang } = useI18n();
  const terms = formulaTerms(props.values);
  return (
    <fieldset className="pr-criteria">
      <legend>{t(`prioritise.weights.${props.side}`)}</legend>
      {terms.map((term) => (
        <div className="pr-criterion" key={term.key}>
          <label htmlFor={`w-${props.side}-${term.key}`}>
            {criterionLabel(t, props.side, term.key)}
            {COST_TYPE.has(term.key) && (
              <span className="pr-inverted">{t('prioritise.weights.inverted')}</span>
            )}
          </label>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={term.weight}
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => props.onValue(term.key, Number(e.target.value))}
          />
          <input
            id={`w-${props.side}-${term.key}`}
            className="pr-weight-input"
            type="number"
            min={0}
            max={100}
            step={1}
            value={term.weight}
            data-testid={`weight-${props.side}-${term.key}`}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value))
                props.onValue(term.key, Math.max(0, Math.min(100, value)));
            }}
          />
          <span className="pr-share" title={t('prioritise.weights.share')}>
            {percent(lang, term.share)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

/** The formula of a score, term by term: "Score = 25 % × importance + 20 % × (1 − …) …". */
export function FormulaLine<K extends string>(props: {
  readonly side: Side;
  readonly values: Readonly<Record<K, number>>;
}) {
  const { t, lang } = useI18n();
  const terms = formulaTerms(props.values).filter((term) => term.share > 0);
  return (
    <p className="pr-formula" data-testid={`formula-${props.side}`}>
      <span className="pr-formula-lhs">{t('prioritise.formula.score')} =</span>{' '}
      {terms.map((term, i) => {
        const name = criterionLabel(t, props.side, term.key);
        return (
          <span key={term.key} className="pr-term">
            {i > 0 && ' + '}
            <strong>{percent(lang, term.share)}</strong> ×{' '}
            {COST_TYPE.has(term.key) ? `(1 − ${name})` : name}
          </span>
        );
      })}
    </p>
  );
}

/** The scoring weights, edited live: every change re-scores and moves the matrices at once. */
export function WeightsPanel(props: WeightsPanelProps) {
  const { t } = useI18n();
  const { weights, onChange } = props;
  const setTouchpoint = (key: keyof TouchpointWeights, value: number) =>
    onChange({ ...weights, touchpoint: { ...weights.touchpoint, [key]: value } });
  const setAction = (key: keyof ActionWeights, value: number) =>
    onChange({ ...weights, action: { ...weights.action, [key]: value } });
  return (
    <section className="card pr-weights" aria-labelledby="pr-weights-title">
      <div className="pr-card-head">
        <h2 id="pr-weights-title">{t('prioritise.weights.title')}</h2>
        <div className="pr-method" role="radiogroup" aria-label={t('prioritise.weights.method')}>
          {(['weighted', 'rice'] as const).map((method) => (
            <label key={method}>
              <input
                type="radio"
                name="scoring-method"
                value={method}
                checked={weights.method === method}
                onChange={() => onChange({ ...weights, method })}
              />
              {t(`prioritise.method.${method}`)}
            </label>
          ))}
        </div>
      </div>
      <p className="muted">{t('prioritise.weights.intro')}</p>
      <div className="pr-criteria-groups">
        <div>
          <CriteriaGroup side="touchpoint" values={weights.touchpoint} onValue={setTouchpoint} />
          <FormulaLine side="touchpoint" values={weights.touchpoint} />
        </div>
        <div>
          <CriteriaGroup side="action" values={weights.action} onValue={setAction} />
          <FormulaLine side="action" values={weights.action} />
          {weights.method === 'rice' && (
            <p className="pr-formula">{t('prioritise.formula.rice')}</p>
          )}
        </div>
      </div>
      <ProblemAlert problem={props.problem} />
      <div className="pr-buttons">
        {props.canEdit && (
          <button
            type="button"
            className="button button-primary"
            disabled={!props.dirty || props.saving}
            data-testid="save-weights"
            onClick={props.onSave}
          >
            {props.saving ? t('common.saving') : t('prioritise.weights.save')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={props.onReset}>
          {t('prioritise.weights.reset')}
        </button>
        <span className="muted" aria-live="polite">
          {props.dirty ? t('prioritise.weights.unsaved') : t('prioritise.weights.savedState')}
        </span>
      </div>
    </section>
  );
}

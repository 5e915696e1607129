import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { parseCurrency } from './form-values.ts';
import { useModelDocument } from './ModelContext.tsx';
import { currencyOp } from './model-ops.ts';
import { placeOpErrors } from './op-errors.ts';

/** Codes offered as suggestions; any ISO 4217 code can be typed. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY', 'AUD', 'XOF', 'MAD'];

export function CurrencySection() {
  const { t } = useI18n();
  const { snapshot, canEdit, apply } = useModelDocument();
  const action = useAction();
  const titleId = useId();
  const listId = useId();
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const server = placeOpErrors(action.problem, ['currency']);
  const current = snapshot.model.currency;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const currency = parseCurrency(formText(new FormData(event.currentTarget), 'currency'));
    setInvalid(currency === null);
    if (currency === null || currency === current) return;
    const outcome = await action.run(() => apply([currencyOp(currency)]));
    setSaved(outcome.ok);
  };

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="section-currency">
      <div>
        <h2 id={titleId}>{t('model.currency.title')}</h2>
        <p className="lead">{t('model.currency.intro')}</p>
      </div>
      {canEdit ? (
        <form className="form-row" data-testid="currency-form" onSubmit={submit} noValidate>
          <TextField
            label={t('model.currency.label')}
            name="currency"
            defaultValue={current}
            key={current}
            maxLength={3}
            list={listId}
            autoComplete="off"
            className="input-currency"
            hint={t('model.currency.hint')}
            testId="currency"
            error={invalid ? t('model.error.currency') : server.byField.currency}
            onInput={() => setSaved(false)}
          />
          <datalist id={listId}>
            {COMMON_CURRENCIES.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {action.pending ? t('common.saving') : t('common.save')}
          </button>
        </form>
      ) : (
        <dl className="facts">
          <dt>{t('model.currency.label')}</dt>
          <dd>{current}</dd>
        </dl>
      )}
      <ProblemAlert problem={action.problem} placed={server.placed} />
      <p className="status-text" role="status">
        {saved && t('model.currency.saved')}
      </p>
    </section>
  );
}

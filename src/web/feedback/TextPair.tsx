import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface TextPairProps {
  readonly legend: string;
  readonly en: string;
  readonly fr: string;
  readonly onChange: (lang: 'en' | 'fr', value: string) => void;
  /** Server messages for the English and French texts. */
  readonly errors?: { readonly en?: string | undefined; readonly fr?: string | undefined };
  readonly testId?: string;
}

/** One text in English and French, side by side. */
export function TextPair({ legend, en, fr, onChange, errors = {}, testId }: TextPairProps) {
  const { t } = useI18n();
  const id = useId();
  const field = (lang: 'en' | 'fr', value: string) => {
    const error = errors[lang];
    return (
      <div className={error === undefined ? 'field' : 'field field-invalid'}>
        <label htmlFor={`${id}-${lang}`}>{t(`feedback.form.${lang}`)}</label>
        <textarea
          id={`${id}-${lang}`}
          rows={2}
          maxLength={500}
          required
          value={value}
          data-testid={testId === undefined ? undefined : `${testId}-${lang}`}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={error === undefined ? undefined : `${id}-${lang}-error`}
          onChange={(event) => onChange(lang, event.target.value)}
        />
        {error !== undefined && (
          <p id={`${id}-${lang}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="feedback-pair">
      <legend>{legend}</legend>
      {field('en', en)}
      {field('fr', fr)}
    </fieldset>
  );
}

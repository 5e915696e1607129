import { useId } from 'react';
import { useI18n } from './I18nProvider.tsx';
import { isLang } from './language.ts';

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <div className="lang-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('lang.label')}
      </label>
      <select
        id={id}
        data-testid="lang-switcher"
        value={lang}
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value);
        }}
      >
        <option value="fr" lang="fr">
          Français
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

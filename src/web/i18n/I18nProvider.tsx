import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { readSetting, writeSetting } from '../ui/storage.ts';
import { formatDateTime } from './format.ts';
import { chooseLanguage, LANG_STORAGE_KEY, type Lang } from './language.ts';
import { type Translate, translator } from './translate.ts';

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
  readonly formatDateTime: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

const browserLanguages = (): readonly string[] =>
  navigator.languages.length > 0 ? navigator.languages : [navigator.language];

export const initialLanguage = (): Lang =>
  chooseLanguage(readSetting(LANG_STORAGE_KEY), browserLanguages());

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLanguage);

  // Before paint, so that assistive technologies never read French text with English rules.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    writeSetting(LANG_STORAGE_KEY, next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: translator(lang),
      formatDateTime: (iso) => formatDateTime(lang, iso),
    }),
    [lang, setLang],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

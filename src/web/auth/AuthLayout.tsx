import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';

/** The frame of the screens used without a session: a single centred card. */
export function AuthLayout({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth">
      <header className="auth-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-card">
        {children}
      </main>
    </div>
  );
}

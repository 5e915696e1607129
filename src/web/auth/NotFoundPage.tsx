import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { AuthLayout } from './AuthLayout.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <AuthLayout>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </AuthLayout>
  );
}

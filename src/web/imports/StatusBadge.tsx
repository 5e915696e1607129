import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ImportJob } from './imports-api.ts';

/** The status of an import as a coloured badge. */
export function StatusBadge({ status }: { readonly status: ImportJob['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge import-status import-status-${status}`} data-testid="import-status">
      {t(`imports.status.${status}`)}
    </span>
  );
}

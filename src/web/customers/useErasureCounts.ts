import { useI18n } from '../i18n/I18nProvider.tsx';

/** An erasure's counts in words ("12 events, 2 identities, …"), in the interface language. */
export function useErasureCounts(counts: Readonly<Record<string, number>>): string {
  const { t } = useI18n();
  const label = (kind: string, count: number): string => {
    switch (kind) {
      case 'events':
        return t('customer.erase.count.events', { count });
      case 'identities':
        return t('customer.erase.count.identities', { count });
      case 'conflicts':
        return t('customer.erase.count.conflicts', { count });
      case 'merges':
        return t('customer.erase.count.merges', { count });
      default:
        return `${count} ${kind}`;
    }
  };
  return Object.entries(counts)
    .map(([kind, count]) => label(kind, count))
    .join(', ');
}

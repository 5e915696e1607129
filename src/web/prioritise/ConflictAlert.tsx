import type { Conflict } from '../../prioritise/budget-conflicts.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Why no plan exists: the constraints that cannot hold together, with their amounts. */
export function ConflictAlert(props: {
  readonly conflict: Conflict;
  readonly money: (cents: number) => string;
}) {
  const { t } = useI18n();
  const { conflict, money } = props;
  return (
    <div className="alert alert-error pr-conflict" role="alert" data-testid="plan-conflict">
      <p>
        <strong>{t('prioritise.conflict.title')}</strong>
      </p>
      <ul>
        {conflict.items.map((item) => {
          const key = `${item.kind}-${'channelId' in item ? item.channelId : ''}-${'actionId' in item ? item.actionId : ''}`;
          return <li key={key}>{t('prioritise.conflict.item', { text: conflictText(item) })}</li>;
        })}
      </ul>
      {conflict.availableCents !== null && (
        <p>
          {t('prioritise.conflict.summary', {
            needed: money(conflict.neededCents),
            available: money(conflict.availableCents),
          })}
        </p>
      )}
      <p className="muted">{t('prioritise.conflict.hint')}</p>
    </div>
  );

  function conflictText(item: Conflict['items'][number]): string {
    switch (item.kind) {
      case 'budget':
        return t('prioritise.conflict.budget', { amount: money(item.budgetCents) });
      case 'channel-min':
        return t('prioritise.conflict.min', {
          channel: nameOf(item.channelId),
          amount: money(item.minCents),
        });
      case 'channel-max':
        return t('prioritise.conflict.max', {
          channel: nameOf(item.channelId),
          amount: money(item.maxCents),
        });
      case 'committed':
        return t('prioritise.conflict.committed', {
          name: nameOf(item.actionId),
          amount: money(item.costCents),
        });
      case 'requires':
        return t('prioritise.conflict.requires', {
          name: nameOf(item.actionId),
          names: item.requiredIds.map(nameOf).join(', '),
        });
    }
  }

  function nameOf(id: string): string {
    return conflict.names[id] ?? id;
  }
}

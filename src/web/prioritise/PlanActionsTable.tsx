import type { PlannedAction } from '../../prioritise/budget-plan.ts';
import type { PlanSolution } from '../../prioritise/budget-solve.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { percent } from './format.ts';
import { valueLabel } from './labels.ts';

const ORDER = { committed: 0, chosen: 1, partial: 2, 'left-out': 3 } as const;

/** Every action of the plan: what it gets, what it returns, and why it is out when it is. */
export function PlanActionsTable(props: {
  readonly solution: Omit<PlanSolution, 'actions'> & { readonly actions: readonly PlannedAction[] };
  readonly money: (cents: number) => string;
}) {
  const { t, lang } = useI18n();
  const { solution, money } = props;
  const actionName = new Map(solution.actions.map((a) => [a.actionId, a.name]));
  const channelName = new Map(solution.channels.map((c) => [c.channelId, c.name]));
  const sorted = [...solution.actions].sort(
    (a, b) =>
      ORDER[a.decision] - ORDER[b.decision] || b.weightedReturnCents - a.weightedReturnCents,
  );
  const reasonText = (a: PlannedAction): string => {
    const r = a.reason;
    if (r === null) return '';
    const needed = money(r.neededCents);
    const main = (() => {
      switch (r.kind) {
        case 'dependency':
          return t('prioritise.reason.dependency', {
            name: actionName.get(r.requiredActionId ?? '') ?? '',
          });
        case 'no-return':
          return t('prioritise.reason.no-return');
        case 'bound':
          return t('prioritise.reason.bound', {
            channel: channelName.get(r.channelId ?? '') ?? '',
            room: money(r.roomCents ?? 0),
            needed,
          });
        case 'budget':
          return t('prioritise.reason.budget', { needed, left: money(r.leftCents) });
        case 'tie':
          return t('prioritise.reason.tie');
      }
    })();
    if (r.forcedLossCents === undefined || r.kind === 'tie') return main;
    const price =
      r.forcedLossCents === null
        ? t('prioritise.reason.noFit')
        : t('prioritise.reason.loss', { amount: money(r.forcedLossCents) });
    return `${main} ${price}`;
  };
  return (
    <div className="table-wrap pr-plan-actions">
      <table data-testid="plan-actions">
        <thead>
          <tr>
            <th scope="col">{t('prioritise.plan.decision')}</th>
            <th scope="col">{t('prioritise.kind.action')}</th>
            <th scope="col">{t('prioritise.plan.spend')}</th>
            <th scope="col">{t('prioritise.col.weightedReturn')}</th>
            <th scope="col">{t('prioritise.plan.why')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.actionId} data-testid="plan-action" data-decision={a.decision}>
              <td>
                <span className={`badge pr-decision-${a.decision}`}>
                  {valueLabel(t, a.decision)}
                </span>
              </td>
              <th scope="row">
                {a.name}
                {a.channelId && (
                  <span className="pr-sub">{channelName.get(a.channelId) ?? ''}</span>
                )}
              </th>
              <td className="pr-num">
                {money(a.spendCents)}
                <span className="pr-sub">
                  {a.decision === 'partial'
                    ? t('prioritise.plan.ofCost', {
                        share: percent(lang, a.fraction),
                        cost: money(a.costCents),
                      })
                    : money(a.costCents)}
                </span>
              </td>
              <td className="pr-num">
                {a.decision === 'left-out' ? '—' : money(a.weightedReturnCents)}
              </td>
              <td className="pr-reason" data-testid="plan-reason" data-kind={a.reason?.kind ?? ''}>
                {reasonText(a)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

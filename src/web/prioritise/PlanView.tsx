import type { SavedPlan } from '../../prioritise/budget-plan.ts';
import { HORIZONS } from '../../prioritise/horizons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EChart } from '../ui/EChart.tsx';
import { ConflictAlert } from './ConflictAlert.tsx';
import { moneyFormat, percent } from './format.ts';
import { valueLabel } from './labels.ts';
import { PlanActionsTable } from './PlanActionsTable.tsx';
import { channelsOption, returnsOption, sensitivityOption } from './plan-options.ts';
import { planXlsxUrl } from './prioritise-api.ts';

/** A solved plan: figures, charts (return per horizon, channels, sensitivity) and the actions. */
export function PlanView(props: {
  readonly workspaceId: string;
  readonly saved: SavedPlan;
  readonly currency: string;
}) {
  const { t, lang, formatDateTime } = useI18n();
  const { saved } = props;
  const plan = saved.plan;
  const solution = plan.solution;
  const format = { ...moneyFormat(lang, props.currency), share: (v: number) => percent(lang, v) };
  const names = Object.fromEntries(HORIZONS.map((h) => [h, valueLabel(t, h)])) as Record<
    (typeof HORIZONS)[number],
    string
  >;
  return (
    <section
      className="card pr-plan"
      aria-labelledby="pr-plan-title"
      data-testid="plan-view"
      data-status={plan.status}
    >
      <div className="pr-card-head">
        <div>
          <h2 id="pr-plan-title">{saved.name}</h2>
          <p className="muted">
            {formatDateTime(saved.createdAt)} ·{' '}
            <span className={`badge pr-plan-${plan.status}`}>{valueLabel(t, plan.status)}</span>{' '}
            {t('prioritise.plan.solvedIn', { ms: plan.solveMs })}
          </p>
        </div>
        <a
          className="button"
          href={planXlsxUrl(props.workspaceId, saved.id, lang)}
          download
          data-testid="export-plan-xlsx"
        >
          {t('prioritise.export.xlsx')}
        </a>
      </div>
      {plan.conflict && <ConflictAlert conflict={plan.conflict} money={format.money} />}
      {solution && (
        <>
          <dl className="pr-tiles">
            <div>
              <dt>{t('prioritise.plan.budget')}</dt>
              <dd>{format.money(plan.budgetCents)}</dd>
            </div>
            <div>
              <dt>{t('prioritise.plan.spent')}</dt>
              <dd>{format.money(solution.spentCents)}</dd>
            </div>
            <div>
              <dt>{t('prioritise.plan.weightedReturn')}</dt>
              <dd data-testid="plan-return">{format.money(solution.weightedReturnCents)}</dd>
            </div>
            <div>
              <dt>{t('prioritise.plan.perEuro')}</dt>
              <dd>
                {solution.spentCents > 0
                  ? (solution.weightedReturnCents / solution.spentCents).toLocaleString(lang, {
                      maximumFractionDigits: 2,
                    })
                  : '—'}
              </dd>
            </div>
          </dl>
          <div className="pr-plan-charts">
            <div>
              <h3>{t('prioritise.plan.returns')}</h3>
              <EChart
                option={returnsOption(solution.returns, plan.weights, names, format)}
                height={260}
                label={t('prioritise.plan.returns')}
                testId="chart-returns"
              />
            </div>
            <div>
              <h3>{t('prioritise.plan.channels')}</h3>
              <EChart
                option={channelsOption(
                  solution.channels,
                  {
                    media: t('prioritise.plan.media'),
                    actions: t('prioritise.plan.actionSpend'),
                    bounds: t('prioritise.plan.bounds'),
                  },
                  format,
                )}
                height={Math.max(220, 60 + solution.channels.length * 30)}
                label={t('prioritise.plan.channels')}
                testId="chart-channels"
              />
            </div>
          </div>
          <PlanActionsTable solution={solution} money={format.money} />
        </>
      )}
      {plan.sensitivity.some((p) => p.weightedReturnCents !== null) && (
        <div className="pr-sensitivity">
          <h3>{t('prioritise.plan.sensitivity')}</h3>
          <p className="muted pr-hint">{t('prioritise.plan.sensitivityHint')}</p>
          <EChart
            option={sensitivityOption(
              plan.sensitivity,
              plan.budgetCents,
              {
                weighted: t('prioritise.plan.weightedReturn'),
                spent: t('prioritise.plan.spent'),
                current: t('prioritise.plan.current'),
              },
              format,
            )}
            height={300}
            label={t('prioritise.plan.sensitivity')}
            testId="chart-sensitivity"
          />
        </div>
      )}
    </section>
  );
}

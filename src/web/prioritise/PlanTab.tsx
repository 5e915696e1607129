import { type FormEvent, useState } from 'react';
import type { SavedPlan } from '../../prioritise/budget-plan.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { BudgetForm } from './BudgetForm.tsx';
import { type BudgetDraft, budgetDraftOf, budgetFieldOf, budgetSettingsOf } from './budget-form.ts';
import { moneyFormat } from './format.ts';
import { valueLabel } from './labels.ts';
import { PlanView } from './PlanView.tsx';
import { getPlan, solvePlan } from './prioritise-api.ts';
import type { PrioritiseData } from './usePrioritiseData.ts';

interface PlanTabProps {
  readonly workspaceId: string;
  readonly data: PrioritiseData;
  readonly canEdit: boolean;
  readonly update: (change: (data: PrioritiseData) => PrioritiseData) => void;
}

/** Budget settings → solve → the plan (chosen and left-out actions, returns, sensitivity). */
export function PlanTab(props: PlanTabProps) {
  const { t, lang, formatDateTime } = useI18n();
  const api = useApi();
  const { data } = props;
  const [draft, setDraft] = useState<BudgetDraft>(() => budgetDraftOf(data.budget));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const solve = useAction();
  const open = useAction();
  const plan = data.plan;
  const format = moneyFormat(lang, data.model.currency);

  const serverErrors = Object.fromEntries(
    Object.entries(solve.errors).map(([field, message]) => [
      budgetFieldOf(field.replace(/^budget\./, '')),
      message,
    ]),
  );
  const errors = { ...serverErrors, ...localErrors };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = budgetSettingsOf(draft);
    if (!parsed.ok) {
      setLocalErrors(
        Object.fromEntries(Object.entries(parsed.errors).map(([k, key]) => [k, t(key)])),
      );
      return;
    }
    setLocalErrors({});
    const outcome = await solve.run(() =>
      solvePlan(api, props.workspaceId, { name, budget: parsed.settings }),
    );
    if (!outcome.ok) return;
    const saved = outcome.value;
    const { plan: _plan, ...summary } = saved;
    props.update((d) => ({
      ...d,
      budget: parsed.settings,
      plan: saved,
      plans: [summary, ...d.plans],
    }));
    setName('');
  };

  const show = async (planId: string) => {
    const outcome = await open.run(() => getPlan(api, props.workspaceId, planId));
    if (outcome.ok) props.update((d) => ({ ...d, plan: outcome.value as SavedPlan }));
  };

  return (
    <div className="pr-plan-tab">
      <form
        className="card"
        onSubmit={submit}
        noValidate
        aria-labelledby="pr-budget-title"
        data-testid="budget-form"
      >
        <h2 id="pr-budget-title">{t('prioritise.budget.title')}</h2>
        <p className="muted">{t('prioritise.budget.intro')}</p>
        <BudgetForm
          model={data.model}
          draft={draft}
          onChange={setDraft}
          errors={errors}
          disabled={!props.canEdit || solve.pending}
        />
        <ProblemAlert problem={solve.problem} placed={Object.keys(serverErrors)} />
        {props.canEdit && (
          <div className="pr-solve">
            <label>
              {t('prioritise.plan.name')}{' '}
              <input
                className="pr-solve-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder={t('prioritise.plan.namePlaceholder')}
                maxLength={200}
              />
            </label>
            <button
              type="submit"
              className="button button-primary"
              disabled={solve.pending}
              data-testid="solve-plan"
            >
              {solve.pending ? t('prioritise.plan.solving') : t('prioritise.plan.solve')}
            </button>
          </div>
        )}
      </form>
      {plan ? (
        <PlanView workspaceId={props.workspaceId} saved={plan} currency={data.model.currency} />
      ) : (
        <p className="card muted">{t('prioritise.plan.none')}</p>
      )}
      {data.plans.length > 0 && (
        <section className="card" aria-labelledby="pr-plans-title">
          <h2 id="pr-plans-title">{t('prioritise.plan.saved')}</h2>
          <ProblemAlert problem={open.problem} />
          <div className="table-wrap">
            <table className="pr-compact" data-testid="saved-plans">
              <thead>
                <tr>
                  <th scope="col">{t('prioritise.plan.name')}</th>
                  <th scope="col">{t('prioritise.plan.when')}</th>
                  <th scope="col">{t('prioritise.budget.total')}</th>
                  <th scope="col">{t('prioritise.col.weightedReturn')}</th>
                  <th scope="col">{t('prioritise.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.plans.map((p) => (
                  <tr key={p.id} aria-current={p.id === plan?.id ? 'true' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => show(p.id)}>
                        {p.name}
                      </button>
                    </th>
                    <td>
                      {formatDateTime(p.createdAt)}
                      {p.createdBy && <span className="pr-sub">{p.createdBy}</span>}
                    </td>
                    <td className="pr-num">{format.money(p.budgetCents)}</td>
                    <td className="pr-num">
                      {p.weightedReturnCents === null ? '—' : format.money(p.weightedReturnCents)}
                    </td>
                    <td>
                      <span className={`badge pr-plan-${p.status}`}>{valueLabel(t, p.status)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

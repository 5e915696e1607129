/**
 * Gives a workspace made from the e-commerce template a credible prioritisation: fifteen
 * actions tied to Camille's touchpoints, the year's media budgets per channel, horizons for
 * the strategic objectives, and a solved plan. The template's names are looked up in the
 * workspace's language (detected from the touchpoint names), so it works for fr and en.
 */
import type { AccessContext } from '../access/context.ts';
import type { ModelLanguage } from '../model/defaults.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { readModel } from '../model/service.ts';
import { CAMILLE_BUYING_TEXTS } from '../model/templates/ecommerce-camille-texts-buying.ts';
import { CAMILLE_OWNING_TEXTS } from '../model/templates/ecommerce-camille-texts-owning.ts';
import { ECOMMERCE_FRAME } from '../model/templates/ecommerce-frame.ts';
import { inLanguage } from '../model/templates/frame.ts';
import { newId } from '../shared/ids.ts';
import {
  DEMO_ACTIONS,
  DEMO_BUDGET_EUROS,
  DEMO_CHANNEL_BUDGETS,
  DEMO_OBJECTIVE_HORIZONS,
  type DemoAction,
} from './demo-actions.ts';
import { solvePlanOf } from './plan-service.ts';
import * as repo from './repository.ts';
import type { Action, BudgetSettings } from './schema.ts';

const TEXTS: Readonly<
  Record<string, { readonly fr: readonly string[]; readonly en: readonly string[] }>
> = {
  ...CAMILLE_BUYING_TEXTS,
  ...CAMILLE_OWNING_TEXTS,
};

const cents = (euros: number) => Math.round(euros * 100);

/** The touchpoint ids of the template keys, in the language whose names match best. */
function touchpointIndex(model: WorkspaceModel): { lang: ModelLanguage; ids: Map<string, string> } {
  const current = model.journeys.filter((j) => j.state === 'current');
  const index = (lang: ModelLanguage) => {
    const ids = new Map<string, string>();
    for (const [key, texts] of Object.entries(TEXTS)) {
      const name = texts[lang][0];
      const found = current.flatMap((j) => j.touchpoints).find((t) => t.name === name);
      if (found) ids.set(key, found.id);
    }
    return ids;
  };
  const [en, fr] = [index('en'), index('fr')];
  return fr.size > en.size ? { lang: 'fr', ids: fr } : { lang: 'en', ids: en };
}

function idByName(items: readonly { id: string; name: string }[], name: string): string | null {
  return items.find((item) => item.name === name)?.id ?? null;
}

function toAction(
  demo: DemoAction,
  ids: {
    touchpoints: Map<string, string>;
    actions: Map<string, string>;
    channel: (key: string) => string | null;
  },
  lang: ModelLanguage,
  at: string,
): Action {
  return {
    id: ids.actions.get(demo.key) ?? newId(),
    name: inLanguage(demo.name, lang),
    description: inLanguage(demo.description, lang),
    owner: inLanguage(demo.owner, lang),
    status: demo.status,
    touchpointIds: demo.touchpoints.flatMap((key) => ids.touchpoints.get(key) ?? []),
    channelId: demo.channel === null ? null : ids.channel(demo.channel),
    oneOffCents: cents(demo.oneOff),
    recurringCents: cents(demo.monthly),
    divisible: demo.divisible !== undefined,
    minSpendCents: demo.divisible ? cents(demo.divisible.min) : null,
    effort: demo.effort,
    weeksToDeliver: demo.weeks,
    requires: (demo.requires ?? []).flatMap((key) => ids.actions.get(key) ?? []),
    returns: {
      short: cents(demo.returns[0]),
      medium: cents(demo.returns[1]),
      long: cents(demo.returns[2]),
    },
    reach: null,
    riceImpact: demo.rice[0],
    confidence: demo.rice[1],
    createdAt: at,
    updatedAt: at,
  };
}

export interface DemoSeedResult {
  readonly actions: number;
  readonly planId: string | null;
}

/**
 * Seeds the actions, budget settings and one solved plan; does nothing to a workspace that
 * already has actions. Call it once the workspace's model exists (after `initialiseModel`).
 */
export async function seedDemoActions(
  ctx: AccessContext,
  workspaceId: string,
): Promise<DemoSeedResult> {
  if ((await repo.listActions(ctx.db, workspaceId)).length > 0) return { actions: 0, planId: null };
  const { model } = await readModel(ctx, workspaceId);
  const { lang, ids: touchpoints } = touchpointIndex(model);
  const channel = (key: string) => {
    const spec = ECOMMERCE_FRAME.channels[key as keyof typeof ECOMMERCE_FRAME.channels];
    return spec ? idByName(model.channels, inLanguage(spec.name, lang)) : null;
  };
  const at = ctx.now().toISOString();
  const actionIds = new Map(DEMO_ACTIONS.map((a) => [a.key, newId()]));
  const actions = DEMO_ACTIONS.map((a) =>
    toAction(a, { touchpoints, actions: actionIds, channel }, lang, at),
  );
  await repo.insertActions(ctx.db, workspaceId, actions, null);

  const budget: BudgetSettings = {
    totalCents: cents(DEMO_BUDGET_EUROS),
    periodMonths: 12,
    horizonMode: 'objectives',
    manualWeights: { short: 0.5, medium: 0.3, long: 0.2 },
    objectiveHorizons: Object.entries(DEMO_OBJECTIVE_HORIZONS).flatMap(([key, horizon]) => {
      const spec = ECOMMERCE_FRAME.objectives[key as keyof typeof ECOMMERCE_FRAME.objectives];
      const id = idByName(model.objectives, inLanguage(spec.name, lang));
      return id === null ? [] : [{ objectiveId: id, horizon }];
    }),
    channels: DEMO_CHANNEL_BUDGETS.flatMap((c) => {
      const id = channel(c.channel);
      return id === null
        ? []
        : [
            {
              channelId: id,
              minCents: cents(c.min),
              maxCents: c.max === null ? null : cents(c.max),
              returns: { short: c.returns[0], medium: c.returns[1], long: c.returns[2] },
            },
          ];
    }),
  };
  await repo.saveSetting(ctx.db, workspaceId, { budget }, at, null);
  const name =
    lang === 'fr' ? 'Plan marketing de l’année (démo)' : 'Marketing plan for the year (demo)';
  const plan = await solvePlanOf(ctx, workspaceId, name, null);
  return { actions: actions.length, planId: plan.id };
}

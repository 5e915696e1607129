/** Message keys of the values the prioritisation screens name (criteria, quadrants, decisions). */
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';

export type CriterionSide = 'touchpoint' | 'action';

const CRITERIA = {
  touchpoint: {
    importance: 'prioritise.criterion.touchpoint.importance',
    performance: 'prioritise.criterion.touchpoint.performance',
    impact: 'prioritise.criterion.touchpoint.impact',
    cost: 'prioritise.criterion.touchpoint.cost',
    investment: 'prioritise.criterion.touchpoint.investment',
    time: 'prioritise.criterion.touchpoint.time',
  },
  action: {
    value: 'prioritise.criterion.action.value',
    touchpoints: 'prioritise.criterion.action.touchpoints',
    cost: 'prioritise.criterion.action.cost',
    effort: 'prioritise.criterion.action.effort',
    time: 'prioritise.criterion.action.time',
  },
} as const satisfies Record<CriterionSide, Record<string, MessageKey>>;

const VALUES = {
  'quick-win': 'prioritise.quadrant.quick-win',
  'major-project': 'prioritise.quadrant.major-project',
  'fill-in': 'prioritise.quadrant.fill-in',
  thankless: 'prioritise.quadrant.thankless',
  concentrate: 'prioritise.quadrant.concentrate',
  'keep-up': 'prioritise.quadrant.keep-up',
  'low-priority': 'prioritise.quadrant.low-priority',
  overkill: 'prioritise.quadrant.overkill',
  chosen: 'prioritise.decision.chosen',
  partial: 'prioritise.decision.partial',
  'left-out': 'prioritise.decision.left-out',
  committed: 'prioritise.decision.committed',
  idea: 'prioritise.status.idea',
  planned: 'prioritise.status.planned',
  'in-progress': 'prioritise.status.in-progress',
  done: 'prioritise.status.done',
  enchantment: 'prioritise.performance.enchantment',
  neutral: 'prioritise.performance.neutral',
  irritant: 'prioritise.performance.irritant',
  missing: 'prioritise.performance.missing',
  short: 'prioritise.horizon.short',
  medium: 'prioritise.horizon.medium',
  long: 'prioritise.horizon.long',
  weighted: 'prioritise.horizon.weighted',
  balanced: 'prioritise.horizon.balanced',
  optimal: 'prioritise.planStatus.optimal',
  'time-limit': 'prioritise.planStatus.time-limit',
  infeasible: 'prioritise.planStatus.infeasible',
} as const satisfies Record<string, MessageKey>;

export function criterionLabel(t: Translate, side: CriterionSide, key: string): string {
  const keys: Readonly<Record<string, MessageKey>> = CRITERIA[side];
  const found = keys[key];
  return found ? t(found as 'prioritise.criterion.action.value') : key;
}

/** The label of a quadrant, decision, status, performance, horizon or plan status. */
export function valueLabel(t: Translate, value: string): string {
  const keys: Readonly<Record<string, MessageKey>> = VALUES;
  const found = keys[value];
  return found ? t(found as 'prioritise.quadrant.quick-win') : value;
}

const RICE_IMPACT = {
  '3': 'prioritise.rice.impact.3',
  '2': 'prioritise.rice.impact.2',
  '1': 'prioritise.rice.impact.1',
  '0.5': 'prioritise.rice.impact.0_5',
  '0.25': 'prioritise.rice.impact.0_25',
} as const satisfies Record<string, MessageKey>;

/** "3 — massive", "0.5 — low"… */
export function riceImpactLabel(t: Translate, value: number): string {
  const keys: Readonly<Record<string, MessageKey>> = RICE_IMPACT;
  const found = keys[String(value)];
  return found ? t(found as 'prioritise.rice.impact.3') : String(value);
}

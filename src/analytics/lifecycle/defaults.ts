/**
 * Default lifecycle rules for a workspace's phases, recognised by name in English or French
 * (the templates' suspect, prospect, new customer, loyal, ambassador, lapsed). Pure.
 *
 * Priority, first match wins: ambassador (a customer who recommended the brand in the last
 * year: an NPS score of 9–10 or a referral), lapsed (has ordered, no order for a year), loyal
 * (two orders or more in the last year), client (an order in the last year), prospect
 * (identified, or went beyond the first stage), suspect (any activity).
 */
import type { LifecyclePhase } from '../../model/schema.ts';
import type { LifecycleConfig, LifecycleRule } from './rules.ts';

export const ORDER_EVENTS = ['Order Completed'] as const;
export const SURVEY_EVENTS = ['Survey Answered'] as const;
export const REFERRAL_EVENTS = ['Referral Sent', 'Product Reviewed'] as const;

const YEAR = 365;

type Role = 'suspect' | 'prospect' | 'client' | 'loyal' | 'ambassador' | 'lapsed';

const NAMES: Record<Role, RegExp> = {
  suspect: /suspect/i,
  prospect: /prospect/i,
  client: /new customer|nouveau client|^client$|^customer$|^acheteur/i,
  loyal: /loyal|fid[eè]le/i,
  ambassador: /ambassad|promot/i,
  lapsed: /lapsed|inactif|perdu|churn|dormant/i,
};

const RULES: Record<Role, LifecycleRule['when'][]> = {
  ambassador: [
    [
      { kind: 'orders', min: 1 },
      {
        kind: 'events',
        names: SURVEY_EVENTS,
        min: 1,
        withinDays: YEAR,
        property: { name: 'score', atLeast: 9, atMost: 10 },
      },
    ],
    [{ kind: 'events', names: REFERRAL_EVENTS, min: 1, withinDays: YEAR }],
  ],
  lapsed: [
    [
      { kind: 'orders', min: 1 },
      { kind: 'inactive', days: YEAR, of: 'orders' },
    ],
  ],
  loyal: [[{ kind: 'orders', min: 2, withinDays: YEAR }]],
  client: [[{ kind: 'orders', min: 1, withinDays: YEAR }]],
  prospect: [[{ kind: 'identified' }], [{ kind: 'stage', atLeast: 1 }]],
  suspect: [[]],
};

const PRIORITY: readonly Role[] = [
  'ambassador',
  'lapsed',
  'loyal',
  'client',
  'prospect',
  'suspect',
];

/** Rules for the phases whose names are recognised; unrecognised phases get no rule. */
export function defaultLifecycleConfig(phases: readonly LifecyclePhase[]): LifecycleConfig {
  const rules: LifecycleRule[] = [];
  for (const role of PRIORITY) {
    const phase = phases.find((candidate) => NAMES[role].test(candidate.name.trim()));
    if (phase === undefined) continue;
    for (const when of RULES[role]) rules.push({ phaseId: phase.id, when });
  }
  return { rules, orderEvents: [...ORDER_EVENTS] };
}

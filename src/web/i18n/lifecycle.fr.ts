import type { lifecycleEn } from './lifecycle.en.ts';

/** French messages of the analytics page's lifecycle tab; the same keys as `lifecycle.en.ts`. */
export const lifecycleFr = {
  'analytics.tab.lifecycle': 'Cycle de vie',
  'analytics.tab.lifecycle.hint': 'Où en sont les clients',
} satisfies Record<keyof typeof lifecycleEn, string>;

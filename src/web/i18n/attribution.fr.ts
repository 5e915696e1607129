import type { attributionEn } from './attribution.en.ts';

/** French messages of the analytics page's attribution tab; the same keys as `attribution.en.ts`. */
export const attributionFr = {
  'analytics.tab.attribution': 'Attribution',
  'analytics.tab.attribution.hint': 'Quels points de contact font convertir',
} satisfies Record<keyof typeof attributionEn, string>;

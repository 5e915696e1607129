import type { diagnosisEn } from './diagnosis.en.ts';

/** French messages of the analytics page's diagnosis tab; the same keys as `diagnosis.en.ts`. */
export const diagnosisFr = {
  'analytics.tab.diagnosis': 'Diagnostic',
  'analytics.tab.diagnosis.hint': 'Irritants, ruptures, moments de vérité',
} satisfies Record<keyof typeof diagnosisEn, string>;

/** English messages of the analytics page's diagnosis tab. */
export const diagnosisEn = {
  'analytics.tab.diagnosis': 'Diagnosis',
  'analytics.tab.diagnosis.hint': 'Irritants, ruptures, moments of truth',
} as const;

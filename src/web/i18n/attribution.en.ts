/** English messages of the analytics page's attribution tab. */
export const attributionEn = {
  'analytics.tab.attribution': 'Attribution',
  'analytics.tab.attribution.hint': 'Which touchpoints earn conversions',
} as const;

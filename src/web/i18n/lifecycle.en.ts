/** English messages of the analytics page's lifecycle tab. */
export const lifecycleEn = {
  'analytics.tab.lifecycle': 'Lifecycle',
  'analytics.tab.lifecycle.hint': 'Where customers stand',
} as const;

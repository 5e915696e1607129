import { type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type AnalyticsTab, TABS } from './query-state.ts';

export const tabId = (tab: AnalyticsTab): string => `analytics-tab-${tab}`;
export const panelId = (tab: AnalyticsTab): string => `analytics-panel-${tab}`;

/** Funnel / Paths / Conformance, as an ARIA tab list (arrow keys move between tabs). */
export function Tabs({
  current,
  onChange,
}: {
  readonly current: AnalyticsTab;
  readonly onChange: (tab: AnalyticsTab) => void;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(current) + step + TABS.length) % TABS.length] ?? current;
    onChange(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div
      ref={list}
      className="analytics-tabs"
      role="tablist"
      aria-label={t('analytics.tabs')}
      onKeyDown={onKeyDown}
    >
      {TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          data-testid={`tab-${tab}`}
          onClick={() => onChange(tab)}
        >
          <span className="tab-title">{t(`analytics.tab.${tab}`)}</span>
          <span className="tab-hint">{t(`analytics.tab.${tab}.hint`)}</span>
        </button>
      ))}
    </div>
  );
}

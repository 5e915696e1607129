import { type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export const PRIORITISE_TABS = ['matrices', 'actions', 'plan'] as const;
export type PrioritiseTab = (typeof PRIORITISE_TABS)[number];

/** Matrices / Actions / Budget plan, as an ARIA tab list (arrow keys move between tabs). */
export function Tabs(props: {
  readonly current: PrioritiseTab;
  readonly onChange: (tab: PrioritiseTab) => void;
  readonly counts: { readonly actions: number };
}) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = PRIORITISE_TABS.indexOf(props.current);
    const next =
      PRIORITISE_TABS[(index + step + PRIORITISE_TABS.length) % PRIORITISE_TABS.length] ??
      props.current;
    props.onChange(next);
    list.current?.querySelector<HTMLElement>(`#prioritise-tab-${next}`)?.focus();
  };
  return (
    <div
      ref={list}
      className="pr-tabs"
      role="tablist"
      aria-label={t('prioritise.tabs')}
      onKeyDown={onKeyDown}
    >
      {PRIORITISE_TABS.map((tab) => (
        <button
          key={tab}
          id={`prioritise-tab-${tab}`}
          type="button"
          role="tab"
          aria-selected={tab === props.current}
          aria-controls={`prioritise-panel-${tab}`}
          tabIndex={tab === props.current ? 0 : -1}
          data-testid={`prioritise-tab-${tab}`}
          onClick={() => props.onChange(tab)}
        >
          <span className="pr-tab-title">
            {t(`prioritise.tab.${tab}`)}
            {tab === 'actions' && <span className="pr-count">{props.counts.actions}</span>}
          </span>
          <span className="pr-tab-hint">{t(`prioritise.tab.${tab}.hint`)}</span>
        </button>
      ))}
    </div>
  );
}

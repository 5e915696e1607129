import { useEffect, useRef } from 'react';
import type { Channel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A drop-down of channel check boxes; none checked means every channel. */
export function ChannelPicker({
  channels,
  selected,
  onChange,
}: {
  readonly channels: readonly Channel[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  const details = useRef<HTMLDetailsElement>(null);

  // Closes like a menu when the user clicks elsewhere.
  useEffect(() => {
    const onDown = (event: MouseEvent) => {
      const element = details.current;
      if (element?.open && event.target instanceof Node && !element.contains(event.target)) {
        element.open = false;
      }
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  const names = channels.filter((channel) => selected.includes(channel.id)).map((c) => c.name);
  const summary =
    names.length === 0
      ? t('analytics.filters.allChannels')
      : names.length <= 2
        ? names.join(', ')
        : t('analytics.filters.someChannels', { count: names.length });
  const toggle = (id: string, on: boolean) =>
    onChange(
      channels
        .map((channel) => channel.id)
        .filter((candidate) => (candidate === id ? on : selected.includes(candidate))),
    );
  return (
    <div className="field">
      <span className="field-label" id="analytics-channels-label">
        {t('analytics.filters.channels')}
      </span>
      <details ref={details} className="picker" data-testid="filter-channels">
        <summary className="picker-summary" aria-describedby="analytics-channels-label">
          {summary}
        </summary>
        <fieldset className="picker-list">
          <legend className="visually-hidden">{t('analytics.filters.channels')}</legend>
          {channels.map((channel) => (
            <label key={channel.id} className="picker-option">
              <input
                type="checkbox"
                checked={selected.includes(channel.id)}
                onChange={(event) => toggle(channel.id, event.target.checked)}
              />
              {channel.name}
            </label>
          ))}
          {selected.length > 0 && (
            <button type="button" className="button button-quiet" onClick={() => onChange([])}>
              {t('analytics.filters.allChannels')}
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}

import { useId, useState } from 'react';
import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DraftInput } from '../DraftInput.tsx';
import { FUNNEL_MODES, type FunnelState } from '../query-state.ts';
import { TouchpointChooser, touchpointLabel } from './TouchpointChooser.tsx';

/** The server's default conversion window: 30 days. */
export const DEFAULT_WINDOW_HOURS = 30 * 24;

type WindowUnit = 'hours' | 'days';

interface FunnelSettingsProps {
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly funnel: FunnelState;
  readonly onChange: (funnel: FunnelState) => void;
}

/** How steps are matched (mode), within which time (window), and what breaks a chain. */
export function FunnelSettings({ model, journey, funnel, onChange }: FunnelSettingsProps) {
  const { t } = useI18n();
  const windowId = useId();
  const hours = funnel.windowHours ?? DEFAULT_WINDOW_HOURS;
  const [unit, setUnit] = useState<WindowUnit>(hours % 24 === 0 ? 'days' : 'hours');
  const amount = unit === 'days' ? hours / 24 : hours;
  const setWindow = (value: number, inUnit: WindowUnit) => {
    if (!Number.isFinite(value) || value <= 0) return;
    const next = Math.min(24 * 3650, inUnit === 'days' ? value * 24 : value);
    onChange({ ...funnel, windowHours: next === DEFAULT_WINDOW_HOURS ? null : next });
  };
  return (
    <div className="funnel-settings">
      <fieldset className="funnel-mode">
        <legend>{t('analytics.funnel.mode')}</legend>
        <div className="segmented" data-testid="funnel-mode">
          {FUNNEL_MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={funnel.mode === mode}
              onClick={() => onChange({ ...funnel, mode })}
            >
              {t(`analytics.funnel.mode.${mode}`)}
            </button>
          ))}
        </div>
        <p className="field-hint">{t(`analytics.funnel.mode.${funnel.mode}.hint`)}</p>
      </fieldset>
      <div className="field">
        <label htmlFor={windowId}>{t('analytics.funnel.window')}</label>
        <div className="window-input">
          <DraftInput
            id={windowId}
            type="number"
            min={1}
            inputMode="decimal"
            data-testid="funnel-window"
            value={String(amount)}
            onCommit={(text) => setWindow(Number(text), unit)}
          />
          <select
            aria-label={t('analytics.funnel.windowUnit')}
            value={unit}
            onChange={(event) => {
              const next = event.target.value === 'hours' ? 'hours' : 'days';
              setUnit(next);
              setWindow(amount, next);
            }}
          >
            <option value="hours">{t('analytics.funnel.unit.hours')}</option>
            <option value="days">{t('analytics.funnel.unit.days')}</option>
          </select>
        </div>
        <p className="field-hint">{t('analytics.funnel.windowHint')}</p>
      </div>
      <div className="field">
        <span className="field-label">{t('analytics.funnel.exclusions')}</span>
        <span className="chips">
          {funnel.excludedIds.map((id) => (
            <span key={id} className="chip chip-exclusion">
              {touchpointLabel(model, journey, id)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('analytics.remove', { name: touchpointLabel(model, journey, id) })}
                onClick={() =>
                  onChange({
                    ...funnel,
                    excludedIds: funnel.excludedIds.filter((other) => other !== id),
                  })
                }
              >
                ×
              </button>
            </span>
          ))}
          <TouchpointChooser
            model={model}
            journey={journey}
            placeholder={t('analytics.funnel.addExclusion')}
            excluded={funnel.excludedIds}
            testId="add-exclusion"
            onChoose={(id) => onChange({ ...funnel, excludedIds: [...funnel.excludedIds, id] })}
          />
        </span>
        <p className="field-hint">{t('analytics.funnel.exclusionsHint')}</p>
      </div>
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatPercent } from '../format.ts';

/** Waits this long after the last move of the slider before re-running the analysis. */
const SETTLE_MS = 350;

/** The share of arcs kept, as process-mining tools offer it; applied once the thumb settles. */
export function ShareSlider({
  share,
  onChange,
}: {
  readonly share: number;
  readonly onChange: (share: number) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(share);
  useEffect(() => setDraft(share), [share]);
  useEffect(() => {
    if (draft === share) return;
    const timer = setTimeout(() => onChange(draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, share, onChange]);
  return (
    <div className="field share-slider">
      <label htmlFor={id}>
        {t('analytics.paths.share')} <strong>{formatPercent(lang, draft)}</strong>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={draft}
        data-testid="paths-share"
        aria-valuetext={formatPercent(lang, draft)}
        onChange={(event) => setDraft(Number(event.target.value))}
      />
      <p className="field-hint">{t('analytics.paths.shareHint')}</p>
    </div>
  );
}

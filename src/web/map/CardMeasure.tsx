import type { CSSProperties } from 'react';
import { formattersFor, NO_FIGURE } from '../analytics/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useMeasured } from './MeasuredContext.tsx';
import { bandColor, bandOf, formatMeasure, measureValue } from './measured.ts';

export interface CardMeasure {
  readonly className: string;
  readonly style: CSSProperties;
  /** What the figure says, for the card's accessible name. */
  readonly text: string;
  readonly label: string;
  readonly value: string;
}

/** How the measured layer dresses one card: its band colour and its figure (null when off). */
export function useCardMeasure(touchpointId: string): CardMeasure | null {
  const { t, lang } = useI18n();
  const layer = useMeasured();
  if (layer === null) return null;
  const value = measureValue(layer.byId.get(touchpointId), layer.measure);
  const label = t(`analytics.measured.${layer.measure}.short`);
  if (value === null) {
    // The hatching says "no data" (see the legend); the card only shows a dash.
    const none = t('analytics.measured.none');
    return {
      className: 'tp-measured tp-unmeasured',
      style: {},
      text: `${label}: ${none}`,
      label,
      value: NO_FIGURE,
    };
  }
  const satisfaction = layer.byId.get(touchpointId)?.satisfaction;
  const shown =
    layer.measure === 'satisfaction' && satisfaction
      ? `${satisfaction.irritant ? '⚠ ' : ''}${satisfaction.text}`
      : formatMeasure(value, layer.measure, formattersFor(lang));
  const color = bandColor(bandOf(value, layer.bands), layer.bands.length);
  return {
    className: 'tp-measured',
    style: { '--measure-bg': color } as CSSProperties,
    text: `${label}: ${shown}`,
    label,
    value: shown,
  };
}

/** The figure line of a measured card. */
export function MeasureFigure({ measure }: { readonly measure: CardMeasure }) {
  return (
    <span className="tp-measure" data-testid="measure-value">
      <span className="tp-measure-label">{measure.label}</span>
      <strong>{measure.value}</strong>
    </span>
  );
}

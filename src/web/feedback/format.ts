/**
 * How satisfaction figures read: NPS as signed points, CSAT as a percentage, CES as a mean on
 * 1–7; intervals and significance as short marks. Pure.
 */
import type { Comparison } from '../../feedback/significance.ts';
import type { Measure, SurveyKind } from './feedback-api.ts';

const number = (lang: string, value: number, digits: number) =>
  new Intl.NumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/** The headline figure: `+12`, `−8.9`, `71 %`, `5.2`; an em dash when there is none. */
export function formatValue(lang: string, kind: SurveyKind, value: number | null): string {
  if (value === null) return '—';
  if (kind === 'nps') {
    const text = number(lang, Math.abs(value), Math.abs(value) >= 10 ? 0 : 1);
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  }
  if (kind === 'csat') return `${number(lang, value, 0)} %`;
  return number(lang, value, 1);
}

/** The 95 % interval: `[−13; −4.6]`. */
export function formatInterval(lang: string, kind: SurveyKind, measure: Measure): string {
  if (measure.low === null || measure.high === null) return '—';
  const bound = (v: number) =>
    kind === 'ces' ? number(lang, v, 1) : formatValue(lang, kind, v).replace(' %', '');
  return `[${bound(measure.low)} ; ${bound(measure.high)}]`;
}

/** ▲ / ▼ when a comparison is significant, nothing otherwise. */
export function significanceMark(comparison: Comparison | null): '▲' | '▼' | '' {
  if (comparison === null || !comparison.significant) return '';
  return comparison.difference > 0 ? '▲' : '▼';
}

/** The p-value for people: `p < 0.001`, `p = 0.03`. */
export function formatP(lang: string, p: number): string {
  // Three decimals near the 5 % threshold, so that 0.049 and 0.051 never both read 0.05.
  return p < 0.001 ? 'p < 0.001' : `p = ${number(lang, p, p < 0.1 ? 3 : 2)}`;
}

/** Range of the value axis of a kind. */
export const AXIS: Readonly<Record<SurveyKind, { min: number; max: number }>> = {
  nps: { min: -100, max: 100 },
  csat: { min: 0, max: 100 },
  ces: { min: 1, max: 7 },
};

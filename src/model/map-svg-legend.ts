/**
 * SVG of a journey map's legend: one sample of every mark with its name.
 */
import { type LegendKey, MAP_METRICS, type MapLayout } from './layout.ts';
import type { MapLabels, MapLang } from './map-labels.ts';
import {
  bolt,
  crossMark,
  emotionPill,
  importanceDots,
  PERFORMANCE_STYLES,
  performanceIcon,
  star,
  tag,
  text,
} from './map-svg-marks.ts';
import { fitText } from './map-text.ts';

function legendSymbol(key: LegendKey, x: number, cy: number, lang: MapLang): string {
  if (key === 'enchantment' || key === 'neutral' || key === 'irritant' || key === 'missing') {
    const style = PERFORMANCE_STYLES[key];
    const fill = key === 'missing' ? 'url(#hatch)' : style.fill;
    return (
      tag('rect', {
        x,
        y: cy - 10,
        width: 36,
        height: 20,
        rx: 4,
        fill,
        stroke: style.stroke,
        'stroke-width': 1.4,
        'stroke-dasharray': style.dashed ? '5 3' : undefined,
      }) + performanceIcon(key, x + 18, cy)
    );
  }
  if (key === 'momentOfTruth') return star(x + 18, cy, 9);
  if (key === 'rupture') return bolt(x + 18, cy, 18);
  if (key === 'importance') return importanceDots(x - 2, cy, 3);
  if (key === 'emotion') return emotionPill(x + 36, cy, 2, lang);
  if (key === 'emotionCurve') {
    return tag('path', {
      d: `M ${x} ${cy + 5} L ${x + 14} ${cy - 5} L ${x + 28} ${cy + 2} L ${x + 40} ${cy - 6}`,
      fill: 'none',
      stroke: '#3949ab',
      'stroke-width': 2.5,
    });
  }
  const possible = key === 'possibleTransition';
  const color = possible ? '#5b6675' : '#d32f2f';
  const line = tag('path', {
    d: `M ${x} ${cy} L ${x + 34} ${cy}`,
    stroke: color,
    'stroke-width': 1.8,
    'stroke-dasharray': possible ? undefined : '6 4',
    fill: 'none',
  });
  const head = tag('path', {
    d: `M ${x + 43} ${cy} L ${x + 34} ${cy - 4.5} L ${x + 34} ${cy + 4.5} Z`,
    fill: color,
  });
  return line + head + (possible ? '' : crossMark(x + 17, cy));
}

function legendLabel(key: LegendKey, labels: MapLabels): string {
  switch (key) {
    case 'enchantment':
    case 'neutral':
    case 'irritant':
    case 'missing':
      return labels.performance[key];
    default:
      return labels[key];
  }
}

export function legendSvg(layout: MapLayout, labels: MapLabels, lang: MapLang): string {
  const { legend } = layout;
  const title = text({ x: legend.x + 12, y: legend.y + 19, class: 'legend-title' }, labels.legend);
  const items = legend.items
    .map((item) => {
      const cy = item.y + MAP_METRICS.legendRowHeight / 2;
      const label = fitText(legendLabel(item.key, labels), MAP_METRICS.legendSlotWidth - 64, 12);
      return (
        legendSymbol(item.key, item.x, cy, lang) +
        text({ x: item.x + 54, y: cy + 4, class: 'legend' }, label)
      );
    })
    .join('');
  return title + items;
}

/**
 * SVG pieces of a journey map: XML escaping, the performance styles, the marks (performance
 * icon, moment-of-truth star, rupture bolt, importance dots, emotion pill), cards and arrows.
 * Marks are drawn as shapes, not font glyphs, so that they print the same everywhere; every
 * performance also has a text tag and an icon, so the map reads in black and white.
 */
import type { MapArrow, MapCard } from './layout.ts';
import { MAP_METRICS } from './layout.ts';
import type { MapLabels, MapLang } from './map-labels.ts';
import type { Performance } from './schema.ts';

/** Characters that XML 1.0 forbids are dropped; markup characters become entities. */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!allowed) continue;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&apos;';
    else out += char;
  }
  return out;
}

type AttrValue = string | number | undefined;

/** One element; attributes with an undefined value are left out, numbers rounded to 0.1. */
export function tag(name: string, attrs: Record<string, AttrValue>, content?: string): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => {
      const text = typeof value === 'number' ? String(Math.round(value * 10) / 10) : value;
      return ` ${key}="${escapeXml(text)}"`;
    })
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

export const text = (attrs: Record<string, AttrValue>, value: string): string =>
  tag('text', attrs, escapeXml(value));

export interface PerformanceStyle {
  readonly stroke: string;
  readonly fill: string;
  readonly ink: string;
  readonly dashed: boolean;
}

export const PERFORMANCE_STYLES: Readonly<Record<Performance, PerformanceStyle>> = {
  enchantment: { stroke: '#2e7d32', fill: '#e3f4e5', ink: '#1b5e20', dashed: false },
  neutral: { stroke: '#7b8794', fill: '#f1f3f6', ink: '#3e4a57', dashed: false },
  irritant: { stroke: '#d32f2f', fill: '#fde5e2', ink: '#b71c1c', dashed: false },
  missing: { stroke: '#7b8794', fill: '#ffffff', ink: '#4b5563', dashed: true },
};

/** A hatch for "missing" cards, declared once in `<defs>`. */
export const HATCH_DEFS = `<pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e3e7ec" stroke-width="3"/></pattern>`;

/** Round icon: check (enchantment), bar (neutral), exclamation (irritant), dashed ring (missing). */
export function performanceIcon(performance: Performance, cx: number, cy: number): string {
  const style = PERFORMANCE_STYLES[performance];
  if (performance === 'missing') {
    return tag('circle', {
      cx,
      cy,
      r: 5.5,
      fill: '#ffffff',
      stroke: style.stroke,
      'stroke-width': 1.5,
      'stroke-dasharray': '2.5 1.8',
    });
  }
  const ring = tag('circle', { cx, cy, r: 6, fill: style.stroke });
  const line = {
    fill: 'none',
    stroke: '#ffffff',
    'stroke-width': 1.8,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  const glyph =
    performance === 'enchantment'
      ? tag('path', {
          d: `M ${cx - 3} ${cy} L ${cx - 0.8} ${cy + 2.4} L ${cx + 3.2} ${cy - 2.4}`,
          ...line,
        })
      : performance === 'neutral'
        ? tag('path', { d: `M ${cx - 3} ${cy} L ${cx + 3} ${cy}`, ...line })
        : tag('path', { d: `M ${cx} ${cy - 3.4} L ${cx} ${cy + 0.6}`, ...line }) +
          tag('circle', { cx, cy: cy + 3, r: 1, fill: '#ffffff' });
  return ring + glyph;
}

/** Five-pointed star: moment of truth. */
export function star(cx: number, cy: number, radius: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${Math.round((cx + r * Math.cos(angle)) * 10) / 10},${Math.round((cy + r * Math.sin(angle)) * 10) / 10}`;
  });
  return tag('polygon', {
    points: points.join(' '),
    fill: '#f5b400',
    stroke: '#6b4e00',
    'stroke-width': 1,
    'stroke-linejoin': 'round',
  });
}

/** Lightning bolt: rupture point. */
export function bolt(cx: number, cy: number, size: number): string {
  const s = size / 16;
  const p = (x: number, y: number) =>
    `${Math.round((cx + x * s) * 10) / 10} ${Math.round((cy + y * s) * 10) / 10}`;
  const d = `M ${p(2, -8)} L ${p(-5, 1)} L ${p(-0.5, 1)} L ${p(-2, 8)} L ${p(5, -1.5)} L ${p(0.5, -1.5)} Z`;
  return tag('path', {
    d,
    fill: '#7b1fa2',
    stroke: '#3d0a52',
    'stroke-width': 0.8,
    'stroke-linejoin': 'round',
  });
}

/** Importance 1–5 as filled dots out of five; nothing when unknown. */
export function importanceDots(x: number, cy: number, importance: number | null): string {
  if (importance === null) return '';
  return Array.from({ length: 5 }, (_, i) =>
    tag('circle', {
      cx: x + 3.5 + i * 9,
      cy,
      r: 3.2,
      fill: i < importance ? '#334155' : '#ffffff',
      stroke: '#334155',
      'stroke-width': 1,
    }),
  ).join('');
}

/** −2.5 → "−2,5" in French; the sign is always written. */
export function formatEmotion(value: number, lang: MapLang): string {
  const rounded = Math.round(value * 10) / 10;
  const digits = String(Math.abs(rounded)).replace('.', lang === 'fr' ? ',' : '.');
  return rounded > 0 ? `+${digits}` : rounded < 0 ? `−${digits}` : digits;
}

export const emotionColor = (value: number): string =>
  value > 0.05 ? '#2e7d32' : value < -0.05 ? '#c62828' : '#6b7280';

/** A small pill with the emotion value, right-aligned on `right`. */
export function emotionPill(right: number, cy: number, value: number, lang: MapLang): string {
  const label = formatEmotion(value, lang);
  const width = 10 + label.length * 6.2;
  const rect = tag('rect', {
    x: right - width,
    y: cy - 7,
    width,
    height: 14,
    rx: 7,
    fill: '#ffffff',
    stroke: emotionColor(value),
    'stroke-width': 1.2,
  });
  return (
    rect +
    text({ x: right - width / 2, y: cy + 3.5, class: 'pill', fill: emotionColor(value) }, label)
  );
}

export function cardSvg(card: MapCard, labels: MapLabels, lang: MapLang): string {
  const C = MAP_METRICS.card;
  const style = PERFORMANCE_STYLES[card.performance];
  const { x, y, width, height } = card;
  const frame = {
    x,
    y,
    width,
    height,
    rx: 6,
    stroke: style.stroke,
    'stroke-width':
      card.performance === 'irritant' ? 2.2 : card.performance === 'missing' ? 1.6 : 1.4,
  };
  const box =
    card.performance === 'missing'
      ? tag('rect', { ...frame, fill: 'url(#hatch)', 'stroke-dasharray': '6 4' })
      : tag('rect', { ...frame, fill: style.fill });
  const topY = y + C.padding + C.topRow / 2;
  const tagText = text(
    { x: x + C.padding + 16, y: topY + 3.3, class: 'tag', fill: style.ink },
    labels.performance[card.performance].toUpperCase(),
  );
  const markers = [
    card.rupture ? 'rupture' : undefined,
    card.momentOfTruth ? 'mot' : undefined,
  ].filter((m) => m !== undefined);
  const markerSvg = markers
    .map((marker, i) => {
      const cx = x + width - C.padding - 7 - i * 18;
      return marker === 'mot' ? star(cx, topY, 7.5) : bolt(cx, topY, 15);
    })
    .join('');
  const nameTop = y + C.padding + C.topRow + C.rowGap;
  const names = card.lines
    .map((line, i) =>
      text({ x: x + C.padding, y: nameTop + (i + 1) * C.lineHeight - 4, class: 'name' }, line),
    )
    .join('');
  const bottomY = y + height - C.padding - C.bottomRow / 2;
  const emotion =
    card.emotion === null ? '' : emotionPill(x + width - C.padding, bottomY, card.emotion, lang);
  return `<g>${box}${performanceIcon(card.performance, x + C.padding + 6, topY)}${tagText}${markerSvg}${names}${importanceDots(x + C.padding, bottomY, card.importance)}${emotion}</g>`;
}

const IMPOSSIBLE = '#d32f2f';
const POSSIBLE = '#5b6675';
const FAR_POSSIBLE = '#a3adb8';

/** A cross in a white disc, marking an impossible move where colour is not enough. */
export function crossMark(cx: number, cy: number): string {
  const d = `M ${cx - 3} ${cy - 3} L ${cx + 3} ${cy + 3} M ${cx + 3} ${cy - 3} L ${cx - 3} ${cy + 3}`;
  return (
    tag('circle', { cx, cy, r: 7, fill: '#ffffff', stroke: IMPOSSIBLE, 'stroke-width': 1.4 }) +
    tag('path', {
      d,
      stroke: IMPOSSIBLE,
      'stroke-width': 1.8,
      'stroke-linecap': 'round',
      fill: 'none',
    })
  );
}

/**
 * Moves to the next stage are drawn strong; longer jumps thinner and lighter, so that the
 * step-by-step path stays readable on a dense map. Impossible moves always stand out.
 */
export function arrowSvg(arrow: MapArrow): string {
  const near = arrow.span <= 1;
  const color = arrow.possible ? (near ? POSSIBLE : FAR_POSSIBLE) : IMPOSSIBLE;
  const line = tag('path', {
    d: arrow.path,
    fill: 'none',
    stroke: color,
    'stroke-width': arrow.possible ? (near ? 1.6 : 1.1) : 1.8,
    'stroke-dasharray': arrow.possible ? undefined : '6 4',
  });
  const head = tag('path', { d: arrow.head, fill: color });
  return `<g>${line}${head}${arrow.possible ? '' : crossMark(arrow.mid.x, arrow.mid.y)}</g>`;
}

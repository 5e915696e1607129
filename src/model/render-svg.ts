/**
 * A journey map as a standalone SVG document, drawn from `layoutJourney`. Pure: no DOM, no
 * fonts beyond the generic `sans-serif`, so the same text renders to PNG (resvg), PDF
 * (svg-to-pdfkit) and in a browser.
 */
import { layoutJourney, type MapLayout } from './layout.ts';
import { type MapLabels, type MapLang, mapLabels } from './map-labels.ts';
import { curveBandSvg, lanesSvg, stageHeadersSvg } from './map-svg-grid.ts';
import { legendSvg } from './map-svg-legend.ts';
import { arrowSvg, cardSvg, HATCH_DEFS, tag, text } from './map-svg-marks.ts';
import { estimateTextWidth, fitText } from './map-text.ts';
import type { WorkspaceModel } from './schema.ts';

export interface RenderMapOptions {
  readonly lang: MapLang;
  /** Replaces the title "persona — journey". */
  readonly title?: string;
  readonly cardWidth?: number;
  /** Draw only these stages (a page of a split print). */
  readonly stageIds?: readonly string[];
  /** Printed at the top right, e.g. "Page 1 of 2". */
  readonly pageLabel?: string;
}

const STYLE = `<style>
text { font-family: sans-serif; }
.title { font-size: 24px; font-weight: bold; fill: #111827; }
.subtitle { font-size: 13px; fill: #4b5563; }
.badge { font-size: 11px; font-weight: bold; fill: #ffffff; }
.stage { font-size: 13px; font-weight: bold; fill: #ffffff; }
.lane { font-size: 14px; font-weight: bold; fill: #1f2937; }
.kind { font-size: 11px; fill: #6b7280; }
.axis { font-size: 11px; fill: #6b7280; }
.band { font-size: 12px; font-weight: bold; fill: #374151; }
.point { font-size: 11px; font-weight: bold; }
.name { font-size: 13px; fill: #111827; }
.tag { font-size: 9px; font-weight: bold; }
.pill { font-size: 10px; font-weight: bold; text-anchor: middle; }
.legend { font-size: 12px; fill: #374151; }
.legend-title { font-size: 13px; font-weight: bold; fill: #111827; }
</style>`;

function headerSvg(layout: MapLayout, labels: MapLabels, options: RenderMapOptions): string {
  const { header } = layout;
  const state = header.state;
  const pageWidth = options.pageLabel ? estimateTextWidth(options.pageLabel, 13) + 16 : 0;
  const defaultTitle = header.personaName
    ? `${header.personaName} — ${header.journeyName}`
    : header.journeyName;
  const title = fitText(options.title ?? defaultTitle, header.width - pageWidth, 24, 'bold');
  const titleY = header.y + 26;
  const badgeText = labels.journeyState[state].toUpperCase();
  const badgeWidth = estimateTextWidth(badgeText, 11, 'bold') + 18;
  const badgeY = titleY + 14;
  const badge =
    tag('rect', {
      x: header.x,
      y: badgeY,
      width: badgeWidth,
      height: 20,
      rx: 10,
      fill: state === 'current' ? '#334155' : '#0f766e',
    }) +
    text(
      { x: header.x + badgeWidth / 2, y: badgeY + 14, class: 'badge', 'text-anchor': 'middle' },
      badgeText,
    );
  const summary = fitText(labels.summary(header.counts), header.width - badgeWidth - 12, 13);
  const page = options.pageLabel
    ? text(
        { x: header.x + header.width, y: titleY, class: 'subtitle', 'text-anchor': 'end' },
        options.pageLabel,
      )
    : '';
  return (
    text({ x: header.x, y: titleY, class: 'title' }, title) +
    page +
    badge +
    text({ x: header.x + badgeWidth + 12, y: badgeY + 14.5, class: 'subtitle' }, summary)
  );
}

/** The map of one journey as an SVG document, or `undefined` when there is no such journey. */
export function renderMapSvg(
  model: WorkspaceModel,
  journeyId: string,
  options: RenderMapOptions,
): string | undefined {
  const layout = layoutJourney(model, journeyId, {
    ...(options.cardWidth === undefined ? {} : { cardWidth: options.cardWidth }),
    ...(options.stageIds === undefined ? {} : { stageIds: options.stageIds }),
  });
  if (!layout) return undefined;
  const labels = mapLabels(options.lang);
  const { width, height } = layout;
  const body = [
    tag('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    headerSvg(layout, labels, options),
    curveBandSvg(layout, labels, options.lang),
    lanesSvg(layout, labels),
    stageHeadersSvg(layout),
    layout.arrows.map(arrowSvg).join(''),
    layout.cards.map((card) => cardSvg(card, labels, options.lang)).join(''),
    legendSvg(layout, labels, options.lang),
  ].join('\n');
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'sans-serif',
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag('svg', root, `\n${STYLE}\n<defs>${HATCH_DEFS}</defs>\n${body}\n`)}\n`;
}

/**
 * SVG of a journey map's grid: the stage chevrons, the emotion band with its curve, and the
 * channel lanes with their names and column separators.
 */
import { MAP_METRICS, type MapLayout } from './layout.ts';
import type { MapLabels, MapLang } from './map-labels.ts';
import { emotionColor, formatEmotion, tag, text } from './map-svg-marks.ts';
import { fitText } from './map-text.ts';

const LANE_FILLS = ['#ffffff', '#f6f8fa'];
const LABEL_FILL = '#e9eef4';
const STAGE_FILL = '#1e3a5f';

export function stageHeadersSvg(layout: MapLayout): string {
  const { y, height } = layout.stageHeader;
  const tip = 12;
  return layout.columns
    .map((column) => {
      const x0 = column.x + 2;
      const x1 = column.x + column.width - 2;
      const points = [
        [x0, y],
        [x1 - tip, y],
        [x1, y + height / 2],
        [x1 - tip, y + height],
        [x0, y + height],
        [x0 + tip, y + height / 2],
      ]
        .map(([px, py]) => `${px},${py}`)
        .join(' ');
      const lineY = y + height / 2 - ((column.lines.length - 1) * 16) / 2 + 4.5;
      const lines = column.lines
        .map((line, i) => text({ x: x0 + tip + 6, y: lineY + i * 16, class: 'stage' }, line))
        .join('');
      return tag('polygon', { points, fill: STAGE_FILL }) + lines;
    })
    .join('');
}

export function curveBandSvg(layout: MapLayout, labels: MapLabels, lang: MapLang): string {
  const { grid, curveBand: band } = layout;
  const left = grid.x + grid.labelWidth;
  const right = grid.x + grid.width;
  const zones =
    tag('rect', {
      x: grid.x,
      y: band.y,
      width: grid.width,
      height: band.zeroY - band.y,
      fill: '#f1f8f2',
    }) +
    tag('rect', {
      x: grid.x,
      y: band.zeroY,
      width: grid.width,
      height: band.y + band.height - band.zeroY,
      fill: '#fcf1f0',
    }) +
    tag('rect', {
      x: grid.x,
      y: band.y,
      width: grid.labelWidth,
      height: band.height,
      fill: LABEL_FILL,
    });
  const rules = [
    [band.top, '+3', '3 3'],
    [band.zeroY, '0', undefined],
    [band.bottom, '−3', '3 3'],
  ] as const;
  const axis = rules
    .map(
      ([ruleY, label, dash]) =>
        tag('line', {
          x1: left,
          y1: ruleY,
          x2: right,
          y2: ruleY,
          stroke: dash ? '#c7cdd4' : '#8a949f',
          'stroke-width': 1,
          'stroke-dasharray': dash,
        }) + text({ x: left - 8, y: ruleY + 4, class: 'axis', 'text-anchor': 'end' }, label),
    )
    .join('');
  const title =
    text(
      { x: grid.x + 12, y: band.y + 24, class: 'band' },
      fitText(labels.emotionCurve, grid.labelWidth - 44, 12, 'bold'),
    ) +
    text(
      { x: grid.x + 12, y: band.y + 39, class: 'axis' },
      fitText(labels.emotionCurveHint, grid.labelWidth - 44, 11),
    );
  const rated = new Set(layout.curve.map((point) => point.stageId));
  const unrated = layout.columns
    .filter((column) => !rated.has(column.stageId))
    .map((column) =>
      text(
        {
          x: column.x + column.width / 2,
          y: band.zeroY + 15,
          class: 'axis',
          'text-anchor': 'middle',
        },
        fitText(labels.noEmotion, column.width - 12, 11),
      ),
    )
    .join('');
  const lines = layout.curveSegments
    .map((d) =>
      tag('path', {
        d,
        fill: 'none',
        stroke: '#3949ab',
        'stroke-width': 2.5,
        'stroke-linejoin': 'round',
      }),
    )
    .join('');
  const points = layout.curve
    .map((point) => {
      const color = emotionColor(point.emotion);
      const labelY = point.emotion >= 0 ? point.y - 10 : point.y + 18;
      return (
        tag('circle', {
          cx: point.x,
          cy: point.y,
          r: 5.5,
          fill: color,
          stroke: '#ffffff',
          'stroke-width': 2,
        }) +
        text(
          { x: point.x, y: labelY, class: 'point', fill: color, 'text-anchor': 'middle' },
          formatEmotion(point.emotion, lang),
        )
      );
    })
    .join('');
  return zones + axis + title + unrated + lines + points;
}

export function lanesSvg(layout: MapLayout, labels: MapLabels): string {
  const { grid } = layout;
  const lanes = layout.lanes
    .map((lane, i) => {
      const background =
        tag('rect', {
          x: grid.x,
          y: lane.y,
          width: grid.width,
          height: lane.height,
          fill: LANE_FILLS[i % 2],
        }) +
        tag('rect', {
          x: grid.x,
          y: lane.y,
          width: grid.labelWidth,
          height: lane.height,
          fill: LABEL_FILL,
        }) +
        tag('line', {
          x1: grid.x,
          y1: lane.y,
          x2: grid.x + grid.width,
          y2: lane.y,
          stroke: '#cfd6de',
          'stroke-width': 1,
        });
      const nameTop = lane.y + MAP_METRICS.lanePadding + 12;
      const names = lane.lines
        .map((line, j) =>
          text(
            { x: grid.x + 12, y: nameTop + j * MAP_METRICS.laneLineHeight, class: 'lane' },
            line,
          ),
        )
        .join('');
      const kindY = nameTop + lane.lines.length * MAP_METRICS.laneLineHeight + 1;
      return (
        background +
        names +
        text({ x: grid.x + 12, y: kindY, class: 'kind' }, labels.channelKind[lane.kind])
      );
    })
    .join('');
  const bottom = grid.y + grid.height;
  const top = layout.curveBand.y;
  const separators = layout.columns
    .slice(1)
    .map((column) =>
      tag('line', {
        x1: column.x,
        y1: top,
        x2: column.x,
        y2: bottom,
        stroke: '#d5dbe2',
        'stroke-width': 1,
        'stroke-dasharray': '4 4',
      }),
    )
    .join('');
  const frame = tag('rect', {
    x: grid.x,
    y: top,
    width: grid.width,
    height: bottom - top,
    fill: 'none',
    stroke: '#b8c1cc',
    'stroke-width': 1,
  });
  return lanes + separators + frame;
}

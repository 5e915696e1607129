/**
 * The geometry of a journey map, in pixels: stages as columns, channels as swimlanes,
 * touchpoints as cards in their stage × channel cell, the emotion curve above the grid,
 * transitions as arrows and a legend below. Pure and deterministic (no DOM, no font files:
 * text is estimated by `map-text.ts`), so the SVG export, the web editor and analytics
 * overlays all draw from the same layout.
 */
import { routeArrows } from './map-arrows.ts';
import {
  type CurvePoint,
  DEFAULT_CARD_WIDTH,
  LEGEND_KEYS,
  MAP_METRICS,
  type MapCard,
  type MapColumn,
  type MapCounts,
  type MapLane,
  type MapLayout,
  type MapLayoutOptions,
} from './map-layout-types.ts';
import { wrapText } from './map-text.ts';
import type { Journey, Touchpoint, WorkspaceModel } from './schema.ts';

export type { MapArrow, Point } from './map-arrows.ts';
export type {
  Box,
  CurvePoint,
  LegendKey,
  MapCard,
  MapColumn,
  MapCounts,
  MapLane,
  MapLayout,
  MapLayoutOptions,
} from './map-layout-types.ts';
export { DEFAULT_CARD_WIDTH, LEGEND_KEYS, MAP_METRICS } from './map-layout-types.ts';

const CARD = MAP_METRICS.card;

const cardHeight = (lineCount: number): number =>
  2 * CARD.padding + CARD.topRow + 2 * CARD.rowGap + lineCount * CARD.lineHeight + CARD.bottomRow;

const cellKey = (stageId: string, channelId: string): string => `${stageId}\u0000${channelId}`;

interface SizedTouchpoint {
  readonly touchpoint: Touchpoint;
  readonly lines: string[];
  readonly height: number;
}

/** The journey's touchpoints grouped by cell, in array order; dangling ones are left out. */
function cellsOf(model: WorkspaceModel, journey: Journey, cardWidth: number) {
  const stageIds = new Set(model.stages.map((stage) => stage.id));
  const channelIds = new Set(model.channels.map((channel) => channel.id));
  const cells = new Map<string, SizedTouchpoint[]>();
  for (const touchpoint of journey.touchpoints) {
    if (!stageIds.has(touchpoint.stageId) || !channelIds.has(touchpoint.channelId)) continue;
    const lines = wrapText(
      touchpoint.name,
      cardWidth - 2 * CARD.padding,
      CARD.nameFont,
      CARD.maxLines,
    );
    const key = cellKey(touchpoint.stageId, touchpoint.channelId);
    cells.set(key, [
      ...(cells.get(key) ?? []),
      { touchpoint, lines, height: cardHeight(lines.length) },
    ]);
  }
  return cells;
}

const stackHeight = (cell: readonly SizedTouchpoint[]): number =>
  cell.reduce((sum, card) => sum + card.height, 0) +
  Math.max(0, cell.length - 1) * MAP_METRICS.cardGap;

function lanesOf(model: WorkspaceModel, cells: Map<string, SizedTouchpoint[]>, top: number) {
  const M = MAP_METRICS;
  let y = top;
  return model.channels.map((channel) => {
    const lines = wrapText(channel.name, M.labelWidth - 24, M.laneFont, 3, 'bold');
    const labelHeight = 2 * M.lanePadding + lines.length * M.laneLineHeight + 16;
    const tallest = Math.max(
      0,
      ...model.stages.map((stage) => stackHeight(cells.get(cellKey(stage.id, channel.id)) ?? [])),
    );
    const contentHeight = tallest > 0 ? tallest + 2 * M.lanePadding : M.emptyLaneHeight;
    const lane: MapLane = {
      channelId: channel.id,
      name: channel.name,
      lines,
      kind: channel.kind,
      y,
      height: Math.max(labelHeight, contentHeight),
    };
    y += lane.height;
    return lane;
  });
}

function columnsOf(model: WorkspaceModel, options: MapLayoutOptions, cardWidth: number) {
  const M = MAP_METRICS;
  const wanted = options.stageIds ? new Set(options.stageIds) : undefined;
  const width = cardWidth + M.gutter;
  let x = M.margin + M.labelWidth;
  return model.stages.flatMap((stage, index): MapColumn[] => {
    if (wanted && !wanted.has(stage.id)) return [];
    const text = `${index + 1}. ${stage.name}`;
    const lines = wrapText(text, width - 34, M.stageFont, 2, 'bold');
    const column = { stageId: stage.id, index, name: stage.name, lines, x, width };
    x += width;
    return [column];
  });
}

function cardsOf(
  columns: readonly MapColumn[],
  lanes: readonly MapLane[],
  cells: Map<string, SizedTouchpoint[]>,
  cardWidth: number,
): MapCard[] {
  return columns.flatMap((column) =>
    lanes.flatMap((lane) => {
      let y = lane.y + MAP_METRICS.lanePadding;
      const x = column.x + (column.width - cardWidth) / 2;
      return (cells.get(cellKey(column.stageId, lane.channelId)) ?? []).map(
        ({ touchpoint, lines, height }) => {
          const card: MapCard = {
            touchpointId: touchpoint.id,
            stageId: touchpoint.stageId,
            channelId: touchpoint.channelId,
            x,
            y,
            width: cardWidth,
            height,
            name: touchpoint.name,
            lines,
            performance: touchpoint.performance,
            importance: touchpoint.importance,
            emotion: touchpoint.emotion,
            momentOfTruth: touchpoint.momentOfTruth,
            rupture: touchpoint.rupture,
          };
          y += height + MAP_METRICS.cardGap;
          return card;
        },
      );
    }),
  );
}

function curveOf(columns: readonly MapColumn[], cards: readonly MapCard[], bandY: number) {
  const M = MAP_METRICS;
  const top = bandY + M.curvePlotInset.top;
  const bottom = bandY + M.curveHeight - M.curvePlotInset.bottom;
  const zeroY = (top + bottom) / 2;
  const band = { y: bandY, height: M.curveHeight, top, bottom, zeroY };
  const points = columns.map((column): CurvePoint | undefined => {
    const emotions = cards
      .filter((card) => card.stageId === column.stageId)
      .flatMap((card) => (card.emotion === null ? [] : [card.emotion]));
    if (emotions.length === 0) return undefined;
    const emotion = emotions.reduce((sum, value) => sum + value, 0) / emotions.length;
    const y = Math.round((zeroY - (emotion / 3) * (zeroY - top)) * 10) / 10;
    return { stageId: column.stageId, x: column.x + column.width / 2, y, emotion };
  });
  const segments: string[] = [];
  let run: CurvePoint[] = [];
  for (const point of [...points, undefined]) {
    if (point) run.push(point);
    else {
      if (run.length > 1)
        segments.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' '));
      run = [];
    }
  }
  return { band, curve: points.filter((point) => point !== undefined), segments };
}

function countsOf(journey: Journey): MapCounts {
  const tps = journey.touchpoints;
  return {
    touchpoints: tps.length,
    irritants: tps.filter((tp) => tp.performance === 'irritant').length,
    missing: tps.filter((tp) => tp.performance === 'missing').length,
    momentsOfTruth: tps.filter((tp) => tp.momentOfTruth).length,
    ruptures: tps.filter((tp) => tp.rupture).length,
  };
}

function legendOf(width: number, top: number) {
  const M = MAP_METRICS;
  const x0 = M.margin + M.labelWidth;
  const perRow = Math.max(1, Math.floor((width - M.margin - x0) / M.legendSlotWidth));
  const items = LEGEND_KEYS.map((key, i) => ({
    key,
    x: x0 + (i % perRow) * M.legendSlotWidth,
    y: top + Math.floor(i / perRow) * M.legendRowHeight,
  }));
  const rows = Math.ceil(LEGEND_KEYS.length / perRow);
  return {
    x: M.margin,
    y: top,
    width: width - 2 * M.margin,
    height: rows * M.legendRowHeight,
    items,
  };
}

/**
 * Lays out the map of one journey, or `undefined` when the model has no such journey.
 * Columns follow the model's stage order, lanes its channel order, cards the touchpoint order.
 */
export function layoutJourney(
  model: WorkspaceModel,
  journeyId: string,
  options: MapLayoutOptions = {},
): MapLayout | undefined {
  const journey = model.journeys.find((candidate) => candidate.id === journeyId);
  if (!journey) return undefined;
  const M = MAP_METRICS;
  const cardWidth = Math.max(100, options.cardWidth ?? DEFAULT_CARD_WIDTH);
  const cells = cellsOf(model, journey, cardWidth);
  const stageHeaderY = M.margin + M.headerHeight;
  const bandY = stageHeaderY + M.stageHeaderHeight;
  const lanes = lanesOf(model, cells, bandY + M.curveHeight);
  const columns = columnsOf(model, options, cardWidth);
  const cards = cardsOf(columns, lanes, cells, cardWidth);
  const columnOf = new Map(columns.map((column, i) => [column.stageId, i]));
  const arrowCards = new Map(
    cards.map((card) => [card.touchpointId, { ...card, column: columnOf.get(card.stageId) ?? 0 }]),
  );
  const { band, curve, segments } = curveOf(columns, cards, bandY);
  const gridWidth = M.labelWidth + columns.length * (cardWidth + M.gutter);
  const width = 2 * M.margin + Math.max(gridWidth, M.labelWidth + 2 * M.legendSlotWidth);
  const lastLane = lanes.at(-1);
  const gridBottom = lastLane ? lastLane.y + lastLane.height : bandY + M.curveHeight;
  const legend = legendOf(width, gridBottom + M.legendGap);
  const persona = model.personas.find((candidate) => candidate.id === journey.personaId);
  return {
    width,
    height: legend.y + legend.height + M.margin,
    header: {
      x: M.margin,
      y: M.margin,
      width: width - 2 * M.margin,
      height: M.headerHeight,
      personaName: persona?.name ?? null,
      journeyName: journey.name,
      state: journey.state,
      counts: countsOf(journey),
    },
    grid: {
      x: M.margin,
      y: stageHeaderY,
      width: gridWidth,
      height: gridBottom - stageHeaderY,
      labelWidth: M.labelWidth,
    },
    stageHeader: { y: stageHeaderY, height: M.stageHeaderHeight },
    columns,
    lanes,
    cards,
    curveBand: band,
    curve,
    curveSegments: segments,
    arrows: routeArrows(journey.transitions, arrowCards),
    legend,
  };
}

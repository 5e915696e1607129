/**
 * The process map: the directly-follows graph drawn over the journey map's own grid, stages
 * from left to right and channels from top to bottom, so that a marketer recognises the map.
 * Node size follows the number of visits, arc width the number of moves; the busiest arcs
 * carry their count and median time. Pure.
 */
import type { WorkspaceModel } from '../../../model/schema.ts';
import type { PathsResponse } from '../analytics-api.ts';
import { type ChartOption, escapeHtml, itemTooltip } from '../chart-option.ts';
import type { Formatters } from '../format.ts';
import { EXIT, GRID_LINE, MUTED, TEXT } from '../palette.ts';
import type { PathLevel } from '../query-state.ts';
import { END_ID, type NodeInfo, START_ID } from './path-nodes.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Arcs labelled with their figures; the others say them in their tooltip. */
export const LABELLED_ARCS = 8;

/** Offset between two nodes sharing a cell, in cells. */
const CELL_STEP = 0.42;

/** Places the nodes sharing a cell on a small grid of two columns, centred on the cell. */
function spread(ids: readonly string[], origin: Point, points: Map<string, Point>): void {
  const columns = Math.min(2, ids.length);
  const rows = Math.ceil(ids.length / columns);
  ids.forEach((id, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    points.set(id, {
      x: origin.x + (column - (columns - 1) / 2) * CELL_STEP,
      y: origin.y + (row - (rows - 1) / 2) * CELL_STEP,
    });
  });
}

/** The frame of the drawing, in cells: where the axes start and end. */
export interface Extent {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/**
 * Where each node goes: touchpoints in their (stage, channel) cell; stages on one row;
 * channels around a circle. Start and end sit left and right of everything. Grid levels use
 * whole-number extents so that axis ticks fall on stage columns and channel lanes.
 */
export function layoutNodes(
  level: PathLevel,
  infos: ReadonlyMap<string, NodeInfo>,
  stages: number,
  lanes: number,
): { readonly points: Map<string, Point>; readonly extent: Extent } {
  const points = new Map<string, Point>();
  if (level === 'channel') {
    const around = [...infos.values()];
    around.forEach((info, index) => {
      const angle = (2 * Math.PI * index) / Math.max(1, around.length) - Math.PI / 2;
      points.set(info.id, { x: 1.6 * Math.cos(angle), y: Math.sin(angle) });
    });
    points.set(START_ID, { x: -2.4, y: 0 });
    points.set(END_ID, { x: 2.4, y: 0 });
    return { points, extent: { minX: -2.8, maxX: 2.8, minY: -1.4, maxY: 1.4 } };
  }
  const cells = new Map<string, string[]>();
  for (const info of infos.values()) {
    const key = `${info.stage ?? 0}:${level === 'stage' ? 0 : (info.channel ?? 0)}`;
    cells.set(key, [...(cells.get(key) ?? []), info.id]);
  }
  for (const [key, ids] of cells) {
    const [x = 0, y = 0] = key.split(':').map(Number);
    spread(ids, { x, y }, points);
  }
  const rows = level === 'stage' ? 1 : Math.max(1, lanes);
  points.set(START_ID, { x: -0.8, y: (rows - 1) / 2 });
  points.set(END_ID, { x: stages - 0.2, y: (rows - 1) / 2 });
  return { points, extent: { minX: -1, maxX: stages, minY: -1, maxY: rows } };
}

type Edge = PathsResponse['edges'][number];

const isEnd = (edge: Edge) => edge.from === START_ID || edge.to === END_ID;

/** Size of a node (px) by its visits: by area, so the eye compares them fairly. */
const nodeSize = (count: number, max: number) => 12 + 30 * Math.sqrt(count / Math.max(1, max));

/** Below this share of the busiest node, a node's name shows on hover only… */
const QUIET_NODE = 0.03;
/** …unless there are so few nodes that every name fits. */
const FEW_NODES = 15;

export interface ProcessMapWords {
  readonly start: string;
  readonly end: string;
  readonly visits: string;
  readonly customers: string;
}

interface ProcessMapInput {
  readonly data: PathsResponse;
  readonly level: PathLevel;
  readonly infos: ReadonlyMap<string, NodeInfo>;
  readonly model: WorkspaceModel;
  readonly words: ProcessMapWords;
}

/** Stage names along the top, channel names down the side (grid levels only). */
function axes(level: PathLevel, extent: Extent, model: WorkspaceModel): ChartOption {
  const onGrid = level !== 'channel';
  const label = (names: readonly { name: string }[]) => (value: number) =>
    Number.isInteger(value) ? (names[value]?.name ?? '') : '';
  return {
    xAxis: {
      type: 'value',
      show: onGrid,
      min: extent.minX,
      max: extent.maxX,
      interval: 1,
      position: 'top',
      axisLine: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: {
        color: TEXT,
        fontWeight: 'bold',
        width: 104,
        lineHeight: 15,
        overflow: 'break',
        formatter: label(model.stages),
      },
    },
    yAxis: {
      type: 'value',
      show: level === 'touchpoint',
      inverse: true,
      min: extent.minY,
      max: extent.maxY,
      interval: 1,
      axisLine: { show: false },
      axisTick: { show: false },
      // Lanes: a faint line through each channel's row, as on the journey map.
      splitLine: { show: level === 'touchpoint', lineStyle: { color: GRID_LINE } },
      axisLabel: { color: MUTED, fontWeight: 'bold', formatter: label(model.channels) },
    },
  };
}

function tooltip(input: ProcessMapInput, nameOf: (id: string) => string, f: Formatters) {
  const { data, infos, words } = input;
  return {
    trigger: 'item' as const,
    formatter: itemTooltip((params) => {
      const item = params.data as { name?: string; edge?: Edge };
      if (params.dataType === 'edge' && item.edge !== undefined) {
        const edge = item.edge;
        const what = escapeHtml(`${nameOf(edge.from)} → ${nameOf(edge.to)}`);
        return `${what}<br><b>${f.count(edge.frequency)}</b> · ${f.percent(edge.share)}<br>${f.count(edge.customers)} ${words.customers} · ${f.duration(edge.medianMs)}`;
      }
      const node = data.nodes.find((candidate) => candidate.id === item.name);
      if (node === undefined) return escapeHtml(nameOf(item.name ?? ''));
      const label = escapeHtml(infos.get(node.id)?.label ?? node.label);
      return `${label}<br><b>${f.count(node.count)}</b> ${words.visits}`;
    }),
  };
}

function nodes(
  input: ProcessMapInput,
  points: ReadonlyMap<string, Point>,
  nameOf: (id: string) => string,
) {
  const { data, infos } = input;
  const maxCount = Math.max(1, ...data.nodes.map((node) => node.count));
  const visits = data.nodes.map((node) => {
    const point = points.get(node.id) ?? { x: 0, y: 0 };
    const quiet = data.nodes.length > FEW_NODES && node.count < QUIET_NODE * maxCount;
    return {
      name: node.id,
      value: [point.x, point.y],
      symbolSize: nodeSize(node.count, maxCount),
      itemStyle: {
        color: infos.get(node.id)?.color ?? EXIT,
        borderColor: '#ffffff',
        borderWidth: 1,
      },
      label: {
        show: !quiet,
        position: 'bottom' as const,
        distance: 3,
        color: TEXT,
        fontSize: 11,
        lineHeight: 13,
        width: 74,
        overflow: 'break' as const,
        formatter: nameOf(node.id),
      },
      emphasis: { label: { show: true } },
    };
  });
  const ends = [START_ID, END_ID].map((id) => ({
    name: id,
    value: [points.get(id)?.x ?? 0, points.get(id)?.y ?? 0],
    symbol: 'roundRect',
    symbolSize: [48, 24],
    itemStyle: { color: '#f1f3f5', borderColor: EXIT },
    label: { show: true, position: 'inside' as const, color: MUTED, formatter: nameOf(id) },
  }));
  return [...visits, ...ends];
}

function links(data: PathsResponse, f: Formatters) {
  const inner = data.edges.filter((edge) => !isEnd(edge));
  const maxFrequency = Math.max(1, ...inner.map((edge) => edge.frequency));
  const labelled = new Set(inner.slice(0, LABELLED_ARCS));
  return data.edges.map((edge) => {
    const end = isEnd(edge);
    const weight = edge.frequency / maxFrequency;
    return {
      source: edge.from,
      target: edge.to,
      edge,
      lineStyle: {
        width: end ? 1 : 1 + 8 * weight,
        color: end ? EXIT : '#4c6ef5',
        opacity: end ? 0.45 : 0.25 + 0.45 * weight,
        type: end ? ('dashed' as const) : ('solid' as const),
        curveness: 0.2,
      },
      label: {
        show: labelled.has(edge),
        fontSize: 11,
        color: TEXT,
        // Labels would otherwise take the faintness of their arc.
        opacity: 1,
        backgroundColor: 'rgba(255,255,255,0.9)',
        borderRadius: 3,
        padding: [1, 4],
        formatter: `${f.count(edge.frequency)} · ${f.duration(edge.medianMs)}`,
      },
    };
  });
}

export function processMapOption(input: ProcessMapInput, f: Formatters): ChartOption {
  const { data, level, infos, model, words } = input;
  const { points, extent } = layoutNodes(level, infos, model.stages.length, model.channels.length);
  const nameOf = (id: string) =>
    id === START_ID ? words.start : id === END_ID ? words.end : (infos.get(id)?.name ?? id);
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: level !== 'channel' },
    tooltip: tooltip(input, nameOf, f),
    ...axes(level, extent, model),
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 8],
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
        data: nodes(input, points, nameOf),
        links: links(data, f),
      },
    ],
  };
}

/** The drawing's size in pixels: touchpoints need room per stage and lane, or they overlap. */
export function processMapSize(
  level: PathLevel,
  stages: number,
  lanes: number,
): { readonly minWidth: number; readonly height: number } {
  if (level === 'touchpoint')
    return { minWidth: (stages + 2) * 132, height: (lanes + 1) * 96 + 40 };
  if (level === 'stage') return { minWidth: (stages + 2) * 90, height: 320 };
  return { minWidth: 640, height: 560 };
}

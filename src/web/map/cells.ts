/**
 * The grid of a journey map: stages as columns, channels as lanes, and each touchpoint in the
 * cell where its stage and channel cross. Order inside a cell is the journey's order.
 */
import type { Touchpoint, WorkspaceModel } from '../../model/schema.ts';

export type CellKey = string & { readonly __cell: true };

/** A key that no pair of ids can collide on (ids never contain a NUL character). */
export const cellKey = (stageId: string, channelId: string): CellKey =>
  `${stageId}\u0000${channelId}` as CellKey;

export type CellMap = ReadonlyMap<CellKey, readonly Touchpoint[]>;

export function groupByCell(touchpoints: readonly Touchpoint[]): CellMap {
  const cells = new Map<CellKey, Touchpoint[]>();
  for (const touchpoint of touchpoints) {
    const key = cellKey(touchpoint.stageId, touchpoint.channelId);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [touchpoint]);
    else cell.push(touchpoint);
  }
  return cells;
}

const NO_TOUCHPOINTS: readonly Touchpoint[] = [];

export const cellTouchpoints = (cells: CellMap, stageId: string, channelId: string) =>
  cells.get(cellKey(stageId, channelId)) ?? NO_TOUCHPOINTS;

/** How many touchpoints each stage (or channel) holds: the ones that cannot be removed. */
export function countBy(
  touchpoints: readonly Touchpoint[],
  key: 'stageId' | 'channelId',
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const touchpoint of touchpoints) {
    counts.set(touchpoint[key], (counts.get(touchpoint[key]) ?? 0) + 1);
  }
  return counts;
}

/** "Comparison · Web": where a touchpoint sits, for lists and screen readers. */
export function placement(model: WorkspaceModel, touchpoint: Touchpoint): string {
  const stage = model.stages.find((item) => item.id === touchpoint.stageId);
  const channel = model.channels.find((item) => item.id === touchpoint.channelId);
  return [stage?.name, channel?.name].filter((name) => name !== undefined).join(' · ');
}

/**
 * Touchpoints in reading order of the map (stage by stage, then lane by lane), for pickers
 * that must list them in the order people see them.
 */
export function inMapOrder(model: WorkspaceModel, touchpoints: readonly Touchpoint[]) {
  const stageRank = new Map(model.stages.map((stage, index) => [stage.id, index]));
  const channelRank = new Map(model.channels.map((channel, index) => [channel.id, index]));
  const rank = (touchpoint: Touchpoint): [number, number] => [
    stageRank.get(touchpoint.stageId) ?? Number.MAX_SAFE_INTEGER,
    channelRank.get(touchpoint.channelId) ?? Number.MAX_SAFE_INTEGER,
  ];
  return touchpoints
    .map((touchpoint, index) => ({ touchpoint, index, rank: rank(touchpoint) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map((entry) => entry.touchpoint);
}

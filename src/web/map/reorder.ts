/**
 * Reordering stages and channels, by drag and drop or by the move buttons. The result is the
 * index given to a `stage.move`/`channel.move` op: the item's position once moved.
 */

/** The new index after moving one step (−1 left/up, +1 right/down); null at either end. */
export function stepIndex(ids: readonly string[], id: string, delta: -1 | 1): number | null {
  const from = ids.indexOf(id);
  if (from === -1) return null;
  const to = from + delta;
  return to < 0 || to >= ids.length ? null : to;
}

/** Dropping an item on another puts it where that one was; null when nothing would move. */
export function dropIndex(ids: readonly string[], draggedId: string, targetId: string) {
  const from = ids.indexOf(draggedId);
  const to = ids.indexOf(targetId);
  if (from === -1 || to === -1 || from === to) return null;
  return to;
}

/** The list as it will look after the move, to preview a drop and to test the indexes. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  const [item] = result.splice(from, 1);
  if (item !== undefined) result.splice(to, 0, item);
  return result;
}

/** Drag payload types, one per kind, so that a lane never accepts a dragged stage. */
export const DRAG_TYPES = {
  touchpoint: 'application/x-parcours-touchpoint',
  stage: 'application/x-parcours-stage',
  channel: 'application/x-parcours-channel',
} as const;

export type DragKind = keyof typeof DRAG_TYPES;

/** Whether a drag carries an item of this kind; only the types are readable while dragging. */
export const carries = (types: readonly string[], kind: DragKind): boolean =>
  types.includes(DRAG_TYPES[kind]);

/**
 * Geometry of the line that joins a customer's visits on the grid, in time order: one gently
 * bent segment from each numbered badge to the next, stopping at the badges' edges so that
 * the arrowheads stay visible. Pure (boxes in, SVG path data out).
 */
import type { Box, Point } from '../map/arrows.ts';

export interface VisitSegment {
  /** 1-based number of the visit the segment leaves. */
  readonly from: number;
  readonly d: string;
}

const round = (value: number): number => Math.round(value * 10) / 10;

export const centreOf = (box: Box): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/**
 * The segment between two badges of radius `radius`; null when they overlap. It bends to
 * the left of its direction by a tenth of its length, so that a move back along the same
 * lane does not hide the move forward.
 */
export function segmentPath(from: Point, to: Point, radius: number): string | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= 2 * radius + 1) return null;
  const [ux, uy] = [dx / length, dy / length];
  const start = { x: from.x + ux * radius, y: from.y + uy * radius };
  const end = { x: to.x - ux * (radius + 1), y: to.y - uy * (radius + 1) };
  const bend = Math.min(40, length / 10);
  const control = { x: (start.x + end.x) / 2 + uy * bend, y: (start.y + end.y) / 2 - ux * bend };
  return `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;
}

/** Segments joining visit 1 to 2, 2 to 3, …; visits whose badge is not measured are skipped. */
export function visitSegments(
  boxes: ReadonlyMap<number, Box>,
  visitCount: number,
  radius: number,
): VisitSegment[] {
  const segments: VisitSegment[] = [];
  let previous: { order: number; box: Box } | undefined;
  for (let order = 1; order <= visitCount; order++) {
    const box = boxes.get(order);
    if (box === undefined) continue;
    if (previous !== undefined) {
      const d = segmentPath(centreOf(previous.box), centreOf(box), radius);
      if (d !== null) segments.push({ from: previous.order, d });
    }
    previous = { order, box };
  }
  return segments;
}

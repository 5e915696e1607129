/**
 * Geometry of the transition arrows drawn over the map, from the boxes of the two cards
 * (in pixels, relative to the map). Arrows leave and enter cards on the facing sides.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ArrowGeometry {
  /** SVG path data: a cubic curve from one card's edge to the other's. */
  readonly d: string;
  readonly start: Point;
  readonly end: Point;
  /** Where a label goes: the middle of the curve. */
  readonly middle: Point;
}

const round = (value: number): number => Math.round(value * 10) / 10;
const point = (x: number, y: number): Point => ({ x: round(x), y: round(y) });

function endpoints(from: Box, to: Box): { start: Point; end: Point; horizontal: boolean } {
  const fromMiddleY = from.y + from.height / 2;
  const toMiddleY = to.y + to.height / 2;
  if (to.x >= from.x + from.width) {
    return {
      start: point(from.x + from.width, fromMiddleY),
      end: point(to.x, toMiddleY),
      horizontal: true,
    };
  }
  if (to.x + to.width <= from.x) {
    return {
      start: point(from.x, fromMiddleY),
      end: point(to.x + to.width, toMiddleY),
      horizontal: true,
    };
  }
  // Same column: leave by the bottom to go down, by the top to go up.
  const fromMiddleX = from.x + from.width / 2;
  const toMiddleX = to.x + to.width / 2;
  return to.y >= from.y
    ? {
        start: point(fromMiddleX, from.y + from.height),
        end: point(toMiddleX, to.y),
        horizontal: false,
      }
    : {
        start: point(fromMiddleX, from.y),
        end: point(toMiddleX, to.y + to.height),
        horizontal: false,
      };
}

export function arrowGeometry(from: Box, to: Box): ArrowGeometry {
  const { start, end, horizontal } = endpoints(from, to);
  // Control points pull the curve out of the card's side, at least 24 px, so it reads as leaving.
  const pull = Math.max(
    24,
    (horizontal ? Math.abs(end.x - start.x) : Math.abs(end.y - start.y)) / 2,
  );
  const direction = horizontal ? Math.sign(end.x - start.x) || 1 : Math.sign(end.y - start.y) || 1;
  const c1 = horizontal
    ? point(start.x + pull * direction, start.y)
    : point(start.x, start.y + pull * direction);
  const c2 = horizontal
    ? point(end.x - pull * direction, end.y)
    : point(end.x, end.y - pull * direction);
  // The point at t = 0.5 of a cubic Bézier curve.
  const middle = point(
    (start.x + 3 * c1.x + 3 * c2.x + end.x) / 8,
    (start.y + 3 * c1.y + 3 * c2.y + end.y) / 8,
  );
  const d = `M ${start.x} ${start.y} C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${end.x} ${end.y}`;
  return { d, start, end, middle };
}

/** Whether two boxes differ by at least half a pixel: smaller moves are not worth a redraw. */
export function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    Math.abs(a.x - b.x) < 0.5 &&
    Math.abs(a.y - b.y) < 0.5 &&
    Math.abs(a.width - b.width) < 0.5 &&
    Math.abs(a.height - b.height) < 0.5
  );
}

/** Whether two measurements hold the same boxes, so that an unchanged layout draws nothing. */
export function sameBoxes(a: ReadonlyMap<string, Box>, b: ReadonlyMap<string, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, box] of a) if (!sameBox(box, b.get(id))) return false;
  return true;
}

/**
 * Routes the transitions of a journey map between card edges as gentle cubic curves. Pure and
 * deterministic: when several arrows meet one side of a card, their anchors are spread along it
 * in the order of the other end's height, so that they do not overlap.
 */
import type { Transition } from './schema.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The part of a card that routing needs. */
export interface ArrowCard {
  readonly touchpointId: string;
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapArrow {
  readonly transitionId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly possible: boolean;
  readonly label: string;
  /** Columns between the two ends (0: same stage, 1: next or previous stage). */
  readonly span: number;
  /** SVG path `d` of the line, ending where the arrow head starts. */
  readonly path: string;
  /** SVG path `d` of the filled arrow head, its tip on the target card's edge. */
  readonly head: string;
  readonly from: Point;
  readonly to: Point;
  /** The curve's middle, where a mark for an impossible move goes. */
  readonly mid: Point;
}

type Side = 'left' | 'right';
interface End {
  readonly card: ArrowCard;
  readonly side: Side;
  readonly otherY: number;
  readonly key: string;
}

const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.5;
/** How far a move inside one column bulges into the gutter. */
const SAME_COLUMN_BULGE = 30;

const round = (value: number): number => Math.round(value * 10) / 10;
/** Locale-free, so that the layout is the same on every machine. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const centerY = (card: ArrowCard): number => card.y + card.height / 2;

function sidesOf(from: ArrowCard, to: ArrowCard): [Side, Side] {
  if (from.column < to.column) return ['right', 'left'];
  if (from.column > to.column) return ['left', 'right'];
  return ['right', 'right'];
}

/** Anchor points of every arrow end, spread along each card side. */
function anchorsOf(ends: readonly End[]): Map<string, Point> {
  const bySide = new Map<string, End[]>();
  for (const end of ends) {
    const group = `${end.card.touchpointId}|${end.side}`;
    bySide.set(group, [...(bySide.get(group) ?? []), end]);
  }
  const anchors = new Map<string, Point>();
  for (const group of bySide.values()) {
    const sorted = [...group].sort((a, b) => a.otherY - b.otherY || byCodeUnits(a.key, b.key));
    sorted.forEach((end, index) => {
      const { card } = end;
      const x = end.side === 'right' ? card.x + card.width : card.x;
      anchors.set(end.key, { x, y: card.y + (card.height * (index + 1)) / (sorted.length + 1) });
    });
  }
  return anchors;
}

function cubicPoint(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

function shape(from: Point, to: Point, fromSide: Side, toSide: Side) {
  const inward = toSide === 'left' ? 1 : -1;
  const lineEnd = { x: to.x - inward * HEAD_LENGTH, y: to.y };
  const outward = fromSide === 'right' ? 1 : -1;
  const reach = Math.max(16, Math.min(90, Math.abs(lineEnd.x - from.x) / 2));
  const sameSide = fromSide === toSide;
  const c1 = { x: from.x + outward * (sameSide ? SAME_COLUMN_BULGE : reach), y: from.y };
  const c2 = { x: lineEnd.x - inward * (sameSide ? SAME_COLUMN_BULGE : reach), y: lineEnd.y };
  const path = `M ${round(from.x)} ${round(from.y)} C ${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(lineEnd.x)} ${round(lineEnd.y)}`;
  const head = `M ${round(to.x)} ${round(to.y)} L ${round(lineEnd.x)} ${round(to.y - HEAD_HALF_WIDTH)} L ${round(lineEnd.x)} ${round(to.y + HEAD_HALF_WIDTH)} Z`;
  const middle = cubicPoint(from, c1, c2, lineEnd, 0.5);
  return { path, head, mid: { x: round(middle.x), y: round(middle.y) } };
}

/** Arrows for the transitions whose two touchpoints are drawn; others are left out. */
export function routeArrows(
  transitions: readonly Transition[],
  cards: ReadonlyMap<string, ArrowCard>,
): MapArrow[] {
  const drawn = transitions.flatMap((transition) => {
    const from = cards.get(transition.fromId);
    const to = cards.get(transition.toId);
    return from && to ? [{ transition, from, to, sides: sidesOf(from, to) }] : [];
  });
  const ends = drawn.flatMap(({ transition, from, to, sides }) => [
    { card: from, side: sides[0], otherY: centerY(to), key: `${transition.id}|from` },
    { card: to, side: sides[1], otherY: centerY(from), key: `${transition.id}|to` },
  ]);
  const anchors = anchorsOf(ends);
  return drawn.map(({ transition, sides, from: fromCard, to: toCard }) => {
    const from = anchors.get(`${transition.id}|from`) ?? { x: 0, y: 0 };
    const to = anchors.get(`${transition.id}|to`) ?? { x: 0, y: 0 };
    return {
      transitionId: transition.id,
      fromId: transition.fromId,
      toId: transition.toId,
      possible: transition.possible,
      label: transition.label,
      span: Math.abs(toCard.column - fromCard.column),
      ...shape(from, to, sides[0], sides[1]),
      from: { x: round(from.x), y: round(from.y) },
      to: { x: round(to.x), y: round(to.y) },
    };
  });
}

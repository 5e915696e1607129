/**
 * Ruptures: channel switches after which customers abandon significantly more than on
 * comparable journeys. Pure.
 *
 * Every move between consecutive touchpoints of a trace is an observation keyed by the stage
 * it leaves and the channels it goes from and to. The customer **abandons after the move**
 * when no later event of the trace reaches a stage beyond the stage the move lands in (moves
 * landing in the last stage are left out: there is nothing beyond). The comparable journeys
 * of a switch a → b leaving stage s are the moves leaving s without changing channel. A
 * switch is a rupture when, with at least `MIN_MOVES` observations on both sides, its
 * abandonment rate exceeds the comparable one by at least `MIN_LIFT` and a one-sided
 * two-proportion z-test gives z ≥ `Z_CRITICAL` (p ≤ 0.005).
 */
import type { Placement } from './conformance.ts';

export const MIN_MOVES = 30;
export const MIN_LIFT = 0.05;
export const Z_CRITICAL = 2.576;

export interface SwitchOutcome {
  readonly stage: number;
  readonly fromChannel: number;
  readonly toChannel: number;
  readonly moves: number;
  readonly abandoned: number;
  readonly rate: number;
  /** Moves leaving the same stage without a channel change. */
  readonly comparableMoves: number;
  readonly comparableRate: number;
  /** One-sided two-proportion z statistic (switch rate above comparable rate). */
  readonly z: number;
  readonly rupture: boolean;
}

interface Tally {
  moves: number;
  abandoned: number;
}

const keyOf = (stage: number, from: number, to: number): string => `${stage}:${from}:${to}`;

export class RuptureAccumulator {
  readonly #switches = new Map<string, Tally>();
  /** Non-switching moves per stage left. */
  readonly #stays = new Map<number, Tally>();

  constructor(
    private readonly placementOf: (item: number) => Placement,
    private readonly stageCount: number,
  ) {}

  add(items: ArrayLike<number>): void {
    const stages = Array.from({ length: items.length }, (_, i) => this.placementOf(items[i] ?? 0));
    // furthestAfter[i]: the furthest stage reached strictly after position i.
    const furthestAfter = new Array<number>(stages.length).fill(-1);
    for (let index = stages.length - 2; index >= 0; index--) {
      const next = stages[index + 1]?.stage ?? -1;
      furthestAfter[index] = Math.max(next, furthestAfter[index + 1] ?? -1);
    }
    for (let index = 1; index < stages.length; index++) {
      const from = stages[index - 1] as Placement;
      const to = stages[index] as Placement;
      if (to.stage >= this.stageCount - 1) continue;
      const abandoned = (furthestAfter[index] ?? -1) <= to.stage;
      const tally = this.#tallyOf(from, to);
      tally.moves++;
      if (abandoned) tally.abandoned++;
    }
  }

  #tallyOf(from: Placement, to: Placement): Tally {
    if (from.channel === to.channel) {
      const stay = this.#stays.get(from.stage) ?? { moves: 0, abandoned: 0 };
      this.#stays.set(from.stage, stay);
      return stay;
    }
    const key = keyOf(from.stage, from.channel, to.channel);
    const tally = this.#switches.get(key) ?? { moves: 0, abandoned: 0 };
    this.#switches.set(key, tally);
    return tally;
  }

  /** Every switch observed, ruptures first, then by moves. */
  outcomes(): SwitchOutcome[] {
    const outcomes = [...this.#switches].map(([key, tally]) => {
      const [stage = 0, fromChannel = 0, toChannel = 0] = key.split(':').map(Number);
      const stay = this.#stays.get(stage) ?? { moves: 0, abandoned: 0 };
      return judge(stage, fromChannel, toChannel, tally, stay);
    });
    return outcomes.sort(
      (a, b) => Number(b.rupture) - Number(a.rupture) || b.moves - a.moves || b.z - a.z,
    );
  }
}

function judge(
  stage: number,
  fromChannel: number,
  toChannel: number,
  tally: Tally,
  stay: Tally,
): SwitchOutcome {
  const rate = tally.moves === 0 ? 0 : tally.abandoned / tally.moves;
  const comparableRate = stay.moves === 0 ? 0 : stay.abandoned / stay.moves;
  const z = twoProportionZ(tally, stay);
  const rupture =
    tally.moves >= MIN_MOVES &&
    stay.moves >= MIN_MOVES &&
    rate - comparableRate >= MIN_LIFT &&
    z >= Z_CRITICAL;
  return {
    stage,
    fromChannel,
    toChannel,
    moves: tally.moves,
    abandoned: tally.abandoned,
    rate,
    comparableMoves: stay.moves,
    comparableRate,
    z,
    rupture,
  };
}

/** z of p1 − p2 with the pooled proportion; 0 when undefined (no data or no variance). */
export function twoProportionZ(a: Tally, b: Tally): number {
  if (a.moves === 0 || b.moves === 0) return 0;
  const pooled = (a.abandoned + b.abandoned) / (a.moves + b.moves);
  const variance = pooled * (1 - pooled) * (1 / a.moves + 1 / b.moves);
  if (variance === 0) return 0;
  return (a.abandoned / a.moves - b.abandoned / b.moves) / Math.sqrt(variance);
}

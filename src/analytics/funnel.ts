/**
 * Funnel levels of one customer, following ClickHouse `windowFunnel` (../shared/REFERENCE.md
 * §2). Pure: a customer's trace in, a level out; the store streams traces, this counts them.
 *
 * A trace is the customer's events in (timestamp, intake sequence) order, each reduced to an
 * item (a touchpoint index); `stepsOf(item)` says which funnel steps (0-based) an item matches
 * (a stage step matches every touchpoint of the stage). Semantics, for steps s_1 … s_m and a
 * window W (milliseconds):
 * - `ordered` (default): level j is reached when events i_1 < … < i_j match s_1 … s_j with
 *   ts(i_j) − ts(i_1) ≤ W; other events may come in between; a new s_1 event starts a new
 *   chain while older chains keep their progress, and the maximum level counts. Repeats of a
 *   reached step move nothing forward.
 * - `strict`: as `ordered`, but once a chain has started, an event that matches no step ends
 *   the evaluation (`a d b c` → 1), and so does an event matching step j + 1 when step j was
 *   never reached (ClickHouse `strict_order`). Repeats of the step just matched are allowed.
 * - `any`: the largest number of distinct steps matched by distinct events inside one window
 *   [t, t + W] opened by a step-1 event (order free).
 * An event matching several steps is tried against the later steps first, so one event never
 * fills two steps of a chain.
 */

export type FunnelMode = 'ordered' | 'strict' | 'any';

export interface Trace {
  /** Item (touchpoint index) of each event, −1 when the event maps to no touchpoint. */
  readonly items: ArrayLike<number>;
  /** Milliseconds since the epoch of each event, non-decreasing. */
  readonly times: ArrayLike<number>;
}

export interface FunnelDefinition {
  /** Number of steps (≥ 1). */
  readonly stepCount: number;
  /** Steps matched by an item, ascending; an empty list for items in no step. */
  readonly stepsOf: (item: number) => readonly number[];
  readonly windowMs: number;
  readonly mode: FunnelMode;
  /** Items that end a chain in progress when they occur between two of its steps. */
  readonly excluded?: (item: number) => boolean;
}

export interface FunnelLevel {
  /** Steps reached, 0 … stepCount. */
  readonly level: number;
  /** Time of the step-1 event of the chain that reached `level` (null when level is 0). */
  readonly startedAt: number | null;
  /** Time each step of that chain was reached, `level` entries. */
  readonly reachedAt: readonly number[];
}

const NONE: FunnelLevel = { level: 0, startedAt: null, reachedAt: [] };

export function funnelLevel(trace: Trace, definition: FunnelDefinition): FunnelLevel {
  if (definition.mode === 'any') return anyOrderLevel(trace, definition);
  return chainLevel(trace, definition, definition.mode === 'strict');
}

/** One chain per reached step: when its step 1 happened and when each step was reached. */
interface Chain {
  readonly startedAt: number;
  readonly reachedAt: number[];
}

function chainLevel(trace: Trace, definition: FunnelDefinition, strict: boolean): FunnelLevel {
  const { stepCount, stepsOf, windowMs, excluded } = definition;
  // chains[j]: the best chain that has reached step j (latest start, so most room left).
  const chains: (Chain | undefined)[] = new Array(stepCount);
  let started = false;
  let best: Chain | undefined;
  let bestLevel = 0;
  const settle = (): FunnelLevel =>
    best === undefined
      ? NONE
      : { level: bestLevel, startedAt: best.startedAt, reachedAt: best.reachedAt };
  for (let index = 0; index < trace.items.length; index++) {
    const item = trace.items[index] ?? -1;
    const time = trace.times[index] ?? 0;
    if (started && excluded?.(item) === true) return settle();
    const steps = item < 0 ? [] : stepsOf(item);
    const open = (step: number) => step === 0 || chains[step - 1] !== undefined;
    // Strict order: once started, an event that can take no step ends the evaluation.
    if (strict && started && !steps.some(open)) return settle();
    for (let k = steps.length - 1; k >= 0; k--) {
      const step = steps[k] ?? 0;
      const previous = step === 0 ? undefined : chains[step - 1];
      if (step === 0) {
        chains[0] = { startedAt: time, reachedAt: [time] };
        started = true;
      } else if (previous === undefined || time - previous.startedAt > windowMs) {
        continue;
      } else {
        chains[step] = { startedAt: previous.startedAt, reachedAt: [...previous.reachedAt, time] };
      }
      const reached = step + 1;
      if (reached > bestLevel) {
        bestLevel = reached;
        best = chains[step];
        if (reached === stepCount) return settle();
      }
    }
  }
  return settle();
}

function anyOrderLevel(trace: Trace, definition: FunnelDefinition): FunnelLevel {
  const { stepCount, stepsOf, windowMs } = definition;
  let best: FunnelLevel = NONE;
  for (let start = 0; start < trace.items.length; start++) {
    const startItem = trace.items[start] ?? -1;
    if (startItem < 0 || !stepsOf(startItem).includes(0)) continue;
    const startedAt = trace.times[start] ?? 0;
    const matched = matchDistinctSteps(trace, definition, start, startedAt + windowMs);
    if (matched.length > best.level) {
      best = { level: matched.length, startedAt, reachedAt: matched };
      if (best.level === stepCount) break;
    }
  }
  return best;
}

/**
 * Steps matched by distinct events of the window opened at `start` (whose event takes step 1):
 * a maximum bipartite matching (augmenting paths), small since funnels have few steps.
 * Returns the times at which the matched steps were reached, ascending.
 */
function matchDistinctSteps(
  trace: Trace,
  definition: FunnelDefinition,
  start: number,
  until: number,
): number[] {
  const eventOfStep: number[] = new Array(definition.stepCount).fill(-1);
  eventOfStep[0] = start;
  const candidates: number[] = [];
  for (let index = start + 1; index < trace.items.length; index++) {
    if ((trace.times[index] ?? 0) > until) break;
    const item = trace.items[index] ?? -1;
    if (item >= 0 && definition.stepsOf(item).some((step) => step > 0)) candidates.push(index);
  }
  const stepsOfEvent = (index: number) =>
    definition.stepsOf(trace.items[index] ?? -1).filter((step) => step > 0);
  const augment = (event: number, seen: Set<number>): boolean => {
    for (const step of stepsOfEvent(event)) {
      if (seen.has(step)) continue;
      seen.add(step);
      const holder = eventOfStep[step] ?? -1;
      if (holder < 0 || augment(holder, seen)) {
        eventOfStep[step] = event;
        return true;
      }
    }
    return false;
  };
  let free = definition.stepCount - 1;
  for (const event of candidates) {
    if (free === 0) break;
    if (augment(event, new Set())) free--;
  }
  return eventOfStep
    .filter((event) => event >= 0)
    .map((event) => trace.times[event] ?? 0)
    .sort((a, b) => a - b);
}

/**
 * Absorption probability into (conversion) from (start) of an absorbing Markov chain given by
 * transition counts. Pure.
 *
 * For transient states, x = b + Q x (b: probability of converting next, Q: moves between
 * transient states); removed states are absorbing in (null), x = 0. Solved by Gaussian
 * elimination with partial pivoting on (I − Q) x = b while the chain is small enough for a
 * dense matrix (`DENSE_LIMIT` states), else by Gauss–Seidel sweeps until no value moves by
 * more than 1e-15 (the chain is absorbing, so the sweeps converge).
 */

export const DENSE_LIMIT = 600;
const TOLERANCE = 1e-15;
const MAX_SWEEPS = 100_000;

export interface Chain {
  readonly stateCount: number;
  /** Counts from a state (−1 = start) to states. */
  readonly moves: ReadonlyMap<number, ReadonlyMap<number, number>>;
  readonly toConversion: ReadonlyMap<number, number>;
  readonly toNull: ReadonlyMap<number, number>;
}

interface Row {
  readonly targets: number[];
  readonly probabilities: number[];
  readonly convert: number;
}

function normalisedRow(chain: Chain, state: number, removed: ReadonlySet<number>): Row {
  const moves = chain.moves.get(state) ?? new Map<number, number>();
  const convert = chain.toConversion.get(state) ?? 0;
  let total = convert + (chain.toNull.get(state) ?? 0);
  for (const count of moves.values()) total += count;
  const targets: number[] = [];
  const probabilities: number[] = [];
  if (total === 0) return { targets, probabilities, convert: 0 };
  for (const [target, count] of moves) {
    if (removed.has(target)) continue;
    targets.push(target);
    probabilities.push(count / total);
  }
  return { targets, probabilities, convert: convert / total };
}

export type SolveMethod = 'dense' | 'iterative';

export function absorptionProbability(
  chain: Chain,
  removed: ReadonlySet<number>,
  method: SolveMethod = chain.stateCount <= DENSE_LIMIT ? 'dense' : 'iterative',
): number {
  const rows = Array.from({ length: chain.stateCount }, (_, state) =>
    removed.has(state)
      ? { targets: [], probabilities: [], convert: 0 }
      : normalisedRow(chain, state, removed),
  );
  const x = method === 'dense' ? solveDense(rows) : solveIteratively(rows);
  const start = normalisedRow(chain, -1, removed);
  return start.targets.reduce(
    (sum, target, i) => sum + (start.probabilities[i] ?? 0) * (x[target] ?? 0),
    0,
  );
}

function solveDense(rows: readonly Row[]): Float64Array {
  const n = rows.length;
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  rows.forEach((row, i) => {
    const line = a[i] as Float64Array;
    line[i] = 1;
    row.targets.forEach((target, k) => {
      line[target] = (line[target] ?? 0) - (row.probabilities[k] ?? 0);
    });
    line[n] = row.convert;
  });
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let r = column + 1; r < n; r++) {
      if (Math.abs(a[r]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = r;
    }
    const top = a[pivot] as Float64Array<ArrayBuffer>;
    a[pivot] = a[column] as Float64Array<ArrayBuffer>;
    a[column] = top;
    const head = top[column] ?? 0;
    if (head === 0) continue;
    for (let r = 0; r < n; r++) {
      const line = a[r] as Float64Array;
      const factor = r === column ? 0 : (line[column] ?? 0) / head;
      if (factor === 0) continue;
      for (let c = column; c <= n; c++) line[c] = (line[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return Float64Array.from(a, (line, i) => {
    const head = line[i] ?? 0;
    return head === 0 ? 0 : (line[n] ?? 0) / head;
  });
}

function solveIteratively(rows: readonly Row[]): Float64Array {
  const x = new Float64Array(rows.length);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let moved = 0;
    rows.forEach((row, i) => {
      let value = row.convert;
      row.targets.forEach((target, k) => {
        value += (row.probabilities[k] ?? 0) * (x[target] ?? 0);
      });
      moved = Math.max(moved, Math.abs(value - (x[i] ?? 0)));
      x[i] = value;
    });
    if (moved <= TOLERANCE) break;
  }
  return x;
}

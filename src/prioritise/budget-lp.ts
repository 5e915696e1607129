/**
 * Writes a plan problem as a mixed-integer program in CPLEX LP format, the text HiGHS reads.
 *
 * Variables: m<i> media spend of channel i; y<j> (binary) an indivisible action; f<j> ∈ [0, 1]
 * the funded fraction of a divisible action, with u<j> (binary) "funded at all" when it has a
 * minimum or prerequisites, and d<j> (binary) "done enough for its dependants" when others
 * require it. Money is written in units of `unit` cents so the numbers stay near 1e6 or below,
 * which keeps the solver's absolute tolerances meaningful.
 *
 * Constraints come in groups (the budget, one channel's minimum or maximum, one commitment,
 * one action's dependencies) that can be left out, for the infeasibility diagnosis, and
 * actions can be forced in, to price a left-out action.
 */

import { doneThresholdCents, type PlanProblem, prerequisiteIds } from './budget-problem.ts';
import { weightedOver } from './horizons.ts';

/** A constraint group the diagnosis can switch off. */
export type GroupKey =
  | 'budget'
  | `min:${string}`
  | `max:${string}`
  | `commit:${string}`
  | `requires:${string}`;

export interface LpOptions {
  /** Groups to leave out (infeasibility diagnosis). */
  readonly drop?: ReadonlySet<GroupKey>;
  /** Actions forced into the plan (at least their entry cost). */
  readonly forceIn?: ReadonlySet<string>;
  /** Another budget than the problem's (sensitivity). */
  readonly budgetCents?: number;
  /** A zero objective: only whether a plan exists matters (and nothing can be unbounded). */
  readonly feasibilityOnly?: boolean;
}

export interface ActionVars {
  /** The variable whose value is the funded share (y or f). */
  readonly share: string;
  /** 1 when the action is in the plan at all (y, u), if such a variable exists. */
  readonly used?: string;
}

export interface LpModel {
  readonly text: string;
  /** Cents per money unit in the text. */
  readonly unit: number;
  readonly channelVars: readonly string[];
  readonly actionVars: ReadonlyMap<string, ActionVars>;
  /** False when there is nothing to decide (no channel, no action). */
  readonly hasVariables: boolean;
  readonly binaryCount: number;
}

const LINE = 200;

/** A number as LP text: up to 12 significant digits, no exponent for ordinary magnitudes. */
export function lpNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(Number(value.toPrecision(12)));
  return text.includes('e') ? value.toFixed(12).replace(/0+$/, '') : text;
}

type Term = readonly [coefficient: number, variable: string];

function expression(terms: readonly Term[]): string[] {
  const parts = terms
    .filter(([c]) => c !== 0)
    .map(([c, v], i) => {
      const sign = c < 0 ? '-' : i === 0 ? '' : '+';
      const size = Math.abs(c) === 1 ? '' : `${lpNumber(Math.abs(c))} `;
      return `${sign}${sign === '' ? '' : ' '}${size}${v}`;
    });
  return parts.length > 0 ? parts : [`0 ${terms[0]?.[1] ?? 'm0'}`];
}

/** Joins parts into lines no longer than the reader accepts; continuations start indented. */
export function wrapLine(head: string, parts: readonly string[], tail: string): string[] {
  const lines: string[] = [];
  let line = ` ${head}`;
  for (const part of [...parts, tail]) {
    if (part === '') continue;
    if (line.length + part.length + 1 > LINE && line.trim() !== '') {
      lines.push(line);
      line = '  ';
    }
    line += line.endsWith(' ') ? part : ` ${part}`;
  }
  lines.push(line);
  return lines;
}

function moneyUnit(problem: PlanProblem, budget: number): number {
  const largest = Math.max(
    budget,
    ...problem.actions.map((a) => a.costCents),
    ...problem.channels.map((c) => Math.max(c.minCents, c.maxCents ?? 0)),
  );
  return largest > 1e6 ? 10 ** Math.ceil(Math.log10(largest / 1e6)) : 1;
}

export function writeLp(problem: PlanProblem, options: LpOptions = {}): LpModel {
  const drop = options.drop ?? new Set<GroupKey>();
  const forceIn = options.forceIn ?? new Set<string>();
  const budget = options.budgetCents ?? problem.budgetCents;
  const unit = moneyUnit(problem, budget);
  const money = (cents: number) => cents / unit;
  const prerequisites = prerequisiteIds(problem);
  const channelIndex = new Map(problem.channels.map((c, i) => [c.id, i]));

  const objective: Term[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const spendBy = problem.channels.map((_c, i): Term[] => [[1, `m${i}`]]);
  const budgetTerms: Term[] = [];
  const addRow = (name: string, terms: readonly Term[], sense: string, rhs: number) =>
    rows.push(...wrapLine(`${name}:`, expression(terms), `${sense} ${lpNumber(rhs)}`));

  const gain = (value: number) => (options.feasibilityOnly ? 0 : value);
  problem.channels.forEach((c, i) => {
    objective.push([gain(weightedOver(problem.weights, c.returns)), `m${i}`]);
    budgetTerms.push([1, `m${i}`]);
  });

  const actionVars = new Map<string, ActionVars>();
  problem.actions.forEach((a, j) => {
    const cost = money(a.costCents);
    const share = a.divisible ? `f${j}` : `y${j}`;
    let used: string | undefined = a.divisible ? undefined : share;
    if (a.divisible) {
      bounds.push(` 0 <= ${share} <= 1`);
      const needsUsed = a.minSpendCents > 0 || a.requires.length > 0 || forceIn.has(a.id);
      if (needsUsed) {
        used = `u${j}`;
        binaries.push(used);
        addRow(
          `up${j}`,
          [
            [1, share],
            [-1, used],
          ],
          '<=',
          0,
        );
        if (a.minSpendCents > 0)
          addRow(
            `lo${j}`,
            [
              [cost, share],
              [-money(a.minSpendCents), used],
            ],
            '>=',
            0,
          );
      }
      if (prerequisites.has(a.id)) {
        binaries.push(`d${j}`);
        addRow(
          `pre${j}`,
          [
            [cost, share],
            [-money(doneThresholdCents(a)), `d${j}`],
          ],
          '>=',
          0,
        );
      }
    } else {
      binaries.push(share);
    }
    actionVars.set(a.id, used === undefined ? { share } : { share, used });
    objective.push([gain(money(weightedOver(problem.weights, a.returns))), share]);
    budgetTerms.push([cost, share]);
    const channel = a.channelId === null ? undefined : channelIndex.get(a.channelId);
    if (channel !== undefined) spendBy[channel]?.push([cost, share]);
    if (a.committed && !drop.has(`commit:${a.id}`)) addRow(`commit${j}`, [[1, share]], '=', 1);
    if (forceIn.has(a.id)) {
      const entry = a.divisible && a.minSpendCents > 0 ? a.minSpendCents / a.costCents : 1;
      addRow(`force${j}`, [[1, share]], '>=', Math.min(1, entry));
    }
  });

  const actionIndex = new Map(problem.actions.map((a, j) => [a.id, j]));
  problem.actions.forEach((a, j) => {
    if (drop.has(`requires:${a.id}`)) return;
    const used = actionVars.get(a.id)?.used;
    a.requires.forEach((id, k) => {
      const index = actionIndex.get(id) ?? -1;
      const b = problem.actions[index];
      if (used === undefined || b === undefined) return;
      const done = b.divisible ? `d${index}` : `y${index}`;
      addRow(
        `dep${j}_${k}`,
        [
          [1, used],
          [-1, done],
        ],
        '<=',
        0,
      );
    });
  });

  if (!drop.has('budget')) addRow('budget', budgetTerms, '<=', money(budget));
  problem.channels.forEach((c, i) => {
    const terms = spendBy[i] ?? [];
    if (c.minCents > 0 && !drop.has(`min:${c.id}`))
      addRow(`cmin${i}`, terms, '>=', money(c.minCents));
    if (c.maxCents !== null && !drop.has(`max:${c.id}`))
      addRow(`cmax${i}`, terms, '<=', money(c.maxCents));
  });

  const text = [
    'Maximize',
    ...wrapLine('obj:', expression(objective), ''),
    'Subject To',
    ...(rows.length > 0 ? rows : [` none: ${objective[0]?.[1] ?? 'm0'} >= 0`]),
    'Bounds',
    ...bounds,
    ...(binaries.length > 0 ? ['Binaries', ...wrapLine('', binaries, '')] : []),
    'End',
  ].join('\n');
  return {
    text,
    unit,
    channelVars: problem.channels.map((_c, i) => `m${i}`),
    actionVars,
    hasVariables: objective.length > 0,
    binaryCount: binaries.length,
  };
}

/**
 * The touchpoint side of the simulation plan: for one current journey, its entry
 * distribution and, for every touchpoint that can be visited, its moves and exit. The rules
 * are written out in words at the top of `plan.ts`.
 */
import type { Channel, Journey, Stage, Touchpoint, Transition } from '../model/schema.ts';
import { callTypeOf, channelKeyOf, eventNameOf, isSignUp, knowsCustomer } from './names.ts';
import type { EntryPlan, MoveKind, MovePlan, PlanParameters, TouchpointPlan } from './plan.ts';
import { dwellOf, type Placed } from './plan-dwell.ts';

export interface JourneyContext {
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  readonly purchaseStageIndex: number;
  readonly surveyStageIndexes: ReadonlySet<number>;
  readonly parameters: PlanParameters;
}

interface Node extends Placed {
  readonly channel: Channel;
  readonly touchpoint: Touchpoint;
  readonly stage: Stage;
  /** Audience, or the journey's median audience when unknown; never negative. */
  readonly weight: number;
}

/** A journey's touchpoints placed on the grid, with what is needed to plan each one. */
interface Grid {
  readonly journey: Journey;
  readonly context: JourneyContext;
  readonly visible: ReadonlyMap<string, Node>;
  readonly weights: ReadonlyMap<string, number>;
  readonly outgoing: ReadonlyMap<string, readonly Transition[]>;
  readonly entryStageIndex: number;
  /** Touchpoints some transition leads to. */
  readonly targeted: ReadonlySet<string>;
  readonly reentries: readonly Node[];
}

export function planJourney(
  journey: Journey,
  context: JourneyContext,
): { entries: EntryPlan[]; touchpoints: TouchpointPlan[] } {
  const grid = gridOf(journey, context);
  const entries = distribute(entryNodesOf(grid), 1).map(([node, probability]) => ({
    touchpointId: node.touchpoint.id,
    probability,
  }));
  const touchpoints = [...grid.visible.values()].map((node) => planTouchpoint(node, grid));
  return { entries, touchpoints };
}

function gridOf(journey: Journey, context: JourneyContext): Grid {
  const stageIndexes = new Map(context.stages.map((stage, index) => [stage.id, index]));
  const channels = new Map(context.channels.map((channel) => [channel.id, channel]));
  const weights = weightsOf(journey.touchpoints);
  const visible = new Map<string, Node>();
  for (const touchpoint of journey.touchpoints) {
    const stageIndex = stageIndexes.get(touchpoint.stageId);
    const stage = stageIndex === undefined ? undefined : context.stages[stageIndex];
    const channel = channels.get(touchpoint.channelId);
    if (touchpoint.performance === 'missing' || !stage || stageIndex === undefined || !channel)
      continue;
    const weight = weights.get(touchpoint.id) ?? 1;
    visible.set(touchpoint.id, { touchpoint, stage, stageIndex, channel, weight });
  }
  const outgoing = new Map<string, Transition[]>();
  for (const transition of journey.transitions) {
    if (!visible.has(transition.fromId)) continue;
    const list = outgoing.get(transition.fromId) ?? [];
    outgoing.set(transition.fromId, list);
    list.push(transition);
  }
  const targeted = new Set([...outgoing.values()].flat().map((transition) => transition.toId));
  const nodes = [...visible.values()];
  const entryStageIndex = Math.min(...nodes.map((node) => node.stageIndex));
  const base = { journey, context, visible, weights, outgoing, entryStageIndex, targeted };
  const reentries = nodes.filter(
    (node) => node.stageIndex > context.purchaseStageIndex && !targeted.has(node.touchpoint.id),
  );
  return { ...base, reentries: reentries.length > 0 ? reentries : entryNodesOf(base) };
}

/** Audience per touchpoint, an unknown audience counting as the median of the known ones. */
function weightsOf(touchpoints: readonly Touchpoint[]): Map<string, number> {
  const known = touchpoints
    .map((touchpoint) => touchpoint.audience)
    .filter((audience): audience is number => audience !== null)
    .sort((a, b) => a - b);
  const median = known.length > 0 ? (known[Math.floor((known.length - 1) / 2)] ?? 1) : 1;
  return new Map(
    touchpoints.map((touchpoint) => [touchpoint.id, Math.max(0, touchpoint.audience ?? median)]),
  );
}

/** The first stage's touchpoints, and those before purchase that no transition leads to. */
function entryNodesOf(grid: Omit<Grid, 'reentries'>): Node[] {
  return [...grid.visible.values()].filter(
    (node) =>
      node.stageIndex === grid.entryStageIndex ||
      (node.stageIndex < grid.context.purchaseStageIndex && !grid.targeted.has(node.touchpoint.id)),
  );
}

/** `total` split in proportion to the nodes' weights (equally when they all weigh 0). */
function distribute(nodes: readonly Node[], total: number): [Node, number][] {
  const sum = nodes.reduce((acc, node) => acc + node.weight, 0);
  return nodes.map((node) => [node, sum > 0 ? (total * node.weight) / sum : total / nodes.length]);
}

function abandonmentOf(node: Node, context: JourneyContext): number {
  const { parameters, purchaseStageIndex } = context;
  const imposed = parameters.touchpointAbandonment[node.touchpoint.id];
  if (imposed !== undefined) return imposed;
  const performance =
    node.touchpoint.performance === 'missing' ? 'irritant' : node.touchpoint.performance;
  const shifted =
    parameters.abandonment[performance] *
    (1 - parameters.emotionEffect * (node.touchpoint.emotion ?? 0)) *
    (node.stageIndex > purchaseStageIndex ? parameters.postPurchaseFactor : 1);
  return Math.min(0.9, Math.max(0.01, shifted));
}

/**
 * Where a touchpoint after entry and up to purchase (order points excepted) backtracks to:
 * the closest earlier stage's touchpoints that a transition leads to (else all of them).
 */
function backtrackTargetsOf(node: Node, grid: Grid): Node[] {
  const { purchaseStageIndex } = grid.context;
  if (node.stageIndex <= grid.entryStageIndex || node.stageIndex > purchaseStageIndex) return [];
  if (isOrderPoint(node, grid)) return [];
  const earlier = [...grid.visible.values()].filter((other) => other.stageIndex < node.stageIndex);
  const reached = earlier.filter((other) => grid.targeted.has(other.touchpoint.id));
  const candidates = reached.length > 0 ? reached : earlier;
  const closest = Math.max(...candidates.map((other) => other.stageIndex));
  return candidates.filter((other) => other.stageIndex === closest);
}

/** A purchase-stage touchpoint with no transition to another one: the order is placed. */
function isOrderPoint(node: Node, grid: Grid): boolean {
  const purchase = grid.context.purchaseStageIndex;
  if (node.stageIndex !== purchase) return false;
  const links = grid.outgoing.get(node.touchpoint.id) ?? [];
  return !links.some((link) => grid.visible.get(link.toId)?.stageIndex === purchase);
}

interface Draft {
  readonly target: Node;
  probability: number;
  kind: MoveKind;
}

function addMove(drafts: Map<string, Draft>, target: Node, probability: number, kind: MoveKind) {
  const existing = drafts.get(target.touchpoint.id);
  if (existing === undefined) drafts.set(target.touchpoint.id, { target, probability, kind });
  else {
    existing.probability += probability;
    if (kind === 'expected') existing.kind = 'expected';
  }
}

/**
 * The share of the moving customers that takes each transition: by target audience, a forced
 * transition weighing `forcedWeight` of an ordinary one. When no ordinary transition leads to
 * a visible touchpoint, the forced ones keep only that fraction of their share; what is not
 * shared out (that, and transitions to missing touchpoints) becomes abandonment.
 */
function linkSharesOf(links: readonly Transition[], grid: Grid): Map<Transition, number> {
  const { forcedWeight } = grid.context.parameters;
  const audiences = links.map((link) => grid.weights.get(link.toId) ?? 0);
  const equal = audiences.every((audience) => audience === 0);
  const weights = equal ? audiences.map(() => 1) : audiences;
  const damped = links.map((link, i) => (weights[i] ?? 0) * (link.possible ? 1 : forcedWeight));
  const hasOrdinary = links.some((link) => link.possible && grid.visible.has(link.toId));
  const total = sum(hasOrdinary ? damped : weights);
  return new Map(links.map((link, i) => [link, total > 0 ? (damped[i] ?? 0) / total : 0]));
}

const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0);

function planTouchpoint(node: Node, grid: Grid): TouchpointPlan {
  const { parameters, purchaseStageIndex } = grid.context;
  const links = grid.outgoing.get(node.touchpoint.id) ?? [];
  const backTargets = backtrackTargetsOf(node, grid);
  const drafts = new Map<string, Draft>();
  let exitKind: TouchpointPlan['exitKind'] = 'abandonment';
  const visibleLinks = links.filter((link) => grid.visible.has(link.toId));
  if (visibleLinks.length === 0 && backTargets.length === 0) {
    if (node.stageIndex >= purchaseStageIndex) {
      exitKind = 'completion';
      const targets = grid.reentries.filter((other) => other !== node);
      for (const [target, p] of distribute(targets, parameters.returnRate))
        addMove(drafts, target, p, 'return');
    }
  } else {
    const abandonment = abandonmentOf(node, grid.context);
    const irritated = node.touchpoint.performance === 'irritant' ? 2 : 1;
    const backtrack = backTargets.length > 0 ? parameters.backtrack * irritated : 0;
    const mass = Math.max(0, 1 - abandonment - backtrack);
    const shares = linkSharesOf(links, grid);
    for (const link of visibleLinks) {
      const target = grid.visible.get(link.toId);
      const share = shares.get(link) ?? 0;
      if (target) addMove(drafts, target, mass * share, link.possible ? 'expected' : 'forced');
    }
    for (const [target, p] of distribute(backTargets, backtrack))
      addMove(drafts, target, p, 'backtrack');
  }
  const moves = [...drafts.values()]
    .filter((draft) => draft.probability > 0)
    .map((draft) => movePlanOf(node, draft, grid.context));
  const moved = moves.reduce((sum, move) => sum + move.probability, 0);
  return touchpointPlanOf(node, grid, moves, Math.max(0, 1 - moved), exitKind);
}

function movePlanOf(from: Node, draft: Draft, context: JourneyContext): MovePlan {
  return {
    toId: draft.target.touchpoint.id,
    probability: draft.probability,
    kind: draft.kind,
    dwell: dwellOf(from, draft.target, draft.kind, context.purchaseStageIndex),
    abandonmentAfter: draft.kind === 'forced' ? context.parameters.forcedAbandonment : null,
  };
}

function touchpointPlanOf(
  node: Node,
  grid: Grid,
  moves: readonly MovePlan[],
  exit: number,
  exitKind: TouchpointPlan['exitKind'],
): TouchpointPlan {
  const { touchpoint, stage, stageIndex, channel } = node;
  const { purchaseStageIndex, surveyStageIndexes } = grid.context;
  return {
    touchpointId: touchpoint.id,
    personaId: grid.journey.personaId,
    journeyId: grid.journey.id,
    name: touchpoint.name,
    eventName: eventNameOf(touchpoint),
    callType: callTypeOf(channel),
    stageId: stage.id,
    stageName: stage.name,
    stageIndex,
    channelId: channel.id,
    channelKey: channelKeyOf(channel),
    performance: touchpoint.performance === 'missing' ? 'irritant' : touchpoint.performance,
    emotion: touchpoint.emotion ?? 0,
    moves,
    exit,
    exitKind,
    identifies: isSignUp(touchpoint) || stageIndex >= purchaseStageIndex || knowsCustomer(channel),
    orderPoint: isOrderPoint(node, grid),
    surveyPoint: surveyStageIndexes.has(stageIndex),
  };
}

/**
 * Automatic diagnosis of a measured journey (issue "Measure 3/3" §3): findings with their
 * evidence, each pointing at the map. Pure: it reads measures computed elsewhere.
 *
 * - **irritant**: a touchpoint whose customers move on (onward conversion) significantly less
 *   than those of the other touchpoints of its stage — one-sided two-proportion z ≥ 2.576 with
 *   at least 30 customers on each side and a gap of 5 points or more;
 * - **rupture**: a channel switch flagged by ./ruptures.ts;
 * - **moment of truth**: a touchpoint whose removal from the journeys would cost the most
 *   conversions (Markov removal effect at the touchpoint level), the top ones above 10 %;
 * - **missing touchpoint**: a group of events that no rule maps to a touchpoint, frequent
 *   enough to matter (1 % of events or more): customers do something the map does not show.
 */
import { MIN_LIFT, MIN_MOVES, twoProportionZ, Z_CRITICAL } from './ruptures.ts';

export type FindingKind = 'irritant' | 'rupture' | 'moment-of-truth' | 'missing-touchpoint';

export interface Finding {
  readonly kind: FindingKind;
  /** Touchpoint, or stage for ruptures; null for missing touchpoints. */
  readonly touchpointId: string | null;
  readonly stageId: string | null;
  /** Larger is more important, comparable within a kind. */
  readonly severity: number;
  readonly evidence: Readonly<Record<string, number | string>>;
}

export interface TouchpointOutcome {
  readonly touchpointId: string;
  readonly stageId: string;
  readonly reach: number;
  /** Share of its customers who moved on to a later stage; null in the last stage. */
  readonly onwardConversion: number | null;
}

export function findIrritants(touchpoints: readonly TouchpointOutcome[]): Finding[] {
  const findings: Finding[] = [];
  for (const touchpoint of touchpoints) {
    if (touchpoint.onwardConversion === null || touchpoint.reach < MIN_MOVES) continue;
    const peers = touchpoints.filter(
      (other) =>
        other.stageId === touchpoint.stageId &&
        other.touchpointId !== touchpoint.touchpointId &&
        other.onwardConversion !== null,
    );
    const peerReach = peers.reduce((sum, peer) => sum + peer.reach, 0);
    if (peerReach < MIN_MOVES) continue;
    const peerOnward = peers.reduce(
      (sum, peer) => sum + peer.reach * (peer.onwardConversion ?? 0),
      0,
    );
    const dropOff = 1 - touchpoint.onwardConversion;
    const peerDropOff = 1 - peerOnward / peerReach;
    const z = twoProportionZ(
      { moves: touchpoint.reach, abandoned: Math.round(dropOff * touchpoint.reach) },
      { moves: peerReach, abandoned: Math.round(peerDropOff * peerReach) },
    );
    if (z < Z_CRITICAL || dropOff - peerDropOff < MIN_LIFT) continue;
    findings.push({
      kind: 'irritant',
      touchpointId: touchpoint.touchpointId,
      stageId: touchpoint.stageId,
      severity: (dropOff - peerDropOff) * touchpoint.reach,
      evidence: { dropOff, stageDropOff: peerDropOff, customers: touchpoint.reach, z },
    });
  }
  return findings.sort((a, b) => b.severity - a.severity);
}

export const MOMENT_OF_TRUTH_MIN_EFFECT = 0.1;
export const MOMENTS_OF_TRUTH = 5;

export function findMomentsOfTruth(
  removalEffects: ReadonlyMap<string, number>,
  stageOf: (touchpointId: string) => string | null,
): Finding[] {
  return [...removalEffects]
    .filter(([, effect]) => effect >= MOMENT_OF_TRUTH_MIN_EFFECT)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MOMENTS_OF_TRUTH)
    .map(([touchpointId, effect]) => ({
      kind: 'moment-of-truth',
      touchpointId,
      stageId: stageOf(touchpointId),
      severity: effect,
      evidence: { removalEffect: effect },
    }));
}

export const MISSING_MIN_SHARE = 0.01;

export function findMissingTouchpoints(
  groups: readonly {
    readonly event: string | null;
    readonly channel: string | null;
    readonly count: number;
  }[],
  totalEvents: number,
): Finding[] {
  return groups
    .filter((group) => group.event !== null && group.count >= MISSING_MIN_SHARE * totalEvents)
    .map((group) => ({
      kind: 'missing-touchpoint',
      touchpointId: null,
      stageId: null,
      severity: group.count / Math.max(1, totalEvents),
      evidence: { event: group.event ?? '', channel: group.channel ?? '', events: group.count },
    }));
}

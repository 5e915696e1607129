/**
 * Whom a survey may ask now (targeting of the survey definition). Pure: the caller gathers
 * the facts from the event store (last ask, asks this period, persona).
 *
 * - Sampling is deterministic: a hash of (survey, person) places everyone at a fixed point of
 *   0–100, and people below `samplingPercent` are asked. The same person is always in or out,
 *   so re-sending does not re-draw them, and raising the percentage only adds people.
 * - Cooldown: nobody asked or answering (any survey) within `cooldownDays` is asked again.
 * - Cap: at most `maxPerPeriod.count` asks of this survey per calendar day, week (from Monday)
 *   or month, in UTC.
 */
import { createHash } from 'node:crypto';
import type { Period, Survey } from './survey-schema.ts';
import { isActiveAt } from './surveys.ts';

export const ASK_REFUSALS = ['inactive', 'persona', 'sampled-out', 'cooldown', 'cap'] as const;
/** Why someone is not asked. */
export type AskRefusal = (typeof ASK_REFUSALS)[number];

const DAY_MS = 86_400_000;

/** The person's fixed point in 0–100 for a survey. */
export function samplingPoint(surveyId: string, person: string): number {
  const hash = createHash('sha256').update(`${surveyId}\u0000${person}`).digest();
  return (hash.readUInt32BE(0) / 2 ** 32) * 100;
}

/** The first instant of the calendar period holding `at` (UTC; weeks start on Monday). */
export function periodStart(period: Period, at: Date): Date {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (period === 'day') return new Date(day);
  if (period === 'month') return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

export interface AskFacts {
  readonly at: Date;
  /** userId, else anonymousId: whom sampling and cooldown are about. */
  readonly person: string;
  /** The person's `persona` trait; null when unknown. */
  readonly persona: string | null;
  /** Names of the personas the survey targets (empty: everyone). */
  readonly targetedPersonas: readonly string[];
  readonly lastAskedAt: Date | null;
  /** Asks of this survey since the start of the cap's current period. */
  readonly asksThisPeriod: number;
}

/** Why the survey may not ask this person now; null when it may. */
export function askRefusal(survey: Survey, facts: AskFacts): AskRefusal | null {
  const { targeting } = survey;
  if (!isActiveAt(survey, facts.at)) return 'inactive';
  if (
    facts.targetedPersonas.length > 0 &&
    (facts.persona === null || !facts.targetedPersonas.includes(facts.persona))
  ) {
    return 'persona';
  }
  if (samplingPoint(survey.id, facts.person) >= targeting.samplingPercent) return 'sampled-out';
  if (
    facts.lastAskedAt !== null &&
    facts.at.getTime() - facts.lastAskedAt.getTime() < targeting.cooldownDays * DAY_MS
  ) {
    return 'cooldown';
  }
  if (targeting.maxPerPeriod !== null && facts.asksThisPeriod >= targeting.maxPerPeriod.count) {
    return 'cap';
  }
  return null;
}

/**
 * Runs the lifecycle rules (./rules.ts) over one customer's events, exactly: the phase is
 * evaluated at each event and at each instant a time-based condition can flip, up to `now`.
 * Pure.
 */
import type { LifecycleCondition, LifecycleConfig, LifecycleEvent, PhaseChange } from './rules.ts';

const DAY_MS = 86_400_000;

/** The customer's facts up to an instant: the events seen so far. */
interface Facts {
  readonly events: readonly LifecycleEvent[];
  readonly orders: readonly number[];
  readonly identified: boolean;
  readonly furthestStage: number;
}

const withinDays = (times: readonly number[], at: number, days: number | undefined): number =>
  days === undefined ? times.length : times.filter((time) => at - time < days * DAY_MS).length;

function holds(condition: LifecycleCondition, facts: Facts, at: number): boolean {
  switch (condition.kind) {
    case 'identified':
      return facts.identified;
    case 'orders':
      return withinDays(facts.orders, at, condition.withinDays) >= condition.min;
    case 'events':
      return (
        withinDays(matchingTimes(condition, facts.events), at, condition.withinDays) >=
        condition.min
      );
    case 'inactive': {
      const times = condition.of === 'orders' ? facts.orders : facts.events.map((e) => e.at);
      const last = times.at(-1);
      return last !== undefined && at - last >= condition.days * DAY_MS;
    }
    case 'stage':
      return facts.furthestStage >= condition.atLeast;
    case 'not':
      return !holds(condition.condition, facts, at);
  }
}

function matchingTimes(
  condition: Extract<LifecycleCondition, { kind: 'events' }>,
  events: readonly LifecycleEvent[],
): number[] {
  const { property } = condition;
  return events
    .filter((event) => event.name !== null && condition.names.includes(event.name))
    .filter((event) => {
      if (property === undefined) return true;
      const value = Number(event.properties[property.name]);
      if (!Number.isFinite(value)) return false;
      return (
        (property.atLeast === undefined || value >= property.atLeast) &&
        (property.atMost === undefined || value <= property.atMost)
      );
    })
    .map((event) => event.at);
}

export function phaseAt(config: LifecycleConfig, facts: Facts, at: number): string | null {
  for (const rule of config.rules) {
    if (rule.when.every((condition) => holds(condition, facts, at))) return rule.phaseId;
  }
  return null;
}

/** Instants after `from` at which a time-based condition may flip, given the facts so far. */
function expiries(config: LifecycleConfig, facts: Facts): number[] {
  const times: number[] = [];
  const visit = (condition: LifecycleCondition) => {
    if (condition.kind === 'not') visit(condition.condition);
    else if (condition.kind === 'orders' && condition.withinDays !== undefined) {
      for (const time of facts.orders) times.push(time + condition.withinDays * DAY_MS);
    } else if (condition.kind === 'events' && condition.withinDays !== undefined) {
      for (const time of matchingTimes(condition, facts.events)) {
        times.push(time + condition.withinDays * DAY_MS);
      }
    } else if (condition.kind === 'inactive') {
      const source = condition.of === 'orders' ? facts.orders : facts.events.map((e) => e.at);
      const last = source.at(-1);
      if (last !== undefined) times.push(last + condition.days * DAY_MS);
    }
  };
  for (const rule of config.rules) for (const condition of rule.when) visit(condition);
  return times;
}

/** The customer's phase history: each change of phase, in time order, up to `now`. */
export function phaseHistory(
  config: LifecycleConfig,
  events: readonly LifecycleEvent[],
  now: number,
): PhaseChange[] {
  const history: PhaseChange[] = [];
  let current: string | null = null;
  const record = (facts: Facts, at: number) => {
    const phase = phaseAt(config, facts, at);
    if (phase === current) return;
    history.push({ at, phaseId: phase });
    current = phase;
  };
  const seen: LifecycleEvent[] = [];
  const orders: number[] = [];
  let identified = false;
  let furthestStage = -1;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as LifecycleEvent;
    if (event.at > now) break;
    seen.push(event);
    if (event.name !== null && config.orderEvents.includes(event.name)) orders.push(event.at);
    identified ||= event.identified;
    furthestStage = Math.max(furthestStage, event.stage);
    const facts: Facts = { events: seen, orders, identified, furthestStage };
    record(facts, event.at);
    // Between this event and the next, only time moves: evaluate at each expiry in between.
    const until = Math.min(events[index + 1]?.at ?? now, now);
    const between = expiries(config, facts)
      .filter((time) => time > event.at && time <= until)
      .sort((a, b) => a - b);
    for (const time of new Set(between)) record(facts, time);
  }
  return history;
}

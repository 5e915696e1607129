/**
 * Lifecycle phases as a configurable state machine over each customer's events. Pure types.
 *
 * A customer is in the phase of the first rule, in rule order, whose conditions all hold at
 * that moment; with no rule holding, in no phase (null). Rules are re-evaluated at each event
 * and at every instant a time-based condition can change (an order leaving a window, an
 * inactivity period running out), so a customer who stops buying becomes "lapsed" on the
 * right day even without any new event. The sequence of phases is the customer's history;
 * its changes are the transitions (the flow between phases).
 */

export type LifecycleCondition =
  /** The customer has a known user id (an identify, or any event with a userId). */
  | { readonly kind: 'identified' }
  /** At least `min` events named like the conversion events (orders) — within the last days. */
  | { readonly kind: 'orders'; readonly min: number; readonly withinDays?: number }
  /** At least `min` events with one of `names` (and a numeric property ≥ / ≤ a bound). */
  | {
      readonly kind: 'events';
      readonly names: readonly string[];
      readonly min: number;
      readonly withinDays?: number;
      readonly property?: {
        readonly name: string;
        readonly atLeast?: number;
        readonly atMost?: number;
      };
    }
  /** No event (of any kind, or no order) for at least `days`. */
  | { readonly kind: 'inactive'; readonly days: number; readonly of: 'any' | 'orders' }
  /** Reached one of the stages (by index in the designed journey). */
  | { readonly kind: 'stage'; readonly atLeast: number }
  | { readonly kind: 'not'; readonly condition: LifecycleCondition };

export interface LifecycleRule {
  readonly phaseId: string;
  /** All must hold; an empty list always holds (a catch-all phase). */
  readonly when: readonly LifecycleCondition[];
}

export interface LifecycleConfig {
  readonly rules: readonly LifecycleRule[];
  /** Event names that count as orders (conversions). */
  readonly orderEvents: readonly string[];
}

/** What the state machine sees of one event. */
export interface LifecycleEvent {
  readonly at: number;
  readonly name: string | null;
  readonly identified: boolean;
  /** Stage index of the event's touchpoint, −1 when unmapped. */
  readonly stage: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface PhaseChange {
  readonly at: number;
  /** Null when the customer leaves every phase (no rule holds any more). */
  readonly phaseId: string | null;
}

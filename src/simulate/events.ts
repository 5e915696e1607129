/**
 * The Segment payloads of one simulated customer, from their walk: one call per visit, an
 * `identify` where the customer becomes known, `Order Completed` at order points (once per
 * buying cycle), and sometimes a `Survey Answered` in a survey stage.
 */
import type { Identity } from './people.ts';
import type { PersonaPlan, TouchpointPlan } from './plan.ts';
import { chance, clampedRound, lognormal, normal, type Random } from './random.ts';
import {
  type JsonScalar,
  ORDER_COMPLETED,
  type SegmentPayload,
  SIMULATOR_LIBRARY,
  SURVEY_ANSWERED,
} from './segment.ts';
import type { CompiledPlan, Step } from './walk.ts';

export interface CustomerFrame {
  /** Prefix of every message id and order id of this customer (seed and customer number). */
  readonly idPrefix: string;
  readonly anonymousId: string;
  readonly userId: string;
  readonly identity: Identity;
  readonly persona: PersonaPlan;
}

const SECOND_MS = 1000;

class CustomerEvents {
  readonly events: SegmentPayload[] = [];
  known = false;
  private emotionSum = 0;
  private visits = 0;
  private orders = 0;
  private orderedInCycle = false;

  constructor(
    private readonly compiled: CompiledPlan,
    private readonly frame: CustomerFrame,
    private readonly random: Random,
  ) {}

  visit(touchpoint: TouchpointPlan, atMs: number): void {
    const { plan } = this.compiled;
    if (touchpoint.stageIndex < plan.purchaseStageIndex) this.orderedInCycle = false;
    if (!this.known && touchpoint.identifies) this.identify(touchpoint, atMs);
    this.emotionSum += touchpoint.emotion;
    this.visits++;
    const properties = propertiesOf(touchpoint);
    const common = this.common(touchpoint, atMs);
    this.events.push(
      touchpoint.callType === 'track'
        ? { ...common, type: 'track', event: touchpoint.eventName, properties }
        : { ...common, type: touchpoint.callType, name: touchpoint.eventName, properties },
    );
    if (touchpoint.orderPoint && !this.orderedInCycle) this.order(touchpoint, atMs + SECOND_MS);
    if (touchpoint.surveyPoint) this.survey(touchpoint, atMs + 2 * SECOND_MS);
  }

  private common(touchpoint: TouchpointPlan, atMs: number) {
    return {
      messageId: `${this.frame.idPrefix}-${this.events.length}`,
      timestamp: new Date(atMs).toISOString(),
      anonymousId: this.frame.anonymousId,
      ...(this.known ? { userId: this.frame.userId } : {}),
      context: { channel: touchpoint.channelKey, library: SIMULATOR_LIBRARY },
    };
  }

  private identify(touchpoint: TouchpointPlan, atMs: number): void {
    this.known = true;
    const { identity, persona } = this.frame;
    const traits = { ...identity, persona: persona.name };
    const common = this.common(touchpoint, atMs);
    this.events.push({ ...common, type: 'identify', userId: this.frame.userId, traits });
  }

  private order(touchpoint: TouchpointPlan, atMs: number): void {
    this.orderedInCycle = true;
    this.orders++;
    const { medianCents, sigma } = this.frame.persona.basket;
    const cents = Math.max(100, Math.round(lognormal(this.random, medianCents, sigma)));
    const properties = {
      ...propertiesOf(touchpoint),
      orderId: `${this.frame.idPrefix}-order-${this.orders}`,
      revenue: cents / 100,
      currency: this.compiled.plan.currency,
    };
    this.events.push({
      ...this.common(touchpoint, atMs),
      type: 'track',
      event: ORDER_COMPLETED,
      properties,
    });
  }

  /**
   * Scores lean on what is felt at the touchpoint and on the mood so far (emotions −3..+3);
   * the kind of survey depends on the place, as the demo surveys are defined.
   */
  private survey(touchpoint: TouchpointPlan, atMs: number): void {
    if (!chance(this.random, this.compiled.plan.surveyRate)) return;
    const mood = this.visits > 0 ? this.emotionSum / this.visits : 0;
    const felt = 0.6 * touchpoint.emotion + 0.4 * mood;
    const kind = surveyKindAt(touchpoint);
    const score =
      kind === 'nps'
        ? clampedRound(normal(this.random, 7 + 1.2 * felt, 1.5), 0, 10)
        : kind === 'ces'
          ? clampedRound(normal(this.random, 4.6 + 0.8 * felt, 1.2), 1, 7)
          : clampedRound(normal(this.random, 3.5 + 0.6 * felt, 0.8), 1, 5);
    const properties = { ...propertiesOf(touchpoint), survey: kind, score };
    this.events.push({
      ...this.common(touchpoint, atMs),
      type: 'track',
      event: SURVEY_ANSWERED,
      properties,
    });
  }
}

const EVALUATION_STAGE = /evaluat|évaluat/i;

/** NPS at evaluation stages; elsewhere CES for self-service (web, app), else CSAT. */
function surveyKindAt(touchpoint: TouchpointPlan): 'nps' | 'csat' | 'ces' {
  if (EVALUATION_STAGE.test(touchpoint.stageName)) return 'nps';
  return touchpoint.callType === 'track' ? 'csat' : 'ces';
}

const propertiesOf = (touchpoint: TouchpointPlan): Record<string, JsonScalar> => ({
  touchpointId: touchpoint.touchpointId,
  stage: touchpoint.stageName,
  stageId: touchpoint.stageId,
  channel: touchpoint.channelKey,
  channelId: touchpoint.channelId,
});

/** The payloads of one customer's walk, in time order, and whether they became known. */
export function eventsOf(
  compiled: CompiledPlan,
  steps: readonly Step[],
  frame: CustomerFrame,
  random: Random,
): { events: SegmentPayload[]; known: boolean } {
  const writer = new CustomerEvents(compiled, frame, random);
  for (const step of steps) {
    const touchpoint = compiled.touchpoints[step.touchpoint];
    if (touchpoint) writer.visit(touchpoint.plan, step.atMs);
  }
  return { events: writer.events, known: writer.known };
}

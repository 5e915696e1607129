/**
 * The default rules recover the simulator's ground truth: every visit event of a simulated
 * history, once through the intake's normalisation, maps to the touchpoint the simulator
 * recorded in `properties.touchpointId`.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../ingest/event.ts';
import { normaliseEvent } from '../ingest/normalise.ts';
import { newTouchpoint } from '../model/defaults.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { buildTemplate, type TemplateKey } from '../model/templates/index.ts';
import { simulate } from '../simulate/generate.ts';
import { ORDER_COMPLETED, SURVEY_ANSWERED } from '../simulate/segment.ts';
import { tinyModel } from '../simulate/test-model.ts';
import { defaultRuleId, defaultRulesFor } from './defaults.ts';
import { compileMatcher } from './match.ts';

const counter = () => {
  let next = 0;
  return () => `id-${++next}`;
};

const range = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') };

function simulatedRecords(model: WorkspaceModel, customers: number): EventRecord[] {
  const envelope = { workspaceId: 'w', receivedAt: range.end };
  const records: EventRecord[] = [];
  for (const customer of simulate(model, { seed: 7, customers, ...range })) {
    customer.events.forEach((payload, index) => {
      const normalised = normaliseEvent(payload, index, envelope);
      if (!normalised.ok) throw new Error(JSON.stringify(normalised.errors));
      records.push(normalised.event);
    });
  }
  return records;
}

const isVisit = (event: EventRecord) =>
  event.type !== 'identify' && event.event !== ORDER_COMPLETED && event.event !== SURVEY_ANSWERED;

describe('defaultRulesFor', () => {
  it.each<[TemplateKey, 'en' | 'fr']>([
    ['ecommerce', 'en'],
    ['ecommerce', 'fr'],
    ['retail', 'en'],
    ['b2b', 'fr'],
  ])('maps every simulated visit of the %s template (%s) to its true touchpoint', (key, lang) => {
    const model = buildTemplate(key, lang, counter());
    const match = compileMatcher(defaultRulesFor(model));
    const visits = simulatedRecords(model, 1_000).filter(isVisit);
    expect(visits.length).toBeGreaterThan(2_500);
    const wrong = visits.filter(
      (event) => match(event)?.touchpointId !== event.properties.touchpointId,
    );
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('gives one rule per touchpoint of the current journeys that can be visited', () => {
    const model = tinyModel();
    const rules = defaultRulesFor(model);
    const visitable = model.journeys
      .filter((journey) => journey.state === 'current')
      .flatMap((journey) => journey.touchpoints)
      .filter((touchpoint) => touchpoint.performance !== 'missing');
    expect(rules.map((rule) => rule.touchpointId).sort()).toEqual(
      visitable.map((touchpoint) => touchpoint.id).sort(),
    );
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('tells apart touchpoints that share a name and channel, with a fallback for others', () => {
    const model = tinyModel();
    const [first, second] = model.journeys;
    if (first === undefined || second === undefined) throw new Error('tiny model changed');
    const twin = (id: string, stageId: string) =>
      newTouchpoint({ id, stageId, channelId: 'web', name: 'Home page' });
    first.touchpoints.push(twin('home-a', 'arrival'), twin('home-a2', 'search'));
    second.touchpoints.push(twin('home-b', 'arrival'));
    const rules = defaultRulesFor(model);
    const match = compileMatcher(rules);
    const visit = (properties: Record<string, unknown>) =>
      match({ type: 'page', event: 'Home Page Viewed', channel: 'web', properties });
    expect(visit({ stageId: 'arrival', touchpointId: 'home-b' })?.touchpointId).toBe('home-b');
    expect(visit({ stageId: 'arrival', touchpointId: 'home-a' })?.touchpointId).toBe('home-a');
    expect(visit({ stageId: 'search' })?.touchpointId).toBe('home-a2');
    expect(visit({})?.id).toBe('fallback-home-a');
    expect(rules.at(-1)?.id).toBe('fallback-home-a');
  });

  it('keeps rule ids within 64 characters', () => {
    expect(defaultRuleId('default', 'x'.repeat(64))).toHaveLength(64);
    expect(defaultRuleId('default', 'x'.repeat(64))).not.toBe(
      defaultRuleId('default', 'y'.repeat(64)),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { channel, journey, modelWith, stage, touchpoint } from '../map/test-model.ts';
import { DEFAULT_QUERY } from './query-state.ts';
import { funnelBody, journeyOf, pathsBody, scopeBody, validSteps } from './request-bodies.ts';

const model = modelWith({
  stages: [stage('s1', 'Discover'), stage('s2', 'Buy')],
  channels: [
    { ...channel('web'), name: 'Website' },
    { ...channel('mail'), name: 'Email' },
  ],
  journeys: [
    journey({ id: 'target', state: 'target' }),
    journey({
      id: 'current',
      touchpoints: [touchpoint('t1', 's1', 'web'), touchpoint('t2', 's2', 'mail')],
    }),
  ],
});
const filters = DEFAULT_QUERY.filters;
const funnel = DEFAULT_QUERY.funnel;

describe('analytics request bodies', () => {
  it('analyses the first current journey unless another one is chosen', () => {
    expect(journeyOf(model, null)?.id).toBe('current');
    expect(journeyOf(model, 'target')?.id).toBe('target');
    expect(journeyOf(model, 'gone')?.id).toBe('current');
  });

  it('sends persona names, lower-case channel names and a day range ending at midnight', () => {
    const body = scopeBody(model, {
      ...filters,
      from: '2026-03-01',
      to: '2026-03-31',
      personaIds: ['p2'],
      channelIds: ['web'],
      traitName: 'plan',
      traitValues: ['gold'],
    });
    expect(body.journeyId).toBe('current');
    expect(body.filters?.personas).toEqual(['p2']);
    expect(body.filters?.channels).toEqual(['website']);
    expect(body.filters?.trait).toEqual({ name: 'plan', values: ['gold'] });
    expect(body.filters?.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(body.filters?.to).toBe(new Date(2026, 3, 1).toISOString());
  });

  it('sends no filters at all when none is set', () => {
    expect(scopeBody(model, filters)).toEqual({ journeyId: 'current' });
  });

  it('lets the server default the steps while the funnel follows the stages', () => {
    const body = funnelBody(model, filters, funnel);
    expect(body.steps).toBeUndefined();
    expect(body.mode).toBe('ordered');
    expect(body.windowHours).toBeUndefined();
  });

  it('sends chosen steps, window, exclusions and breakdown, without stale ids', () => {
    const body = funnelBody(model, filters, {
      steps: [
        { kind: 'stage', stageId: 's2' },
        { kind: 'stage', stageId: 'removed' },
        { kind: 'touchpoints', touchpointIds: ['t1', 'other-journey'] },
      ],
      mode: 'any',
      windowHours: 24,
      excludedIds: ['t2', 'gone'],
      breakdown: { by: 'persona' },
    });
    expect(body.steps).toEqual([
      { kind: 'stage', stageId: 's2' },
      { kind: 'touchpoints', touchpointIds: ['t1'] },
    ]);
    expect(body).toMatchObject({
      mode: 'any',
      windowHours: 24,
      excludedTouchpointIds: ['t2'],
      breakdown: { by: 'persona' },
    });
  });

  it('drops steps left empty', () => {
    const steps = validSteps(model, journeyOf(model, null), [
      { kind: 'touchpoints', touchpointIds: ['gone'] },
    ]);
    expect(steps).toEqual([]);
  });

  it('asks paths for every variant the Sankey can use', () => {
    expect(pathsBody(model, filters, { ...DEFAULT_QUERY.paths, level: 'stage' })).toEqual({
      journeyId: 'current',
      level: 'stage',
      share: DEFAULT_QUERY.paths.share,
      topVariants: 200,
    });
  });
});

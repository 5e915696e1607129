import { describe, expect, it } from 'vitest';
import { newTouchpoint, newTransition } from './defaults.ts';
import { testModel } from './ops-test-model.ts';
import type { Journey, WorkspaceModel } from './schema.ts';
import { validateModel } from './validate.ts';

/** The test model with one change made by `edit`. */
const edited = (edit: (model: WorkspaceModel) => void): WorkspaceModel => {
  const model = testModel();
  edit(model);
  return model;
};

const journey = (model: WorkspaceModel, index = 0): Journey => {
  const found = model.journeys[index];
  if (!found) throw new Error(`no journey ${index}`);
  return found;
};

/** A target journey derived from j1, with one touchpoint coming from t1. */
const targetOf = (fields: Partial<Journey> = {}): Journey => ({
  id: 'j2',
  personaId: 'p1',
  state: 'target',
  name: 'Tomorrow',
  derivedFromId: 'j1',
  touchpoints: [
    newTouchpoint({
      id: 'u1',
      stageId: 's1',
      channelId: 'c1',
      name: 'New home',
      derivedFromId: 't1',
    }),
  ],
  transitions: [],
  ...fields,
});

describe('validateModel', () => {
  it('finds nothing wrong in a valid model', () => {
    expect(validateModel(testModel())).toEqual([]);
    expect(validateModel(edited((model) => model.journeys.push(targetOf())))).toEqual([]);
  });

  it('refuses duplicate ids in a collection, naming both items', () => {
    const model = edited((m) => m.stages.push({ id: 's1', name: 'Again', description: '' }));
    expect(validateModel(model)).toEqual([
      { path: '/stages/3/id', message: 'stage "Again" has id s1, already used by stage "Arrival"' },
    ]);
  });

  it('refuses touchpoint and transition ids reused anywhere in the workspace', () => {
    const model = edited((m) => {
      m.journeys.push(
        targetOf({
          touchpoints: [
            newTouchpoint({ id: 't1', stageId: 's1', channelId: 'c1', name: 'Copy' }),
            newTouchpoint({ id: 'u2', stageId: 's1', channelId: 'c1', name: 'Other' }),
          ],
          transitions: [newTransition({ id: 'r1', fromId: 't1', toId: 'u2' })],
        }),
      );
    });
    expect(validateModel(model)).toEqual([
      {
        path: '/journeys/1/touchpoints/0/id',
        message:
          'touchpoint "Copy" has id t1, already used by touchpoint "Home page" of journey "Today"',
      },
      {
        path: '/journeys/1/transitions/0/id',
        message: 'transition "Copy" → "Other" has id r1, already used by another transition',
      },
    ]);
  });

  it('refuses references that do not resolve, each at its path', () => {
    const model = edited((m) => {
      const touchpoint = journey(m).touchpoints[0];
      if (!touchpoint) throw new Error('fixture');
      touchpoint.stageId = 's9';
      touchpoint.channelId = 'c9';
      touchpoint.objectiveIds = ['o1', 'o9', 'o1'];
      touchpoint.lifecyclePhaseId = 'ph9';
      journey(m).personaId = 'p9';
    });
    expect(validateModel(model)).toEqual([
      { path: '/journeys/0/personaId', message: 'journey "Today" refers to unknown persona p9' },
      {
        path: '/journeys/0/touchpoints/0/stageId',
        message: 'touchpoint "Home page" refers to unknown stage s9',
      },
      {
        path: '/journeys/0/touchpoints/0/channelId',
        message: 'touchpoint "Home page" refers to unknown channel c9',
      },
      {
        path: '/journeys/0/touchpoints/0/objectiveIds/1',
        message: 'touchpoint "Home page" refers to unknown objective o9',
      },
      {
        path: '/journeys/0/touchpoints/0/objectiveIds/2',
        message: 'touchpoint "Home page" lists objective o1 twice',
      },
      {
        path: '/journeys/0/touchpoints/0/lifecyclePhaseId',
        message: 'touchpoint "Home page" refers to unknown lifecycle phase ph9',
      },
    ]);
  });

  it('allows at most one current journey per persona', () => {
    const model = edited((m) =>
      m.journeys.push({ ...targetOf(), state: 'current', derivedFromId: null, touchpoints: [] }),
    );
    expect(validateModel(model)).toEqual([
      {
        path: '/journeys/1/state',
        message: 'persona "Busy parent" has more than one current journey: "Today" and "Tomorrow"',
      },
    ]);
  });

  it('lets only a target journey derive, from a current journey of the same persona', () => {
    const problemsWith = (fields: Partial<Journey>, extra: Journey[] = []) =>
      validateModel(
        edited((m) => m.journeys.push(...extra, { ...targetOf(), touchpoints: [], ...fields })),
      );
    expect(problemsWith({ derivedFromId: 'j9' })).toEqual([
      {
        path: '/journeys/1/derivedFromId',
        message: 'journey "Tomorrow" derives from unknown journey j9',
      },
    ]);
    expect(problemsWith({ personaId: 'p2' })).toEqual([
      {
        path: '/journeys/1/derivedFromId',
        message: 'journey "Tomorrow" derives from "Today", a journey of another persona',
      },
    ]);
    const otherTarget = { ...targetOf(), id: 'j3', name: 'Plan B', touchpoints: [] };
    expect(problemsWith({ derivedFromId: 'j3' }, [otherTarget])).toEqual([
      {
        path: '/journeys/2/derivedFromId',
        message: 'journey "Tomorrow" derives from "Plan B", which is not a current journey',
      },
    ]);
    expect(problemsWith({ state: 'current', personaId: 'p2' })).toEqual([
      {
        path: '/journeys/1/derivedFromId',
        message:
          'journey "Tomorrow" is a current journey: only a target journey derives from another',
      },
    ]);
  });

  it('lets a touchpoint derive only from a touchpoint of its journey source', () => {
    const wrongOrigin = edited((m) => {
      const target = targetOf();
      const [touchpoint] = target.touchpoints;
      if (touchpoint) touchpoint.derivedFromId = 't9';
      m.journeys.push(target);
    });
    expect(validateModel(wrongOrigin)).toEqual([
      {
        path: '/journeys/1/touchpoints/0/derivedFromId',
        message:
          'touchpoint "New home" derives from touchpoint t9, which is not in the current journey it was derived from',
      },
    ]);
    const noSource = edited((m) => m.journeys.push(targetOf({ derivedFromId: null })));
    expect(validateModel(noSource)).toEqual([
      {
        path: '/journeys/1/touchpoints/0/derivedFromId',
        message:
          'touchpoint "New home" derives from touchpoint t1, but journey "Tomorrow" is not derived from a current journey',
      },
    ]);
  });

  it('keeps transitions inside their journey, without loops or repeats', () => {
    const model = edited((m) => {
      journey(m).transitions.push(
        newTransition({ id: 'r3', fromId: 't9', toId: 't1' }),
        newTransition({ id: 'r4', fromId: 't3', toId: 't3' }),
        newTransition({ id: 'r5', fromId: 't1', toId: 't2' }),
      );
    });
    expect(validateModel(model)).toEqual([
      {
        path: '/journeys/0/transitions/2/fromId',
        message: 'transition r3 starts at touchpoint t9, which is not in journey "Today"',
      },
      {
        path: '/journeys/0/transitions/3/toId',
        message: 'transition "Till" → "Till" goes from a touchpoint to itself',
      },
      {
        path: '/journeys/0/transitions/4',
        message: 'transition "Home page" → "Checkout" appears twice in journey "Today"',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { exportModelDocument, MODEL_FORMAT, MODEL_FORMAT_VERSION } from './document.ts';
import { restoreModelDocument, schemaProblems } from './gate.ts';
import { testModel } from './ops-test-model.ts';

const exported = () =>
  exportModelDocument(testModel(), {
    workspaceName: 'Acme',
    exportedAt: '2026-01-02T03:04:05.000Z',
  });

/** An exported document as plain JSON, to break at will. */
const documentJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(exported()));

/** Navigates a JSON value by keys and indexes, failing loudly if the fixture moved. */
function at(value: unknown, ...keys: (string | number)[]): Record<string, unknown> {
  let current = value;
  for (const key of keys) current = (current as Record<string | number, unknown>)[key];
  if (typeof current !== 'object' || current === null) throw new Error(`nothing at ${keys}`);
  return current as Record<string, unknown>;
}

describe('exportModelDocument', () => {
  it('wraps the model in a versioned document', () => {
    expect(exported()).toEqual({
      format: MODEL_FORMAT,
      formatVersion: MODEL_FORMAT_VERSION,
      exportedAt: '2026-01-02T03:04:05.000Z',
      workspaceName: 'Acme',
      model: testModel(),
    });
    expect(MODEL_FORMAT).toBe('parcours.model');
    expect(MODEL_FORMAT_VERSION).toBe(1);
  });
});

describe('restoreModelDocument', () => {
  it('reads back what was exported, unchanged and without remarks', () => {
    expect(restoreModelDocument(documentJson())).toEqual({ model: testModel(), problems: [] });
  });

  it('accepts a bare workspace model, with paths into it', () => {
    const bare = JSON.parse(JSON.stringify(testModel()));
    bare.stages[0].name = '';
    expect(restoreModelDocument(testModel())).toEqual({ model: testModel(), problems: [] });
    expect(restoreModelDocument(bare).problems).toEqual([
      { path: '/stages/0/name', message: 'must not be blank', repaired: false },
    ]);
  });

  it('repairs missing optional fields, spaces and unknown fields, and says so', () => {
    const document = documentJson();
    const persona = at(document, 'model', 'personas', 0);
    delete persona.description;
    delete persona.goals;
    delete persona.share;
    persona.name = '  Busy parent ';
    persona.frustrations = ['Queues '];
    persona.nickname = 'BP';
    const touchpoint = at(document, 'model', 'journeys', 0, 'touchpoints', 2);
    for (const field of ['notes', 'momentOfTruth', 'emotion', 'performance', 'objectiveIds']) {
      delete touchpoint[field];
    }
    at(document, 'model', 'journeys', 0, 'touchpoints', 0).notes = 'Ask the team.\n';
    const transition = at(document, 'model', 'journeys', 0, 'transitions', 0);
    delete transition.possible;
    delete transition.label;
    const input = JSON.parse(JSON.stringify(document));

    const { model, problems } = restoreModelDocument(document);

    expect(document).toEqual(input);
    expect(problems).toEqual([
      { path: '/model/personas/0/name', message: 'spaces around the text removed', repaired: true },
      { path: '/model/personas/0/description', message: 'was missing: set to ""', repaired: true },
      { path: '/model/personas/0/goals', message: 'was missing: set to []', repaired: true },
      {
        path: '/model/personas/0/frustrations/0',
        message: 'spaces around the text removed',
        repaired: true,
      },
      { path: '/model/personas/0/share', message: 'was missing: set to null', repaired: true },
      { path: '/model/personas/0/nickname', message: 'unknown field dropped', repaired: true },
      {
        path: '/model/journeys/0/touchpoints/2/performance',
        message: 'was missing: set to "neutral"',
        repaired: true,
      },
      {
        path: '/model/journeys/0/touchpoints/2/objectiveIds',
        message: 'was missing: set to []',
        repaired: true,
      },
      {
        path: '/model/journeys/0/touchpoints/2/emotion',
        message: 'was missing: set to null',
        repaired: true,
      },
      {
        path: '/model/journeys/0/touchpoints/2/momentOfTruth',
        message: 'was missing: set to false',
        repaired: true,
      },
      {
        path: '/model/journeys/0/touchpoints/2/notes',
        message: 'was missing: set to ""',
        repaired: true,
      },
      {
        path: '/model/journeys/0/transitions/0/possible',
        message: 'was missing: set to true',
        repaired: true,
      },
      {
        path: '/model/journeys/0/transitions/0/label',
        message: 'was missing: set to ""',
        repaired: true,
      },
    ]);
    const expected = testModel();
    const parent = expected.personas[0];
    if (parent) Object.assign(parent, { description: '', goals: [], share: null });
    const home = expected.journeys[0]?.touchpoints[0];
    if (home) home.notes = 'Ask the team.\n';
    expect(model).toEqual(expected);
  });

  it('refuses a document with a bad value, a negative cost, a dangling reference and a reused id, listing all four', () => {
    const document = documentJson();
    const touchpoints = at(document, 'model', 'journeys', 0, 'touchpoints');
    Object.assign(at(touchpoints, 0), { emotion: 7 });
    Object.assign(at(touchpoints, 1), { cost: { amountCents: -500, period: 'monthly' } });
    Object.assign(at(touchpoints, 2), { channelId: 'c9' });
    at(document, 'model', 'stages', 2).id = 's1';

    const { model, problems } = restoreModelDocument(document);

    expect(model).toBeNull();
    expect(problems).toEqual([
      {
        path: '/model/journeys/0/touchpoints/0/emotion',
        message: 'must be at most 3',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/1/cost/amountCents',
        message: 'must be at least 0',
        repaired: false,
      },
      {
        path: '/model/stages/2/id',
        message: 'stage "Recommendation" has id s1, already used by stage "Arrival"',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/2/channelId',
        message: 'touchpoint "Till" refers to unknown channel c9',
        repaired: false,
      },
    ]);
  });

  it('reports wrong types and bad enums in words', () => {
    const document = documentJson();
    const touchpoint = at(document, 'model', 'journeys', 0, 'touchpoints', 0);
    Object.assign(touchpoint, {
      performance: 'great',
      cost: 'cheap',
      audience: 1.5,
      rupture: 'no',
    });
    at(document, 'model', 'channels', 0).kind = 3;
    at(document, 'model').currency = 'euro';
    const { model, problems } = restoreModelDocument(document);
    expect(model).toBeNull();
    expect(problems).toEqual([
      {
        path: '/model/currency',
        message: 'must match ^[A-Z]{3}$ (ISO 4217 code of money values)',
        repaired: false,
      },
      {
        path: '/model/channels/0/kind',
        message: 'must be one of "digital", "physical"',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/0/cost',
        message: 'must be an object or null',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/0/audience',
        message: 'must be a whole number or null',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/0/performance',
        message: 'must be one of "enchantment", "neutral", "irritant", "missing"',
        repaired: false,
      },
      {
        path: '/model/journeys/0/touchpoints/0/rupture',
        message: 'must be true or false',
        repaired: false,
      },
    ]);
  });

  it('reports required fields it cannot invent, and skips the rules when the shape is broken', () => {
    const document = documentJson();
    delete at(document, 'model', 'stages', 0).name;
    at(document, 'model').journeys = 'none';
    const { model, problems } = restoreModelDocument(document);
    expect(model).toBeNull();
    expect(problems).toEqual([
      { path: '/model/stages/0/name', message: 'is missing', repaired: false },
      { path: '/model/journeys', message: 'must be a list', repaired: false },
    ]);
  });

  it('refuses what is not a model document of a version it reads', () => {
    const refusal = (input: unknown) => restoreModelDocument(input);
    expect(refusal(null)).toEqual({
      model: null,
      problems: [
        { path: '', message: 'is not a parcours.model document (a JSON object)', repaired: false },
      ],
    });
    expect(refusal([1, 2]).model).toBeNull();
    expect(refusal({ hello: 'world' }).problems).toEqual([
      {
        path: '',
        message: 'is not a parcours.model document: it has no format and no model fields',
        repaired: false,
      },
    ]);
    expect(refusal({ ...documentJson(), format: 'excalidraw' }).problems).toEqual([
      {
        path: '/format',
        message: 'is "excalidraw": only parcours.model can be read',
        repaired: false,
      },
    ]);
    expect(refusal({ ...documentJson(), formatVersion: 2 }).problems).toEqual([
      {
        path: '/formatVersion',
        message:
          'is 2: the document comes from a newer version of Parcours (this one reads up to 1)',
        repaired: false,
      },
    ]);
    expect(refusal({ ...documentJson(), formatVersion: '1' }).problems[0]?.path).toBe(
      '/formatVersion',
    );
    const { model: _model, ...withoutModel } = documentJson();
    expect(refusal(withoutModel).problems).toEqual([
      { path: '/model', message: 'is missing', repaired: false },
    ]);
  });
});

describe('schemaProblems', () => {
  it('is empty for a valid model and names each fault otherwise', () => {
    expect(schemaProblems(testModel())).toEqual([]);
    const model = testModel();
    const persona = model.personas[0];
    if (persona) Object.assign(persona, { color: 'red', pictureUrl: 'not a url', share: 2 });
    expect(schemaProblems(model)).toEqual([
      { path: '/personas/0/share', message: 'must be at most 1' },
      { path: '/personas/0/color', message: 'must match ^#[0-9a-fA-F]{6}$ (Colour as #rrggbb)' },
      { path: '/personas/0/pictureUrl', message: 'must be a valid uri' },
    ]);
  });
});

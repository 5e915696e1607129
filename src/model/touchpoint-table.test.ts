import { describe, expect, it } from 'vitest';
import { applyOps } from './ops.ts';
import type { ModelOp } from './ops-schema.ts';
import {
  formatImportError,
  parseTouchpointRows,
  type TouchpointImport,
  touchpointRows,
} from './touchpoint-table.ts';
import { blank, JOURNEY_ID, qualified, testModel } from './touchpoint-test-model.ts';

const model = testModel();
const parse = (rows: string[][]) => parseTouchpointRows(model, JOURNEY_ID, rows);
const messages = (read: TouchpointImport) => read.errors.map(formatImportError);
let ids = 0;
const apply = (ops: readonly ModelOp[]) => applyOps(model, ops, { newId: () => `new-${++ids}` });

describe('touchpointRows', () => {
  it('writes the header then one row per touchpoint, by name, in the language', () => {
    const [header, first, second] = touchpointRows(model, JOURNEY_ID, 'fr');
    expect(header?.slice(0, 4)).toEqual(['ID', 'Étape', 'Canal', 'Nom']);
    expect(first?.slice(0, 3)).toEqual(['tp-visit', 'Information search', 'Web']);
    expect(first).toContain('1250,50');
    expect(first).toContain('mensuel');
    expect(first).toContain('enchantement');
    expect(first).toContain('oui');
    expect(second?.[2]).toBe('Store');
  });

  it('gives only the header for an unknown journey', () => {
    expect(touchpointRows(model, 'nope', 'en')).toHaveLength(1);
  });
});

describe('parseTouchpointRows', () => {
  it('reads back an export as updates that change nothing', () => {
    for (const lang of ['en', 'fr'] as const) {
      const read = parse(touchpointRows(model, JOURNEY_ID, lang));
      expect(read.errors).toEqual([]);
      expect(read.ops.map((op) => op.op)).toEqual(['touchpoint.update', 'touchpoint.update']);
      const [first, second] = read.ops;
      if (first?.op !== 'touchpoint.update' || second?.op !== 'touchpoint.update')
        throw new Error();
      const { id: _q, ...qualifiedFields } = qualified;
      const { id: _b, ...blankFields } = blank;
      expect({ ...qualifiedFields, ...first.changes }).toEqual(qualifiedFields);
      expect({ ...blankFields, ...second.changes }).toEqual(blankFields);
    }
  });

  it('leaves the model as it is when the updates are applied', () => {
    const applied = apply(parse(touchpointRows(model, JOURNEY_ID, 'en')).ops);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.changes).toEqual([]);
    expect(applied.value.model).toEqual(model);
  });

  it('reads headers in either language and any order, and adds rows without an id', () => {
    const read = parse([
      ['émotion', 'Name', 'CANAL', 'stage', 'Performance', 'Objectifs', 'Coût'],
      ['+3', 'Loyalty card', 'store', 'purchase', 'Enchantement', 'grow revenue', '12,5'],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.ops).toEqual([
      {
        op: 'touchpoint.add',
        journeyId: JOURNEY_ID,
        item: {
          emotion: 3,
          name: 'Loyalty card',
          channelId: 'channel-store',
          stageId: 'stage-purchase',
          performance: 'enchantment',
          objectiveIds: ['objective-revenue'],
          cost: { amountCents: 1250, period: 'one-off' },
        },
      },
    ]);
    const applied = apply(read.ops);
    if (!applied.ok) throw new Error(applied.error.message);
    const added = applied.value.model.journeys[0]?.touchpoints[2];
    expect(added).toMatchObject({ id: 'new-1', name: 'Loyalty card', emotion: 3, rupture: false });
  });

  it('updates only the columns present, keeping the rest and the cost amount', () => {
    const read = parse([
      ['Id', 'Cost period', 'Notes'],
      ['tp-visit', 'yearly', 'Revised'],
    ]);
    expect(read.ops).toEqual([
      {
        op: 'touchpoint.update',
        journeyId: JOURNEY_ID,
        id: 'tp-visit',
        changes: { notes: 'Revised', cost: { amountCents: 125050, period: 'yearly' } },
      },
    ]);
  });

  it('reports each problem with its line and column, and keeps the ops of good lines', () => {
    const read = parse([
      ['Stage', 'Channel', 'Name', 'Emotion'],
      ['Purchase', 'Web', 'Good', '1'],
      ['Purchase', 'Web', 'Too happy', '7'],
      ['', '', '', ''],
      ['Paiement', 'Web', 'Lost', ''],
    ]);
    expect(messages(read)).toEqual([
      'line 3, Emotion: must be between -3 and 3, got "7"',
      'line 5, Stage: no stage named "Paiement" (stages: Information search, Purchase)',
    ]);
    expect(read.ops).toHaveLength(1);
  });

  it('names unknown and repeated columns on line 1', () => {
    const read = parse([
      ['Stage', 'Channel', 'Name', 'Colour', 'Nom'],
      ['Purchase', 'Web', 'A', 'red', 'B'],
    ]);
    expect(read.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'Colour'],
      [1, 'Nom'],
    ]);
    expect(read.errors[0]?.message).toMatch(/^unknown column "Colour" \(known: ID, Stage/);
    expect(read.errors[1]?.message).toBe('same column as "Name"');
  });

  it('needs stage, channel and name to create, and refuses two lines for one touchpoint', () => {
    const read = parse([
      ['ID', 'Nom'],
      ['tp-visit', 'A'],
      ['tp-visit', 'B'],
      ['', 'C'],
    ]);
    const needed =
      'column missing, needed to create a touchpoint (or give the id of an existing one)';
    expect(messages(read)).toEqual([
      'line 3, ID: same id as line 2',
      `line 4, Étape: ${needed}`,
      `line 4, Canal: ${needed}`,
    ]);
  });

  it('refuses a cost period without a cost, values without a header and blank names', () => {
    const read = parse([
      ['Stage', 'Channel', 'Name', 'Cost', 'Cost period', ''],
      ['Purchase', 'Web', 'A', '', 'monthly', ''],
      ['Purchase', 'Web', '  ', '', '', 'stray'],
    ]);
    expect(messages(read)).toEqual([
      'line 2, Cost period: a cost period needs a cost',
      'line 3, Name: is required',
      'line 3: value "stray" in column 6, which has no header',
    ]);
  });

  it('numbers lines from the options when rows and lines differ', () => {
    const read = parseTouchpointRows(
      model,
      JOURNEY_ID,
      [
        ['Stage', 'Channel', 'Name'],
        ['Nowhere', 'Web', 'A'],
      ],
      { lineNumbers: [1, 4] },
    );
    expect(read.errors[0]?.line).toBe(4);
  });

  it('reports an unknown journey and an empty table', () => {
    expect(messages(parseTouchpointRows(model, 'nope', [['Name']]))).toEqual([
      'line 1: no journey "nope"',
    ]);
    expect(messages(parse([[''], []]))).toEqual(['line 1: the file is empty']);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultModel } from './defaults.ts';
import { applyOps } from './ops.ts';
import type { WorkspaceModel } from './schema.ts';
import {
  decodeCsv,
  detectSeparator,
  parseTouchpointsCsv,
  templateCsv,
  touchpointsToCsv,
} from './touchpoint-csv.ts';
import { formatImportError, type TouchpointImport } from './touchpoint-table.ts';
import { JOURNEY_ID, testModel } from './touchpoint-test-model.ts';

const model = testModel();
const parse = (text: string | Uint8Array) => parseTouchpointsCsv(model, JOURNEY_ID, text);
const messages = (read: TouchpointImport) => read.errors.map(formatImportError);
const applied = (read: TouchpointImport) => {
  let ids = 0;
  const result = applyOps(model, read.ops, { newId: () => `new-${++ids}` });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('touchpointsToCsv', () => {
  it('writes UTF-8 with a BOM, `;` in French and `,` in English, CRLF line ends', () => {
    const french = touchpointsToCsv(model, JOURNEY_ID, 'fr');
    const english = touchpointsToCsv(model, JOURNEY_ID, 'en');
    expect(french.startsWith('\uFEFFID;Étape;Canal;Nom;')).toBe(true);
    expect(english.startsWith('\uFEFFID,Stage,Channel,Name,')).toBe(true);
    expect(english.split('\r\n')).toHaveLength(4);
  });

  it('quotes per RFC 4180 and defuses text that a spreadsheet would run as a formula', () => {
    const csv = touchpointsToCsv(model, JOURNEY_ID, 'en');
    expect(csv).toContain('"Product page ""visit"""');
    expect(csv).toContain('"Reads the sheet; compares prices,\nthen leaves — évaluation"');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"") looks like a formula"`);
    expect(csv).toContain(',-2,');
  });

  it('defuses names too, and reads back what it defused exactly', () => {
    const renamed: WorkspaceModel = {
      ...model,
      stages: model.stages.map((stage, i) => (i === 0 ? { ...stage, name: '+Promo' } : stage)),
      objectives: [{ id: 'objective-revenue', name: "'=quoted", description: '', weight: 1 }],
    };
    const csv = touchpointsToCsv(renamed, JOURNEY_ID, 'en');
    expect(csv).toContain(",'+Promo,");
    expect(csv).toContain(",''=quoted,");
    const read = parseTouchpointsCsv(renamed, JOURNEY_ID, csv);
    expect(read.errors).toEqual([]);
    expect(read.ops[0]).toMatchObject({
      changes: { stageId: 'stage-search', objectiveIds: ['objective-revenue'] },
    });
  });

  it('reads back, in both languages, as updates that change nothing', () => {
    for (const lang of ['en', 'fr'] as const) {
      const read = parse(touchpointsToCsv(model, JOURNEY_ID, lang));
      expect(read.errors).toEqual([]);
      expect(read.ops.map((op) => op.op)).toEqual(['touchpoint.update', 'touchpoint.update']);
      expect(applied(read).changes).toEqual([]);
      expect(applied(read).model).toEqual(model);
    }
  });
});

describe('parseTouchpointsCsv', () => {
  it('reads a French file: BOM, `;`, French headers, words and decimal commas', () => {
    const header = [
      'Étape;Canal;Nom;Coût;Périodicité du coût;Performance',
      'Moment de vérité;Phase de vie;Heures de mise en place;Objectifs',
    ].join(';');
    const line =
      'Achat;Magasin;Carte de fidélité;1 250,50;Mensuel;Non existant;oui;prospect;1,5;Grow revenue';
    const csv = `\uFEFF${header}\r\n${line}\r\n`;
    const frenchModel: WorkspaceModel = {
      ...model,
      stages: [...model.stages, { id: 'stage-achat', name: 'Achat', description: '' }],
      channels: [
        ...model.channels,
        { id: 'channel-magasin', name: 'Magasin', kind: 'physical', media: [] },
      ],
    };
    const read = parseTouchpointsCsv(frenchModel, JOURNEY_ID, csv);
    expect(read.errors).toEqual([]);
    expect(read.ops).toEqual([
      {
        op: 'touchpoint.add',
        journeyId: JOURNEY_ID,
        item: {
          stageId: 'stage-achat',
          channelId: 'channel-magasin',
          name: 'Carte de fidélité',
          cost: { amountCents: 125050, period: 'monthly' },
          performance: 'missing',
          momentOfTruth: true,
          lifecyclePhaseId: 'phase-prospect',
          setupHours: 1.5,
          objectiveIds: ['objective-revenue'],
        },
      },
    ]);
  });

  it('reports exactly the bad lines, and keeps the ops of the good ones', () => {
    const csv = [
      'Stage,Channel,Name,Emotion',
      'Purchase,Web,Checkout,2',
      'Purchase,Store,Till,7',
      '',
      'Paiement,Web,Card,-1',
      'Information search,Store,Catalogue,0',
    ].join('\n');
    const read = parse(csv);
    expect(messages(read)).toEqual([
      'line 3, Emotion: must be between -3 and 3, got "7"',
      'line 5, Stage: no stage named "Paiement" (stages: Information search, Purchase)',
    ]);
    expect(read.ops.map((op) => (op.op === 'touchpoint.add' ? op.item.name : op.op))).toEqual([
      'Checkout',
      'Catalogue',
    ]);
  });

  it('reports an unknown column by name', () => {
    const read = parse('Stage,Channel,Name,Budget owner\nPurchase,Web,A,Ann\n');
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ line: 1, column: 'Budget owner' });
  });

  it('counts lines of the file, not records, when a quoted cell spans lines', () => {
    const read = parse(
      'Stage,Channel,Name,Notes\nPurchase,Web,A,"one\ntwo\nthree"\nPurchase,Web,B,,x\n',
    );
    expect(messages(read)).toEqual(['line 5: value "x" in column 5, which has no header']);
  });

  it('reports CSV syntax errors with their line', () => {
    const read = parse('Stage,Channel,Name\nPurchase,Web,A\nPurchase,Web,"B\n');
    expect(messages(read)).toEqual([
      'line 3: CSV syntax: a quoted value is never closed (a " is missing)',
    ]);
    expect(read.ops).toHaveLength(1);
  });

  it('finds the separator from the header line', () => {
    expect(detectSeparator('\uFEFFStage;Channel;Name\n1,2,3,4')).toBe(';');
    expect(detectSeparator('Stage\tChannel\tName')).toBe('\t');
    expect(detectSeparator('"Stage;x",Channel,Name')).toBe(',');
    expect(detectSeparator('Name')).toBe(',');
    expect(parse('Stage\tChannel\tName\nPurchase\tWeb\tA').errors).toEqual([]);
  });

  it('decodes UTF-8 bytes, and Windows-1252 as Excel saves plain CSV', () => {
    const utf8 = new TextEncoder().encode('\uFEFFÉtape;Canal;Nom\nPurchase;Web;Café\n');
    const cp1252 = Uint8Array.from([0xc9, 0x74, 0x61, 0x70, 0x65]);
    expect(decodeCsv(cp1252)).toBe('Étape');
    const read = parse(utf8);
    expect(read.errors).toEqual([]);
    expect(read.ops[0]).toMatchObject({ item: { name: 'Café' } });
  });
});

describe('templateCsv', () => {
  it('parses with no errors in both languages, against the workspace it was made for', () => {
    for (const lang of ['en', 'fr'] as const) {
      const read = parse(templateCsv(lang, model));
      expect(read.errors).toEqual([]);
      expect(read.ops.map((op) => op.op)).toEqual(['touchpoint.add', 'touchpoint.add']);
      expect(applied(read).model.journeys[0]?.touchpoints).toHaveLength(4);
    }
  });

  it('names the default stages and channels when no workspace is given', () => {
    let id = 0;
    const fresh: WorkspaceModel = {
      ...defaultModel('fr', () => `d-${++id}`),
      journeys: model.journeys,
    };
    const read = parseTouchpointsCsv(fresh, JOURNEY_ID, templateCsv('fr'));
    expect(read.errors).toEqual([]);
    expect(read.ops).toHaveLength(2);
  });
});

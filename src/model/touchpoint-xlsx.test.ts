import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyOps } from './ops.ts';
import { formatImportError } from './touchpoint-table.ts';
import { JOURNEY_ID, testModel } from './touchpoint-test-model.ts';
import { parseTouchpointsXlsx, templateXlsx, touchpointsToXlsx } from './touchpoint-xlsx.ts';

const model = testModel();

async function workbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(data).buffer);
  return book;
}

async function bufferOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('touchpointsToXlsx', () => {
  it('writes a bold frozen header, numbers as numbers, lists and the allowed values', async () => {
    const book = await workbook(await touchpointsToXlsx(model, JOURNEY_ID, 'fr'));
    const [sheet, values] = book.worksheets;
    if (!sheet || !values) throw new Error('two sheets expected');
    expect(sheet.name).toBe('Points de contact');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B1').value).toBe('Étape');
    expect(sheet.getCell('B1').font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(30);
    expect(sheet.getCell('H2').value).toBe(1250.5);
    expect(sheet.getCell('S2').value).toBe(-2);
    expect(sheet.getCell('K2').value).toBe('enchantement');
    expect(sheet.getCell('K40').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('S40').dataValidation).toMatchObject({ type: 'whole', formulae: [-3, 3] });
    expect(values.name).toBe('Valeurs autorisées');
    expect(values.getColumn(1).values).toEqual([
      undefined,
      'Étapes',
      'Information search',
      'Purchase',
    ]);
    expect(values.getColumn(4).values).toEqual([
      undefined,
      'Objectifs (séparés par ;)',
      'Grow revenue',
    ]);
  });

  it('reads back, in both languages, as updates that change nothing', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const read = await parseTouchpointsXlsx(
        model,
        JOURNEY_ID,
        await touchpointsToXlsx(model, JOURNEY_ID, lang),
      );
      expect(read.errors).toEqual([]);
      expect(read.ops.map((op) => op.op)).toEqual(['touchpoint.update', 'touchpoint.update']);
      const applied = applyOps(model, read.ops, { newId: () => 'unused' });
      if (!applied.ok) throw new Error(applied.error.message);
      expect(applied.value.changes).toEqual([]);
      expect(applied.value.model).toEqual(model);
    }
  });
});

describe('parseTouchpointsXlsx', () => {
  it('reads the first sheet: numbers, booleans, rich text, formulas, sheet line numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Whatever');
    sheet.addRow(['Stage', 'Channel', 'Name', 'Cost', 'Rupture', 'Emotion', 'Importance']);
    sheet.addRow([
      'Purchase',
      'Web',
      { richText: [{ text: 'Check' }, { text: 'out' }] },
      1250.4999999999998,
      true,
      -1,
      2,
    ]);
    sheet.getCell('A4').value = 'Purchase';
    sheet.getCell('B4').value = 'Web';
    sheet.getCell('C4').value = 'Bad';
    sheet.getCell('F4').value = { formula: '2+5', result: 7 };
    const read = await parseTouchpointsXlsx(model, JOURNEY_ID, await bufferOf(book));
    expect(read.errors.map(formatImportError)).toEqual([
      'line 4, Emotion: must be between -3 and 3, got "7"',
    ]);
    expect(read.ops).toEqual([
      {
        op: 'touchpoint.add',
        journeyId: JOURNEY_ID,
        item: {
          stageId: 'stage-purchase',
          channelId: 'channel-web',
          name: 'Checkout',
          cost: { amountCents: 125050, period: 'one-off' },
          rupture: true,
          emotion: -1,
          importance: 2,
        },
      },
    ]);
  });

  it('says when the file is not a workbook', async () => {
    const read = await parseTouchpointsXlsx(model, JOURNEY_ID, Buffer.from('not a zip'));
    expect(read.errors.map(formatImportError)).toEqual(['line 1: not a readable XLSX workbook']);
  });
});

describe('templateXlsx', () => {
  it('parses with no errors in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const read = await parseTouchpointsXlsx(model, JOURNEY_ID, await templateXlsx(model, lang));
      expect(read.errors).toEqual([]);
      expect(read.ops.map((op) => op.op)).toEqual(['touchpoint.add', 'touchpoint.add']);
    }
  });
});

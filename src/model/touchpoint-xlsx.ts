/**
 * Touchpoints as an Excel workbook: a first sheet with one row per touchpoint (bold frozen
 * header, sized columns, drop-down lists and range checks where Excel can enforce them) and a
 * second sheet listing the values the lists offer. Import reads the first sheet, whatever
 * its name, and accepts numbers and booleans typed as such as well as text.
 */
import ExcelJS from 'exceljs';
import type { ModelLanguage } from './defaults.ts';
import type { WorkspaceModel } from './schema.ts';
import {
  booleanChoices,
  type ModelNames,
  modelNames,
  performanceWords,
  periodWords,
  readNumber,
} from './touchpoint-cells.ts';
import { TOUCHPOINT_COLUMNS } from './touchpoint-columns.ts';
import { parseTouchpointRows, type TouchpointImport, touchpointRows } from './touchpoint-table.ts';
import { templateRows } from './touchpoint-template.ts';

const SHEET: Readonly<Record<ModelLanguage, string>> = {
  en: 'Touchpoints',
  fr: 'Points de contact',
};
const VALUES_SHEET: Readonly<Record<ModelLanguage, string>> = {
  en: 'Allowed values',
  fr: 'Valeurs autorisées',
};
/** Rows below the data that keep the drop-down lists, for the lines consultants add. */
const SPARE_ROWS = 500;

/** A list of allowed values, and the touchpoint columns it constrains. */
interface ValueList {
  readonly header: Readonly<Record<ModelLanguage, string>>;
  readonly columns: readonly string[];
  values(names: ModelNames, lang: ModelLanguage): readonly string[];
}

const VALUE_LISTS: readonly ValueList[] = [
  { header: { en: 'Stages', fr: 'Étapes' }, columns: ['stage'], values: (n) => n.stages.names },
  {
    header: { en: 'Channels', fr: 'Canaux' },
    columns: ['channel'],
    values: (n) => n.channels.names,
  },
  {
    header: { en: 'Lifecycle phases', fr: 'Phases de vie' },
    columns: ['phase'],
    values: (n) => n.phases.names,
  },
  // Several objectives may share a cell: listed, not enforced.
  {
    header: { en: 'Objectives (separate with ;)', fr: 'Objectifs (séparés par ;)' },
    columns: [],
    values: (n) => n.objectives.names,
  },
  {
    header: { en: 'Performance', fr: 'Performance' },
    columns: ['performance'],
    values: (_n, lang) => performanceWords.choices(lang),
  },
  {
    header: { en: 'Cost period', fr: 'Périodicité du coût' },
    columns: ['costPeriod'],
    values: (_n, lang) => periodWords.choices(lang),
  },
  {
    header: { en: 'Yes / no', fr: 'Oui / non' },
    columns: ['momentOfTruth', 'rupture'],
    values: (_n, lang) => booleanChoices(lang),
  },
];

const WHOLE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  importance: [1, 5],
  investment: [1, 5],
  impact: [1, 5],
  emotion: [-3, 3],
};

/** Numbers go into cells as numbers, so that spreadsheets sum and sort them. */
function cellValue(text: string, kind: string): string | number {
  if (kind !== 'number' || text === '') return text;
  const number = readNumber(text, Number.NEGATIVE_INFINITY);
  return number.ok ? number.value : text;
}

function addValuesSheet(workbook: ExcelJS.Workbook, names: ModelNames, lang: ModelLanguage) {
  const sheet = workbook.addWorksheet(VALUES_SHEET[lang], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const ranges = new Map<string, string>();
  VALUE_LISTS.forEach((list, index) => {
    const values = list.values(names, lang);
    const column = sheet.getColumn(index + 1);
    column.width = Math.max(list.header[lang].length, ...values.map((v) => v.length)) + 2;
    column.values = [list.header[lang], ...values];
    const letter = column.letter;
    const range = `'${VALUES_SHEET[lang]}'!$${letter}$2:$${letter}$${values.length + 1}`;
    for (const key of list.columns) if (values.length > 0) ranges.set(key, range);
  });
  sheet.getRow(1).font = { bold: true };
  return ranges;
}

function validationOf(key: string, lists: Map<string, string>): ExcelJS.DataValidation | undefined {
  const list = lists.get(key);
  if (list !== undefined) {
    return { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true };
  }
  const whole = WHOLE_RANGES[key];
  if (whole === undefined) return undefined;
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [...whole],
    showErrorMessage: true,
    error: `${whole[0]} … ${whole[1]}`,
  };
}

/**
 * exceljs writes a validation for a whole range as given, but types validations cell by cell
 * only; and set cell by cell, its writer merges them into overlapping ranges (it sorts `B10`
 * before `B2`), which Excel offers to repair. Without the range API the sheet simply has none.
 */
function addRangeValidation(
  sheet: ExcelJS.Worksheet,
  range: string,
  validation: ExcelJS.DataValidation,
): void {
  const validations: unknown = Reflect.get(sheet, 'dataValidations');
  if (typeof validations !== 'object' || validations === null || !('add' in validations)) return;
  if (typeof validations.add === 'function') validations.add(range, validation);
}

async function workbookOf(
  model: WorkspaceModel,
  rows: readonly (readonly string[])[],
  lang: ModelLanguage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = addValuesSheet(workbook, modelNames(model), lang);
  sheet.columns = TOUCHPOINT_COLUMNS.map((column) => ({
    header: column.header[lang],
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.slice(1)) {
    sheet.addRow(row.map((text, index) => cellValue(text, TOUCHPOINT_COLUMNS[index]?.kind ?? '')));
  }
  const lastRow = rows.length + SPARE_ROWS;
  TOUCHPOINT_COLUMNS.forEach((column, index) => {
    if (column.key === 'cost') sheet.getColumn(index + 1).numFmt = '#,##0.00';
    const validation = validationOf(column.key, lists);
    const letter = sheet.getColumn(index + 1).letter;
    if (validation) addRangeValidation(sheet, `${letter}2:${letter}${lastRow}`, validation);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The touchpoints of a journey as a workbook in the language's headers and values. */
export const touchpointsToXlsx = (
  model: WorkspaceModel,
  journeyId: string,
  lang: ModelLanguage,
): Promise<Buffer> => workbookOf(model, touchpointRows(model, journeyId, lang), lang);

/** Headers, two example rows naming the workspace's stages and channels, and the lists. */
export const templateXlsx = (model: WorkspaceModel, lang: ModelLanguage): Promise<Buffer> =>
  workbookOf(model, templateRows(lang, model), lang);

/** A cell as the text a consultant sees; numbers without binary noise (1250.4999999 → 1250.5). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text);
  return cellText(value.result);
}

/** Reads the first sheet of a workbook into ops on the journey (see `parseTouchpointRows`). */
export async function parseTouchpointsXlsx(
  model: WorkspaceModel,
  journeyId: string,
  data: Uint8Array,
): Promise<TouchpointImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return { ops: [], errors: [{ line: 1, message: 'not a readable XLSX workbook' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ops: [], errors: [{ line: 1, message: 'the workbook has no sheet' }] };
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let line = 1; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    rows.push(Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1).value)));
  }
  return parseTouchpointRows(model, journeyId, rows);
}

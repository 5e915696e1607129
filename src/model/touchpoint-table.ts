/**
 * Touchpoints of a journey as a table of text cells, the common ground of the CSV and XLSX
 * formats: export writes one row per touchpoint under a header row; import reads a table
 * whose headers are in English or French, in any order, and turns each line into a
 * `touchpoint.add` or `touchpoint.update` op. Every problem is reported with its line
 * (1-based; the header is line 1) and column header. Lines without problems still give
 * their ops, but a caller applies nothing while there are errors: an import is all or nothing.
 */
import type { ModelLanguage } from './defaults.ts';
import type { ModelOp } from './ops-schema.ts';
import type { Journey, Money, Touchpoint, WorkspaceModel } from './schema.ts';
import { type ModelNames, modelNames } from './touchpoint-cells.ts';
import {
  type CellReading,
  columnOfHeader,
  TOUCHPOINT_COLUMNS,
  type TouchpointChanges,
  type TouchpointColumn,
} from './touchpoint-columns.ts';

export interface ImportError {
  readonly line: number;
  /** The header of the column, as written in the file. */
  readonly column?: string;
  readonly message: string;
}

export interface TouchpointImport {
  readonly ops: ModelOp[];
  readonly errors: ImportError[];
}

export interface ParseTouchpointOptions {
  /** The line in the source file of each row, when rows and lines differ (multi-line cells). */
  readonly lineNumbers?: readonly number[];
}

type TouchpointItem = Extract<ModelOp, { op: 'touchpoint.add' }>['item'];

/** `line 4, Emotion: must be between -3 and 3, got "7"` */
export const formatImportError = (error: ImportError): string =>
  `line ${error.line}${error.column === undefined ? '' : `, ${error.column}`}: ${error.message}`;

const findJourney = (model: WorkspaceModel, journeyId: string): Journey | undefined =>
  model.journeys.find((journey) => journey.id === journeyId);

/** The header row then one row per touchpoint of the journey, in display order. */
export function touchpointRows(
  model: WorkspaceModel,
  journeyId: string,
  lang: ModelLanguage,
): string[][] {
  const touchpoints = findJourney(model, journeyId)?.touchpoints ?? [];
  return rowsOf(model, touchpoints, lang);
}

/** The header row then one row per given touchpoint (also used to write templates). */
export function rowsOf(
  model: WorkspaceModel,
  touchpoints: readonly Touchpoint[],
  lang: ModelLanguage,
): string[][] {
  const names = modelNames(model);
  return [
    TOUCHPOINT_COLUMNS.map((column) => column.header[lang]),
    ...touchpoints.map((tp) => TOUCHPOINT_COLUMNS.map((column) => column.write(tp, names, lang))),
  ];
}

interface HeaderCell {
  readonly index: number;
  readonly header: string;
  readonly column: TouchpointColumn;
}

/** Recognises the header row; unknown and repeated columns are errors of line 1. */
function readHeader(row: readonly string[], line: number, errors: ImportError[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  // Unknown headers are listed with the known ones, in the language the file turns out to use.
  const problems: { header: string; twin?: string }[] = [];
  row.forEach((raw, index) => {
    const header = raw.trim();
    const column = columnOfHeader(header);
    const twin = column && cells.find((cell) => cell.column === column);
    if (header === '') return;
    if (!column) problems.push({ header });
    else if (twin) problems.push({ header, twin: twin.header });
    else cells.push({ index, header, column });
  });
  const known = TOUCHPOINT_COLUMNS.map((column) => column.header[languageOf(cells)]).join(', ');
  for (const { header, twin } of problems) {
    const message =
      twin === undefined
        ? `unknown column "${header}" (known: ${known})`
        : `same column as "${twin}"`;
    errors.push({ line, column: header, message });
  }
  return cells;
}

/** The language of a file's headers: French when any recognised header is French only. */
const languageOf = (header: readonly HeaderCell[]): ModelLanguage =>
  header.some(({ header: text, column }) => text === column.header.fr && text !== column.header.en)
    ? 'fr'
    : 'en';

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** The header to name a column the file lacks: in the language the file's headers use. */
function missingHeader(key: string, header: readonly HeaderCell[]): string {
  const column = TOUCHPOINT_COLUMNS.find((c) => c.key === key);
  return column ? column.header[languageOf(header)] : key;
}

/** The readings of a row's cells, merged. */
type Draft = CellReading & { readonly changes: TouchpointChanges };

/** Joins the cost and its period, read apart, with the touchpoint's current cost. */
function joinCost(
  draft: Draft,
  current: Money | null | undefined,
): { cost?: Money | null; problem?: string } {
  const { cents, period } = draft;
  if (cents === undefined && period === undefined) return {};
  if (cents === null || cents === undefined) {
    if (period === null || period === undefined) return cents === null ? { cost: null } : {};
    if (cents === undefined && current) return { cost: { ...current, period } };
    return { problem: 'a cost period needs a cost' };
  }
  return { cost: { amountCents: cents, period: period ?? current?.period ?? 'one-off' } };
}

interface RowContext {
  readonly journey: Journey;
  readonly names: ModelNames;
  readonly header: readonly HeaderCell[];
  readonly headerRow: readonly string[];
  /** Ids of touchpoints already updated by an earlier line, with that line. */
  readonly updatedOnLine: Map<string, number>;
}

/** Reads the cells of a line under their headers; a value under no header is an error. */
function readCells(
  row: readonly string[],
  line: number,
  context: RowContext,
): { draft: Draft; errors: ImportError[] } {
  const errors: ImportError[] = [];
  let draft: Draft = { changes: {} };
  for (const { index, header, column } of context.header) {
    const reading = column.read((row[index] ?? '').trim(), context.names);
    if (!reading.ok) {
      errors.push({ line, column: header, message: reading.message });
      continue;
    }
    const changes = { ...draft.changes, ...reading.value.changes };
    draft = { ...draft, ...reading.value, changes };
  }
  row.forEach((cell, index) => {
    if (cell.trim() === '' || (context.headerRow[index] ?? '').trim() !== '') return;
    const message = `value "${cell.trim()}" in column ${index + 1}, which has no header`;
    errors.push({ line, message });
  });
  return { draft, errors };
}

/** One data line: its op, or the problems that keep it from giving one. */
function readRow(
  row: readonly string[],
  line: number,
  context: RowContext,
): { op?: ModelOp; errors: ImportError[] } {
  const { draft, errors } = readCells(row, line, context);
  const current = context.journey.touchpoints.find((tp) => tp.id === draft.id);
  const { cost, problem } = joinCost(draft, current?.cost);
  if (problem !== undefined) {
    errors.push({ line, column: headerOf('costPeriod', context.header), message: problem });
  }
  const earlier = current && context.updatedOnLine.get(current.id);
  if (earlier !== undefined) {
    const column = headerOf('id', context.header);
    errors.push({ line, column, message: `same id as line ${earlier}` });
  }
  if (current) context.updatedOnLine.set(current.id, line);
  if (errors.length > 0) return { errors };
  const changes = cost === undefined ? draft.changes : { ...draft.changes, cost };
  const journeyId = context.journey.id;
  if (!current) return addOp(journeyId, changes, line, context.header);
  return { op: { op: 'touchpoint.update', journeyId, id: current.id, changes }, errors };
}

function headerOf(key: string, header: readonly HeaderCell[]): string {
  return header.find((cell) => cell.column.key === key)?.header ?? missingHeader(key, header);
}

/** A new touchpoint needs its stage, channel and name: the file may lack their columns. */
function addOp(
  journeyId: string,
  changes: TouchpointChanges,
  line: number,
  header: readonly HeaderCell[],
): { op?: ModelOp; errors: ImportError[] } {
  const { stageId, channelId, name } = changes;
  if (stageId === undefined || channelId === undefined || name === undefined) {
    const missing = (['stage', 'channel', 'name'] as const).filter(
      (key) => !header.some((cell) => cell.column.key === key),
    );
    const errors = missing.map((key) => ({
      line,
      column: missingHeader(key, header),
      message: 'column missing, needed to create a touchpoint (or give the id of an existing one)',
    }));
    return { errors };
  }
  const item: TouchpointItem = { ...changes, stageId, channelId, name };
  return { op: { op: 'touchpoint.add', journeyId, item }, errors: [] };
}

/**
 * Reads a table of touchpoints into ops on the journey. A line whose `ID` names a touchpoint of
 * the journey updates it with the columns present; any other line adds a touchpoint (an
 * unknown id is not reused: the new touchpoint gets its own). Blank lines are skipped.
 */
export function parseTouchpointRows(
  model: WorkspaceModel,
  journeyId: string,
  rows: readonly (readonly string[])[],
  options: ParseTouchpointOptions = {},
): TouchpointImport {
  const lineOf = (index: number) => options.lineNumbers?.[index] ?? index + 1;
  const journey = findJourney(model, journeyId);
  if (!journey) return { ops: [], errors: [{ line: 1, message: `no journey "${journeyId}"` }] };
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const headerRow = rows[headerIndex];
  if (headerRow === undefined)
    return { ops: [], errors: [{ line: 1, message: 'the file is empty' }] };
  const errors: ImportError[] = [];
  const header = readHeader(headerRow, lineOf(headerIndex), errors);
  const names = modelNames(model);
  const context: RowContext = { journey, names, header, headerRow, updatedOnLine: new Map() };
  const ops: ModelOp[] = [];
  rows.forEach((row, index) => {
    if (index <= headerIndex || isBlank(row)) return;
    const read = readRow(row, lineOf(index), context);
    if (read.op) ops.push(read.op);
    errors.push(...read.errors);
  });
  return { ops, errors };
}

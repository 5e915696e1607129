/**
 * Touchpoints as CSV, the way spreadsheet tools open and save it: UTF-8 with a byte-order
 * mark (without it, Excel reads accents as Windows-1252), `;` between French cells (Excel
 * in French expects it, since `,` is the decimal mark), `,` between English ones. On
 * import, the separator is found from the header line, and files saved by Excel in
 * Windows-1252 are decoded too.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ModelLanguage } from './defaults.ts';
import type { WorkspaceModel } from './schema.ts';
import { type ColumnKind, columnOfHeader, TOUCHPOINT_COLUMNS } from './touchpoint-columns.ts';
import {
  type ImportError,
  parseTouchpointRows,
  type TouchpointImport,
  touchpointRows,
} from './touchpoint-table.ts';
import { templateRows } from './touchpoint-template.ts';

const BOM = '\uFEFF';
const SEPARATOR: Readonly<Record<ModelLanguage, string>> = { en: ',', fr: ';' };

/**
 * A cell of text or names starting like a formula is prefixed with `'` so that a spreadsheet
 * shows it instead of running it (CSV injection); import removes the prefix. Cells that
 * already start with quotes before such a character get one more: the round trip is exact.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
const escapeFormula = (cell: string): string => (FORMULA_LIKE.test(cell) ? `'${cell}` : cell);
const unescapeFormula = (cell: string): string =>
  ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
/** Numbers (`-2`) and fixed words are never escaped: only what people type freely. */
const isTyped = (kind: ColumnKind | undefined): boolean => kind === 'text' || kind === 'reference';

/** RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. */
function csvField(cell: string, separator: string): string {
  const needsQuotes = cell.includes(separator) || /["\r\n]/.test(cell);
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows in the column order of an export, as CSV text with a byte-order mark. */
function toCsv(rows: readonly (readonly string[])[], lang: ModelLanguage): string {
  const separator = SEPARATOR[lang];
  const lines = rows.map((row, rowIndex) =>
    row
      .map((cell, index) => {
        const typed = rowIndex > 0 && isTyped(TOUCHPOINT_COLUMNS[index]?.kind);
        return csvField(typed ? escapeFormula(cell) : cell, separator);
      })
      .join(separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The touchpoints of a journey as CSV in the language's headers, values and separator. */
export const touchpointsToCsv = (
  model: WorkspaceModel,
  journeyId: string,
  lang: ModelLanguage,
): string => toCsv(touchpointRows(model, journeyId, lang), lang);

/**
 * Headers and two example rows. Given the workspace's model, the examples name its stages,
 * channels, phases and objectives, so the template imports as is.
 */
export const templateCsv = (lang: ModelLanguage, model?: WorkspaceModel): string =>
  toCsv(templateRows(lang, model), lang);

/** UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel saves "CSV". */
export function decodeCsv(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The separator of the header line: the most frequent of `,` `;` and tab outside quotes. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best = ',', count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count > 0 ? best : ',';
}

const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other characters',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a value',
};

const syntaxError = (error: CsvError, line: number): ImportError => ({
  line,
  message: `CSV syntax: ${SYNTAX_MESSAGES[error.code] ?? error.message}`,
});

interface CsvRows {
  readonly rows: string[][];
  /** The line where each row starts (a quoted cell may span several lines). */
  readonly lineNumbers: number[];
  readonly errors: ImportError[];
}

/** Parses CSV text; records with a syntax error are reported and left out. */
function readCsv(text: string): CsvRows {
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  const errors: ImportError[] = [];
  let lastLine = 0;
  const report = (error: CsvError) => {
    const at = typeof error.lines === 'number' ? error.lines : lastLine + 1;
    // An unclosed quote is found at the end of the file: point at where the record began.
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : at;
    if (!errors.some((known) => known.line === line)) errors.push(syntaxError(error, line));
    lastLine = Math.max(lastLine, at);
  };
  try {
    parse(text, {
      bom: true,
      delimiter: detectSeparator(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) report(error);
        return undefined;
      },
      on_record: (record, context) => {
        rows.push(record);
        lineNumbers.push(lastLine + 1);
        lastLine = context.lines;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    report(error);
  }
  return { rows, lineNumbers, errors };
}

/** Removes the formula-escaping prefix from the cells of text and name columns. */
function unescapeTypedColumns(rows: string[][]): string[][] {
  const header = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const typed = (rows[header] ?? []).map((cell) => isTyped(columnOfHeader(cell)?.kind));
  return rows.map((row, index) =>
    index <= header
      ? row
      : row.map((cell, column) => (typed[column] ? unescapeFormula(cell) : cell)),
  );
}

/**
 * Reads a CSV of touchpoints into ops on the journey (see `parseTouchpointRows`); syntax
 * errors are reported with their line, beside the problems of the values.
 */
export function parseTouchpointsCsv(
  model: WorkspaceModel,
  journeyId: string,
  input: string | Uint8Array,
): TouchpointImport {
  const text = typeof input === 'string' ? input : decodeCsv(input);
  const csv = readCsv(text);
  const read = parseTouchpointRows(model, journeyId, unescapeTypedColumns(csv.rows), {
    lineNumbers: csv.lineNumbers,
  });
  const errors = [...csv.errors, ...read.errors].sort((a, b) => a.line - b.line);
  return { ops: read.ops, errors };
}

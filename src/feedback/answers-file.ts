/**
 * Answers collected elsewhere, as a CSV or XLSX file: the rows of its first sheet as text.
 * CSV may be UTF-8 or Windows-1252 (Excel), separated by `,` `;` or tab; XLSX dates become
 * ISO-8601 instants. The rows are read by ./external-answers.ts.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeCsv, detectSeparator } from '../model/touchpoint-csv.ts';
import { fail, invalid, ok, type Result } from '../shared/result.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text);
  return cellText(value.result);
}

export function csvRows(data: Uint8Array): Result<string[][]> {
  const text = decodeCsv(data).replace(/^\uFEFF/, '');
  try {
    const rows: string[][] = parse(text, {
      delimiter: detectSeparator(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return ok(rows);
  } catch (error) {
    return fail(invalid('/file', `not a readable CSV file: ${(error as Error).message}`));
  }
}

export async function xlsxRows(data: Uint8Array): Promise<Result<string[][]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return fail(invalid('/file', 'not a readable XLSX workbook'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail(invalid('/file', 'the workbook has no sheet'));
  const rows: string[][] = [];
  for (let line = 1; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => cellText(row.getCell(i + 1).value)),
    );
  }
  return ok(rows);
}

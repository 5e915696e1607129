/** What the prioritisation workbooks share: a sheet with a bold frozen header, number formats. */
import type ExcelJS from 'exceljs';
import { type ExportLang, type ExportWord, word } from './export-text.ts';

export const MONEY = '#,##0.00';
export const SHARE = '0.000';
export const PERCENT = '0%';

export interface Column {
  /** A word of the export dictionary, or a text of its own. */
  readonly header: ExportWord | { readonly text: string };
  readonly width?: number;
  readonly format?: string;
}

export function sheetOf(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  lang: ExportLang,
  rows: readonly (readonly (string | number | null)[])[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: typeof c.header === 'string' ? word(lang, c.header) : c.header.text,
    width: c.width ?? 16,
    ...(c.format ? { style: { numFmt: c.format } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  return sheet;
}

export const money = (cents: number | null) => (cents === null ? null : Math.round(cents) / 100);
export const round = (value: number | null, digits = 3) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

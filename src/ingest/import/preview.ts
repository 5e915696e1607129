/**
 * Opening an uploaded file as rows, and its preview: the columns, the first rows (long cells
 * cut short, so a preview stays small) and the suggested mapping.
 */
import { openCsvSource } from './csv-source.ts';
import { suggestMapping } from './job-mapping.ts';
import type { ImportPreview, PreviewRow } from './jobs.ts';
import { openNdjsonSource } from './ndjson-source.ts';
import { openParquetSource } from './parquet-source.ts';
import type { ImportFormat, RowSource } from './source.ts';

export const PREVIEW_ROWS = 20;
/** Characters of a cell shown in the preview. */
const CELL_CHARS = 200;

export function openImportSource(path: string, format: ImportFormat): Promise<RowSource> {
  if (format === 'csv') return openCsvSource(path);
  if (format === 'ndjson') return openNdjsonSource(path);
  return openParquetSource(path);
}

/** A cell as shown in the preview: long text and large objects are cut to a short text. */
export function previewCell(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > CELL_CHARS ? `${value.slice(0, CELL_CHARS)}…` : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const json = JSON.stringify(value);
  return json.length > CELL_CHARS ? `${json.slice(0, CELL_CHARS)}…` : value;
}

export interface FilePreview {
  readonly columns: readonly string[];
  readonly preview: ImportPreview;
}

/** Reads the first rows of an opened source; the caller closes it. */
export async function readPreview(source: RowSource, format: ImportFormat): Promise<FilePreview> {
  const rows: PreviewRow[] = [];
  for await (const item of source.rows()) {
    if ('row' in item) {
      const cells = Object.fromEntries(
        Object.entries(item.row).map(([column, value]) => [column, previewCell(value)]),
      );
      rows.push({ line: item.line, cells });
    } else rows.push({ line: item.line, unreadable: item.unreadable });
    if (rows.length >= PREVIEW_ROWS) break;
  }
  const { columns, segmentRows } = source;
  return {
    columns,
    preview: { rows, segmentRows, suggestion: suggestMapping(columns, segmentRows, format, rows) },
  };
}

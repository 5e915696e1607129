/**
 * CSV rows, streamed through csv-parse. The separator is the one of `,` `;` tab that the
 * header line uses most (outside quotes); a UTF-8 byte-order mark is dropped.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { type Info, parse } from 'csv-parse';
import type { RowSource, SourceRow } from './source.ts';

const SEPARATORS = [',', ';', '\t'] as const;
const SNIFF_BYTES = 64 * 1024;

/** The separator of a CSV header line. */
export function detectSeparator(headerLine: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) {
    if (count > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

async function firstLine(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return text.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await file.close();
  }
}

/** Where a CSV source reads from, for an importer that lets the database read the file. */
export interface CsvFile {
  readonly path: string;
  readonly delimiter: string;
  readonly columns: readonly string[];
}

/** Key of the `CsvFile` a source of `openCsvSource` carries (a wrapped source does not). */
const CSV_FILE = Symbol('csv file');

export function csvFileOf(source: RowSource): CsvFile | undefined {
  const file: unknown = (source as { [CSV_FILE]?: unknown })[CSV_FILE];
  return file === undefined ? undefined : (file as CsvFile);
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: Info;
}

export async function openCsvSource(path: string): Promise<RowSource> {
  const [size, header] = [(await stat(path)).size, await firstLine(path)];
  const delimiter = detectSeparator(header);
  const stream = createReadStream(path);
  const parser = stream.pipe(
    parse({ delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  const first = await records.next();
  const columns = first.done === true ? [] : first.value.record.map((name) => name.trim());
  async function* rows(): AsyncIterable<SourceRow> {
    for (;;) {
      const next = await records.next();
      if (next.done === true) return;
      const { record, info } = next.value;
      if (record.length !== columns.length) {
        yield {
          line: info.lines,
          unreadable: `has ${record.length} fields, the header has ${columns.length}`,
          text: record.join(delimiter),
        };
        continue;
      }
      const row: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        row[column] = record[index];
      });
      yield { line: info.lines, row };
    }
  }
  const file: CsvFile = { path, delimiter, columns };
  const source: RowSource & { [CSV_FILE]: CsvFile } = {
    [CSV_FILE]: file,
    columns,
    segmentRows: false,
    total: size,
    done: () => stream.bytesRead,
    rows,
    close: async () => {
      stream.destroy();
    },
  };
  return source;
}

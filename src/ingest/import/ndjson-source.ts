/** NDJSON rows: one JSON object per line, read with node:readline. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { isPlainObject } from '../json-shape.ts';
import { looksLikeSegmentCall } from './mapping.ts';
import type { RowSource, SourceRow } from './source.ts';

/** Rows read ahead to learn the columns; NDJSON rows need not all have the same keys. */
const SAMPLE_ROWS = 100;

function readLine(text: string, line: number): SourceRow | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, unreadable: 'is not valid JSON', text };
  }
  return isPlainObject(value)
    ? { line, row: value }
    : { line, unreadable: 'is not a JSON object', text };
}

export async function openNdjsonSource(path: string): Promise<RowSource> {
  const size = (await stat(path)).size;
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNumber = 0;
  const nextRow = async (): Promise<SourceRow | undefined> => {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return undefined;
      lineNumber += 1;
      const text = lineNumber === 1 ? next.value.replace(/^\uFEFF/, '') : next.value;
      const row = readLine(text, lineNumber);
      if (row !== null) return row;
    }
  };
  const sample: SourceRow[] = [];
  while (sample.length < SAMPLE_ROWS) {
    const row = await nextRow();
    if (row === undefined) break;
    sample.push(row);
  }
  const objects = sample.flatMap((item) => ('row' in item ? [item.row] : []));
  const columns = [...new Set(objects.flatMap((row) => Object.keys(row)))];
  async function* rows(): AsyncIterable<SourceRow> {
    yield* sample;
    for (let row = await nextRow(); row !== undefined; row = await nextRow()) yield row;
  }
  return {
    columns,
    segmentRows: objects.length > 0 && objects.every(looksLikeSegmentCall),
    total: size,
    done: () => stream.bytesRead,
    rows,
    close: async () => {
      lines.close();
      stream.destroy();
    },
  };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { detectSeparator, openCsvSource } from './csv-source.ts';
import { openNdjsonSource } from './ndjson-source.ts';
import { openParquetSource } from './parquet-source.ts';
import type { RowSource, SourceRow } from './source.ts';

const dir = mkdtempSync(join(tmpdir(), 'parcours-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function readAll(source: RowSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return rows;
}

describe('CSV', () => {
  it('detects the separator of the header, outside quotes', () => {
    expect(detectSeparator('a,b,c')).toBe(',');
    expect(detectSeparator('"a,b";c;d')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
  });
  it('reads rows with their line numbers, drops a BOM and names rows of the wrong width', async () => {
    const path = write('a.csv', '\uFEFFuser;note\nu1;"two\nlines"\n\nu2\nu3;x\n');
    const source = await openCsvSource(path);
    expect(source.columns).toEqual(['user', 'note']);
    expect(await readAll(source)).toEqual([
      { line: 3, row: { user: 'u1', note: 'two\nlines' } },
      { line: 5, unreadable: 'has 1 fields, the header has 2', text: 'u2' },
      { line: 6, row: { user: 'u3', note: 'x' } },
    ]);
  });
});

describe('NDJSON', () => {
  it('reads objects per line, learns the columns, names unreadable lines', async () => {
    const path = write('a.ndjson', '{"a":1}\n\n{"b":"x"}\nnot json\n[1]\n');
    const source = await openNdjsonSource(path);
    expect(source.columns).toEqual(['a', 'b']);
    expect(source.segmentRows).toBe(false);
    expect(await readAll(source)).toEqual([
      { line: 1, row: { a: 1 } },
      { line: 3, row: { b: 'x' } },
      { line: 4, unreadable: 'is not valid JSON', text: 'not json' },
      { line: 5, unreadable: 'is not a JSON object', text: '[1]' },
    ]);
  });
  it('recognises Segment calls', async () => {
    const path = write('b.ndjson', '{"type":"track","event":"E","userId":"u"}\n');
    const source = await openNdjsonSource(path);
    expect(source.segmentRows).toBe(true);
    await source.close();
  });
});

describe('Parquet', () => {
  it('reads rows in chunks as JSON values, numbered from 1', async () => {
    const path = join(dir, 'a.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT i AS n, 'u' || i AS user_id,
      TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i) HOUR AS at FROM range(3000) t(i))
      TO '${path}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const source = await openParquetSource(path);
    expect(source.columns).toEqual(['n', 'user_id', 'at']);
    expect(source.total).toBe(3000);
    const rows = await readAll(source);
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({
      line: 3000,
      row: { n: 2999, user_id: 'u2999', at: '2024-05-04T23:00:00.000Z' },
    });
  });
});

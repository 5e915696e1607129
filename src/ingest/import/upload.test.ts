import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, formatBytes, saveUpload, sniffFormat } from './upload.ts';

const dir = mkdtempSync(join(tmpdir(), 'parcours-upload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunks = (count: number, size: number) =>
  Readable.from(Array.from({ length: count }, () => Buffer.alloc(size, 97)));

describe('saving an upload', () => {
  it('streams the body to disk', async () => {
    const path = join(dir, 'ok');
    expect(await saveUpload(chunks(4, 1000), path, 4000)).toEqual({ ok: true, bytes: 4000 });
    expect(readFileSync(path).length).toBe(4000);
  });

  it('stops past the limit and leaves no file', async () => {
    const path = join(dir, 'big');
    expect(await saveUpload(chunks(5, 1000), path, 4000)).toEqual({ ok: false });
    expect(existsSync(path)).toBe(false);
  });
});

describe('the format of a file', () => {
  it('comes from its name, else its media type, else its first bytes', async () => {
    const path = join(dir, 'data');
    writeFileSync(path, '\uFEFF  {"a":1}\n');
    expect(await detectFormat(path, 'events.CSV', 'application/octet-stream')).toBe('csv');
    expect(await detectFormat(path, 'events', 'text/csv; charset=utf-8')).toBe('csv');
    expect(await detectFormat(path, 'events', 'application/octet-stream')).toBe('ndjson');
    expect(sniffFormat(Buffer.from('PAR1\u0015\u0004'))).toBe('parquet');
    expect(sniffFormat(Buffer.from('user,event\n'))).toBe('csv');
  });

  it('sizes read as people say them', () => {
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(100)).toBe('100 bytes');
  });
});

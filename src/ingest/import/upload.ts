/**
 * An uploaded file, streamed from the request to disk and never held whole in memory, cut off
 * as soon as it passes the size limit; then its format, from its name or its first bytes.
 */
import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatOfPath, type ImportFormat } from './source.ts';

export type Saved = { readonly ok: true; readonly bytes: number } | { readonly ok: false };

class TooLarge extends Error {}

/** Writes `body` to `path`; answers `{ ok: false }` (and leaves no file) past `maxBytes`. */
export async function saveUpload(body: Readable, path: string, maxBytes: number): Promise<Saved> {
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new TooLarge());
      else done(null, chunk);
    },
  });
  const written = pipeline(limit, createWriteStream(path));
  // Piped, not pipelined: a refusal must not destroy the request, whose socket still has to
  // carry the 413 answer.
  body.once('error', (error) => limit.destroy(error));
  body.once('close', () => {
    if (!body.readableEnded) limit.destroy(new Error('the upload was interrupted'));
  });
  body.pipe(limit);
  try {
    await written;
    return { ok: true, bytes };
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof TooLarge) return { ok: false };
    throw error;
  }
}

/** Media types that say the format when the file name does not. */
const MEDIA_TYPES: Readonly<Record<string, ImportFormat>> = {
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/vnd.apache.parquet': 'parquet',
};

const SNIFF_BYTES = 64;

/** The format of a file: its extension, else its media type, else its first bytes. */
export async function detectFormat(
  path: string,
  filename: string,
  mediaType: string,
): Promise<ImportFormat> {
  const named = formatOfPath(filename) ?? MEDIA_TYPES[mediaType.split(';')[0]?.trim() ?? ''];
  if (named !== undefined) return named;
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(head, 0, SNIFF_BYTES, 0);
    return sniffFormat(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/** Parquet files start with `PAR1`; NDJSON with `{`; anything else is read as CSV. */
export function sniffFormat(head: Buffer): ImportFormat {
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{') ? 'ndjson' : 'csv';
}

/** `2147483648` → `2 GiB`, for messages about the size limit. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

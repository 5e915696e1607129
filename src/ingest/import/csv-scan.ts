/**
 * One pass over the bytes of a CSV file before the native import (./csv-native.ts): whether
 * csv-parse and DuckDB read it alike, and whether any cell may start or end with whitespace
 * (only then must the compiled SQL trim cells the way JavaScript's `trim` does).
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

export interface CsvScan {
  /** Some cell may start or end with whitespace, or the file holds non-ASCII whitespace. */
  readonly edgeWhitespace: boolean;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** UTF-8 of the non-ASCII characters JavaScript's `trim` or DuckDB's `trim` removes. */
const UNICODE_SPACES = [
  [0xc2, 0xa0],
  [0xe1, 0x9a, 0x80],
  ...Array.from({ length: 11 }, (_, i) => [0xe2, 0x80, 0x80 + i]),
  [0xe2, 0x80, 0xa8],
  [0xe2, 0x80, 0xa9],
  [0xe2, 0x80, 0xaf],
  [0xe2, 0x81, 0x9f],
  [0xe3, 0x80, 0x80],
  [0xef, 0xbb, 0xbf],
].map((bytes) => Buffer.from(bytes));

/**
 * The scan of a file both parsers read alike — no quote character, no carriage return, no
 * blank line, no byte-order mark, valid UTF-8 — or null.
 */
export async function scanCsv(path: string, delimiter: string): Promise<CsvScan | null> {
  const edges = [`${delimiter} `, ` ${delimiter}`, '\n ', ' \n'].map((text) => Buffer.from(text));
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    // What follows the last newline read, newline included: a pattern across two reads is seen.
    let carry = Buffer.from('\n');
    let edgeWhitespace = false;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length);
      if (bytesRead === 0) break;
      const chunk = Buffer.concat([carry, buffer.subarray(0, bytesRead)]);
      if (chunk.includes(0x22) || chunk.includes(0x0d) || chunk.includes('\n\n')) return null;
      if (chunk.subarray(1, 4).equals(BOM) && carry.length === 1) return null;
      edgeWhitespace ||= [...edges, ...UNICODE_SPACES].some((pattern) => chunk.includes(pattern));
      // Whole lines only, so that no UTF-8 sequence is cut.
      const end = chunk.lastIndexOf(0x0a);
      if (!isUtf8(chunk.subarray(0, end))) return null;
      carry = Buffer.from(chunk.subarray(end));
    }
    if (!isUtf8(carry)) return null;
    edgeWhitespace ||= carry.length > 1 && carry[carry.length - 1] === 0x20;
    return { edgeWhitespace };
  } finally {
    await file.close();
  }
}

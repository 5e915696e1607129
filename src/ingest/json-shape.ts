/**
 * Pure checks of the shape of parsed JSON: what the event store can keep (bounded nesting and
 * size, valid Unicode) and a canonical text of a value (for content hashes).
 */
import { type PayloadFault, pointerSegment } from './payload-check.ts';
import { MAX_EVENT_BYTES, MAX_NESTING_DEPTH } from './segment-schema.ts';

export type Json = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether the event store can keep `value` and should: nested at most MAX_NESTING_DEPTH
 * levels, at most `maxBytes` of JSON, text that is valid Unicode. Its JSON size, or the fault.
 */
export function shapeFault(value: object, maxBytes: number): number | PayloadFault {
  const tooDeep = tooDeepPath(value, MAX_NESTING_DEPTH);
  if (tooDeep !== null) {
    return { path: tooDeep, message: `is nested too deeply (at most ${MAX_NESTING_DEPTH} levels)` };
  }
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) {
    const shared = maxBytes < MAX_EVENT_BYTES ? ' (with the batch context)' : '';
    const message = `is ${bytes} bytes of JSON${shared}: a call may hold at most ${MAX_EVENT_BYTES}`;
    return { path: '', message };
  }
  if (hasLoneSurrogate(json)) {
    return {
      path: '',
      message: 'holds text that is not valid Unicode (an unpaired UTF-16 surrogate)',
    };
  }
  return bytes;
}

/** Whether objects and arrays in `value` nest deeper than `limit` (no paths: the fast pass). */
function nestsDeeper(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  if (Array.isArray(value)) return value.some((child) => nestsDeeper(child, limit - 1));
  for (const key in value) {
    if (nestsDeeper((value as Json)[key], limit - 1)) return true;
  }
  return false;
}

/** Pointer (relative to `value`) of the first object or array nested deeper than `limit`. */
function tooDeepPath(value: unknown, limit: number): string | null {
  if (!nestsDeeper(value, limit)) return null;
  let path = '';
  let node = value;
  for (let depth = 0; depth < limit; depth++) {
    const entries = Object.entries(node as object);
    const deeper = entries.find(([, child]) => nestsDeeper(child, limit - depth - 1));
    if (deeper === undefined) break;
    path += `/${pointerSegment(deeper[0])}`;
    node = deeper[1];
  }
  return path;
}

/**
 * Whether JSON text made by `JSON.stringify` holds an unpaired surrogate: it writes them, and
 * only them, as `\ud800`–`\udfff` escapes (a backslash preceded by an even number of others).
 */
const hasLoneSurrogate = (json: string): boolean =>
  json.includes('\\ud') && /(?:^|[^\\])(?:\\\\)*\\ud[89a-f]/.test(json);

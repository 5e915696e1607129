/** Reading the files people import, before anything is sent. */
import type { TouchpointFileFormat } from '../api/model-admin.ts';

/** CSV or XLSX, from the extension first (browsers disagree on CSV's type), else the type. */
export function touchpointFileFormat(name: string, type: string): TouchpointFileFormat | null {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (type === 'text/csv') return 'csv';
  if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  return null;
}

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** The document of a JSON file; a byte-order mark (some editors add one) is ignored. */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

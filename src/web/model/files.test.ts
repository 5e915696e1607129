import { describe, expect, it } from 'vitest';
import { readJson, touchpointFileFormat } from './files.ts';

describe('touchpointFileFormat', () => {
  it('goes by the extension, then by the type', () => {
    expect(touchpointFileFormat('touchpoints.CSV', 'application/vnd.ms-excel')).toBe('csv');
    expect(touchpointFileFormat('map.xlsx', '')).toBe('xlsx');
    expect(touchpointFileFormat('export', 'text/csv')).toBe('csv');
    expect(touchpointFileFormat('old.xls', 'application/vnd.ms-excel')).toBeNull();
    expect(touchpointFileFormat('notes.txt', 'text/plain')).toBeNull();
  });
});

describe('readJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(readJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readJson('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
  });

  it('reports what is not JSON', () => {
    expect(readJson('{a:1}')).toEqual({ ok: false });
    expect(readJson('')).toEqual({ ok: false });
  });
});

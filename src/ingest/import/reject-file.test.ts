import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, errorsText, openRejectFile, rejectLine } from './reject-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'parcours-rejects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reject file', () => {
  const columns = ['user', 'note'];

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes the line, the errors and the original fields; raw keeps what has no column', () => {
    const bad = {
      line: 7,
      errors: [{ field: 'user', message: 'is required' }],
      row: { user: '', note: 'x' },
    };
    expect(rejectLine(bad, columns)).toBe('7,user: is required,,x,\r\n');
    const unreadable = {
      line: 9,
      errors: [{ field: '/', message: 'is not valid JSON' }],
      row: '{oops',
    };
    expect(errorsText(unreadable)).toBe('is not valid JSON');
    expect(rejectLine(unreadable, columns)).toBe('9,is not valid JSON,,,{oops\r\n');
    const extra = { line: 3, errors: [], row: { user: 'u', deep: { a: 1 } } };
    expect(rejectLine(extra, columns)).toBe('3,,u,,"{""deep"":{""a"":1}}"\r\n');
  });

  it('is created at the first refused row, with a header and a byte-order mark', async () => {
    const path = join(dir, 'rejects.csv');
    writeFileSync(path, 'stale');
    const none = await openRejectFile(path, columns);
    await none.close();
    expect(existsSync(path)).toBe(false);
    const file = await openRejectFile(path, columns);
    await file.write({ line: 2, errors: [{ field: 'user', message: 'is required' }], row: {} });
    await file.close();
    expect(readFileSync(path, 'utf8')).toBe(
      '\uFEFFline,errors,user,note,raw\r\n2,user: is required,,,\r\n',
    );
  });
});

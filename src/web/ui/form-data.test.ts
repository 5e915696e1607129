import { describe, expect, it } from 'vitest';
import { formText } from './form-data.ts';

describe('formText', () => {
  it('reads text entries and treats the rest as empty', () => {
    const data = new FormData();
    data.set('name', 'Ada');
    data.set('file', new Blob(['x']), 'x.txt');
    expect(formText(data, 'name')).toBe('Ada');
    expect(formText(data, 'file')).toBe('');
    expect(formText(data, 'missing')).toBe('');
  });
});

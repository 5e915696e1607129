import { describe, expect, it } from 'vitest';
import { joinLines, PARSERS, PRESETS, parseCurrency, parseLines } from './form-values.ts';

describe('parseLines', () => {
  it('keeps one trimmed item per non-blank line', () => {
    expect(parseLines(' Save time \r\n\n Pay less\n  ')).toEqual(['Save time', 'Pay less']);
    expect(parseLines('')).toEqual([]);
    expect(parseLines(joinLines(['a', 'b']))).toEqual(['a', 'b']);
  });
});

describe('PARSERS.persona', () => {
  const values = {
    name: ' Anna ',
    description: 'Busy parent',
    goals: 'Save time\nPay less',
    frustrations: '',
    share: '35 %',
    color: '#e8590c',
    pictureUrl: '',
  };

  it('builds the persona fields', () => {
    expect(PARSERS.persona(values)).toEqual({
      ok: true,
      value: {
        name: 'Anna',
        description: 'Busy parent',
        goals: ['Save time', 'Pay less'],
        frustrations: [],
        share: 0.35,
        color: '#e8590c',
        pictureUrl: null,
      },
    });
  });

  it('reports every invalid field at once', () => {
    const parsed = PARSERS.persona({ ...values, name: ' ', share: 'lots', pictureUrl: 'ftp:/x' });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: 'model.error.required',
        share: 'model.error.share',
        pictureUrl: 'model.error.url',
      },
    });
  });

  it('keeps a valid picture address', () => {
    const parsed = PARSERS.persona({ ...values, pictureUrl: 'https://example.com/anna.png' });
    expect(parsed.ok && parsed.value.pictureUrl).toBe('https://example.com/anna.png');
  });
});

describe('PARSERS for the other lists', () => {
  it('reads channels with their kind and media', () => {
    expect(PARSERS.channel({ name: 'Email', kind: 'physical', media: 'Newsletter\n' })).toEqual({
      ok: true,
      value: { name: 'Email', kind: 'physical', media: ['Newsletter'] },
    });
    const odd = PARSERS.channel({ name: 'Web', kind: 'telepathy', media: '' });
    expect(odd.ok && odd.value.kind).toBe('digital');
  });

  it('checks objective weights', () => {
    expect(PARSERS.objective({ name: 'Grow', description: '', weight: '2,5' })).toEqual({
      ok: true,
      value: { name: 'Grow', description: '', weight: 2.5 },
    });
    for (const weight of ['', '-1', '101', 'x']) {
      const parsed = PARSERS.objective({ name: 'Grow', description: '', weight });
      expect(parsed, weight).toEqual({ ok: false, errors: { weight: 'model.error.weight' } });
    }
  });

  it('needs a name for phases and stages', () => {
    expect(PARSERS.stage({ name: '', description: 'x' })).toEqual({
      ok: false,
      errors: { name: 'model.error.required' },
    });
    expect(PARSERS.phase({ name: 'Prospect' })).toEqual({
      ok: true,
      value: { name: 'Prospect', description: '' },
    });
  });
});

describe('PRESETS', () => {
  it('fills a form from an item, and round-trips', () => {
    const persona = {
      id: 'p1',
      name: 'Anna',
      description: '',
      goals: ['a', 'b'],
      frustrations: [],
      share: 0.125,
      color: '#123456',
      pictureUrl: null,
    };
    const values = PRESETS.persona(persona, { lang: 'fr', count: 1 });
    expect(values.goals).toBe('a\nb');
    const { id: _id, ...fields } = persona;
    expect(PARSERS.persona(values)).toEqual({ ok: true, value: fields });
  });

  it('gives new personas a colour in turn', () => {
    const first = PRESETS.persona(null, { lang: 'en', count: 0 }).color;
    const second = PRESETS.persona(null, { lang: 'en', count: 1 }).color;
    expect(first).not.toBe(second);
    expect(PRESETS.objective(null, { lang: 'en', count: 0 }).weight).toBe('1');
  });
});

describe('parseCurrency', () => {
  it('accepts three letters in any case', () => {
    expect(parseCurrency(' eur ')).toBe('EUR');
    expect(parseCurrency('EURO')).toBeNull();
    expect(parseCurrency('E1R')).toBeNull();
  });
});

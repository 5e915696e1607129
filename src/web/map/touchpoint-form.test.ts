import { describe, expect, it } from 'vitest';
import { moveTouchpoint } from './map-ops.ts';
import { touchpoint } from './test-model.ts';
import { draftOf, parseField, parseRating, toggledObjectives } from './touchpoint-form.ts';

describe('parseField', () => {
  it('turns a typed cost into cents with its period', () => {
    expect(parseField('cost', '1 250,50', 'yearly')).toEqual({
      ok: true,
      changes: { cost: { amountCents: 125050, period: 'yearly' } },
    });
    expect(parseField('cost', '')).toEqual({ ok: true, changes: { cost: null } });
    expect(parseField('cost', 'a lot')).toEqual({ ok: false, error: 'number' });
  });

  it('reads counts and hours, empty meaning unknown', () => {
    expect(parseField('audience', '12 000')).toEqual({ ok: true, changes: { audience: 12000 } });
    expect(parseField('setupHours', '1,5')).toEqual({ ok: true, changes: { setupHours: 1.5 } });
    expect(parseField('processingHours', '')).toEqual({
      ok: true,
      changes: { processingHours: null },
    });
  });

  it('requires a name and trims short labels, empty ones becoming null', () => {
    expect(parseField('name', '  Store visit ')).toEqual({
      ok: true,
      changes: { name: 'Store visit' },
    });
    expect(parseField('name', '   ')).toEqual({ ok: false, error: 'required' });
    expect(parseField('owner', ' ')).toEqual({ ok: true, changes: { owner: null } });
    expect(parseField('media', 'Newsletter')).toEqual({
      ok: true,
      changes: { media: 'Newsletter' },
    });
  });

  it('keeps the layout of long texts and refuses texts that are too long', () => {
    expect(parseField('notes', 'line 1\nline 2 ')).toEqual({
      ok: true,
      changes: { notes: 'line 1\nline 2 ' },
    });
    expect(parseField('media', 'x'.repeat(201))).toEqual({ ok: false, error: 'tooLong', max: 200 });
  });
});

describe('draftOf', () => {
  const tp = touchpoint('t', 's', 'c', {
    cost: { amountCents: 125050, period: 'monthly' },
    audience: 12000,
    setupHours: 1.5,
    owner: null,
  });

  it('shows values as people type them, in the interface language', () => {
    expect(draftOf(tp, 'cost', 'en')).toBe('1,250.50');
    expect(draftOf(tp, 'audience', 'en')).toBe('12,000');
    expect(draftOf(tp, 'setupHours', 'fr')).toBe('1,5');
    expect(draftOf(tp, 'processingHours', 'fr')).toBe('');
    expect(draftOf(tp, 'owner', 'fr')).toBe('');
    expect(draftOf(tp, 'name', 'fr')).toBe('t');
  });
});

describe('choices', () => {
  it('reads ratings, empty meaning not rated', () => {
    expect(parseRating('')).toBeNull();
    expect(parseRating('-3')).toBe(-3);
    expect(parseRating('4')).toBe(4);
  });

  it('ticks objectives in the model order and keeps unknown ids', () => {
    expect(toggledObjectives(['o1', 'o2', 'o3'], ['o3'], 'o1', true)).toEqual(['o1', 'o3']);
    expect(toggledObjectives(['o1', 'o2'], ['o1', 'gone'], 'o1', false)).toEqual(['gone']);
  });
});

describe('moveTouchpoint', () => {
  it('moves a card to another cell, and does nothing in its own cell', () => {
    const tp = touchpoint('t', 's1', 'web');
    expect(moveTouchpoint('j', tp, 's2', 'web')).toEqual({
      op: 'touchpoint.update',
      journeyId: 'j',
      id: 't',
      changes: { stageId: 's2', channelId: 'web' },
    });
    expect(moveTouchpoint('j', tp, 's1', 'web')).toBeNull();
  });
});

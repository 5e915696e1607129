import { describe, expect, it } from 'vitest';
import { answersOfRows, parseInstant, readExternalAnswers } from './external-answers.ts';
import { DEFAULT_TARGETING, type Survey } from './survey-schema.ts';
import { STANDARD_FOLLOW_UP, standardQuestion } from './wording.ts';

const survey: Survey = {
  id: 'sv1',
  version: 1,
  name: 'CSAT',
  kind: 'csat',
  target: { type: 'touchpoint', touchpointId: 'tp' },
  question: standardQuestion('csat', 'Acme'),
  followUp: STANDARD_FOLLOW_UP,
  customQuestions: [{ id: 'why', label: { en: 'Why?', fr: 'Pourquoi ?' } }],
  targeting: DEFAULT_TARGETING,
  triggerEvent: null,
  activeFrom: null,
  activeUntil: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const placement = {
  touchpointId: 'tp',
  stageId: 'st',
  channelId: 'ch',
  channel: 'email',
  lifecyclePhaseId: null,
};
const context = {
  survey,
  placement,
  source: 'import' as const,
  now: new Date('2026-03-01T00:00:00Z'),
  pointer: (line: number) => `/lines/${line}`,
};

describe('external answers', () => {
  it('reads dates in ISO and French forms, refusing days that do not exist', () => {
    expect(parseInstant('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(parseInstant('2026-02-03T10:15:00+01:00')?.toISOString()).toBe(
      '2026-02-03T09:15:00.000Z',
    );
    expect(parseInstant('03/02/2026 10:15')?.toISOString()).toBe('2026-02-03T10:15:00.000Z');
    for (const bad of ['2026-02-30', '31/02/2026', 'yesterday', '2026-13-01']) {
      expect(parseInstant(bad), bad).toBeUndefined();
    }
  });

  it('maps columns named in English or French, and custom questions by id', () => {
    const file = answersOfRows(survey, [
      ['Client', 'Note', 'Commentaire', 'Date', 'why', 'ignored'],
      ['u1', '4', 'Bien', '2026-02-01', 'Rapide', 'x'],
      ['', '', '', '', '', ''],
      ['u2', 'quatre', '', '', '', ''],
    ]);
    expect(file.errors).toEqual([]);
    expect(file.answers).toEqual([
      {
        userId: 'u1',
        score: 4,
        comment: 'Bien',
        answeredAt: '2026-02-01',
        answers: { why: 'Rapide' },
        position: 2,
      },
      {
        userId: 'u2',
        score: 'quatre',
        comment: '',
        answeredAt: '',
        answers: { why: '' },
        position: 4,
      },
    ]);
    expect(answersOfRows(survey, [['name'], ['x']]).errors[0]?.message).toContain('"score"');
  });

  it('checks every answer, naming the field, and keys answers stably', () => {
    const read = readExternalAnswers(context, [
      { userId: 'u1', score: 5, answeredAt: '2026-02-01', position: 2 },
      { userId: 'u1', score: 6, position: 3 },
      { score: 3, position: 4 },
      { userId: 'u3', score: 3, answers: { nope: 'x' }, lang: 'de', position: 5 },
    ]);
    expect(read.positions).toEqual([2]);
    expect(read.errors.map((e) => e.field)).toEqual([
      '/lines/3/score',
      '/lines/4/userId',
      '/lines/5/lang',
      '/lines/5/answers/nope',
    ]);
    const again = readExternalAnswers(context, [
      { userId: 'u1', score: 4, answeredAt: '2026-02-01', position: 9 },
    ]);
    expect(again.submissions[0]?.answerKey).toBe(read.submissions[0]?.answerKey);
  });
});

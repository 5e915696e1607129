import { describe, expect, it } from 'vitest';
import { completeSurvey } from '../../feedback/surveys.ts';
import {
  formOfSurvey,
  inputOfForm,
  newSurveyForm,
  nextQuestionId,
  withKind,
} from './survey-form.ts';

describe('survey editor state', () => {
  it('starts with the standard NPS question and defaults', () => {
    const form = newSurveyForm('Acme', 'tp1', 'st1');
    expect(form.questionEn).toBe('How likely are you to recommend Acme to a friend or colleague?');
    expect(inputOfForm({ ...form, name: 'N' })).toMatchObject({
      target: { type: 'touchpoint', touchpointId: 'tp1' },
      targeting: { samplingPercent: 100, cooldownDays: 90, maxPerPeriod: null, personaIds: [] },
      triggerEvent: null,
      activeFrom: null,
    });
  });

  it('switches the standard question with the kind, keeps a reworded one', () => {
    const form = newSurveyForm('Acme', 'tp1', 'st1');
    expect(withKind(form, 'ces', 'Acme').questionFr).toBe(
      'Acme m’a facilité la gestion de ma demande.',
    );
    const reworded = { ...form, questionEn: 'Would you recommend us?' };
    expect(withKind(reworded, 'csat', 'Acme').questionEn).toBe('Would you recommend us?');
  });

  it('round-trips a stored survey', () => {
    const input = {
      name: 'CSAT returns',
      kind: 'csat' as const,
      target: { type: 'stage' as const, stageId: 'st9' },
      question: { en: 'Happy?', fr: 'Content ?' },
      followUp: null,
      customQuestions: [{ id: 'why', label: { en: 'Why?', fr: 'Pourquoi ?' } }],
      targeting: {
        samplingPercent: 25,
        cooldownDays: 30,
        maxPerPeriod: { count: 50, period: 'week' as const },
        personaIds: ['p1'],
      },
      triggerEvent: 'Return Requested',
      activeFrom: '2026-03-01T09:30:00.000Z',
      activeUntil: null,
      active: false,
    };
    const stamp = {
      id: 's',
      version: 3,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const survey = completeSurvey(input, 'Acme', stamp);
    expect(inputOfForm(formOfSurvey(survey, 'tp1', 'st1'))).toEqual(input);
  });

  it('names new custom questions without clashes', () => {
    expect(nextQuestionId([])).toBe('q1');
    expect(nextQuestionId([{ id: 'q2', en: '', fr: '' }])).toBe('q3');
    expect(
      nextQuestionId([
        { id: 'q2', en: '', fr: '' },
        { id: 'q3', en: '', fr: '' },
      ]),
    ).toBe('q4');
  });
});

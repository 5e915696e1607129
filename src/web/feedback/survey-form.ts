/**
 * The survey editor's state and its conversion to and from the API's definition. The editor
 * starts a new survey with the standard question of its kind, and switching kinds swaps a
 * standard question for the other kind's (a reworded one is kept). Pure.
 */
import type { Period } from '../../feedback/survey-schema.ts';
import { STANDARD_FOLLOW_UP, standardQuestion } from '../../feedback/wording.ts';
import type { Survey, SurveyInput, SurveyKind } from './feedback-api.ts';

export interface CustomQuestionDraft {
  readonly id: string;
  readonly en: string;
  readonly fr: string;
}

export interface SurveyForm {
  readonly name: string;
  readonly kind: SurveyKind;
  readonly targetType: 'touchpoint' | 'stage';
  readonly touchpointId: string;
  readonly stageId: string;
  readonly questionEn: string;
  readonly questionFr: string;
  readonly followUp: boolean;
  readonly followUpEn: string;
  readonly followUpFr: string;
  readonly customQuestions: readonly CustomQuestionDraft[];
  readonly samplingPercent: string;
  readonly cooldownDays: string;
  readonly capped: boolean;
  readonly capCount: string;
  readonly capPeriod: Period;
  readonly personaIds: readonly string[];
  readonly triggerEvent: string;
  /** `datetime-local` values (local time), '' for none. */
  readonly activeFrom: string;
  readonly activeUntil: string;
  readonly active: boolean;
}

export function newSurveyForm(brand: string, touchpointId: string, stageId: string): SurveyForm {
  const question = standardQuestion('nps', brand);
  return {
    name: '',
    kind: 'nps',
    targetType: 'touchpoint',
    touchpointId,
    stageId,
    questionEn: question.en,
    questionFr: question.fr,
    followUp: true,
    followUpEn: STANDARD_FOLLOW_UP.en,
    followUpFr: STANDARD_FOLLOW_UP.fr,
    customQuestions: [],
    samplingPercent: '100',
    cooldownDays: '90',
    capped: false,
    capCount: '1000',
    capPeriod: 'month',
    personaIds: [],
    triggerEvent: '',
    activeFrom: '',
    activeUntil: '',
    active: true,
  };
}

/** Another kind; a question still worded as the standard one follows the kind. */
export function withKind(form: SurveyForm, kind: SurveyKind, brand: string): SurveyForm {
  const before = standardQuestion(form.kind, brand);
  const after = standardQuestion(kind, brand);
  return {
    ...form,
    kind,
    questionEn: form.questionEn === before.en ? after.en : form.questionEn,
    questionFr: form.questionFr === before.fr ? after.fr : form.questionFr,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in local time. */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const fromLocalInput = (value: string): string | null => {
  if (value.trim() === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export function formOfSurvey(
  survey: Survey,
  fallbackTouchpointId: string,
  fallbackStageId: string,
): SurveyForm {
  const { target, targeting } = survey;
  return {
    name: survey.name,
    kind: survey.kind,
    targetType: target.type,
    touchpointId: target.type === 'touchpoint' ? target.touchpointId : fallbackTouchpointId,
    stageId: target.type === 'stage' ? target.stageId : fallbackStageId,
    questionEn: survey.question.en,
    questionFr: survey.question.fr,
    followUp: survey.followUp !== null,
    followUpEn: survey.followUp?.en ?? STANDARD_FOLLOW_UP.en,
    followUpFr: survey.followUp?.fr ?? STANDARD_FOLLOW_UP.fr,
    customQuestions: survey.customQuestions.map((q) => ({
      id: q.id,
      en: q.label.en,
      fr: q.label.fr,
    })),
    samplingPercent: String(targeting.samplingPercent),
    cooldownDays: String(targeting.cooldownDays),
    capped: targeting.maxPerPeriod !== null,
    capCount: String(targeting.maxPerPeriod?.count ?? 1000),
    capPeriod: targeting.maxPerPeriod?.period ?? 'month',
    personaIds: targeting.personaIds,
    triggerEvent: survey.triggerEvent ?? '',
    activeFrom: toLocalInput(survey.activeFrom),
    activeUntil: toLocalInput(survey.activeUntil),
    active: survey.active,
  };
}

/** A number field as a number; text that is not one is sent as NaN for the server to name. */
const numberOf = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));

/** The definition to send; the server validates and names what is wrong. */
export function inputOfForm(form: SurveyForm): SurveyInput {
  return {
    name: form.name,
    kind: form.kind,
    target:
      form.targetType === 'touchpoint'
        ? { type: 'touchpoint', touchpointId: form.touchpointId }
        : { type: 'stage', stageId: form.stageId },
    question: { en: form.questionEn, fr: form.questionFr },
    followUp: form.followUp ? { en: form.followUpEn, fr: form.followUpFr } : null,
    customQuestions: form.customQuestions.map((q) => ({ id: q.id, label: { en: q.en, fr: q.fr } })),
    targeting: {
      samplingPercent: numberOf(form.samplingPercent),
      cooldownDays: numberOf(form.cooldownDays),
      maxPerPeriod: form.capped ? { count: numberOf(form.capCount), period: form.capPeriod } : null,
      personaIds: [...form.personaIds],
    },
    triggerEvent: form.triggerEvent.trim() === '' ? null : form.triggerEvent.trim(),
    activeFrom: fromLocalInput(form.activeFrom),
    activeUntil: fromLocalInput(form.activeUntil),
    active: form.active,
  };
}

/** A fresh id for a custom question: `q1`, `q2`… not yet used. */
export function nextQuestionId(questions: readonly CustomQuestionDraft[]): string {
  let n = questions.length + 1;
  while (questions.some((q) => q.id === `q${n}`)) n++;
  return `q${n}`;
}

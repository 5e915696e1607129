/**
 * The one gate every answer passes before it is stored, whatever the surface (hosted page,
 * widget, API, import): the score on the survey's scale, texts of bounded length, custom
 * answers only for the survey's own questions. Blank texts count as no answer. Pure.
 */
import type { FieldError, Result } from '../shared/result.ts';
import type { AnswerContent } from './answer-event.ts';
import { isScoreOf, SCALES } from './scales.ts';
import type { Survey } from './survey-schema.ts';

export const MAX_TEXT_LENGTH = 2000;

export interface GivenAnswer {
  readonly score: unknown;
  readonly comment?: string | null | undefined;
  readonly answers?: Readonly<Record<string, string>> | undefined;
}

const cleaned = (text: string | null | undefined): string | null => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

export function checkAnswer(survey: Survey, given: GivenAnswer): Result<AnswerContent> {
  const errors: FieldError[] = [];
  const { min, max } = SCALES[survey.kind];
  if (!isScoreOf(survey.kind, given.score)) {
    errors.push({ field: '/score', message: `must be a whole number from ${min} to ${max}` });
  }
  const comment = cleaned(given.comment);
  if (comment !== null && comment.length > MAX_TEXT_LENGTH) {
    errors.push({ field: '/comment', message: `must be at most ${MAX_TEXT_LENGTH} characters` });
  }
  if (comment !== null && survey.followUp === null) {
    errors.push({ field: '/comment', message: 'this survey has no open question' });
  }
  const answers: Record<string, string> = {};
  for (const [id, text] of Object.entries(given.answers ?? {})) {
    const value = cleaned(text);
    if (!survey.customQuestions.some((question) => question.id === id)) {
      errors.push({ field: `/answers/${id}`, message: 'this survey has no such question' });
    } else if (value !== null && value.length > MAX_TEXT_LENGTH) {
      errors.push({
        field: `/answers/${id}`,
        message: `must be at most ${MAX_TEXT_LENGTH} characters`,
      });
    } else if (value !== null) {
      answers[id] = value;
    }
  }
  if (errors.length > 0) {
    const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return { ok: false, error: { kind: 'invalid', message, errors } };
  }
  return { ok: true, value: { score: given.score as number, comment, answers } };
}

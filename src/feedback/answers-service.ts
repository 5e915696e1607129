/**
 * Answers collected elsewhere: sent through the API or imported from a CSV/XLSX file. Good
 * answers are stored and bad ones named (by index or line); sending the same answers again
 * stores nothing new (./external-answers.ts). A paused survey takes none, and an answer dated
 * outside the survey's active dates is refused.
 */
import { conflict, type FieldError, fail, ok, type Result } from '../shared/result.ts';
import { surveyInPlace } from './asks.ts';
import { type FeedbackContext, intakeOf } from './context.ts';
import {
  answersOfRows,
  type ExternalAnswer,
  type ExternalContext,
  readExternalAnswers,
} from './external-answers.ts';
import { recordAnswers } from './record.ts';
import type { Survey } from './survey-schema.ts';

export interface AnswersSummary {
  readonly stored: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly errors: FieldError[];
}

/** The answers dated outside the survey's active dates, as errors; the others. */
function withinDates<T extends { readonly at: Date }>(
  survey: Survey,
  submissions: readonly T[],
  positions: readonly number[],
  pointer: (position: number) => string,
) {
  const from = survey.activeFrom === null ? -Infinity : Date.parse(survey.activeFrom);
  const until = survey.activeUntil === null ? Infinity : Date.parse(survey.activeUntil);
  const kept: T[] = [];
  const keptPositions: number[] = [];
  const errors: FieldError[] = [];
  submissions.forEach((submission, i) => {
    const time = submission.at.getTime();
    const position = positions[i] ?? 0;
    if (time < from || time >= until) {
      errors.push({
        field: `${pointer(position)}/answeredAt`,
        message: 'is outside the active dates of the survey',
      });
    } else {
      kept.push(submission);
      keptPositions.push(position);
    }
  });
  return { kept, keptPositions, errors };
}

async function store(
  ctx: FeedbackContext,
  workspaceId: string,
  surveyId: string,
  source: ExternalContext['source'],
  pointer: (position: number) => string,
  answers: readonly (ExternalAnswer & { readonly position: number })[],
  earlier: readonly FieldError[] = [],
): Promise<Result<AnswersSummary>> {
  const found = await surveyInPlace(ctx, workspaceId, surveyId);
  if (!found.ok) return found;
  const { survey, placement } = found.value;
  if (!survey.active)
    return fail(conflict('this survey is paused: it takes no answers', '/active'));
  const read = readExternalAnswers(
    { survey, placement, source, now: ctx.access.now(), pointer },
    answers,
  );
  const dated = withinDates(survey, read.submissions, read.positions, pointer);
  const result = await recordAnswers(intakeOf(ctx), workspaceId, dated.kept);
  const refused = result.rejected.flatMap((call) =>
    call.errors.map((e) => ({
      field: pointer(dated.keptPositions[call.index] ?? 0),
      message: e.message,
    })),
  );
  const errors = [...earlier, ...read.errors, ...dated.errors, ...refused];
  const count = (outcome: string) => result.outcomes.filter((o) => o === outcome).length;
  const summary: AnswersSummary = {
    stored: count('stored'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: answers.length - dated.kept.length + count('rejected'),
    errors,
  };
  if (summary.stored + summary.updated + summary.unchanged === 0 && errors.length > 0) {
    const message = `no answer was stored: ${errors.length} problem(s)`;
    return fail({ kind: 'invalid', message, errors });
  }
  return ok(summary);
}

/** Answers sent through the API (`POST …/surveys/:id/answers`). */
export function submitAnswers(
  ctx: FeedbackContext,
  workspaceId: string,
  surveyId: string,
  answers: readonly ExternalAnswer[],
): Promise<Result<AnswersSummary>> {
  const positioned = answers.map((answer, position) => ({ ...answer, position }));
  return store(ctx, workspaceId, surveyId, 'api', (i) => `/answers/${i}`, positioned);
}

/** Answers of a file's rows (./answers-file.ts); errors name the line. */
export async function importAnswerRows(
  ctx: FeedbackContext,
  workspaceId: string,
  survey: Survey,
  rows: readonly (readonly string[])[],
): Promise<Result<AnswersSummary>> {
  const file = answersOfRows(survey, rows);
  if (file.answers.length === 0) {
    const errors =
      file.errors.length > 0
        ? file.errors
        : [{ field: '/lines', message: 'the file has no answer' }];
    return fail({ kind: 'invalid', message: errors.map((e) => e.message).join('; '), errors });
  }
  const named = (position: number) => `/lines/${position}`;
  const withLine = (errors: readonly FieldError[]) =>
    errors.map((e) => ({
      ...e,
      message: `line ${/\/lines\/(\d+)/.exec(e.field)?.[1] ?? '?'}: ${e.message}`,
    }));
  const outcome = await store(ctx, workspaceId, survey.id, 'import', named, file.answers);
  if (outcome.ok) return ok({ ...outcome.value, errors: withLine(outcome.value.errors) });
  if (outcome.error.kind !== 'invalid') return outcome;
  return fail({ ...outcome.error, errors: withLine(outcome.error.errors) });
}

/**
 * The web widget's side of the server: which survey to show after a tracked event (or the one
 * the page names), ready to render in the visitor's language, with a short-lived signed ticket
 * that the answer must carry.
 */
import { ok, type Result } from '../shared/result.ts';
import type { Respondent } from './answer-payload.ts';
import { refusalFor, surveyInPlace, widgetTicket } from './asks.ts';
import { type FeedbackContext, intakeOf } from './context.ts';
import { recordAsks } from './record.ts';
import { listSurveys } from './repository.ts';
import { RESPONDENT_TEXTS } from './respondent-texts.ts';
import { SCALES } from './scales.ts';
import type { Survey } from './survey-schema.ts';
import { isActiveAt } from './surveys.ts';
import { SCALE_ENDS, type SurveyLang } from './wording.ts';

export interface WidgetQuery {
  /** A tracked event: the first eligible survey triggered by it is shown. */
  readonly event?: string;
  /** A survey the page asks for by id (targeting other than its dates does not apply). */
  readonly surveyId?: string;
  readonly respondent: Respondent;
  readonly lang: SurveyLang;
}

/** A survey as the widget renders it. */
export interface WidgetSurvey {
  readonly ticket: string;
  readonly surveyId: string;
  readonly kind: Survey['kind'];
  readonly lang: SurveyLang;
  readonly min: number;
  readonly max: number;
  readonly question: string;
  readonly low: string;
  readonly high: string;
  readonly followUp: string | null;
  readonly customQuestions: { readonly id: string; readonly label: string }[];
  readonly texts: Readonly<Record<string, string>>;
}

function display(survey: Survey, ticket: string, lang: SurveyLang): WidgetSurvey {
  const { min, max } = SCALES[survey.kind];
  const ends = SCALE_ENDS[survey.kind];
  const texts = RESPONDENT_TEXTS[lang];
  return {
    ticket,
    surveyId: survey.id,
    kind: survey.kind,
    lang,
    min,
    max,
    question: survey.question[lang],
    low: ends.low[lang],
    high: ends.high[lang],
    followUp: survey.followUp === null ? null : survey.followUp[lang],
    customQuestions: survey.customQuestions.map((q) => ({ id: q.id, label: q.label[lang] })),
    texts: {
      scoreLegend: texts.scoreLegend,
      optional: texts.optional,
      submit: texts.submit,
      close: texts.close,
      thanks: texts.thanks,
      error: texts.error,
      scoreMissing: texts.scoreMissing,
    },
  };
}

/** The survey to show now, or null when none applies (not triggered, not eligible). */
export async function surveyForWidget(
  ctx: FeedbackContext,
  workspaceId: string,
  query: WidgetQuery,
): Promise<Result<WidgetSurvey | null>> {
  const candidates =
    query.surveyId !== undefined
      ? [query.surveyId]
      : (await listSurveys(ctx.access.db, workspaceId))
          .filter((survey) => query.event !== undefined && survey.triggerEvent === query.event)
          .map((survey) => survey.id);
  for (const surveyId of candidates) {
    const found = await surveyInPlace(ctx, workspaceId, surveyId);
    if (!found.ok) {
      if (query.surveyId !== undefined) return found;
      continue;
    }
    const { survey, model, placement } = found.value;
    const refusal =
      query.surveyId !== undefined
        ? isActiveAt(survey, ctx.access.now())
          ? null
          : 'inactive'
        : await refusalFor(ctx, workspaceId, survey, model, query.respondent);
    if (refusal !== null) continue;
    const ticket = widgetTicket(ctx, workspaceId, survey, query.respondent, query.lang);
    await recordAsks(intakeOf(ctx), workspaceId, [
      {
        survey,
        placement,
        respondent: query.respondent,
        requestKey: `widget:${ticket}`,
        via: 'widget',
        lang: query.lang,
        at: ctx.access.now(),
      },
    ]);
    return ok(display(survey, ticket, query.lang));
  }
  return ok(null);
}

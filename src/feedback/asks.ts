/**
 * Asking people: personal links issued for a survey (to send by email, SMS…) and the facts
 * targeting needs about someone (./targeting.ts). Each ask is recorded as a `Survey Requested`
 * event, which later cooldowns and caps count.
 */
import { randomBytes } from 'node:crypto';
import type { WorkspaceModel } from '../model/schema.ts';
import { readModel } from '../model/service.ts';
import { fail, notFound, ok, type Result } from '../shared/result.ts';
import type { AskRecord, Respondent } from './answer-payload.ts';
import { type FeedbackContext, intakeOf } from './context.ts';
import { recordAsks } from './record.ts';
import { findSurvey } from './repository.ts';
import type { Survey } from './survey-schema.ts';
import { isActiveAt, type Placement, placementOf, targetedPersonaNames } from './surveys.ts';
import { type AskRefusal, askRefusal, periodStart } from './targeting.ts';
import { signTicket } from './tickets.ts';
import type { SurveyLang } from './wording.ts';

const DAY_MS = 86_400_000;

/** Why the survey may not ask this respondent now (null: it may), from the event store's facts. */
export async function refusalFor(
  ctx: FeedbackContext,
  workspaceId: string,
  survey: Survey,
  model: WorkspaceModel,
  respondent: Respondent,
  asksBefore = 0,
): Promise<AskRefusal | null> {
  const at = ctx.access.now();
  if (!isActiveAt(survey, at)) return 'inactive';
  const who = {
    ...(respondent.userId === null ? {} : { userId: respondent.userId }),
    ...(respondent.anonymousId === null ? {} : { anonymousId: respondent.anonymousId }),
  };
  const targeted = targetedPersonaNames(survey, model);
  const cap = survey.targeting.maxPerPeriod;
  const [persona, lastAskedAt, asks] = await Promise.all([
    targeted.length === 0 ? null : ctx.events.feedback.personaOf(workspaceId, who),
    ctx.events.feedback.lastAskedAt(workspaceId, who),
    cap === null
      ? 0
      : ctx.events.feedback.requestCount(workspaceId, survey.id, periodStart(cap.period, at)),
  ]);
  return askRefusal(survey, {
    at,
    person: respondent.userId ?? respondent.anonymousId ?? '',
    persona,
    targetedPersonas: targeted,
    lastAskedAt,
    asksThisPeriod: asks + asksBefore,
  });
}

export interface LinkRequest {
  readonly recipients: readonly { readonly userId: string; readonly lang?: SurveyLang }[];
  readonly expiresInDays: number;
  /** false: issue to everyone listed (tests, a hand-picked panel); inactive surveys still refuse. */
  readonly respectTargeting: boolean;
}

export interface IssuedLink {
  readonly userId: string;
  /** The personal link; null when the person is not asked (see `refusal`). */
  readonly url: string | null;
  /** The link with `?score={score}` for one-click answers in an email. */
  readonly oneClickUrl: string | null;
  readonly expiresAt: string | null;
  readonly refusal: AskRefusal | null;
}

interface SurveyInPlace {
  readonly survey: Survey;
  readonly model: WorkspaceModel;
  readonly placement: Placement;
}

export async function surveyInPlace(
  ctx: FeedbackContext,
  workspaceId: string,
  surveyId: string,
): Promise<Result<SurveyInPlace>> {
  const survey = await findSurvey(ctx.access.db, workspaceId, surveyId);
  if (survey === undefined) return fail(notFound(`survey ${surveyId} not found`));
  const { model } = await readModel(ctx.access, workspaceId);
  const placement = placementOf(model, survey.target);
  if (placement === undefined) {
    return fail(
      notFound(`the ${survey.target.type} of survey ${surveyId} is no longer in the map`),
    );
  }
  return ok({ survey, model, placement });
}

/** Personal links for the recipients that targeting lets the survey ask. */
export async function issueLinks(
  ctx: FeedbackContext,
  workspaceId: string,
  surveyId: string,
  request: LinkRequest,
): Promise<Result<IssuedLink[]>> {
  const found = await surveyInPlace(ctx, workspaceId, surveyId);
  if (!found.ok) return found;
  const { survey, model, placement } = found.value;
  const at = ctx.access.now();
  const expiresAt = new Date(
    Math.floor((at.getTime() + request.expiresInDays * DAY_MS) / 1000) * 1000,
  );
  const links: IssuedLink[] = [];
  const asks: AskRecord[] = [];
  const askedNow = new Set<string>();
  for (const { userId, lang } of request.recipients) {
    const respondent = { userId, anonymousId: null };
    const repeated = askedNow.has(userId) && survey.targeting.cooldownDays > 0;
    const refusal = !request.respectTargeting
      ? isActiveAt(survey, at)
        ? null
        : 'inactive'
      : repeated
        ? 'cooldown'
        : await refusalFor(ctx, workspaceId, survey, model, respondent, asks.length);
    if (refusal !== null) {
      links.push({ userId, url: null, oneClickUrl: null, expiresAt: null, refusal });
      continue;
    }
    const token = signTicket(ctx.secret, {
      workspaceId,
      surveyId,
      userId,
      anonymousId: null,
      expiresAt,
      via: 'link',
      lang: lang ?? null,
      nonce: null,
    });
    askedNow.add(userId);
    const url = `${ctx.publicUrl()}/s/${token}`;
    links.push({
      userId,
      url,
      oneClickUrl: `${url}?score={score}`,
      expiresAt: expiresAt.toISOString(),
      refusal,
    });
    asks.push({
      survey,
      placement,
      respondent,
      requestKey: `link:${token}`,
      via: 'link',
      lang: lang ?? 'en',
      at,
    });
  }
  await recordAsks(intakeOf(ctx), workspaceId, asks);
  return ok(links);
}

/** A widget display: a short-lived ticket of its own (the nonce makes each display one answer). */
export function widgetTicket(
  ctx: FeedbackContext,
  workspaceId: string,
  survey: Survey,
  respondent: Respondent,
  lang: SurveyLang,
): string {
  return signTicket(ctx.secret, {
    workspaceId,
    surveyId: survey.id,
    userId: respondent.userId,
    anonymousId: respondent.anonymousId,
    expiresAt: new Date(Math.floor(ctx.access.now().getTime() / 1000) * 1000 + DAY_MS),
    via: 'widget',
    lang,
    nonce: randomBytes(9).toString('base64url'),
  });
}

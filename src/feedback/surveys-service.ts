/**
 * Survey definitions: list (with answer counts), read, create, change (optimistic lock on the
 * version), delete. Definitions are checked against the workspace's journey model.
 */
import type { WorkspaceAccess } from '../access/authorize.ts';
import { findWorkspace } from '../access/repository.ts';
import { readModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';
import { conflict, fail, notFound, ok, type Result } from '../shared/result.ts';
import type { FeedbackContext } from './context.ts';
import {
  deleteSurvey,
  findSurvey,
  insertSurvey,
  listSurveys,
  replaceSurvey,
} from './repository.ts';
import { answerCounts } from './survey-counts.ts';
import type { Survey, SurveyInput } from './survey-schema.ts';
import { completeSurvey, surveyProblems } from './surveys.ts';

export interface SurveyWithCount extends Survey {
  readonly answerCount: number;
}

const userOf = (access: WorkspaceAccess) =>
  access.principal.kind === 'user' ? access.principal.user.id : null;

const missing = (surveyId: string) => fail<never>(notFound(`survey ${surveyId} not found`));

export async function listSurveysWithCounts(
  ctx: FeedbackContext,
  workspaceId: string,
): Promise<SurveyWithCount[]> {
  const [surveys, tallies] = await Promise.all([
    listSurveys(ctx.access.db, workspaceId),
    ctx.events.feedback.answerTallies(workspaceId),
  ]);
  const counts = answerCounts(surveys, tallies);
  return surveys.map((survey) => ({ ...survey, answerCount: counts.get(survey.id) ?? 0 }));
}

export async function getSurvey(
  ctx: FeedbackContext,
  workspaceId: string,
  surveyId: string,
): Promise<Result<Survey>> {
  const survey = await findSurvey(ctx.access.db, workspaceId, surveyId);
  return survey === undefined ? missing(surveyId) : ok(survey);
}

/** The definition, completed and checked against the model; the failure names the fields. */
async function checked(
  ctx: FeedbackContext,
  workspaceId: string,
  input: SurveyInput,
  stamp: { id: string; version: number; createdAt: string },
): Promise<Result<Survey>> {
  const workspace = await findWorkspace(ctx.access.db, workspaceId);
  const { model } = await readModel(ctx.access, workspaceId);
  const at = ctx.access.now().toISOString();
  const survey = completeSurvey(input, workspace?.name ?? '', { ...stamp, updatedAt: at });
  const errors = surveyProblems(survey, model);
  if (errors.length === 0) return ok(survey);
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return fail({ kind: 'invalid', message: detail, errors });
}

export async function createSurvey(
  ctx: FeedbackContext,
  access: WorkspaceAccess,
  input: SurveyInput,
): Promise<Result<Survey>> {
  const at = ctx.access.now().toISOString();
  const survey = await checked(ctx, access.workspaceId, input, {
    id: newId(),
    version: 1,
    createdAt: at,
  });
  if (!survey.ok) return survey;
  await insertSurvey(ctx.access.db, access.workspaceId, survey.value, userOf(access));
  return survey;
}

export async function updateSurvey(
  ctx: FeedbackContext,
  access: WorkspaceAccess,
  surveyId: string,
  input: SurveyInput,
  baseVersion: number,
): Promise<Result<Survey>> {
  const current = await findSurvey(ctx.access.db, access.workspaceId, surveyId);
  if (current === undefined) return missing(surveyId);
  const stale = () =>
    fail<Survey>(conflict('the survey was changed meanwhile: reload it and try again', '/version'));
  if (current.version !== baseVersion) return stale();
  const survey = await checked(ctx, access.workspaceId, input, {
    id: surveyId,
    version: baseVersion + 1,
    createdAt: current.createdAt,
  });
  if (!survey.ok) return survey;
  const saved = await replaceSurvey(
    ctx.access.db,
    access.workspaceId,
    survey.value,
    baseVersion,
    userOf(access),
  );
  return saved ? survey : stale();
}

/** Deletes the definition; its answers stay (they are events, and measures of their place). */
export async function removeSurvey(
  ctx: FeedbackContext,
  access: WorkspaceAccess,
  surveyId: string,
): Promise<Result<null>> {
  const deleted = await deleteSurvey(ctx.access.db, access.workspaceId, surveyId);
  return deleted ? ok(null) : missing(surveyId);
}

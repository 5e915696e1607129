/**
 * Storage of survey definitions in the operational store. Kysely builder only, values bound,
 * every query by workspace.
 */
import type { Db } from '../access/repository.ts';
import type { Survey } from './survey-schema.ts';
import type { FeedbackSurveysTable } from './tables.ts';

type Definition = Omit<Survey, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const definitionOf = ({ id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest }: Survey) =>
  JSON.stringify(rest satisfies Definition);

// Definitions passed the schema and `surveyProblems` before they were written: trusted.
const toSurvey = (row: FeedbackSurveysTable): Survey => ({
  ...(JSON.parse(row.definition) as Definition),
  id: row.id,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function listSurveys(db: Db, workspaceId: string): Promise<Survey[]> {
  const rows = await db
    .selectFrom('feedback_surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSurvey);
}

export async function findSurvey(
  db: Db,
  workspaceId: string,
  surveyId: string,
): Promise<Survey | undefined> {
  const row = await db
    .selectFrom('feedback_surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row && toSurvey(row);
}

export async function insertSurvey(
  db: Db,
  workspaceId: string,
  survey: Survey,
  userId: string | null,
): Promise<void> {
  await db
    .insertInto('feedback_surveys')
    .values({
      workspace_id: workspaceId,
      id: survey.id,
      version: survey.version,
      kind: survey.kind,
      definition: definitionOf(survey),
      created_at: survey.createdAt,
      updated_at: survey.updatedAt,
      updated_by: userId,
    })
    .execute();
}

/** Writes `survey` (whose version is the new one) if nobody changed it since `baseVersion`. */
export async function replaceSurvey(
  db: Db,
  workspaceId: string,
  survey: Survey,
  baseVersion: number,
  userId: string | null,
): Promise<boolean> {
  const updated = await db
    .updateTable('feedback_surveys')
    .set({
      version: survey.version,
      kind: survey.kind,
      definition: definitionOf(survey),
      updated_at: survey.updatedAt,
      updated_by: userId,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', survey.id)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function deleteSurvey(
  db: Db,
  workspaceId: string,
  surveyId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('feedback_surveys')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

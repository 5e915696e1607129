/** Row shape of the survey definitions table in the operational store. */

export interface FeedbackSurveysTable {
  workspace_id: string;
  id: string;
  /** 1 at creation, then one more per change; the optimistic-lock token. */
  version: number;
  kind: string;
  /** The whole definition (`Survey` without id and version) as JSON. */
  definition: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface FeedbackTables {
  feedback_surveys: FeedbackSurveysTable;
}

/** Row shapes of the journey-model tables in the operational store. */

export interface ModelDocumentsTable {
  workspace_id: string;
  /** Increases by one with every saved change; the optimistic-lock token. */
  version: number;
  /** The current WorkspaceModel as JSON. */
  document: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ModelVersionsTable {
  workspace_id: string;
  version: number;
  created_at: string;
  user_id: string | null;
  /** JSON array of the changes this version made (the history's "what"). */
  changes: string;
  /** The model as of this version: gzip of its JSON, base64 (portable text column). */
  snapshot: string;
}

export interface ModelTables {
  model_documents: ModelDocumentsTable;
  model_versions: ModelVersionsTable;
}

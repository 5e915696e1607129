/**
 * The model document: a workspace model as a versioned file, for export, import
 * and backups. Reading one back is the gate's job (./gate.ts): a document is
 * untrusted until it has passed `restoreModelDocument`.
 */
import { type Static, Type } from 'typebox';
import { type WorkspaceModel as Model, WorkspaceModel } from './schema.ts';

export const MODEL_FORMAT = 'parcours.model';
/** Raised when the model schema changes in a way older readers cannot take. */
export const MODEL_FORMAT_VERSION = 1;

export const ModelDocument = Type.Object(
  {
    format: Type.Literal(MODEL_FORMAT),
    formatVersion: Type.Integer({ minimum: 1, description: 'Version of the document format' }),
    exportedAt: Type.String({ format: 'date-time', description: 'When it was exported' }),
    workspaceName: Type.String({ description: 'The workspace it was exported from' }),
    model: WorkspaceModel,
  },
  { description: 'A workspace model as a versioned JSON document' },
);
export type ModelDocument = Static<typeof ModelDocument>;

export const exportModelDocument = (
  model: Model,
  meta: { readonly workspaceName: string; readonly exportedAt: string },
): ModelDocument => ({
  format: MODEL_FORMAT,
  formatVersion: MODEL_FORMAT_VERSION,
  exportedAt: meta.exportedAt,
  workspaceName: meta.workspaceName,
  model,
});

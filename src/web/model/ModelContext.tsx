import { createContext, type ReactNode, useContext } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import type { ModelSnapshot } from '../api/model.ts';

/** The model being edited on a page, and the one way to change it. */
export interface ModelDocument {
  readonly workspaceId: string;
  readonly snapshot: ModelSnapshot;
  /** Viewers read only; the server enforces it, the page hides the controls. */
  readonly canEdit: boolean;
  /** Sends the ops and shows the model the server answers with; throws an ApiError if refused. */
  readonly apply: (ops: readonly ModelOp[]) => Promise<void>;
  /** Shows a model obtained another way (an import, a restore). */
  readonly replace: (snapshot: ModelSnapshot) => void;
}

const ModelContext = createContext<ModelDocument | null>(null);

export function ModelProvider({
  document,
  children,
}: {
  readonly document: ModelDocument;
  readonly children: ReactNode;
}) {
  return <ModelContext value={document}>{children}</ModelContext>;
}

export function useModelDocument(): ModelDocument {
  const document = useContext(ModelContext);
  if (document === null) throw new Error('useModelDocument must be used inside <ModelProvider>');
  return document;
}

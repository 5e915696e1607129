import { useCallback } from 'react';
import type { ModelOp } from '../../model/ops-schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { applyModelOps, getModel, type ModelSnapshot, type OpsResult } from '../api/model.ts';
import { type Resource, useResource } from '../ui/useResource.ts';

export interface ModelEditor {
  readonly resource: Resource<ModelSnapshot>;
  readonly reload: () => void;
  /**
   * Sends ops to the server and shows the model it answers with: the server is the truth.
   * Throws `ApiError` when the edit is refused, so that the caller shows why.
   */
  readonly apply: (ops: readonly ModelOp[]) => Promise<OpsResult>;
}

export function useModelEditor(workspaceId: string): ModelEditor {
  const api = useApi();
  const [resource, { reload, update }] = useResource(workspaceId, (signal) =>
    getModel(api, workspaceId, signal),
  );

  const apply = useCallback(
    async (ops: readonly ModelOp[]) => {
      const result = await applyModelOps(api, workspaceId, ops);
      // Answers can overtake each other; an older version never replaces a newer one.
      update((shown) =>
        shown.version > result.version ? shown : { version: result.version, model: result.model },
      );
      return result;
    },
    [api, workspaceId, update],
  );

  return { resource, reload, apply };
}

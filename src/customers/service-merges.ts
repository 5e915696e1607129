/**
 * Identity management: the workspace's identity conflicts (two customers an identity would
 * have merged) and the explicit merges that resolve them, logged and undoable.
 */
import { conflict, fail, notFound, ok, type Result } from '../shared/result.ts';
import { storeFailure } from './failures.ts';
import type { CustomersContext } from './service.ts';
import { type ConflictView, conflictView, type MergeView, mergeView } from './views.ts';

export async function identityConflicts(
  c: CustomersContext,
  workspaceId: string,
): Promise<ConflictView[]> {
  return (await c.events.listConflicts(workspaceId)).map(conflictView);
}

export async function customerMerges(
  c: CustomersContext,
  workspaceId: string,
): Promise<MergeView[]> {
  return (await c.events.listMerges(workspaceId)).map(mergeView);
}

export interface MergeInput {
  /** The customer that stays and receives the identities. */
  readonly into: string;
  /** The customer whose identities move (it disappears until the merge is undone). */
  readonly from: string;
  readonly reason: string;
}

/** Merges `from` into `into`; `by` names who asked, for the merge log. */
export async function mergeCustomers(
  c: CustomersContext,
  workspaceId: string,
  input: MergeInput,
  by: string,
): Promise<Result<MergeView>> {
  try {
    const merge = await c.events.mergeCustomers(workspaceId, { ...input, by });
    return ok(mergeView(merge));
  } catch (error) {
    return storeFailure(error);
  }
}

/** Moves the identities of a merge back; not found if unknown, conflict if already undone. */
export async function undoMerge(
  c: CustomersContext,
  workspaceId: string,
  mergeId: string,
): Promise<Result<MergeView>> {
  const known = (await c.events.listMerges(workspaceId)).find((merge) => merge.id === mergeId);
  if (known === undefined) return fail(notFound(`merge ${mergeId} not found in this workspace`));
  if (known.undoneAt !== null) {
    return fail(conflict(`merge ${mergeId} was already undone`));
  }
  try {
    return ok(mergeView(await c.events.undoMerge(workspaceId, mergeId)));
  } catch (error) {
    // Undone by someone else between the check and the undo.
    const failed = storeFailure<MergeView>(error);
    return failed.ok ? failed : fail(conflict(`merge ${mergeId} was already undone`));
  }
}

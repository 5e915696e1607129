import { useCallback, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { fetchHistory, HISTORY_PAGE_SIZE, type HistoryVersion } from '../api/model-admin.ts';
import type { Problem } from '../api/problem.ts';
import { type Action, useAction } from '../ui/useAction.ts';
import { type Resource, useResource } from '../ui/useResource.ts';
import { appendVersions, mayHaveOlder, oldestVersion } from './history.ts';

export interface HistoryControls {
  /** The newest page; what `<Loadable>` waits for. */
  readonly first: Resource<HistoryVersion[]>;
  /** Every version listed so far, newest first. */
  readonly versions: readonly HistoryVersion[];
  readonly hasOlder: boolean;
  readonly older: Action;
  readonly olderProblem: Problem | null;
  readonly loadOlder: () => void;
  /** Back to the newest page only, e.g. after a restore added a version. */
  readonly refresh: () => void;
}

interface OlderPages {
  readonly versions: readonly HistoryVersion[];
  readonly more: boolean;
}

/** The history of a workspace model, one page at a time, newest first. */
export function useHistory(workspaceId: string): HistoryControls {
  const api = useApi();
  const [first, { reload }] = useResource(workspaceId, (signal) =>
    fetchHistory(api, workspaceId, null, signal).then((answer) => answer.versions),
  );
  const [pages, setPages] = useState<OlderPages | null>(null);
  const older = useAction();

  const newest = first.status === 'ready' ? first.data : [];
  const versions = appendVersions(newest, pages?.versions ?? []);
  const hasOlder = pages === null ? mayHaveOlder(newest, HISTORY_PAGE_SIZE) : pages.more;

  const loadOlder = () => {
    const before = oldestVersion(versions);
    void older.run(async () => {
      const { versions: page } = await fetchHistory(api, workspaceId, before);
      setPages((current) => ({
        versions: [...(current?.versions ?? []), ...page],
        more: mayHaveOlder(page, HISTORY_PAGE_SIZE),
      }));
    });
  };

  const refresh = useCallback(() => {
    setPages(null);
    reload();
  }, [reload]);

  return {
    first,
    versions,
    hasOlder,
    older,
    olderProblem: older.problem,
    loadOlder,
    refresh,
  };
}

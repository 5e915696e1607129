import { useEffect, useRef, useState } from 'react';
import type { MappingRule } from '../../mapping/rules.ts';
import type { ApiClient } from '../api/client.ts';
import { ApiError, isAbortError, type Problem, toProblem } from '../api/problem.ts';
import { previewableRules } from './draft.ts';
import { type MappingPreview, previewMappingRules } from './mapping-api.ts';

/** Wait after the last edit before asking again: typing a name sends one request, not ten. */
export const PREVIEW_DELAY_MS = 400;

export interface LivePreview {
  /** The last preview received; kept while a newer one is on its way. */
  readonly data: MappingPreview | null;
  /** A newer preview is being computed: `data` is about the previous draft. */
  readonly pending: boolean;
  readonly problem: Problem | null;
}

/**
 * Previews `rules` against the workspace's recent events as they are edited: at once for the
 * first rules, then `PREVIEW_DELAY_MS` after the last change; an outdated request is aborted.
 */
export function useLivePreview(
  api: ApiClient,
  workspaceId: string,
  rules: readonly MappingRule[],
): LivePreview {
  const [state, setState] = useState<LivePreview>({ data: null, pending: true, problem: null });
  const key = JSON.stringify(previewableRules(rules));
  const first = useRef(true);

  useEffect(() => {
    const controller = new AbortController();
    setState((current) => ({ ...current, pending: true }));
    const delay = first.current ? 0 : PREVIEW_DELAY_MS;
    first.current = false;
    const timer = setTimeout(() => {
      const draft = JSON.parse(key) as MappingRule[];
      previewMappingRules(api, workspaceId, draft, controller.signal).then(
        (data) => setState({ data, pending: false, problem: null }),
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          if (!(error instanceof ApiError)) console.error(error);
          setState((current) => ({ ...current, pending: false, problem: toProblem(error) }));
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, workspaceId, key]);

  return state;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbortError, type Problem, toProblem } from '../api/problem.ts';

export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly problem: Problem }
  | { readonly status: 'ready'; readonly data: T };

type Stored<T> = Resource<T> & { readonly key: string };

export interface ResourceControls<T> {
  readonly reload: () => void;
  /** Applies a local change (e.g. a created row) without refetching. */
  readonly update: (change: (data: T) => T) => void;
}

/**
 * Loads data for `key` (e.g. a workspace id) and reloads when the key changes. The request of
 * a key that is no longer current is aborted, and its data is never shown under the new key.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, ResourceControls<T>] {
  const [state, setState] = useState<Stored<T>>({ status: 'loading', key });
  const [attempt, setAttempt] = useState(0);
  // The latest loader, read by the effect without making every render a reload.
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', key });
    loadRef.current(controller.signal).then(
      (data) => setState({ status: 'ready', data, key }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        if (!(error instanceof ApiError)) console.error(error);
        setState({ status: 'error', problem: toProblem(error), key });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((current) =>
      current.status === 'ready' ? { ...current, data: change(current.data) } : current,
    );
  }, []);

  const resource: Resource<T> = state.key === key ? state : { status: 'loading' };
  return [resource, { reload, update }];
}

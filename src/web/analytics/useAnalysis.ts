import { useRef } from 'react';
import type { Problem } from '../api/problem.ts';
import { useResource } from '../ui/useResource.ts';

export interface Analysis<T> {
  /** The latest result; while a new one loads, the previous one stays on screen. */
  readonly data: T | null;
  readonly loading: boolean;
  readonly problem: Problem | null;
  readonly reload: () => void;
}

/**
 * Runs an analysis for a request body and runs it again whenever the body changes. Keeping
 * the last result while the next loads spares the charts a flash at every filter change.
 */
export function useAnalysis<T>(
  body: unknown,
  load: (signal: AbortSignal) => Promise<T>,
): Analysis<T> {
  const [resource, { reload }] = useResource(JSON.stringify(body), load);
  const last = useRef<T | null>(null);
  if (resource.status === 'ready') last.current = resource.data;
  return {
    data: resource.status === 'error' ? null : last.current,
    loading: resource.status === 'loading',
    problem: resource.status === 'error' ? resource.problem : null,
    reload,
  };
}

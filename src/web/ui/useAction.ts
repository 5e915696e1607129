import { useCallback, useMemo, useState } from 'react';
import { ApiError, fieldErrors, isAbortError, type Problem, toProblem } from '../api/problem.ts';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

export interface Action {
  readonly pending: boolean;
  readonly problem: Problem | null;
  /** Field messages by input name, ready for `<TextField error={errors.email}>`. */
  readonly errors: Readonly<Record<string, string>>;
  readonly run: <T>(work: () => Promise<T>) => Promise<Outcome<T>>;
  readonly clear: () => void;
}

/**
 * State of one user action (a form submit, a button): pending while it runs, and the problem
 * it ended with. Failures are kept for display instead of thrown, since showing them is the
 * whole point; only bugs (non-API errors) are logged.
 */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<Outcome<T>> => {
    setPending(true);
    setProblem(null);
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      if (!isAbortError(error)) {
        if (!(error instanceof ApiError)) console.error(error);
        setProblem(toProblem(error));
      }
      return { ok: false };
    } finally {
      setPending(false);
    }
  }, []);

  const clear = useCallback(() => setProblem(null), []);
  const errors = useMemo(() => fieldErrors(problem), [problem]);
  return { pending, problem, errors, run, clear };
}

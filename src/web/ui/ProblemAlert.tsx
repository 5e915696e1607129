import { type Problem, unplacedErrors } from '../api/problem.ts';
import { problemMessageKey } from '../api/problem-messages.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface ProblemAlertProps {
  readonly problem: Problem | null;
  /** Inputs that show their own error; the others are listed here so none is lost. */
  readonly placed?: readonly string[];
}

/** The server's explanation of a failure, announced as soon as it appears. */
export function ProblemAlert({ problem, placed = [] }: ProblemAlertProps) {
  const { t } = useI18n();
  if (problem === null) return null;
  const key = problemMessageKey(problem);
  const message =
    key === undefined ? problem.detail || problem.title || t('errors.unexpected') : t(key);
  const others = unplacedErrors(problem, placed);
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {others.length > 0 && (
        <ul>
          {others.map((error) => (
            <li key={`${error.field}:${error.message}`}>{error.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

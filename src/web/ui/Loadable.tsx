import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import type { Resource } from './useResource.ts';

interface LoadableProps<T> {
  readonly resource: Resource<T>;
  readonly onRetry: () => void;
  readonly children: (data: T) => ReactNode;
}

/** Loading text, or the error with a retry button, or the content once the data is there. */
export function Loadable<T>({ resource, onRetry, children }: LoadableProps<T>) {
  const { t } = useI18n();
  switch (resource.status) {
    case 'loading':
      return (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      );
    case 'error':
      return (
        <div>
          <ProblemAlert problem={resource.problem} />
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      );
    case 'ready':
      return children(resource.data);
  }
}

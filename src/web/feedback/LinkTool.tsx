import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { type IssuedLink, issueLink } from './feedback-api.ts';

/** A signed personal link for one customer: to test a survey, or to send by hand. */
export function LinkTool({
  workspaceId,
  surveyId,
}: {
  readonly workspaceId: string;
  readonly surveyId: string;
}) {
  const { t, lang } = useI18n();
  const api = useApi();
  const id = useId();
  const action = useAction();
  const [link, setLink] = useState<IssuedLink | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const userId = String(new FormData(event.currentTarget).get('userId') ?? '').trim();
    if (userId === '') return;
    const outcome = await action.run(() => issueLink(api, workspaceId, surveyId, userId, lang));
    if (outcome.ok) setLink(outcome.value.links[0] ?? null);
  };

  return (
    <details className="feedback-link-tool">
      <summary>{t('feedback.link.title')}</summary>
      <form onSubmit={onSubmit} className="feedback-link-form">
        <label htmlFor={id}>{t('feedback.link.user')}</label>
        <input id={id} name="userId" required maxLength={200} data-testid="link-user" />
        <button type="submit" className="button" disabled={action.pending}>
          {t('feedback.link.create')}
        </button>
      </form>
      <ProblemAlert problem={action.problem} />
      {link !== null &&
        (link.url === null ? (
          <p className="alert alert-error">
            {t('feedback.link.refused', { reason: link.refusal ?? '' })}
          </p>
        ) : (
          <div className="feedback-link-result">
            <p>{t('feedback.link.created', { user: link.userId })}</p>
            <a href={link.url} target="_blank" rel="noreferrer" data-testid="survey-link">
              {link.url}
            </a>
          </div>
        ))}
    </details>
  );
}

import { type FormEvent, useId, useState } from 'react';
import { SURVEY_KINDS } from '../../feedback/scales.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import {
  fetchResponses,
  type ResponseFilters,
  type ResponseRow,
  type SurveyKind,
} from './feedback-api.ts';
import { touchpointChoices } from './model-options.ts';

const PAGE = 50;

const isKind = (value: string): value is SurveyKind =>
  (SURVEY_KINDS as readonly string[]).includes(value);

/** The filters of the form: empty fields are no filter. */
function filtersOf(data: FormData): ResponseFilters {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const kind = text('kind');
  const score = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
  const min = score('minScore');
  const max = score('maxScore');
  return {
    ...(isKind(kind) ? { kind } : {}),
    ...(text('touchpointId') === '' ? {} : { touchpointId: text('touchpointId') }),
    ...(min === undefined || Number.isNaN(min) ? {} : { minScore: min }),
    ...(max === undefined || Number.isNaN(max) ? {} : { maxScore: max }),
    ...(data.get('withComment') === 'on' ? { withComment: true } : {}),
    ...(text('search') === '' ? {} : { search: text('search') }),
  };
}

function ResponsesTable({ rows }: { readonly rows: readonly ResponseRow[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="table-wrap">
      <table className="feedback-responses">
        <thead>
          <tr>
            <th scope="col">{t('feedback.col.date')}</th>
            <th scope="col">{t('feedback.col.kind')}</th>
            <th scope="col">{t('feedback.col.score')}</th>
            <th scope="col">{t('feedback.col.comment')}</th>
            <th scope="col">{t('feedback.col.touchpoint')}</th>
            <th scope="col">{t('feedback.col.persona')}</th>
            <th scope="col">{t('feedback.col.respondent')}</th>
            <th scope="col">{t('feedback.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.answerKey} data-testid="response-row">
              <td className="nowrap">{formatDateTime(row.answeredAt)}</td>
              <td>{t(`feedback.kind.${row.kind}`)}</td>
              <td>
                <span className={`feedback-score feedback-score-${row.kind}-${row.score}`}>
                  {row.score}
                </span>
              </td>
              <td className="feedback-verbatim">
                {row.comment ?? ''}
                {Object.entries(row.answers).map(([id, text]) => (
                  <span key={id} className="feedback-extra">
                    {id}: {text}
                  </span>
                ))}
              </td>
              <td>{row.touchpointName ?? '—'}</td>
              <td>{row.persona ?? '—'}</td>
              <td>{row.userId ?? '—'}</td>
              <td>{row.source === null ? '—' : t(`feedback.source.${row.source as 'link'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The answers and their verbatims, newest first, with filters. */
export function ResponsesView({
  workspace,
  model,
}: {
  readonly workspace: Workspace;
  readonly model: WorkspaceModel;
}) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const [filters, setFilters] = useState<ResponseFilters>({});
  const [limit, setLimit] = useState(PAGE);
  const [page, { reload }] = useResource(JSON.stringify([workspace.id, filters, limit]), (signal) =>
    fetchResponses(api, workspace.id, { ...filters, limit }, signal),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters(filtersOf(new FormData(event.currentTarget)));
    setLimit(PAGE);
  };
  return (
    <section className="card stack" data-testid="feedback-responses">
      <form
        className="feedback-filters"
        onSubmit={onSubmit}
        // Lists and boxes apply at once; the search applies on Enter.
        onChange={(e) => {
          const target: EventTarget = e.target;
          if (!(target instanceof HTMLInputElement && target.type === 'search')) {
            e.currentTarget.requestSubmit();
          }
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('feedback.filter.kind')}</label>
          <select id={`${id}-kind`} name="kind" defaultValue="">
            <option value="">{t('feedback.filter.all')}</option>
            {SURVEY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`feedback.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tp`}>{t('feedback.filter.touchpoint')}</label>
          <select id={`${id}-tp`} name="touchpointId" defaultValue="">
            <option value="">{t('feedback.filter.all')}</option>
            {touchpointChoices(model).map((journey) => (
              <optgroup key={journey.journeyId} label={journey.name}>
                {journey.touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field feedback-narrow">
          <label htmlFor={`${id}-min`}>{t('feedback.responses.minScore')}</label>
          <input
            id={`${id}-min`}
            name="minScore"
            type="number"
            min={0}
            max={10}
            inputMode="numeric"
          />
        </div>
        <div className="field feedback-narrow">
          <label htmlFor={`${id}-max`}>{t('feedback.responses.maxScore')}</label>
          <input
            id={`${id}-max`}
            name="maxScore"
            type="number"
            min={0}
            max={10}
            inputMode="numeric"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('feedback.responses.search')}</label>
          <input id={`${id}-search`} name="search" type="search" maxLength={200} />
        </div>
        <label className="checkbox feedback-check">
          <input type="checkbox" name="withComment" /> {t('feedback.responses.withComment')}
        </label>
      </form>
      <Loadable resource={page} onRetry={reload}>
        {(data) =>
          data.total === 0 ? (
            <p className="muted">{t('feedback.responses.empty')}</p>
          ) : (
            <>
              <p className="muted" role="status">
                {t('feedback.responses.total', { total: data.total })}
              </p>
              <ResponsesTable rows={data.responses} />
              {data.responses.length < data.total && limit < 500 && (
                <button
                  type="button"
                  className="button"
                  onClick={() => setLimit((n) => Math.min(500, n + PAGE))}
                >
                  {t('feedback.responses.more')}
                </button>
              )}
            </>
          )
        }
      </Loadable>
    </section>
  );
}

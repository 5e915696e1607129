import { useApi } from '../api/ApiContext.tsx';
import { fetchModelVersion } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { type ModelSummary, summarizeModel } from './history.ts';

interface VersionSummaryProps {
  readonly workspaceId: string;
  readonly version: number;
}

/** What a version held, in counts, so that it can be recognised before it is restored. */
export function VersionSummary({ workspaceId, version }: VersionSummaryProps) {
  const api = useApi();
  const [resource, { reload }] = useResource(`${workspaceId}:${version}`, (signal) =>
    fetchModelVersion(api, workspaceId, version, signal).then((answer) =>
      summarizeModel(answer.model),
    ),
  );
  return (
    <div className="version-summary" data-testid="version-summary">
      <Loadable resource={resource} onRetry={reload}>
        {(summary) => <SummaryContent version={version} summary={summary} />}
      </Loadable>
    </div>
  );
}

function SummaryContent({ version, summary }: { version: number; summary: ModelSummary }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('history.summary.title', { version })}</h3>
      <dl className="summary-counts">
        <div>
          <dt>{t('model.personas.title')}</dt>
          <dd>{summary.personas}</dd>
        </div>
        <div>
          <dt>{t('model.phases.title')}</dt>
          <dd>{summary.phases}</dd>
        </div>
        <div>
          <dt>{t('model.stages.title')}</dt>
          <dd>{summary.stages}</dd>
        </div>
        <div>
          <dt>{t('model.channels.title')}</dt>
          <dd>{summary.channels}</dd>
        </div>
        <div>
          <dt>{t('model.objectives.title')}</dt>
          <dd>{summary.objectives}</dd>
        </div>
      </dl>
      {summary.journeys.length === 0 ? (
        <p className="muted">{t('history.summary.noJourney')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('history.summary.journeys')}</th>
                <th scope="col">{t('history.summary.persona')}</th>
                <th scope="col">{t('history.summary.state')}</th>
                <th scope="col">{t('history.summary.touchpoints')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.journeys.map((journey) => (
                <tr key={journey.id} data-testid="version-journey">
                  <th scope="row">{journey.name}</th>
                  <td>{journey.persona ?? '—'}</td>
                  <td>{t(`model.journeyState.${journey.state}`)}</td>
                  <td>{journey.touchpoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { useState } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { deleteSurvey, listSurveys, type SurveyWithCount } from './feedback-api.ts';
import { LinkTool } from './LinkTool.tsx';
import { touchpointName } from './model-options.ts';
import { SurveyEditor } from './SurveyEditor.tsx';

type Editing =
  | { readonly mode: 'new' }
  | { readonly mode: 'edit'; readonly survey: SurveyWithCount }
  | null;

const canEdit = (workspace: Workspace) => workspace.role !== 'viewer';

/** The survey definitions: list with answer counts, editor, personal links. */
export function SurveysView({
  workspace,
  model,
}: {
  readonly workspace: Workspace;
  readonly model: WorkspaceModel;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [surveys, { reload }] = useResource(workspace.id, (signal) =>
    listSurveys(api, workspace.id, signal).then((answer) => answer.surveys),
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const where = (survey: SurveyWithCount) =>
    survey.target.type === 'touchpoint'
      ? (touchpointName(model, survey.target.touchpointId) ?? '?')
      : `${t('feedback.form.stage')} ${model.stages.find((s) => s.id === (survey.target.type === 'stage' ? survey.target.stageId : ''))?.name ?? '?'}`;

  if (editing !== null) {
    return (
      <SurveyEditor
        workspace={workspace}
        model={model}
        survey={editing.mode === 'edit' ? editing.survey : null}
        onDone={(saved) => {
          setEditing(null);
          if (saved) reload();
        }}
      />
    );
  }

  return (
    <section className="card stack" data-testid="feedback-surveys">
      {canEdit(workspace) ? (
        <div>
          <button
            type="button"
            className="button button-primary"
            data-testid="new-survey"
            onClick={() => setEditing({ mode: 'new' })}
          >
            {t('feedback.surveys.new')}
          </button>
        </div>
      ) : (
        <p className="alert alert-info">{t('feedback.surveys.readOnly')}</p>
      )}
      {notice !== '' && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <Loadable resource={surveys} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('feedback.surveys.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('feedback.col.name')}</th>
                    <th scope="col">{t('feedback.col.kind')}</th>
                    <th scope="col">{t('feedback.col.target')}</th>
                    <th scope="col">{t('feedback.col.status')}</th>
                    <th scope="col">{t('feedback.col.answers')}</th>
                    {canEdit(workspace) && <th scope="col">{t('common.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((survey) => (
                    <tr key={survey.id} data-testid="survey-row">
                      <th scope="row">{survey.name}</th>
                      <td>{t(`feedback.kind.${survey.kind}`)}</td>
                      <td>{where(survey)}</td>
                      <td>
                        <span
                          className={`badge ${survey.active ? 'badge-active' : 'badge-revoked'}`}
                        >
                          {survey.active
                            ? t('feedback.surveys.active')
                            : t('feedback.surveys.paused')}
                        </span>
                      </td>
                      <td>{survey.answerCount}</td>
                      {canEdit(workspace) && (
                        <td className="cell-actions feedback-actions">
                          <button
                            type="button"
                            className="button button-quiet"
                            onClick={() => setEditing({ mode: 'edit', survey })}
                          >
                            {t('feedback.surveys.edit')}
                          </button>
                          <LinkTool workspaceId={workspace.id} surveyId={survey.id} />
                          <ConfirmAction
                            label={t('feedback.surveys.delete')}
                            question={`${t('feedback.surveys.delete')} « ${survey.name} » ?`}
                            confirmLabel={t('feedback.surveys.delete')}
                            testId="delete-survey"
                            confirmTestId="delete-survey-confirm"
                            onConfirm={async () => {
                              await deleteSurvey(api, workspace.id, survey.id);
                              setNotice(t('feedback.surveys.deleted'));
                              reload();
                            }}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loadable>
    </section>
  );
}

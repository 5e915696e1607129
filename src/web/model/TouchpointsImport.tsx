import { type ChangeEvent, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { importTouchpoints, touchpointsTemplateUrl } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field, SelectField } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { touchpointFileFormat } from './files.ts';
import { useModelDocument } from './ModelContext.tsx';

/** Template downloads, and a CSV/XLSX file of touchpoints added to one journey, all or nothing. */
export function TouchpointsImport() {
  const { t, lang } = useI18n();
  const api = useApi();
  const { workspaceId, snapshot, canEdit, replace } = useModelDocument();
  const action = useAction();
  const { journeys, personas } = snapshot.model;
  const [chosen, setChosen] = useState<string>('');
  const [badType, setBadType] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);
  const journeyId = journeys.some((journey) => journey.id === chosen) ? chosen : journeys[0]?.id;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined || journeyId === undefined) return;
    setApplied(null);
    action.clear();
    const format = touchpointFileFormat(file.name, file.type);
    setBadType(format === null);
    if (format === null) return;
    const outcome = await action.run(() =>
      importTouchpoints(api, workspaceId, journeyId, file, format),
    );
    if (!outcome.ok) return;
    replace({ version: outcome.value.version, model: outcome.value.model });
    setApplied(outcome.value.applied);
  };

  const personaName = (id: string) => personas.find((persona) => persona.id === id)?.name ?? '—';
  const lineErrors = action.problem?.errors ?? [];
  const one = applied !== null && new Intl.PluralRules(lang).select(applied) === 'one';

  return (
    <div className="stack">
      <p className="form-actions">
        <a
          className="button"
          href={touchpointsTemplateUrl(workspaceId, 'csv', lang)}
          download
          data-testid="download-template-csv"
        >
          {t('transfer.touchpoints.templateCsv')}
        </a>
        <a
          className="button"
          href={touchpointsTemplateUrl(workspaceId, 'xlsx', lang)}
          download
          data-testid="download-template-xlsx"
        >
          {t('transfer.touchpoints.templateXlsx')}
        </a>
      </p>
      {canEdit && journeys.length === 0 && (
        <p className="muted">{t('transfer.touchpoints.noJourney')}</p>
      )}
      {canEdit && journeyId !== undefined && (
        <div className="form-row">
          <SelectField
            label={t('transfer.touchpoints.journey')}
            name="journey"
            testId="import-touchpoints-journey"
            value={journeyId}
            onChange={(event) => setChosen(event.target.value)}
            choices={journeys.map((journey) => ({
              value: journey.id,
              label: t('transfer.touchpoints.journeyOption', {
                name: journey.name,
                persona: personaName(journey.personaId),
                state: t(`model.journeyState.${journey.state}`),
              }),
            }))}
          />
          <Field label={t('transfer.touchpoints.file')}>
            {(control) => (
              <input
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="import-touchpoints-file"
                disabled={action.pending}
                onChange={choose}
                {...control}
              />
            )}
          </Field>
        </div>
      )}
      <p className="status-text" role="status" data-testid="import-touchpoints-status">
        {action.pending && t('transfer.importing')}
        {applied !== null &&
          t(one ? 'transfer.touchpoints.importedOne' : 'transfer.touchpoints.importedMany', {
            count: applied,
          })}
      </p>
      {badType && (
        <p className="alert alert-error" role="alert">
          {t('transfer.touchpoints.badType')}
        </p>
      )}
      {lineErrors.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('transfer.touchpoints.refused')}</p>
          <ul className="problem-list" data-testid="import-errors">
            {lineErrors.map((error) => (
              <li key={`${error.field}:${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ProblemAlert problem={action.problem} />
      )}
    </div>
  );
}

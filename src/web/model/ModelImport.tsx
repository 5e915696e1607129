import { type ChangeEvent, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { type ImportNote, importModel } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { readJson } from './files.ts';
import { useModelDocument } from './ModelContext.tsx';

type Imported = { readonly version: number; readonly notes: readonly ImportNote[] };

/** Replaces the model with a JSON document; the server repairs what it can, or refuses it all. */
export function ModelImport() {
  const { t } = useI18n();
  const api = useApi();
  const { workspaceId, replace } = useModelDocument();
  const action = useAction();
  const [notJson, setNotJson] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    setImported(null);
    action.clear();
    const read = readJson(await file.text());
    // Cleared, so that choosing the same file again (once fixed) imports it again.
    input.value = '';
    setNotJson(!read.ok);
    if (!read.ok) return;
    const outcome = await action.run(() => importModel(api, workspaceId, read.value));
    if (!outcome.ok) return;
    const { version, model, problems } = outcome.value;
    replace({ version, model });
    setImported({ version, notes: problems });
  };

  const refusal = action.problem?.errors ?? [];
  return (
    <div className="stack">
      <Field label={t('transfer.model.import')} hint={t('transfer.model.importHint')}>
        {(control) => (
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-model-file"
            disabled={action.pending}
            onChange={choose}
            {...control}
          />
        )}
      </Field>
      <p className="status-text" role="status" data-testid="import-model-status">
        {action.pending && t('transfer.importing')}
        {imported !== null && t('transfer.model.imported', { version: imported.version })}
      </p>
      {notJson && (
        <p className="alert alert-error" role="alert">
          {t('transfer.model.notJson')}
        </p>
      )}
      {imported !== null && imported.notes.length > 0 && (
        <div className="alert alert-info" data-testid="import-problems" data-outcome="repaired">
          <p>{t('transfer.model.repaired')}</p>
          <PathList
            items={imported.notes.map((note) => ({ path: note.path, message: note.message }))}
          />
        </div>
      )}
      {refusal.length > 0 ? (
        <div
          className="alert alert-error"
          role="alert"
          data-testid="import-problems"
          data-outcome="refused"
        >
          <p>{t('transfer.model.refused')}</p>
          <PathList
            items={refusal.map((error) => ({ path: error.field, message: error.message }))}
          />
        </div>
      ) : (
        <ProblemAlert problem={action.problem} />
      )}
    </div>
  );
}

function PathList({ items }: { readonly items: readonly { path: string; message: string }[] }) {
  return (
    <ul className="problem-list">
      {items.map((item) => (
        <li key={`${item.path}:${item.message}`}>
          {item.path !== '' && <code>{item.path}</code>} {item.message}
        </li>
      ))}
    </ul>
  );
}

import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { type CreatedKey, listKeys } from '../api/keys.ts';
import { canManage, type Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { OneTimeSecret } from '../ui/OneTimeSecret.tsx';
import { useResource } from '../ui/useResource.ts';
import { KeyForm } from './KeyForm.tsx';
import { KeysTable } from './KeysTable.tsx';
import { newestFirst, upsertKey } from './lists.ts';

export function ApiKeysSection({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const titleId = useId();
  const owner = canManage(workspace.role);
  const [keys, { reload, update }] = useResource(workspace.id, (signal) =>
    listKeys(api, workspace.id, signal).then((answer) => answer.keys),
  );
  // The full key exists only in the create answer; it lives here until dismissed.
  const [created, setCreated] = useState<CreatedKey | null>(null);

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keys.title')}</h2>
      <p className="muted">{t('keys.intro')}</p>
      {owner ? (
        <KeyForm
          workspaceId={workspace.id}
          onCreated={(answer) => {
            setCreated(answer);
            update((list) => upsertKey(list, answer.key));
          }}
        />
      ) : (
        <p className="alert alert-info">{t('keys.readOnly')}</p>
      )}
      {created !== null && (
        <OneTimeSecret
          title={t('keys.created.title', { name: created.key.name })}
          warning={t('keys.created.warning')}
          value={created.secret}
          testId="key-created-value"
          onDismiss={() => setCreated(null)}
        />
      )}
      <Loadable resource={keys} onRetry={reload}>
        {(list) => (
          <KeysTable
            workspaceId={workspace.id}
            keys={newestFirst(list)}
            canRevoke={owner}
            onRevoked={(key) => update((current) => upsertKey(current, key))}
          />
        )}
      </Loadable>
    </section>
  );
}

import { useApi } from '../api/ApiContext.tsx';
import { type ApiKey, revokeKey } from '../api/keys.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { displayPrefix, keyStatus } from './lists.ts';

interface KeysTableProps {
  readonly workspaceId: string;
  readonly keys: readonly ApiKey[];
  /** Owners only; the server refuses the others anyway. */
  readonly canRevoke: boolean;
  readonly onRevoked: (key: ApiKey) => void;
}

export function KeysTable({ workspaceId, keys, canRevoke, onRevoked }: KeysTableProps) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const columns = canRevoke ? 7 : 6;

  return (
    <div className="table-wrap">
      <table data-testid="keys-table">
        <thead>
          <tr>
            <th scope="col">{t('keys.col.name')}</th>
            <th scope="col">{t('keys.col.kind')}</th>
            <th scope="col">{t('keys.col.key')}</th>
            <th scope="col">{t('keys.col.created')}</th>
            <th scope="col">{t('keys.col.lastUsed')}</th>
            <th scope="col">{t('keys.col.status')}</th>
            {canRevoke && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 && (
            <tr>
              <td colSpan={columns} className="muted">
                {t('keys.empty')}
              </td>
            </tr>
          )}
          {keys.map((key) => {
            const status = keyStatus(key);
            return (
              <tr key={key.id} data-testid="key-row" data-status={status}>
                <th scope="row">{key.name}</th>
                <td>{t(`keys.kind.${key.kind}`)}</td>
                <td>
                  <code>{displayPrefix(key.prefix)}</code>
                </td>
                <td>
                  <time dateTime={key.createdAt}>{formatDateTime(key.createdAt)}</time>
                </td>
                <td>
                  {key.lastUsedAt === null ? (
                    <span className="muted">{t('common.never')}</span>
                  ) : (
                    <time dateTime={key.lastUsedAt}>{formatDateTime(key.lastUsedAt)}</time>
                  )}
                </td>
                <td>
                  <span className={`badge badge-${status}`}>{t(`keys.status.${status}`)}</span>
                </td>
                {canRevoke && (
                  <td className="cell-actions">
                    {status === 'active' && (
                      <ConfirmAction
                        label={t('keys.revoke')}
                        question={t('keys.revoke.question', { name: key.name })}
                        confirmLabel={t('keys.revoke.confirm')}
                        testId="revoke-key"
                        confirmTestId="confirm-revoke"
                        onConfirm={async () => onRevoked(await revokeKey(api, workspaceId, key.id))}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

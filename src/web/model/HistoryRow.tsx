import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { type HistoryVersion, restoreModelVersion } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { describeChange } from './change-sentences.ts';
import { relativeTime } from './history.ts';
import { VersionSummary } from './VersionSummary.tsx';

/** Sentences shown at once; a long version (an import of many lines) folds the rest away. */
const SHOWN_CHANGES = 5;

interface HistoryRowProps {
  readonly workspaceId: string;
  readonly entry: HistoryVersion;
  /** The newest version is the model as it is: restoring it would change nothing. */
  readonly isCurrent: boolean;
  readonly canRestore: boolean;
  readonly journeyNames: ReadonlyMap<string, string>;
  readonly onRestored: (newVersion: number) => void;
}

/** One version: who, when, what changed, and the view and restore actions. */
export function HistoryRow(props: HistoryRowProps) {
  const { workspaceId, entry, isCurrent, canRestore, journeyNames, onRestored } = props;
  const { t, lang, formatDateTime } = useI18n();
  const api = useApi();
  const [viewing, setViewing] = useState(false);
  const summaryId = useId();
  const user = entry.user?.name ?? t('history.someone');
  const sentences = entry.changes.map((change) =>
    describeChange(t, change, {
      user,
      journeyName: change.journeyId === undefined ? undefined : journeyNames.get(change.journeyId),
    }),
  );

  return (
    <li className="history-row" data-testid="history-row" data-version={entry.version}>
      <div className="history-head">
        <h2 className="history-title">
          {t('history.version', { version: entry.version })}
          {isCurrent && <span className="tag">{t('history.latest')}</span>}
        </h2>
        <p className="history-meta">
          <span className="history-user">{user}</span>
          {' · '}
          <time dateTime={entry.at} title={formatDateTime(entry.at)}>
            {relativeTime(entry.at, Date.now(), lang)}
          </time>
          <span className="muted"> ({formatDateTime(entry.at)})</span>
        </p>
      </div>
      {sentences.length === 0 ? (
        <p className="muted">{t('history.noChanges')}</p>
      ) : (
        <ChangeList sentences={sentences} />
      )}
      <div className="history-actions">
        <button
          type="button"
          className="button"
          data-testid="view-version"
          aria-expanded={viewing}
          aria-controls={summaryId}
          onClick={() => setViewing((open) => !open)}
        >
          {viewing ? t('history.hide') : t('history.view')}
        </button>
        {canRestore && !isCurrent && (
          <ConfirmAction
            label={t('history.restore')}
            question={t('history.restore.question', { version: entry.version })}
            confirmLabel={t('history.restore.confirm')}
            testId="restore-version"
            confirmTestId="confirm-restore"
            onConfirm={async () => {
              const restored = await restoreModelVersion(api, workspaceId, entry.version);
              onRestored(restored.version);
            }}
          />
        )}
      </div>
      <div id={summaryId}>
        {viewing && <VersionSummary workspaceId={workspaceId} version={entry.version} />}
      </div>
    </li>
  );
}

function ChangeList({ sentences }: { readonly sentences: readonly string[] }) {
  const { t } = useI18n();
  const shown = sentences.slice(0, SHOWN_CHANGES);
  const rest = sentences.slice(SHOWN_CHANGES);
  return (
    <>
      <ul className="change-list">
        {shown.map((sentence, index) => (
          // Sentences can repeat (two edits of one touchpoint); their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static once rendered.
          <li key={index}>{sentence}</li>
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="change-more">
          <summary>{t('history.allChanges', { count: sentences.length })}</summary>
          <ul className="change-list">
            {rest.map((sentence, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is static once rendered.
              <li key={index}>{sentence}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

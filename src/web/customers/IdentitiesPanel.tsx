import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import {
  type ConflictView,
  type CustomerDetail,
  type MergeView,
  mergeCustomers,
  undoMerge,
} from './customers-api.ts';

interface IdentitiesPanelProps {
  readonly workspaceId: string;
  readonly detail: CustomerDetail;
  /** Editors and owners may merge and undo; the server checks it too. */
  readonly canEdit: boolean;
  /** Called after a merge or an undo, to show the new state. */
  readonly onChanged: () => void;
}

/** Identities of the customer, the conflicts that name it, and its merges. */
export function IdentitiesPanel({ workspaceId, detail, canEdit, onChanged }: IdentitiesPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { customer, conflicts, merges } = detail;
  return (
    <section
      className="card customer-panel"
      aria-labelledby={titleId}
      data-testid="customer-identities"
    >
      <h2 id={titleId}>{t('customer.identities.title')}</h2>
      <ul className="identity-list">
        {customer.identities.map((identity) => (
          <li key={`${identity.kind}:${identity.value}`}>
            <span className={`identity-kind identity-${identity.kind}`}>
              {t(`customer.identities.kind.${identity.kind}`)}
            </span>
            <code>{identity.value}</code>
          </li>
        ))}
      </ul>
      {conflicts.length > 0 && (
        <div className="identity-section">
          <h3>{t('customer.conflicts.title')}</h3>
          <p className="muted">{t('customer.conflicts.intro')}</p>
          <ul className="identity-events">
            {conflicts.map((conflict) => (
              <ConflictItem
                key={`${conflict.identity.kind}:${conflict.identity.value}:${conflict.otherCustomerId}`}
                workspaceId={workspaceId}
                customerId={customer.customerId}
                conflict={conflict}
                canEdit={canEdit}
                onMerged={onChanged}
              />
            ))}
          </ul>
        </div>
      )}
      {merges.length > 0 && (
        <div className="identity-section">
          <h3>{t('customer.merges.title')}</h3>
          <ul className="identity-events">
            {merges.map((merge) => (
              <MergeItem
                key={merge.id}
                workspaceId={workspaceId}
                customerId={customer.customerId}
                merge={merge}
                canEdit={canEdit}
                onUndone={onChanged}
              />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CustomerLink({ workspaceId, customerId }: { workspaceId: string; customerId: string }) {
  return (
    <Link to={routePath({ name: 'customer', workspaceId, customerId })}>
      <code>{customerId}</code>
    </Link>
  );
}

interface ConflictItemProps {
  readonly workspaceId: string;
  readonly customerId: string;
  readonly conflict: ConflictView;
  readonly canEdit: boolean;
  readonly onMerged: () => void;
}

function ConflictItem({ workspaceId, customerId, conflict, canEdit, onMerged }: ConflictItemProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const mine = conflict.customerId === customerId;
  const other = mine ? conflict.otherCustomerId : conflict.customerId;
  const identity = conflict.identity.value;
  const merge = async () => {
    const outcome = await action.run(() =>
      mergeCustomers(api, workspaceId, { into: customerId, from: other, reason: reason.trim() }),
    );
    if (outcome.ok) onMerged();
  };
  return (
    <li className="identity-event" data-testid="identity-conflict">
      <p>
        <code>{identity}</code>{' '}
        {t(mine ? 'customer.conflicts.withOther' : 'customer.conflicts.ownedBy')}{' '}
        <CustomerLink workspaceId={workspaceId} customerId={other} />
      </p>
      {canEdit && !open && (
        <button
          type="button"
          className="button"
          data-testid="merge-start"
          onClick={() => setOpen(true)}
        >
          {t('customer.merge.start')}
        </button>
      )}
      {canEdit && open && (
        <form
          className="subform"
          onSubmit={(event) => {
            event.preventDefault();
            void merge();
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>{t('customer.merge.reason')}</label>
            <p className="field-hint" id={`${reasonId}-hint`}>
              {t('customer.merge.reasonHint')}
            </p>
            <input
              id={reasonId}
              aria-describedby={`${reasonId}-hint`}
              value={reason}
              maxLength={500}
              data-testid="merge-reason"
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              data-testid="merge-confirm"
              disabled={action.pending || reason.trim() === ''}
            >
              {t('customer.merge.confirm', { other })}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ProblemAlert problem={action.problem} />
        </form>
      )}
    </li>
  );
}

interface MergeItemProps {
  readonly workspaceId: string;
  readonly customerId: string;
  readonly merge: MergeView;
  readonly canEdit: boolean;
  readonly onUndone: () => void;
}

function MergeItem({ workspaceId, customerId, merge, canEdit, onUndone }: MergeItemProps) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const params = { by: merge.by, date: formatDateTime(merge.at), reason: merge.reason };
  return (
    <li
      className="identity-event"
      data-testid="customer-merge"
      data-undone={merge.undoneAt !== null}
    >
      <p>
        {merge.into === customerId
          ? t('customer.merges.into', { ...params, from: merge.from })
          : t('customer.merges.from', { ...params, into: merge.into })}{' '}
        {merge.undoneAt !== null && (
          <span className="muted">
            {t('customer.merges.undone', { date: formatDateTime(merge.undoneAt) })}
          </span>
        )}
      </p>
      {canEdit && merge.undoneAt === null && (
        <ConfirmAction
          label={t('customer.merges.undo')}
          question={t('customer.merges.undoQuestion')}
          confirmLabel={t('customer.merges.undoConfirm')}
          testId="merge-undo"
          confirmTestId="merge-undo-confirm"
          onConfirm={async () => {
            await undoMerge(api, workspaceId, merge.id);
            onUndone();
          }}
        />
      )}
    </li>
  );
}

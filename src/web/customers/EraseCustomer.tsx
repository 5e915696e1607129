import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { type ErasureEntry, eraseCustomer } from './customers-api.ts';

interface EraseCustomerProps {
  readonly workspaceId: string;
  readonly customerId: string;
  readonly onErased: (entry: ErasureEntry) => void;
}

/**
 * The right to erasure, for owners: it asks to type the customer id back before erasing,
 * since nothing can bring the data back.
 */
export function EraseCustomer({ workspaceId, customerId, onErased }: EraseCustomerProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className="button button-danger-quiet"
        data-testid="erase-start"
        onClick={() => setOpen(true)}
      >
        {t('customer.erase.start')}
      </button>
    );
  }
  const erase = async () => {
    const outcome = await action.run(() => eraseCustomer(api, workspaceId, customerId));
    if (outcome.ok) onErased(outcome.value);
  };
  return (
    <form
      className="card erase-panel"
      data-testid="erase-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void erase();
      }}
    >
      <h2>{t('customer.erase.title')}</h2>
      <p>{t('customer.erase.explain')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('customer.erase.typeId', { id: customerId })}</label>
        <input
          id={inputId}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          data-testid="erase-confirm-id"
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button-danger"
          data-testid="erase-confirm"
          disabled={typed.trim() !== customerId || action.pending}
        >
          {action.pending ? t('customer.erase.erasing') : t('customer.erase.confirm')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            action.clear();
            setTyped('');
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
      <ProblemAlert problem={action.problem} />
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { useAction } from './useAction.ts';

interface ConfirmActionProps {
  readonly label: string;
  readonly question: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly testId: string;
  readonly confirmTestId: string;
}

/**
 * A destructive button that asks first, in place (no modal). The confirmation starts focused
 * on Cancel, so that pressing Enter twice cannot destroy anything by accident.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { label, question, confirmLabel, onConfirm, testId, confirmTestId } = props;
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Keep the keyboard focus on the control that replaced the one just pressed.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-danger-quiet"
        ref={startRef}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }

  const confirm = async () => {
    const outcome = await action.run(onConfirm);
    if (outcome.ok) setAsking(false);
  };

  return (
    <div className="confirm">
      <p className="confirm-question">{question}</p>
      <div className="confirm-buttons">
        <button
          type="button"
          className="button button-danger"
          data-testid={confirmTestId}
          disabled={action.pending}
          onClick={confirm}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button-quiet"
          ref={cancelRef}
          onClick={() => {
            action.clear();
            setAsking(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
      <ProblemAlert problem={action.problem} />
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';

interface ConfirmDeleteProps {
  /** The button's accessible name, e.g. "Delete the stage Search". */
  readonly label: string;
  readonly question: string;
  readonly confirmLabel: string;
  readonly testId: string;
  readonly confirmTestId: string;
  /** Throws `ApiError` when refused; the reason stays visible under the question. */
  readonly onConfirm: () => Promise<void>;
}

/**
 * A small ✕ that asks before deleting, in a bubble under it (headers are too narrow for the
 * question). Cancel takes the focus first, so two Enters cannot delete by accident.
 */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { label, question, confirmLabel, testId, confirmTestId, onConfirm } = props;
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const close = () => {
    action.clear();
    setAsking(false);
    startRef.current?.focus();
  };

  return (
    <span className="confirm-delete">
      <button
        type="button"
        ref={startRef}
        className="icon-button icon-button-danger"
        aria-label={label}
        title={label}
        aria-expanded={asking}
        data-testid={testId}
        onClick={() => setAsking(!asking)}
      >
        ✕
      </button>
      {asking && (
        <span
          className="confirm-bubble"
          role="dialog"
          aria-label={label}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          <span className="confirm-question">{question}</span>
          <span className="confirm-buttons">
            <button
              type="button"
              className="button button-danger"
              data-testid={confirmTestId}
              disabled={action.pending}
              onClick={async () => {
                const outcome = await action.run(onConfirm);
                if (outcome.ok) setAsking(false);
                // Refused: the reason is shown, and the keyboard is back where Escape works.
                else cancelRef.current?.focus();
              }}
            >
              {confirmLabel}
            </button>
            <button type="button" className="button button-quiet" ref={cancelRef} onClick={close}>
              {t('common.cancel')}
            </button>
          </span>
          <ProblemAlert problem={action.problem} />
        </span>
      )}
    </span>
  );
}

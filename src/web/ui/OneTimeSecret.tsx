import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface OneTimeSecretProps {
  readonly title: string;
  readonly warning: string;
  readonly value: string;
  /** Test id of the element holding the value. */
  readonly testId: string;
  readonly onDismiss: () => void;
}

/**
 * A value the server will never send again (an API key, an invitation link): highlighted,
 * focused so that it is noticed, copyable, and kept until the user says they are done.
 */
export function OneTimeSecret({ title, warning, value, testId, onDismiss }: OneTimeSecretProps) {
  const { t } = useI18n();
  const boxRef = useRef<HTMLElement>(null);
  const valueRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    boxRef.current?.focus();
  }, []);

  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      // Clipboard access needs a secure context and permission; selecting helps the manual way.
      const node = valueRef.current;
      if (node !== null) window.getSelection()?.selectAllChildren(node);
      setCopy('failed');
    }
  };

  return (
    <section className="secret" ref={boxRef} tabIndex={-1} aria-labelledby={`${testId}-title`}>
      <h3 id={`${testId}-title`}>{title}</h3>
      <p className="secret-warning">{warning}</p>
      <div className="secret-row">
        <code className="secret-value" data-testid={testId} ref={valueRef}>
          {value}
        </code>
        <button type="button" className="button" onClick={copyValue} data-testid="copy-secret">
          {t('common.copy')}
        </button>
      </div>
      <p className="secret-status" aria-live="polite">
        {copy === 'copied' && t('common.copied')}
        {copy === 'failed' && t('common.copyFailed')}
      </p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('common.done')}
      </button>
    </section>
  );
}

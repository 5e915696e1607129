import { useEffect, useId, useRef, useState } from 'react';

interface InlineNameProps {
  /** Said to screen readers; the field shows no visible label, it sits where the name goes. */
  readonly label: string;
  readonly initial?: string;
  readonly testId: string;
  /** Resolves true once saved; false keeps the field open (the problem is shown elsewhere). */
  readonly onSubmit: (name: string) => Promise<boolean>;
  readonly onCancel: () => void;
}

/**
 * A name typed in place: Enter or leaving the field saves, Escape cancels. An empty or
 * unchanged name saves nothing.
 */
export function InlineName({ label, initial = '', testId, onSubmit, onCancel }: InlineNameProps) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async () => {
    if (busyRef.current) return;
    const name = value.trim();
    if (name === '' || name === initial) return onCancel();
    busyRef.current = true;
    setBusy(true);
    const saved = await onSubmit(name);
    busyRef.current = false;
    setBusy(false);
    if (!saved) inputRef.current?.focus();
  };

  return (
    <form
      className="inline-name"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        maxLength={200}
        readOnly={busy}
        data-testid={testId}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => void submit()}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }}
      />
    </form>
  );
}

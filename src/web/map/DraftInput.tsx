import { type HTMLAttributes, useRef, useState } from 'react';
import { Field } from '../ui/Field.tsx';

interface DraftInputProps {
  readonly label: string;
  readonly name: string;
  /** The model's value as text; the field starts from it and follows it when it changes. */
  readonly value: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly multiline?: boolean;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Resolves true once saved; a refused value stays in the field, next to its reason. */
  readonly onCommit: (draft: string) => Promise<boolean>;
}

/** A text field that saves when it loses focus (or on Enter), only if its text changed. */
export function DraftInput(props: DraftInputProps) {
  const { label, name, value, hint, error, multiline = false, inputMode, onCommit } = props;
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  // The model changed (saved, or edited elsewhere): show its value.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }

  const commit = async () => {
    if (draft === value) return;
    // Saved without visible change (e.g. "1250" for "1 250"): show the model's way of writing it.
    if (await onCommit(draft)) setDraft(latest.current);
  };

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            name={name}
            value={draft}
            rows={3}
            data-testid={`field-${name}`}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
          />
        ) : (
          <input
            {...control}
            name={name}
            value={draft}
            inputMode={inputMode}
            data-testid={`field-${name}`}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void commit();
            }}
          />
        )
      }
    </Field>
  );
}

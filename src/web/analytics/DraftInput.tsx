import { type InputHTMLAttributes, useEffect, useState } from 'react';

type DraftInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  readonly value: string;
  /** Called on Enter and on leaving the field, only when the text changed. */
  readonly onCommit: (value: string) => void;
};

/** A text input that applies its value when the user is done typing, not at each key. */
export function DraftInput({ value, onCommit, ...props }: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <input
      {...props}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

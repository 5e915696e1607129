import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  useId,
} from 'react';

/** Accessibility wiring that a field hands to its control. */
interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
}

interface FieldProps {
  readonly label: string;
  /** A rule or example shown under the label, e.g. the password length. */
  readonly hint?: string | undefined;
  /** The server's message for this field, from the problem's `errors`. */
  readonly error?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/** Label, hint and error around one control, linked by ids so screen readers announce them. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter((part) => part !== '')
    .join(' ');
  const control: ControlProps = {
    id,
    ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    ...(error === undefined ? {} : { 'aria-invalid': true }),
  };
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children(control)}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'>;

interface TextFieldProps extends InputProps {
  readonly label: string;
  readonly name: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly testId?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, testId, inputRef, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input ref={inputRef} data-testid={testId} {...input} {...control} />}
    </Field>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'>;

interface SelectFieldProps extends NativeSelectProps {
  readonly label: string;
  readonly name: string;
  readonly choices: readonly Choice[];
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly testId?: string;
}

export function SelectField({ label, hint, error, testId, choices, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select data-testid={testId} {...select} {...control}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// Labelled form fields with their own error line, for every form.
import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  error?: string;
  help?: string;
}

function FieldShell({ id, label, error, help, children }: BaseProps & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const describedBy = (id: string, help?: string, error?: string) =>
  [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: BaseProps & {
    name: string;
    value: string;
    onChange: (v: string) => void;
    autoFocus?: boolean;
    placeholder?: string;
    inputMode?: 'numeric' | 'text';
  },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        name={props.name}
        className="input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- a dialog focuses its first field on open (WAI-ARIA dialog)
        autoFocus={props.autoFocus}
        data-autofocus={props.autoFocus ? '' : undefined}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.help, props.error)}
        autoComplete="off"
      />
    </FieldShell>
  );
}

export function TextArea(
  props: BaseProps & { name: string; value: string; onChange: (v: string) => void; rows?: number },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <textarea
        id={id}
        name={props.name}
        className="input input--area"
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.help, props.error)}
      />
    </FieldShell>
  );
}

export function SelectField<T extends string>(
  props: BaseProps & {
    name: string;
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (v: T) => void;
  },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        name={props.name}
        className="input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.help, props.error)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: {
  label: string;
  help?: string;
  name: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field--check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        className="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        aria-describedby={props.help ? `${id}-help` : undefined}
      />
      <label htmlFor={id} className="field__label">
        {props.label}
        {props.help && (
          <span id={`${id}-help`} className="field__help">
            {props.help}
          </span>
        )}
      </label>
    </div>
  );
}

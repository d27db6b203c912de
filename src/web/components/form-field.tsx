import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

type FieldFrame = { label: string; name: string; error?: string; hint?: ReactNode };

/** Links label, hint and error to the input, so a screen reader reads all three on focus. */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { inputId: `${id}-input`, hintId, errorId, describedBy };
}

function FieldMessages({ hint, hintId, error, errorId }: Omit<FieldFrame, 'label' | 'name'> & Ids) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

type Ids = { hintId?: string; errorId?: string };

export function TextField({
  label,
  name,
  error,
  hint,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.inputId}>{label}</label>
      <input
        id={ids.inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...select
}: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.inputId}>{label}</label>
      <select
        id={ids.inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {children}
      </select>
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  ...textarea
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={ids.inputId}>{label}</label>
      <textarea
        id={ids.inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}

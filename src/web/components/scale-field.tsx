import { type ReactNode, useId } from 'react';

type ScaleFieldProps = {
  /** The radio group's name; unique on the page. */
  name: string;
  legend: ReactNode;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  /** The "don't know" answer, chosen as null; absent when every answer must be on the scale. */
  unknownLabel?: string | null;
  /** undefined: nothing chosen yet; null: the unknown answer. */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  hint?: ReactNode;
  error?: string;
};

const signed = (value: number, min: number) => (min < 0 && value > 0 ? `+${value}` : String(value));

/**
 * A rating as a row of large radio buttons in a fieldset, with the scale's end labels beneath. The
 * radios stay real inputs (arrow keys move between them), drawn as buttons big enough for a thumb.
 */
export function ScaleField(props: ScaleFieldProps) {
  const { name, legend, min, max, minLabel, maxLabel, unknownLabel, value, onChange, hint, error } = props;
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <fieldset
      className={error ? 'scale-field scale-field-invalid' : 'scale-field'}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="scale-legend">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="scale">
        <div className="scale-options">
          {values.map((option) => (
            <label key={option} className="scale-option">
              <input
                type="radio"
                className="scale-input"
                name={name}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
              />
              <span className="scale-face">
                {signed(option, min)}
                {option === min ? <span className="visually-hidden">, {minLabel}</span> : null}
                {option === max ? <span className="visually-hidden">, {maxLabel}</span> : null}
              </span>
            </label>
          ))}
        </div>
        <div className="scale-ends" aria-hidden="true">
          <span>{minLabel}</span>
          <span>{maxLabel}</span>
        </div>
      </div>
      {unknownLabel ? (
        <label className="scale-option scale-unknown">
          <input
            type="radio"
            className="scale-input"
            name={name}
            value=""
            checked={value === null}
            onChange={() => onChange(null)}
          />
          <span className="scale-face">{unknownLabel}</span>
        </label>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

// i18n: not yet translated
import type { Competency } from '../../shared/framework';
import { ScaleField } from '../components/scale-field';

/** A self-rating per behavior, or null for "not sure" (which is left out of the baseline). */
export type BaselineDraft = Record<string, number | null | undefined>;

export const selfScale = { min: 1, max: 5, minLabel: 'Rarely', maxLabel: 'Consistently' } as const;

export function baselineOf(draft: BaselineDraft): Record<string, number> {
  return Object.fromEntries(
    Object.entries(draft).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

/** Behaviors are written to follow "I …" ("let people finish speaking before I respond"). */
export const asSelfStatement = (text: string) => `I ${text}`;

type BaselineFieldsProps = {
  competency: Competency;
  value: BaselineDraft;
  onChange: (value: BaselineDraft) => void;
  error?: string;
};

export function BaselineFields({ competency, value, onChange, error }: BaselineFieldsProps) {
  return (
    <div className="scale-list">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {competency.behaviors.map((behavior) => (
        <ScaleField
          key={behavior.key}
          name={`baseline-${behavior.key}`}
          legend={asSelfStatement(behavior.text)}
          {...selfScale}
          unknownLabel="Not sure"
          value={value[behavior.key]}
          onChange={(rating) => onChange({ ...value, [behavior.key]: rating })}
        />
      ))}
    </div>
  );
}

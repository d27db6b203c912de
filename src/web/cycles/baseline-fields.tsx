import type { Competency } from '../../shared/framework';
import { ScaleField } from '../components/scale-field';
import { behaviorSentenceIn } from '../framework/default-framework-language';
import { uiLanguage } from '../i18n/ui-language';
import { cyclesText, useCyclesText } from './cycles-text';

/** A self-rating per behavior, or null for "not sure" (which is left out of the baseline). */
export type BaselineDraft = Record<string, number | null | undefined>;

export const selfScale = { min: 1, max: 5 } as const;

export function baselineOf(draft: BaselineDraft): Record<string, number> {
  return Object.fromEntries(
    Object.entries(draft).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

/**
 * Behaviors are written to follow "I …" ("let people finish speaking before I respond"); the default
 * framework's translations are whole sentences already ("Ich lasse andere ausreden …"), and a behavior
 * a workspace wrote in English stays an English sentence on a German screen.
 */
export const asSelfStatement = (text: string) =>
  behaviorSentenceIn(text, uiLanguage()) ?? cyclesText('selfStatement', { behavior: text });

type BaselineFieldsProps = {
  competency: Competency;
  value: BaselineDraft;
  onChange: (value: BaselineDraft) => void;
  error?: string;
};

export function BaselineFields({ competency, value, onChange, error }: BaselineFieldsProps) {
  const t = useCyclesText();
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
          minLabel={t('selfScale.min')}
          maxLabel={t('selfScale.max')}
          unknownLabel={t('selfScale.notSure')}
          value={value[behavior.key]}
          onChange={(rating) => onChange({ ...value, [behavior.key]: rating })}
        />
      ))}
    </div>
  );
}

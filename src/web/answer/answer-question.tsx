import { useId } from 'react';
import { looksEnglish } from '../../shared/english-text';
import type { ChoiceQuestion, Question, TextQuestion } from '../../shared/questions';
import { TextAreaField } from '../components/form-field';
import { ScaleField } from '../components/scale-field';
import { useAnswerLanguage } from './answer-language';
import { HintRegion, useFeedforwardHint } from './feedforward-hint';
import { IdentifyingCheckButton } from './identifying-check';

export type AnswerDraft = number | string | null | undefined;

type QuestionProps<Q extends Question> = {
  question: Q;
  leaderName: string;
  value: AnswerDraft;
  onChange: (value: number | string | null) => void;
  error?: string;
};

export function AnswerQuestion(props: QuestionProps<Question>) {
  const { question, value, onChange, error } = props;
  if (question.kind === 'rating') {
    return (
      <ScaleField
        name={`answer-${question.id}`}
        legend={question.prompt}
        min={question.min}
        max={question.max}
        minLabel={question.minLabel}
        maxLabel={question.maxLabel}
        unknownLabel={question.unknownLabel}
        value={typeof value === 'number' || value === null ? value : undefined}
        onChange={onChange}
        error={error}
      />
    );
  }
  if (question.kind === 'text') return <TextAnswer {...props} question={question} />;
  return <ChoiceAnswer {...props} question={question} />;
}

// "Optional" is said once: not again when the question's own words already say it.
const optional = (question: TextQuestion, word: string) =>
  !question.required && !question.prompt.toLowerCase().includes(word.toLowerCase());

function TextAnswer({ question, leaderName, value, onChange, error }: QuestionProps<TextQuestion>) {
  const { t, locale } = useAnswerLanguage();
  const text = typeof value === 'string' ? value : '';
  const hintId = useId();
  // The feedforward coach reads English only (decision 0044): on a page in another language, or
  // over a text that is not English, it would flag the wrong words, so it is not asked at all.
  const hintsApply = locale === 'en' && looksEnglish(text);
  const hintAnswer = useFeedforwardHint(question.feedforward && hintsApply ? text : '');
  const limit = t('text.limit', { max: question.maxLength });
  return (
    <div className="text-answer">
      <TextAreaField
        label={question.prompt}
        name={`answer-${question.id}`}
        rows={question.feedforward ? 3 : 4}
        maxLength={question.maxLength}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        hint={
          question.feedforward
            ? `${t('text.feedforward', { leader: leaderName })} ${limit}`
            : `${optional(question, t('text.optionalWord')) ? `${t('text.optional')} ` : ''}${limit}`
        }
        error={error}
        aria-controls={question.feedforward ? hintId : undefined}
      />
      {question.feedforward ? (
        <HintRegion id={hintId} answer={hintAnswer} englishOnly={!hintsApply} onUse={onChange} />
      ) : null}
      <IdentifyingCheckButton text={text} leaderName={leaderName} onUse={onChange} />
    </div>
  );
}

function ChoiceAnswer({ question, value, onChange, error }: QuestionProps<ChoiceQuestion>) {
  const errorId = useId();
  return (
    <fieldset
      className={error ? 'scale-field scale-field-invalid' : 'scale-field'}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="scale-legend">{question.prompt}</legend>
      <div className="choice-options">
        {question.options.map((option) => (
          <label key={option.value} className="choice-option">
            <input
              type="radio"
              name={`answer-${question.id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import type { Competency } from '../../shared/framework';
import type { Question } from '../../shared/questions';
import type { ChoiceResult, ReleasedResults } from '../../shared/round-results';
import type { Theme } from '../../shared/rounds';
import { EmptyState } from '../components/empty-state';
import { richText } from '../i18n/rich-text';
import { NamedManagerSection } from './named-manager-section';
import { comparisonRows, RatingChart } from './rating-chart';
import { RatingTable } from './rating-table';
import { roundsText, useRoundsText } from './rounds-text';
import { SuggestionsSection } from './suggestions-section';

type ReleasedProps = {
  results: ReleasedResults;
  questions: Question[];
  competency: Competency;
  baseline: Record<string, number>;
  themes: Theme[] | null;
  k: number;
};

// The listening round's opening question, asked with the leader's name, reads better addressed to them.
const headingOf = (questionId: string, prompt: string) =>
  questionId === 'experience' ? roundsText('results.experience') : prompt;

const isFeedforward = (questions: Question[], questionId: string) =>
  questions.some(
    (question) => question.id === questionId && question.kind === 'text' && question.feedforward,
  );

/**
 * What the anonymity rules released, in separate sections: figures, how working together feels, and
 * suggestions. Texts never sit beside the ratings, so no comment can be matched to a score.
 */
export function ReleasedResultsView({ results, questions, competency, baseline, themes, k }: ReleasedProps) {
  const t = useRoundsText();
  const rows = comparisonRows(results.ratings, questions, competency, baseline);
  const experiences = results.texts.filter((text) => !isFeedforward(questions, text.questionId));
  const suggestions = results.texts
    .filter((text) => isFeedforward(questions, text.questionId))
    .flatMap((text) => text.answers);
  return (
    <>
      {rows.length > 0 ? (
        <section className="card section" aria-labelledby="ratings-heading">
          <h2 id="ratings-heading">{t('results.ratings')}</h2>
          <p className="muted">{t('results.eachAverage', { k })}</p>
          <RatingChart rows={rows} k={k} />
          <details className="disclosure">
            <summary className="disclosure-summary">{t('results.showTable')}</summary>
            <RatingTable rows={rows} k={k} />
          </details>
        </section>
      ) : null}

      {experiences.map((text) => (
        <section key={text.questionId} className="card section" aria-labelledby={`text-${text.questionId}`}>
          <div className="section-heading">
            <h2 id={`text-${text.questionId}`}>{headingOf(text.questionId, text.prompt)}</h2>
            <span className="count">{text.answers.length}</span>
          </div>
          {text.answers.length === 0 ? (
            <EmptyState title={t('results.noAnswers')} />
          ) : (
            <ul className="quote-list" aria-label={text.prompt}>
              {text.answers.map((answer, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two people may write the same words.
                <li key={index}>{answer}</li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <SuggestionsSection suggestions={suggestions} themes={themes} />

      {results.choices.map((choice) => (
        <ChoiceSection key={choice.questionId} choice={choice} k={k} />
      ))}

      {results.namedManager ? (
        <NamedManagerSection responses={results.namedManager} questions={questions} />
      ) : null}
    </>
  );
}

function ChoiceSection({ choice, k }: { choice: ChoiceResult; k: number }) {
  const t = useRoundsText();
  return (
    <section className="card section" aria-labelledby={`choice-${choice.questionId}`}>
      <h2 id={`choice-${choice.questionId}`}>{choice.prompt}</h2>
      {choice.figure ? (
        <ul className="choice-results">
          {choice.figure.options.map((option) => (
            <li key={option.value}>
              {richText(
                t('results.choiceCount', {
                  option: option.label,
                  count: option.count,
                  n: choice.figure?.n ?? 0,
                }),
                {
                  strong: (chunk) => <strong>{chunk}</strong>,
                },
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('results.choiceHidden', { k })}</p>
      )}
    </section>
  );
}

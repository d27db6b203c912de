import type { Question } from '../../shared/questions';
import type { NamedManagerResponse } from '../../shared/round-results';
import { roundsText, useRoundsText } from './rounds-text';

function answerText(question: Question | undefined, answer: number | string | null) {
  if (answer === null) {
    const notAnswered = roundsText('named.notAnswered');
    return question?.kind === 'rating' ? (question.unknownLabel ?? notAnswered) : notAnswered;
  }
  if (question?.kind === 'rating' && typeof answer === 'number') {
    return roundsText('rating.ofMax', { rating: answer, max: question.max });
  }
  return String(answer);
}

/**
 * A manager who chose to be named is shown apart, labeled as such, and never mixed into a figure:
 * their answers count toward nothing above.
 */
export function NamedManagerSection({
  responses,
  questions,
}: {
  responses: NamedManagerResponse[];
  questions: Question[];
}) {
  const t = useRoundsText();
  return (
    <section className="card section named-section" aria-labelledby="named-heading">
      <h2 id="named-heading">{t('named.heading')}</h2>
      <p className="muted">{t('named.text')}</p>
      {responses.map((response, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: responses have no id, and their order is fixed by content.
        <dl key={index} className="summary-list named-answers">
          {response.answers.map((answer) => (
            <div key={answer.questionId}>
              <dt>{answer.prompt}</dt>
              <dd className="prose">
                {answerText(
                  questions.find((question) => question.id === answer.questionId),
                  answer.answer,
                )}
              </dd>
            </div>
          ))}
        </dl>
      ))}
    </section>
  );
}

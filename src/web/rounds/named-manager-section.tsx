// i18n: not yet translated
import type { Question } from '../../shared/questions';
import type { NamedManagerResponse } from '../../shared/round-results';

function answerText(question: Question | undefined, answer: number | string | null) {
  if (answer === null) {
    return question?.kind === 'rating' ? (question.unknownLabel ?? 'Not answered') : 'Not answered';
  }
  if (question?.kind === 'rating' && typeof answer === 'number') return `${answer} of ${question.max}`;
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
  return (
    <section className="card section named-section" aria-labelledby="named-heading">
      <h2 id="named-heading">Your manager chose to be named</h2>
      <p className="muted">
        Your manager chose to show you these answers with their name, so they appear here on their own and are
        not part of any figure or list above.
      </p>
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

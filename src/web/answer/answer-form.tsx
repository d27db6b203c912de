import { useRef, useState } from 'react';
import type { AnswerPage } from '../../shared/answer-page';
import type { Question } from '../../shared/questions';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import type { AnswerSubmission } from './answer-actions';
import { type AnswerText, useAnswerLanguage } from './answer-language';
import { type AnswerDraft, AnswerQuestion } from './answer-question';
import { LinkDeliveryNote } from './link-delivery-note';
import { NamedChoice } from './named-choice';

type Group = { key: string; title: string; questions: Question[] };

// A mini-survey asks about change (-3..+3), each followed by how often the leader followed up about it.
const isChange = (question: Question | undefined) => question?.kind === 'rating' && question.min < 0;

function groupTitle(question: Question, leader: string, previous: Question | undefined, t: AnswerText) {
  if (isChange(question) || (question.kind === 'choice' && isChange(previous)))
    return t('group.change', { leader });
  if (question.kind === 'rating') return t('group.today', { leader });
  if (question.kind === 'text') return question.feedforward ? t('group.ideas') : t('group.together');
  return t('group.more');
}

/** Consecutive questions of one kind share a heading, so a long form reads as three short parts. */
function groupsOf(questions: Question[], leaderName: string, t: AnswerText): Group[] {
  const groups: Group[] = [];
  for (const [index, question] of questions.entries()) {
    const title = groupTitle(question, leaderName, questions[index - 1], t);
    const last = groups.at(-1);
    if (last?.title === title) last.questions.push(question);
    else groups.push({ key: question.id, title, questions: [question] });
  }
  return groups;
}

/** Mirrors the server's check, so a missing answer is pointed out before anything is sent. */
function missingAnswers(questions: Question[], answers: Record<string, AnswerDraft>, t: AnswerText) {
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const value = answers[question.id];
    const field = `answers.${question.id}`;
    if (question.kind === 'text' && question.required && (typeof value !== 'string' || !value.trim())) {
      errors[field] = t('error.writeAnswer');
    } else if (question.kind === 'rating' && question.unknownLabel === null && typeof value !== 'number') {
      errors[field] = t('error.chooseRating');
    } else if (question.kind === 'choice' && typeof value !== 'string') {
      errors[field] = t('error.chooseOption');
    }
  }
  return errors;
}

export function AnswerForm({ page, fetcher }: { page: AnswerPage; fetcher: AnswerSubmission }) {
  const { t } = useAnswerLanguage();
  const [answers, setAnswers] = useState<Record<string, AnswerDraft>>({});
  const [showMyName, setShowMyName] = useState(false);
  const [missing, setMissing] = useState<Record<string, string> | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const refused = fetcher.data?.ok === false ? fetcher.data : undefined;
  const fieldErrors = missing ?? refused?.fieldErrors ?? {};
  useFocusFirstInvalid(form, missing ?? refused);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = missingAnswers(page.questions, answers, t);
    if (Object.keys(errors).length > 0) return setMissing(errors);
    setMissing(null);
    // Ratings left alone are sent as "don't know"; empty optional texts are left out.
    const payload = Object.fromEntries(
      page.questions.flatMap((question) => {
        const value = answers[question.id];
        if (question.kind === 'text')
          return typeof value === 'string' && value.trim() ? [[question.id, value.trim()]] : [];
        return [[question.id, value ?? null]];
      }),
    );
    fetcher.submit({ answers: payload, showMyName });
  }

  const setAnswer = (questionId: string, value: number | string | null) => {
    setAnswers((current) => ({ ...current, [questionId]: value }));
    if (missing?.[`answers.${questionId}`]) setMissing(null);
  };

  return (
    <form noValidate ref={form} className="answer-form" onSubmit={submit}>
      {page.canBeNamed ? (
        <NamedChoice leaderName={page.leaderName} checked={showMyName} onChange={setShowMyName} />
      ) : null}
      {groupsOf(page.questions, page.leaderName, t).map((group) => (
        <section
          key={group.key}
          className="card section question-group"
          aria-labelledby={`group-${group.key}`}
        >
          <h2 id={`group-${group.key}`}>{group.title}</h2>
          <RatingGroupHint first={group.questions[0]} leaderName={page.leaderName} />
          <div className="question-list">
            {group.questions.map((question) => (
              <AnswerQuestion
                key={question.id}
                question={question}
                leaderName={page.leaderName}
                value={answers[question.id]}
                onChange={(value) => setAnswer(question.id, value)}
                error={fieldErrors[`answers.${question.id}`]}
              />
            ))}
          </div>
        </section>
      ))}
      <div className="answer-submit">
        <LinkDeliveryNote delivery={page.delivery} leaderName={page.leaderName} />
        <FormAlert
          message={
            missing ? t('error.missing') : refused?.unsent ? t('error.sendFailed') : refused?.formError
          }
        />
        <Button
          type="submit"
          className="button-block"
          busy={fetcher.state === 'submitting'}
          busyLabel={t('submit.sending')}
        >
          {t('submit.send')}
        </Button>
        <p className="muted">
          {t('submit.final')} {showMyName ? t('submit.named') : t('submit.anonymous')}
        </p>
      </div>
    </form>
  );
}

// The "don't know" label is the question's own, written in the round's language when it opened.
function RatingGroupHint({ first, leaderName }: { first: Question | undefined; leaderName: string }) {
  const { t } = useAnswerLanguage();
  if (first?.kind !== 'rating' || !first.unknownLabel) return null;
  const key = isChange(first) ? 'ratingHint.change' : 'ratingHint.today';
  return <p className="muted">{t(key, { leader: leaderName, unknown: first.unknownLabel })}</p>;
}

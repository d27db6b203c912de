import { useRef, useState } from 'react';
import type { AnswerPage } from '../../shared/answer-page';
import type { Question } from '../../shared/questions';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import type { AnswerSubmission } from './answer-actions';
import { type AnswerDraft, AnswerQuestion } from './answer-question';
import { LinkDeliveryNote } from './link-delivery-note';
import { NamedChoice } from './named-choice';

type Group = { key: string; title: string; questions: Question[] };

// A mini-survey asks about change (-3..+3), each followed by how often the leader followed up about it.
const isChange = (question: Question | undefined) => question?.kind === 'rating' && question.min < 0;

function groupTitle(question: Question, leaderName: string, previous: Question | undefined) {
  if (isChange(question) || (question.kind === 'choice' && isChange(previous)))
    return `What has changed since ${leaderName} started`;
  if (question.kind === 'rating') return `What you see ${leaderName} do today`;
  if (question.kind === 'text')
    return question.feedforward ? 'Your ideas for the future' : 'Working together';
  return 'A few more questions';
}

/** Consecutive questions of one kind share a heading, so a long form reads as three short parts. */
function groupsOf(questions: Question[], leaderName: string): Group[] {
  const groups: Group[] = [];
  for (const [index, question] of questions.entries()) {
    const title = groupTitle(question, leaderName, questions[index - 1]);
    const last = groups.at(-1);
    if (last?.title === title) last.questions.push(question);
    else groups.push({ key: question.id, title, questions: [question] });
  }
  return groups;
}

/** Mirrors the server's check, so a missing answer is pointed out before anything is sent. */
function missingAnswers(questions: Question[], answers: Record<string, AnswerDraft>) {
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const value = answers[question.id];
    const field = `answers.${question.id}`;
    if (question.kind === 'text' && question.required && (typeof value !== 'string' || !value.trim())) {
      errors[field] = 'Please write an answer here';
    } else if (question.kind === 'rating' && question.unknownLabel === null && typeof value !== 'number') {
      errors[field] = 'Choose a rating';
    } else if (question.kind === 'choice' && typeof value !== 'string') {
      errors[field] = 'Choose one of the options';
    }
  }
  return errors;
}

export function AnswerForm({ page, fetcher }: { page: AnswerPage; fetcher: AnswerSubmission }) {
  const [answers, setAnswers] = useState<Record<string, AnswerDraft>>({});
  const [showMyName, setShowMyName] = useState(false);
  const [missing, setMissing] = useState<Record<string, string> | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const refused = fetcher.data?.ok === false ? fetcher.data : undefined;
  const fieldErrors = missing ?? refused?.fieldErrors ?? {};
  useFocusFirstInvalid(form, missing ?? refused);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = missingAnswers(page.questions, answers);
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
      {groupsOf(page.questions, page.leaderName).map((group) => (
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
          message={missing ? 'Some answers are missing; they are marked above.' : refused?.formError}
        />
        <Button
          type="submit"
          className="button-block"
          busy={fetcher.state === 'submitting'}
          busyLabel="Sending…"
        >
          Send my answers
        </Button>
        <p className="muted">
          Once sent, answers cannot be changed.{' '}
          {showMyName ? 'Your name will be shown with them.' : 'They stay anonymous.'}
        </p>
      </div>
    </form>
  );
}

function RatingGroupHint({ first, leaderName }: { first: Question | undefined; leaderName: string }) {
  if (first?.kind !== 'rating') return null;
  if (isChange(first)) {
    return (
      <p className="muted">
        Rate only the change you have seen, from −3 (less effective) through 0 (no change) to +3 (more
        effective). If you have not worked with {leaderName} enough to say, choose “
        {first.unknownLabel ?? 'Not enough contact to judge'}”; it is not counted.
      </p>
    );
  }
  return (
    <p className="muted">
      Choose “Don't know” for anything you have not seen. Skipped ones count as “Don't know”.
    </p>
  );
}

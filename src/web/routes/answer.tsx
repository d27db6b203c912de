import { useEffect, useRef } from 'react';
import type { AnswerPage as AnswerPageData } from '../../shared/answer-page';
import { answeringTime } from '../../shared/answering-time';
import {
  type AnswerProblem,
  type AnswerSubmission,
  useAnswerPageData,
  useAnswerSubmission,
} from '../answer/answer-actions';
import { AnswerFailed } from '../answer/answer-failed';
import { AnswerForm } from '../answer/answer-form';
import { AnswerFrame, AnswerMessage } from '../answer/answer-frame';
import { formatClosingMoment } from '../answer/closing-moment';
import { GroundRules } from '../answer/ground-rules';
import { LeaderMessage } from '../answer/leader-message';
import { useDocumentTitle } from '../components/document-title';
import { LoadingState } from '../components/loading';

/** The stakeholder's whole page; it needs no router, so it is also the answer entry's only screen. */
export function AnswerPage() {
  const data = useAnswerPageData();
  const fetcher = useAnswerSubmission();
  const result = fetcher.data;
  if (data === 'failed') return <AnswerFailed />;
  let content: React.ReactNode;
  if (data === 'loading') content = <LoadingState />;
  else if (result?.ok) content = <Thanks message={result.message} leaderName={data.page?.leaderName} />;
  else if (result?.problem) content = <Problem problem={result.problem} />;
  else if (data.problem) content = <Problem problem={data.problem} />;
  else content = <Questions page={data.page} fetcher={fetcher} />;
  return <AnswerFrame>{content}</AnswerFrame>;
}

function Questions({ page, fetcher }: { page: AnswerPageData; fetcher: AnswerSubmission }) {
  useDocumentTitle(`Suggestions for ${page.leaderName}`);
  return (
    <div className="answer-page">
      <div className="page-heading">
        <h1>Your ideas for {page.leaderName}</h1>
        <p className="lead">
          {answeringTime(page.questions)} · open until {formatClosingMoment(page.closesAt)} your time · no
          account needed
        </p>
      </div>
      <div className="card answer-welcome">
        <LeaderMessage leaderName={page.leaderName} intro={page.intro} goal={page.goal} />
        <GroundRules leaderName={page.leaderName} closesOn={page.closesOn} anonymityK={page.anonymityK} />
      </div>
      <AnswerForm page={page} fetcher={fetcher} />
    </div>
  );
}

/** After a page swap inside the same address, focus goes to the new heading so it is read out. */
function useFocusHeading() {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    frame.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  return frame;
}

function Thanks({ message, leaderName }: { message: string; leaderName?: string }) {
  useDocumentTitle('Thank you');
  const frame = useFocusHeading();
  return (
    <div ref={frame}>
      <AnswerMessage title="Thank you">
        <p className="lead">{message}</p>
        <p>
          {leaderName ? `${leaderName} will see` : 'The leader will see'} the combined results after the round
          closes, and may send everyone who was asked a thank-you note. You can close this page now.
        </p>
      </AnswerMessage>
    </div>
  );
}

const problemTitles: Record<string, string> = {
  answer_link_invalid: 'This link does not work',
  round_closed: 'This round has closed',
  already_answered: 'You have already answered',
};

function Problem({ problem }: { problem: AnswerProblem }) {
  const title = problemTitles[problem.code] ?? 'This link cannot be used';
  useDocumentTitle(title);
  const frame = useFocusHeading();
  return (
    <div ref={frame}>
      <AnswerMessage title={title}>
        <p className="lead">{problem.message}</p>
        {problem.code === 'answer_link_invalid' ? (
          <p>
            Open your personal link again: it works until the round closes, but a page opened from it expires
            after a couple of hours. Your answers, if you sent them, are safe.
          </p>
        ) : null}
      </AnswerMessage>
    </div>
  );
}

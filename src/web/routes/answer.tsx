import { useEffect, useRef } from 'react';
import type { AnswerPage as AnswerPageData } from '../../shared/answer-page';
import { minutesToAnswer } from '../../shared/answering-time';
import {
  type AnswerProblem,
  type AnswerSubmission,
  useAnswerPageData,
  useAnswerSubmission,
} from '../answer/answer-actions';
import { AnswerFailed } from '../answer/answer-failed';
import { AnswerForm } from '../answer/answer-form';
import { AnswerFrame, AnswerMessage } from '../answer/answer-frame';
import { AnswerLanguageProvider, type AnswerText, useAnswerLanguage } from '../answer/answer-language';
import { formatClosingMoment } from '../answer/closing-moment';
import { GroundRules } from '../answer/ground-rules';
import { LeaderMessage } from '../answer/leader-message';
import { useDocumentTitle } from '../components/document-title';
import { LoadingState } from '../components/loading';

/**
 * The stakeholder's whole page; it needs no router, so it is also the answer entry's only screen. It
 * speaks the round's language, or the one the person chose on the page.
 */
export function AnswerPage() {
  return (
    <AnswerLanguageProvider>
      <AnswerScreens />
    </AnswerLanguageProvider>
  );
}

function AnswerScreens() {
  const data = useAnswerPageData();
  const fetcher = useAnswerSubmission();
  const { t, locale, ready, chosen, setRoundLanguage } = useAnswerLanguage();
  const roundLanguage = typeof data === 'object' ? data.page?.language : undefined;
  useEffect(() => {
    if (roundLanguage) setRoundLanguage(roundLanguage);
  }, [roundLanguage, setRoundLanguage]);
  // The page is not shown in one language only to switch to another a moment later. Once shown, a
  // switch keeps it (and what the person wrote) on screen until the new language's texts arrive.
  const shown = useRef(false);
  if (data !== 'loading' && ready && locale === (chosen ?? roundLanguage ?? locale)) shown.current = true;
  const result = fetcher.data;
  if (data === 'failed') return <AnswerFailed />;
  let content: React.ReactNode;
  if (data === 'loading' || !shown.current) content = <LoadingState label={t('loading')} />;
  else if (result?.ok) content = <Thanks leaderName={data.page?.leaderName ?? ''} />;
  else if (result?.problem) content = <Problem problem={result.problem} />;
  else if (data.problem) content = <Problem problem={data.problem} />;
  else content = <Questions page={data.page} fetcher={fetcher} />;
  return <AnswerFrame>{content}</AnswerFrame>;
}

function Questions({ page, fetcher }: { page: AnswerPageData; fetcher: AnswerSubmission }) {
  const { t, locale } = useAnswerLanguage();
  useDocumentTitle(t('page.title', { leader: page.leaderName }));
  const lead = [
    t('page.minutes', { minutes: minutesToAnswer(page.questions) }),
    t('page.openUntil', { moment: formatClosingMoment(page.closesAt, { locale }) }),
    t('page.noAccount'),
  ];
  return (
    <div className="answer-page">
      <div className="page-heading">
        <h1>{t('page.heading', { leader: page.leaderName })}</h1>
        <p className="lead">{lead.join(' · ')}</p>
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

function Thanks({ leaderName }: { leaderName: string }) {
  const { t } = useAnswerLanguage();
  useDocumentTitle(t('thanks.title'));
  const frame = useFocusHeading();
  return (
    <div ref={frame}>
      <AnswerMessage title={t('thanks.title')}>
        <p className="lead">{t('thanks.saved')}</p>
        <p>{t('thanks.next', { leader: leaderName })}</p>
      </AnswerMessage>
    </div>
  );
}

type ProblemText = { title: string; body: string };

/** The server's reasons are English; the page says them in its own language, by their code. */
function problemText(problem: AnswerProblem, t: AnswerText): ProblemText {
  switch (problem.code) {
    case 'answer_link_invalid':
      return { title: t('problem.invalid.title'), body: t('problem.invalid.body') };
    case 'round_closed':
      return { title: t('problem.closed.title'), body: t('problem.closed.body') };
    case 'already_answered':
      return { title: t('problem.answered.title'), body: t('problem.answered.body') };
    case 'round_full':
      return { title: t('problem.full.title'), body: t('problem.full.body') };
    default:
      return { title: t('problem.title'), body: problem.message };
  }
}

function Problem({ problem }: { problem: AnswerProblem }) {
  const { t } = useAnswerLanguage();
  const { title, body } = problemText(problem, t);
  useDocumentTitle(title);
  const frame = useFocusHeading();
  return (
    <div ref={frame}>
      <AnswerMessage title={title}>
        <p className="lead">{body}</p>
        {problem.code === 'answer_link_invalid' ? <p>{t('problem.invalid.reopen')}</p> : null}
      </AnswerMessage>
    </div>
  );
}

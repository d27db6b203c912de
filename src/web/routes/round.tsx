// i18n: not yet translated
import { useEffect, useRef } from 'react';
import { Link, useLoaderData } from 'react-router';
import { localeNames } from '../../shared/i18n/locales';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { formatDay } from '../cycles/day';
import { roundKindLabels } from '../cycles/round-list';
import { takeFlash } from '../flash';
import { MiniSurveyResults } from '../follow-up/mini-survey-results';
import { formatDate } from '../format';
import { AddStakeholderForm } from '../rounds/add-stakeholder-form';
import { LinksAgainSection } from '../rounds/links-again-section';
import { ReleasedResultsView } from '../rounds/released-results';
import { loadRoundPage, type RoundPageData } from '../rounds/round-data';
import { RoundInProgress } from '../rounds/round-in-progress';
import { ThankYouSection } from '../rounds/thank-you-section';

export { roundAction } from '../rounds/round-actions';

export async function roundLoader({ request, params }: { request: Request; params: { roundId?: string } }) {
  const data = await loadRoundPage(request, params.roundId ?? '');
  return { ...data, flash: takeFlash() } satisfies RoundPageData;
}

export function RoundPage() {
  const data = useLoaderData() as RoundPageData;
  const { round, cycle, workspace, competency, results, flash } = data;
  const title = roundKindLabels[round.kind];
  useDocumentTitle(title);
  const open = round.status === 'open';
  useFocusResultsOnClose(open);

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: 'Growth cycles' },
          { to: cyclePath(cycle.id), label: competency.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{competency.name}</p>
        <h1>{title}</h1>
        <p className="lead">
          {open
            ? `Open since ${formatDate(round.openedAt)} · closes ${formatDay(round.closesOn)}`
            : `Closed${round.closedAt ? ` on ${formatDate(round.closedAt)}` : ''} · ${results.responseCount} of ${round.invitedCount} answered`}
          {` · asked in ${localeNames[round.language]}`}
        </p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}

      {open ? (
        <>
          <RoundInProgress
            round={round}
            responseCount={results.responseCount}
            emailCanBeSent={data.mail.emailCanBeSent}
          />
          <LinksAgainSection />
          <AddStakeholderForm stakeholders={data.stakeholders} />
        </>
      ) : results.released ? (
        <>
          {round.kind === 'mini_survey' ? (
            <MiniSurveyResults
              summaries={data.changeSummaries ?? []}
              questions={round.questions}
              k={round.anonymityK}
            />
          ) : null}
          <ReleasedResultsView
            // The mini-survey's ratings and follow-up counts are drawn above, per behavior.
            results={round.kind === 'mini_survey' ? { ...results, ratings: [], choices: [] } : results}
            questions={round.questions}
            competency={competency}
            baseline={data.baseline}
            themes={data.themes}
            k={round.anonymityK}
          />
        </>
      ) : (
        <TooFewAnswers
          answered={results.responseCount}
          asked={round.invitedCount}
          k={round.anonymityK}
          cycleId={cycle.id}
        />
      )}

      {open ? null : (
        <ThankYouSection
          thankYou={data.thankYou}
          emailCanBeSent={data.mail.emailCanBeSent}
          competencyName={competency.name}
          released={results.released}
        />
      )}

      <section className="card section" aria-labelledby="message-heading">
        <h2 id="message-heading">Your message to them</h2>
        <blockquote className="quote">{round.intro}</blockquote>
      </section>
    </div>
  );
}

/** Closing removes the button that was pressed; focus moves to what appeared in its place. */
function useFocusResultsOnClose(open: boolean) {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const heading = document.querySelector<HTMLElement>('main section h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    wasOpen.current = open;
  }, [open]);
}

type TooFewProps = { answered: number; asked: number; k: number; cycleId: string };

/** Closed with fewer than k answers: nothing is shown, and the page says why without blame. */
function TooFewAnswers({ answered, asked, k, cycleId }: TooFewProps) {
  return (
    <section className="card section" aria-labelledby="too-few-heading">
      <h2 id="too-few-heading">Not enough answers to show results</h2>
      <p>
        {answered} of the {asked} people you asked answered, and results need at least {k}. To keep the
        promise of anonymity made to everyone who did answer, nothing from this round can be shown — no
        ratings and no comments. With so few answers, anyone could be recognized by their words.
      </p>
      <p>
        This happens; people get busy. You could ask again, perhaps a few more people, with a little more
        time.
      </p>
      <Link className="button button-primary" to={cyclePath(cycleId)}>
        Back to your growth cycle
      </Link>
    </section>
  );
}

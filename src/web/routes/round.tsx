import { useEffect, useRef } from 'react';
import { Link, useLoaderData } from 'react-router';
import { localeNames } from '../../shared/i18n/locales';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { useCyclesText } from '../cycles/cycles-text';
import { formatDay } from '../cycles/day';
import { roundKindLabel } from '../cycles/round-list';
import { takeFlash } from '../flash';
import { MiniSurveyResults } from '../follow-up/mini-survey-results';
import { formatDate } from '../format';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { useUiLanguage } from '../i18n/ui-language';
import { AddStakeholderForm } from '../rounds/add-stakeholder-form';
import { LinksAgainSection } from '../rounds/links-again-section';
import { ReleasedResultsView } from '../rounds/released-results';
import { loadRoundPage, type RoundPageData } from '../rounds/round-data';
import { RoundInProgress } from '../rounds/round-in-progress';
import { useRoundsText } from '../rounds/rounds-text';
import { ThankYouSection } from '../rounds/thank-you-section';

export { roundAction } from '../rounds/round-actions';

export async function roundLoader({ request, params }: { request: Request; params: { roundId?: string } }) {
  const data = await loadRoundPage(request, params.roundId ?? '');
  return { ...data, flash: takeFlash() } satisfies RoundPageData;
}

export function RoundPage() {
  const t = useRoundsText();
  const cycles = useCyclesText();
  const data = useLoaderData() as RoundPageData;
  const { round, cycle, workspace, results, flash } = data;
  const competency = competencyInUiLanguage(data.competency, useUiLanguage());
  const title = roundKindLabel(round.kind);
  useDocumentTitle(title);
  const open = round.status === 'open';
  useFocusResultsOnClose(open);

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: cycles('cycles.breadcrumb') },
          { to: cyclePath(cycle.id), label: competency.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{competency.name}</p>
        <h1>{title}</h1>
        <p className="lead">
          {open
            ? t('round.openSince', {
                opened: formatDate(round.openedAt),
                closes: formatDay(round.closesOn),
                language: localeNames[round.language],
              })
            : t(round.closedAt ? 'round.closedOn' : 'round.closed', {
                closed: round.closedAt ? formatDate(round.closedAt) : '',
                answered: results.responseCount,
                invited: round.invitedCount,
                language: localeNames[round.language],
              })}
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
        <h2 id="message-heading">{cycles('openRound.message')}</h2>
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
  const t = useRoundsText();
  return (
    <section className="card section" aria-labelledby="too-few-heading">
      <h2 id="too-few-heading">{t('tooFew.heading')}</h2>
      <p>{t('tooFew.text', { answered, asked, k })}</p>
      <p>{t('tooFew.askAgain')}</p>
      <Link className="button button-primary" to={cyclePath(cycleId)}>
        {t('tooFew.back')}
      </Link>
    </section>
  );
}

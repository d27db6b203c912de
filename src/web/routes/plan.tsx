import { Link, useLoaderData } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { StageIndicator } from '../cycles/stage-indicator';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { useUiLanguage } from '../i18n/ui-language';
import { AnnouncementHistory, AnnouncementSection } from '../plans/announcement-section';
import { ClosedCycleNote } from '../plans/closed-cycle-note';
import { CommitmentsHistory } from '../plans/commitments-history';
import { CommitmentsSection } from '../plans/commitments-section';
import { loadPlanPage, type PlanPageData, practicePath } from '../plans/plan-data';
import { usePlansText } from '../plans/plans-text';

export { planAction } from '../plans/plan-actions';

export function planLoader({ request, params }: { request: Request; params: { cycleId?: string } }) {
  return loadPlanPage(request, params.cycleId ?? '');
}

/**
 * Commit and tell: the behaviors the leader will practice, and the message to their team. Once the
 * cycle is closed, both are history: shown as they were, with no way to change them.
 */
export function PlanPage() {
  const { cycle, workspace, commitments, suggestions, announcement, draft, latestRound, mail } =
    useLoaderData() as PlanPageData;
  const t = usePlansText();
  useDocumentTitle(t('page.title'));
  const competency = competencyInUiLanguage(cycle.competency, useUiLanguage());
  const active = commitments.filter((commitment) => commitment.status === 'active');
  const closed = cycle.closedAt !== null;

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: t('page.growthCycles') },
          { to: cyclePath(cycle.id), label: competency.name },
        ]}
      />
      <div className="page-heading page-heading-with-action">
        <div>
          <p className="eyebrow">{competency.name}</p>
          <h1>{t('page.title')}</h1>
          <p className="lead">{cycle.goal}</p>
        </div>
        {active.length > 0 ? (
          <Link className="button button-secondary" to={practicePath(cycle.id)}>
            {t(closed ? 'page.yourPractice' : 'page.dailyQuestions')}
          </Link>
        ) : null}
      </div>
      <StageIndicator stage={cycle.stage} />
      {closed ? (
        <>
          <ClosedCycleNote cycle={cycle} />
          <CommitmentsHistory commitments={commitments} />
          <AnnouncementHistory announcement={announcement} />
        </>
      ) : (
        <>
          <CommitmentsSection cycleId={cycle.id} commitments={commitments} suggestions={suggestions} />
          <AnnouncementSection
            announcement={announcement}
            draft={draft}
            latestRound={latestRound}
            hasCommitments={active.length > 0}
            emailCanBeSent={mail.emailCanBeSent}
          />
        </>
      )}
    </div>
  );
}

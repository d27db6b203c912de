import { Link, useFetcher, useLoaderData } from 'react-router';
import type { CycleDetail, RoundKind } from '../../shared/cycles';
import type { RoundApprovalForLeader } from '../../shared/stakeholder-policy';
import type { Stakeholder } from '../../shared/stakeholders';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { StatusMessage } from '../components/status-message';
import { CompetencyDetails } from '../cycles/competency-details';
import type { CycleActionResult } from '../cycles/cycle-actions';
import {
  cyclesPath,
  getCycle,
  getStakeholders,
  getWorkspace,
  roundPath,
  workspacePath,
} from '../cycles/cycle-data';
import { type CyclesTextKey, inSentence, useCyclesText } from '../cycles/cycles-text';
import { formatDay, isoDay } from '../cycles/day';
import { OpenRoundForm } from '../cycles/open-round-form';
import { PersonalLinks } from '../cycles/personal-links';
import { getRoundApproval, RoundApprovalStatus } from '../cycles/round-approval-status';
import { RoundList, roundKindLabel } from '../cycles/round-list';
import { StageIndicator } from '../cycles/stage-indicator';
import { stageShown } from '../cycles/stage-shown';
import { StartingPoint } from '../cycles/starting-point';
import { takeFlash } from '../flash';
import { type FollowUp, getFollowUp } from '../follow-up/follow-up-data';
import { FollowUpSection } from '../follow-up/follow-up-section';
import { ClosedCycleSection, ReviewSection } from '../follow-up/review-section';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { richText } from '../i18n/rich-text';
import { useUiLanguage } from '../i18n/ui-language';
import { getMailSetup } from '../mail-setup';
import { PlanCard } from '../plans/plan-card';
import type { WorkspaceDetails } from '../workspace/workspace-data';

export { cycleAction } from '../cycles/cycle-actions';

const closedKeys = {
  listening: 'cycle.closed.listening',
  pulse: 'cycle.closed.pulse',
  mini_survey: 'cycle.closed.miniSurvey',
} as const satisfies Record<RoundKind, CyclesTextKey>;

type CycleData = {
  cycle: CycleDetail;
  workspace: WorkspaceDetails;
  stakeholders: Stakeholder[];
  followUp: FollowUp | null;
  approval: RoundApprovalForLeader | null;
  emailCanBeSent: boolean;
  flash: string | null;
};

export async function cycleLoader({ request, params }: { request: Request; params: { cycleId?: string } }) {
  const cycle = await getCycle(request, params.cycleId ?? '');
  const [workspace, stakeholders, followUp, approval, mailSetup] = await Promise.all([
    getWorkspace(request, cycle.workspaceId),
    getStakeholders(request, cycle.workspaceId),
    cycle.stage === 'done' ? null : getFollowUp(request, cycle.id),
    getRoundApproval(request, cycle.id),
    getMailSetup(request),
  ]);
  const { emailCanBeSent } = mailSetup;
  return {
    cycle,
    workspace,
    stakeholders,
    followUp,
    approval,
    emailCanBeSent,
    flash: takeFlash(),
  } satisfies CycleData;
}

export function CyclePage() {
  const { cycle, workspace, stakeholders, followUp, approval, emailCanBeSent, flash } =
    useLoaderData() as CycleData;
  const t = useCyclesText();
  const competency = competencyInUiLanguage(cycle.competency, useUiLanguage());
  // Texts drafted for stakeholders (the round's message) quote the competency as the leader reads it.
  const shownCycle = { ...cycle, competency };
  const roundFetcher = useFetcher<CycleActionResult>();
  // Its own fetcher, so a refusal of the follow-up form is not also shown in the listening form.
  const followUpFetcher = useFetcher<CycleActionResult>();
  const settingsFetcher = useFetcher<CycleActionResult>();
  const reviewFetcher = useFetcher<CycleActionResult>();
  const closed = cycle.stage === 'done';
  useDocumentTitle(competency.name);
  const opened =
    (roundFetcher.data?.ok ? roundFetcher.data.opened : undefined) ??
    (followUpFetcher.data?.ok ? followUpFetcher.data.opened : undefined);
  const openRound = cycle.rounds.find((round) => round.status === 'open');

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: t('cycles.breadcrumb') },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{t('cycle.eyebrow')}</p>
        <h1>{competency.name}</h1>
        <p className="lead">{cycle.goal}</p>
      </div>
      <StageIndicator stage={stageShown(cycle.stage, cycle.rounds)} />
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <StatusMessage message={reviewFetcher.data?.ok ? reviewFetcher.data.message : undefined} />

      {opened ? (
        <PersonalLinks handOut={opened} title={t('cycle.roundOpenLinks')}>
          <p>
            {richText(
              t(opened.emailed > 0 ? 'cycle.emailedOthers' : 'cycle.goToRound', { count: opened.emailed }),
              {
                round: (chunk) => <Link to={roundPath(opened.roundId)}>{chunk}</Link>,
              },
            )}
          </p>
        </PersonalLinks>
      ) : null}

      {openRound ? null : <RoundApprovalStatus approval={approval} />}
      {approval?.status === 'waiting' ? null : openRound ? (
        <section className="card section next-step" aria-labelledby="listening-heading">
          <h2 id="listening-heading">
            {openRound.kind === 'listening' ? t('cycle.listening') : roundKindLabel(openRound.kind)}
          </h2>
          <p className="big-count">
            {t('cycle.haveAnswered', { count: openRound.responseCount, invited: openRound.invitedCount })}
          </p>
          <p className="muted">
            {t('cycle.closesAt', { day: formatDay(openRound.closesOn), k: openRound.anonymityK })}
          </p>
          <Link className="button button-primary" to={roundPath(openRound.id)}>
            {t('cycle.openTheRound')}
          </Link>
        </section>
      ) : closed ? (
        <ClosedCycleSection cycle={cycle} />
      ) : (
        <AskForInput
          cycle={shownCycle}
          workspace={workspace}
          stakeholders={stakeholders}
          emailCanBeSent={emailCanBeSent}
          fetcher={roundFetcher}
        />
      )}

      {/* The method's order: make the plan from what was heard, then follow up on it. */}
      <PlanCard cycle={cycle} />

      {followUp && !closed ? (
        <FollowUpSection
          cycle={shownCycle}
          followUp={followUp}
          stakeholders={stakeholders}
          k={workspace.anonymityK}
          defaultLanguage={workspace.defaultLanguage}
          roundFetcher={followUpFetcher}
          settingsFetcher={settingsFetcher}
        />
      ) : null}

      {cycle.rounds.length > 0 ? (
        <section className="card section" aria-labelledby="rounds-heading">
          <h2 id="rounds-heading">{t('rounds.heading')}</h2>
          <RoundList rounds={cycle.rounds} />
        </section>
      ) : null}

      {closed ? null : <ReviewSection cycle={cycle} fetcher={reviewFetcher} />}

      <StartingPoint cycle={cycle} />

      <section className="card section" aria-labelledby="competency-heading">
        <h2 id="competency-heading">{t('cycle.about', { capability: inSentence(competency.name) })}</h2>
        <p>{competency.description}</p>
        <CompetencyDetails competency={competency} />
      </section>
    </div>
  );
}

type AskProps = {
  cycle: CycleDetail;
  workspace: WorkspaceDetails;
  stakeholders: Stakeholder[];
  emailCanBeSent: boolean;
  fetcher: ReturnType<typeof useFetcher<CycleActionResult>>;
};

function AskForInput({ cycle, workspace, stakeholders, emailCanBeSent, fetcher }: AskProps) {
  const t = useCyclesText();
  const form = (
    <OpenRoundForm
      workspaceId={workspace.id}
      cycleId={cycle.id}
      firstRound={cycle.rounds.length === 0}
      emailCanBeSent={emailCanBeSent}
      approvalRequired={workspace.stakeholderPolicy.approvalRequired}
      defaultLanguage={workspace.defaultLanguage}
      competency={cycle.competency}
      stakeholders={stakeholders}
      k={workspace.anonymityK}
      fetcher={fetcher}
    />
  );
  const latest = [...cycle.rounds].sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  if (latest) {
    return (
      <section className="card section next-step" aria-labelledby="closed-heading">
        <h2 id="closed-heading">{t(closedKeys[latest.kind])}</h2>
        <p className="big-count">
          {t('cycle.answered', { count: latest.responseCount, invited: latest.invitedCount })}
        </p>
        <p className="muted">
          {latest.thankedAt
            ? t('cycle.thanked', { day: formatDay(isoDay(new Date(latest.thankedAt))) })
            : t('cycle.readThenThank')}
        </p>
        <Link className="button button-primary" to={roundPath(latest.id)}>
          {latest.responseCount >= latest.anonymityK ? t('cycle.seeWhatPeopleSaid') : t('cycle.seeTheRound')}
        </Link>
        <details className="disclosure">
          <summary className="disclosure-summary">{t('cycle.openAnother')}</summary>
          {form}
        </details>
      </section>
    );
  }
  return (
    <section className="card section next-step" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('cycle.ask')}</h2>
      <p>{t('cycle.askText', { capability: inSentence(cycle.competency.name) })}</p>
      {form}
    </section>
  );
}

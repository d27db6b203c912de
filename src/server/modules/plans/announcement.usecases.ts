import type { CurrentUser } from '../../../shared/accounts';
import type { Delivery } from '../../../shared/mail';
import type {
  Announcement,
  AnnouncementDraft,
  AnnouncementInput,
  AnnouncementResult,
} from '../../../shared/plans';
import type { AppDeps } from '../../deps';
import { conflict } from '../../errors';
import { newId } from '../../security/tokens';
import { refuseMailingUnverified } from '../accounts/public.models';
import { competencyOf, refuseClosedCycle, requireOwnCycle } from '../cycles';
import { deliveryAfterwards, planDelivery } from '../mail/public.models';
import { draftAnnouncement } from './announcement.models';
import type { AnnouncementRow } from './plans.repository';
import { advanceStage, lockCycle } from './plans.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config' | 'textPool'>;

/** Everyone asked in the cycle's latest round: the people an announcement goes to. */
async function peopleToTell(deps: Pick<Deps, 'repos'>, cycleId: string) {
  const latestRound = (await deps.repos.rounds.listRoundsOfCycle(cycleId)).at(-1);
  return latestRound ? deps.repos.rounds.listInvitedStakeholders(latestRound.id) : [];
}

function toAnnouncement(row: AnnouncementRow, delivery: Delivery | null): Announcement {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    subject: row.subject,
    body: row.body,
    sentAt: row.sent_at,
    recipientsCount: row.recipients_count,
    createdAt: row.created_at,
    delivery,
  };
}

export async function draftAnnouncementOfCycle(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
): Promise<AnnouncementDraft> {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const commitments = (await deps.repos.plans.listCommitments(cycleId)).filter(
    (commitment) => commitment.status === 'active',
  );
  return draftAnnouncement({
    leaderName: user.name,
    goal: cycle.goal,
    competencyName: competencyOf(cycle).name,
    commitments: commitments.map((commitment) => ({
      situation: commitment.situation,
      action: commitment.action,
      noticedBy: commitment.noticed_by,
    })),
  });
}

export async function getAnnouncement(deps: Deps, user: CurrentUser, cycleId: string) {
  await requireOwnCycle(deps, user, cycleId);
  const row = await deps.repos.plans.latestAnnouncement(cycleId);
  if (!row) return null;
  const delivery = row.sent_at
    ? deliveryAfterwards(
        await peopleToTell(deps, cycleId),
        row.recipients_count,
        Boolean(deps.config.SMTP_URL),
      )
    : null;
  return toAnnouncement(row, delivery);
}

/**
 * Saves the leader's message; with `send`, emails it to everyone asked in the cycle's latest
 * round who has an email (when SMTP is set up) and names the rest, to be told by hand. Without
 * SMTP, `send` records that the leader told their team themselves. A cycle is announced once:
 * after that, the message is kept as it was, to copy.
 */
export async function recordAnnouncement(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  input: AnnouncementInput,
): Promise<AnnouncementResult> {
  await requireOwnCycle(deps, user, cycleId);
  const now = deps.now();
  const { byEmail, delivery } = planDelivery(
    await peopleToTell(deps, cycleId),
    Boolean(deps.config.SMTP_URL),
  );
  // A draft mails nobody, so an unconfirmed account may write one.
  if (input.send) refuseMailingUnverified(user, byEmail.length);

  await deps.transact(async (repos) => {
    const cycle = await lockCycle(repos, cycleId, now);
    refuseClosedCycle(cycle);
    const existing = await repos.plans.latestAnnouncement(cycleId);
    if (existing?.sent_at)
      throw conflict('already_announced', 'You already told your team; the message is kept as it was sent.');
    const id = existing?.id ?? newId();
    if (existing) await repos.plans.updateDraftAnnouncement(id, { subject: input.subject, body: input.body });
    else
      await repos.plans.insertAnnouncement({
        id,
        cycle_id: cycleId,
        subject: input.subject,
        body: input.body,
        sent_at: null,
        recipients_count: 0,
        created_at: now.toISOString(),
      });
    if (!input.send) return;
    if (!(await repos.plans.markAnnouncementSent(id, byEmail.length, now)))
      throw conflict('already_announced', 'You already told your team; the message is kept as it was sent.');
    for (const stakeholder of byEmail) {
      await deps.mailer.send(
        {
          to: stakeholder.email as string,
          workspaceId: null,
          accountId: user.id,
          subject: input.subject,
          text: input.body,
        },
        repos,
      );
    }
    await advanceStage(repos, cycle, 'tell', now);
  });
  const row = (await deps.repos.plans.latestAnnouncement(cycleId)) as AnnouncementRow;
  const outcome = input.send ? delivery : null;
  return { announcement: toAnnouncement(row, outcome), delivery: outcome };
}

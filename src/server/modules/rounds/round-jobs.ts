import { localeOr } from '../../../shared/i18n/locales';
import { readStored } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { hashToken, newToken } from '../../security/tokens';
import { announceRoundClosed } from '../webhooks';
import { answerLink } from './answer-links.models';
import { closePayloadSchema, remindPayloadSchema } from './round-job-payloads';
import { reminderMessage } from './round-messages.models';
import { closeJob, remindJob } from './rounds.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config' | 'wakeJobs'>;

/**
 * Reminders go only to people who have not answered, at the address their invitation was mailed
 * to, each with a fresh link (only hashes are stored, so the first link cannot be sent again). The
 * leader is never told who was reminded. The whole slot is one transaction marked once per round,
 * so a job run twice (after a crash, or a lost claim) queues no second reminder.
 */
async function remindNonResponders(deps: Deps, payload: unknown) {
  const { roundId, slot } = readStored(remindPayloadSchema, payload, `payload of a ${remindJob} job`);
  const round = await deps.repos.rounds.findRound(roundId);
  if (round?.status !== 'open' || !deps.config.SMTP_URL) return;
  const cycle = await deps.repos.cycles.findById(round.cycle_id);
  const leader = cycle && (await deps.repos.accounts.findUserById(cycle.leader_id));
  if (!leader) return;
  await deps.transact(async (repos) => {
    if (!(await repos.rounds.claimReminderSlot(roundId, slot))) return;
    for (const invitation of await repos.rounds.listUnansweredMailed(roundId)) {
      const token = newToken();
      await repos.rounds.addInvitationToken(invitation.id, hashToken(token));
      const message = reminderMessage(localeOr(round.language), {
        leaderName: leader.name,
        url: answerLink(deps.config.BASE_URL, token),
        closesOn: round.closes_on,
      });
      await deps.mailer.send(
        { to: invitation.mailedTo, workspaceId: null, accountId: leader.id, ...message },
        repos,
      );
    }
  });
}

async function closeDueRound(deps: Deps, payload: unknown) {
  const { roundId } = readStored(closePayloadSchema, payload, `payload of a ${closeJob} job`);
  await deps.repos.rounds.closeRound(roundId, deps.now());
  // Also when the leader closed it first: announcing is keyed by the round, so it happens once, and
  // a crash between closing and announcing is made up for when this job runs again.
  await announceRoundClosed(deps, roundId);
}

export function roundJobHandlers(deps: Deps) {
  return {
    [remindJob]: (payload: unknown) => remindNonResponders(deps, payload),
    [closeJob]: (payload: unknown) => closeDueRound(deps, payload),
  };
}

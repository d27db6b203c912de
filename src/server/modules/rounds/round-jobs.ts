import { readStored } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { hashToken, newToken } from '../../security/tokens';
import { answerLink } from './answer-links.models';
import { closePayloadSchema, remindPayloadSchema } from './round-job-payloads';
import { reminderMessage } from './round-messages.models';
import { closeJob, remindJob } from './rounds.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

/**
 * Reminders go only to people who have not answered, each with a fresh link (only hashes are
 * stored, so the first link cannot be sent again). The leader is never told who was reminded.
 */
async function remindNonResponders(deps: Deps, payload: unknown) {
  const { roundId, slot } = readStored(remindPayloadSchema, payload, `payload of a ${remindJob} job`);
  const round = await deps.repos.rounds.findRound(roundId);
  if (round?.status !== 'open' || !deps.config.SMTP_URL) return;
  const cycle = await deps.repos.cycles.findById(round.cycle_id);
  const leader = cycle && (await deps.repos.accounts.findUserById(cycle.leader_id));
  if (!leader) return;
  for (const invitation of await deps.repos.rounds.listUnansweredWithEmail(roundId)) {
    if (!invitation.email) continue;
    const token = newToken();
    await deps.transact(async (repos) => {
      if (!(await repos.rounds.recordReminder(invitation.id, slot))) return;
      await repos.rounds.addInvitationToken(invitation.id, hashToken(token), deps.now());
      const message = reminderMessage({
        leaderName: leader.name,
        url: answerLink(deps.config.BASE_URL, token),
        closesOn: round.closes_on,
      });
      await deps.mailer.send({ to: invitation.email as string, workspaceId: null, ...message }, repos);
    });
  }
}

async function closeDueRound(deps: Deps, payload: unknown) {
  const { roundId } = readStored(closePayloadSchema, payload, `payload of a ${closeJob} job`);
  await deps.repos.rounds.closeRound(roundId, deps.now());
}

export function roundJobHandlers(deps: Deps) {
  return {
    [remindJob]: (payload: unknown) => remindNonResponders(deps, payload),
    [closeJob]: (payload: unknown) => closeDueRound(deps, payload),
  };
}

import type { CurrentUser } from '../../../shared/accounts';
import { localeOr } from '../../../shared/i18n/locales';
import type { Delivery, ThankYouNote } from '../../../shared/mail';
import type { AppDeps } from '../../deps';
import { conflict } from '../../errors';
import { refuseMailingUnverified } from '../accounts/public.models';
import { deliveryAfterwards, planDelivery } from '../mail/public.models';
import { thankYouMessage } from './round-messages.models';
import { requireOwnRound } from './rounds.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

/**
 * The one reply feedforward allows: a thank-you to everyone asked, once per round, after release.
 * The note is kept with the round, so whoever Feedforward could not email can be thanked from a
 * copy later; the answer says exactly who was emailed and who is left to the leader.
 */
export async function sendThankYou(
  deps: Deps,
  user: CurrentUser,
  roundId: string,
  note: string,
): Promise<{ delivery: Delivery }> {
  const { round } = await requireOwnRound(deps, user, roundId);
  if (round.status !== 'closed') throw conflict('round_open', 'Thank people once the round has closed.');
  // Thanks go where the invitations went, never to an address the leader has changed since.
  const invited = await deps.repos.rounds.listInvitationsToThank(roundId);
  const { byEmail, delivery } = planDelivery(invited, Boolean(deps.config.SMTP_URL));
  refuseMailingUnverified(user, byEmail.length);
  const message = thankYouMessage(localeOr(round.language), { leaderName: user.name, note });
  await deps.transact(async (repos) => {
    if (!(await repos.rounds.markThanked(roundId, { note, recipients: byEmail.length }, deps.now()))) {
      throw conflict('already_thanked', 'You already thanked the people you asked in this round.');
    }
    for (const stakeholder of byEmail) {
      const to = stakeholder.email as string;
      await deps.mailer.send({ to, workspaceId: null, accountId: user.id, ...message }, repos);
    }
  });
  return { delivery };
}

/** The saved note and what became of it, for the round page; null until the leader thanks. */
export async function getThankYou(
  deps: Deps,
  user: CurrentUser,
  roundId: string,
): Promise<ThankYouNote | null> {
  const { round } = await requireOwnRound(deps, user, roundId);
  if (!round.thanked_at) return null;
  const invited = await deps.repos.rounds.listInvitationsToThank(roundId);
  return {
    // Rounds thanked before notes were kept have none to show; the date still says it happened.
    note: round.thank_you_note ?? '',
    thankedAt: round.thanked_at,
    delivery: deliveryAfterwards(invited, round.thank_you_recipients ?? 0, Boolean(deps.config.SMTP_URL)),
  };
}

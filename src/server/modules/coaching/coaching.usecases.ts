import type { CurrentUser } from '../../../shared/accounts';
import type { CoachInvited, LeadersCoach } from '../../../shared/coaching';
import { leaderMailLanguage, leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { AppDeps } from '../../deps';
import { conflict, forbidden, gone, invalid, notFound } from '../../errors';
import { hashToken, newId, newToken } from '../../security/tokens';
import { refuseMailingUnverified } from '../accounts/public.models';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { requireLeader } from '../workspaces';
import { coachInvitationLifetimeMs } from './coaching.models';
import type { CoachingRow } from './coaching.repository';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

export type ListedCoaching = CoachingRow & { workspace_name: string; coach_name: string | null };

export const leadersCoachOf = (row: ListedCoaching): LeadersCoach => ({
  id: row.id,
  workspaceId: row.workspace_id,
  workspaceName: row.workspace_name,
  coachEmail: row.coach_email,
  coachName: row.coach_name,
  status: row.status,
  invitedAt: row.invited_at,
  acceptedAt: row.accepted_at,
  endedAt: row.ended_at,
});

export async function listMyCoaches(deps: Pick<Deps, 'repos'>, user: CurrentUser) {
  return (await deps.repos.coaching.listOfLeader(user.id)).map(leadersCoachOf);
}

export async function inviteCoach(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  { email }: { email: string },
): Promise<CoachInvited> {
  const { workspace } = await requireLeader(deps, user, workspaceId);
  if (email === user.email.toLowerCase()) {
    throw invalid('coach_is_you', 'Invite someone else: you cannot coach yourself.', 'email');
  }
  const mailed = Boolean(deps.config.SMTP_URL);
  // Mail goes out in the leader's name only from a confirmed address; a link they pass on needs none.
  refuseMailingUnverified(user, mailed ? 1 : 0);
  if (await deps.repos.coaching.findLive(workspaceId, user.id, email)) {
    throw conflict(
      'coach_already_invited',
      `${email} is already your coach or has an open invitation.`,
      'email',
    );
  }
  await enforceRateLimit(deps, rateLimitRules.coachInvitationsPerLeader, user.id);
  const token = newToken();
  const now = deps.now();
  const row: CoachingRow = {
    id: newId(),
    workspace_id: workspaceId,
    leader_id: user.id,
    coach_email: email,
    coach_id: null,
    status: 'invited',
    token_hash: hashToken(token),
    invited_at: now.toISOString(),
    expires_at: new Date(now.getTime() + coachInvitationLifetimeMs).toISOString(),
    accepted_at: null,
    ended_at: null,
  };
  await deps.transact(async (repos) => {
    await repos.coaching.insertCoaching(row);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'coach.invited', target: row.id },
      now,
    );
  });
  const link = `${deps.config.BASE_URL}/coaching/accept#token=${token}`;
  const coaching = leadersCoachOf({ ...row, workspace_name: workspace.name, coach_name: null });
  if (!mailed) return { delivery: 'link', coaching, link };
  // No workspace on the message: an admin's outbox must not show who coaches whom, nor a live link.
  // In the leader's language, else the workspace's: the recipient's own account is not looked up, so
  // inviting an address tells the leader nothing about whether it has one.
  const t = leaderMailText(leaderMailLanguage(user.language, workspace.default_language));
  await deps.mailer.send({
    to: email,
    workspaceId: null,
    accountId: user.id,
    subject: t('coachInvitation.subject', { leader: user.name }),
    text: [
      t('coachInvitation.asks', { leader: user.name }),
      '',
      t('coachInvitation.whatYouSee'),
      '',
      t('invitation.accept'),
      '',
      link,
    ].join('\n'),
  });
  return { delivery: 'email', coaching };
}

export async function acceptCoaching(deps: Deps, user: CurrentUser, token: string) {
  const coaching = await deps.repos.coaching.findByTokenHash(hashToken(token));
  const now = deps.now();
  if (!coaching) {
    throw gone(
      'coaching_invitation_invalid',
      'This coaching link is not valid or was already used. Ask the leader for a new one.',
    );
  }
  if (coaching.expires_at <= now.toISOString()) {
    throw gone(
      'coaching_invitation_expired',
      'This coaching link has expired. Ask the leader for a new one.',
    );
  }
  if (coaching.coach_email !== user.email.toLowerCase()) {
    throw forbidden(
      'coaching_other_email',
      `This invitation is for ${coaching.coach_email}. Sign in with that address to accept it.`,
    );
  }
  if (coaching.leader_id === user.id) throw invalid('coach_is_you', 'You cannot coach yourself.');
  await deps.transact(async (repos) => {
    if (!(await repos.coaching.activate(coaching.id, user.id, now))) {
      throw gone('coaching_invitation_invalid', 'This coaching link was already used or withdrawn.');
    }
    await repos.audit.record(
      {
        workspaceId: coaching.workspace_id,
        actorUserId: user.id,
        action: 'coach.access_granted',
        target: coaching.id,
      },
      now,
    );
  });
  return { coachingId: coaching.id };
}

/** Ends access at once: every coach read joins on an active consent, so the next request finds nothing. */
export async function revokeCoaching(deps: Deps, user: CurrentUser, coachingId: string) {
  const now = deps.now();
  await deps.transact(async (repos) => {
    const ended = await repos.coaching.end(coachingId, user.id, now);
    if (!ended) {
      if (await repos.coaching.findOfLeader(coachingId, user.id)) {
        throw conflict('coaching_ended', 'This coach’s access has already ended.');
      }
      throw notFound('coaching_not_found', 'There is no such coach of yours.');
    }
    await repos.audit.record(
      {
        workspaceId: ended.workspace_id,
        actorUserId: user.id,
        action: 'coach.access_revoked',
        target: ended.id,
      },
      now,
    );
  });
}

/** The leader's own consent row; anyone else's id is not found, whoever asks. */
export async function requireOwnCoaching(deps: Pick<Deps, 'repos'>, user: CurrentUser, coachingId: string) {
  const coaching = await deps.repos.coaching.findOfLeader(coachingId, user.id);
  if (!coaching) throw notFound('coaching_not_found', 'There is no such coach of yours.');
  return coaching;
}

export function refuseEnded(coaching: CoachingRow) {
  if (coaching.status !== 'active') {
    throw conflict('coaching_not_active', 'This coach has no access now, so nothing can be added here.');
  }
}

import type { CurrentUser } from '../../../shared/accounts';
import type { CreateCycleInput } from '../../../shared/cycles';
import { leaderMailLanguage, leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { LeadersEnrolled } from '../../../shared/programs';
import type { AppDeps } from '../../deps';
import { forbidden, gone } from '../../errors';
import { hashToken, newId, newToken } from '../../security/tokens';
import { refuseMailingUnverified } from '../accounts/public.models';
import { createCycle } from '../cycles';
import { saveDailyReminder } from '../plans';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { requireLeader, timeZoneOfLeader } from '../workspaces';
import { parseEnrollmentList } from './enrollment-list.models';
import { requireProgramAdmin } from './programs.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

// As long as a workspace invitation: a cohort is enrolled a few weeks before it starts.
const enrollmentLifetimeMs = 14 * 86_400_000;

/**
 * Invites everyone on a pasted list to the program. Each gets their own link; with SMTP it is
 * emailed, without it the message waits in the outbox and the links come back to the admin,
 * who passes them on (decision 0042). Addresses already on the program are skipped, not re-sent.
 */
export async function enrollLeaders(
  deps: Deps,
  user: CurrentUser,
  programId: string,
  text: string,
): Promise<LeadersEnrolled> {
  const { program, workspace } = await requireProgramAdmin(deps, user, programId);
  const { invitees, skipped } = parseEnrollmentList(text);
  const emailing = Boolean(deps.config.SMTP_URL);
  refuseMailingUnverified(user, emailing ? invitees.length : 0);
  await enforceRateLimit(deps, rateLimitRules.memberInvitationsPerWorkspace, program.workspace_id);
  // Written in the inviter's language, else the workspace's: never in one the recipient's own account
  // keeps, as the outbox shows this message to admins and would tell them which addresses have one.
  const t = leaderMailText(leaderMailLanguage(user.language, workspace.default_language));
  const now = deps.now();
  const invited: LeadersEnrolled['invited'] = [];
  const links: LeadersEnrolled['links'] = [];
  await deps.transact(async (repos) => {
    for (const [index, invitee] of invitees.entries()) {
      const token = newToken();
      const added = await repos.programs.insertEnrollment({
        id: newId(),
        program_id: programId,
        name: invitee.name,
        email: invitee.email,
        user_id: null,
        token_hash: hashToken(token),
        status: 'invited',
        invited_at: now.toISOString(),
        expires_at: new Date(now.getTime() + enrollmentLifetimeMs).toISOString(),
        accepted_at: null,
        removed_at: null,
      });
      if (!added) {
        skipped.push({ line: index + 1, text: invitee.email, reason: 'Already on this program' });
        continue;
      }
      const link = `${deps.config.BASE_URL}/programs/accept#token=${token}`;
      await deps.mailer.send(
        {
          to: invitee.email,
          workspaceId: program.workspace_id,
          accountId: user.id,
          subject: t('programInvitation.subject', { inviter: user.name, program: program.name }),
          text: [
            t('programInvitation.invited', {
              inviter: user.name,
              program: program.name,
              workspace: workspace.name,
              startsOn: program.starts_on,
              endsOn: program.ends_on,
            }),
            '',
            t('programInvitation.accept'),
            '',
            link,
          ].join('\n'),
        },
        repos,
      );
      await repos.audit.record(
        {
          workspaceId: program.workspace_id,
          actorUserId: user.id,
          action: 'program.enrollment_invited',
          target: invitee.email,
        },
        now,
      );
      invited.push(invitee);
      if (!emailing) links.push({ ...invitee, link });
    }
  });
  return {
    invited,
    skipped: skipped.sort((a, b) => a.line - b.line),
    delivery: emailing ? 'email' : 'held',
    links,
  };
}

export async function acceptProgramInvitation(deps: Deps, user: CurrentUser, token: string) {
  const enrollment = await deps.repos.programs.findEnrollmentByTokenHash(hashToken(token));
  const now = deps.now();
  if (!enrollment)
    throw gone(
      'invitation_invalid',
      'This invitation link is not valid. Ask the program admin for a new one.',
    );
  if (enrollment.status === 'enrolled')
    throw gone('invitation_used', 'This invitation was already accepted.');
  if (enrollment.status === 'removed') throw gone('enrollment_removed', 'You are no longer on this program.');
  if (enrollment.expires_at <= now.toISOString()) {
    throw gone('invitation_expired', 'This invitation has expired. Ask the program admin for a new one.');
  }
  if (enrollment.email !== user.email) {
    throw forbidden(
      'invitation_other_email',
      `This invitation is for ${enrollment.email}. Sign in with that address to accept it.`,
    );
  }
  const program = await deps.repos.programs.findById(enrollment.program_id);
  if (!program) throw gone('invitation_invalid', 'This program no longer exists.');
  await deps.transact(async (repos) => {
    // The statement re-checks status and expiry, so a removal or a second tab in between wins.
    if (!(await repos.programs.markAccepted(enrollment.id, user.id, now))) {
      throw gone('invitation_used', 'This invitation can no longer be accepted.');
    }
    await repos.workspaces.addMembership(program.workspace_id, user.id, 'leader', now);
    await repos.audit.record(
      {
        workspaceId: program.workspace_id,
        actorUserId: user.id,
        action: 'program.enrollment_accepted',
        target: program.id,
      },
      now,
    );
  });
  return { workspaceId: program.workspace_id, programId: program.id };
}

/** A leader's cycle inside their program, starting with the program's cadence. */
export async function startProgramCycle(
  deps: Deps,
  user: CurrentUser,
  programId: string,
  input: CreateCycleInput,
) {
  const program = await deps.repos.programs.findById(programId);
  if (!program) throw forbidden('not_enrolled', 'You are not enrolled in this program.');
  await requireLeader(deps, user, program.workspace_id);
  const now = deps.now();
  const cycle = await deps.transact(async (repos) => {
    // Checked inside the transaction: a removal that lands first leaves no program cycle behind.
    const enrollment = await repos.programs.findEnrollmentOf(programId, user.id);
    if (enrollment?.status !== 'enrolled')
      throw forbidden('not_enrolled', 'You are not enrolled in this program.');
    const created = await createCycle({ ...deps, repos }, user, program.workspace_id, input, programId);
    await repos.followUp.saveCadence(
      created.id,
      program.mini_survey_interval_days,
      program.check_in_interval_days,
      now,
    );
    return created;
  });
  if (program.daily_reminder_time) {
    const timeZone = await timeZoneOfLeader(deps.repos, user.id, program.workspace_id);
    await saveDailyReminder(deps, user, cycle.id, {
      enabled: true,
      time: program.daily_reminder_time,
      timeZone,
    });
  }
  return cycle;
}

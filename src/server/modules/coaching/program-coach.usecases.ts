import type { CurrentUser } from '../../../shared/accounts';
import type { LeadersCoach, ProgramCoachOffer } from '../../../shared/coaching';
import type { AppDeps } from '../../deps';
import { conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../security/tokens';
import { requireLeader } from '../workspaces';
import type { CoachingRow } from './coaching.repository';
import { leadersCoachOf } from './coaching.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

const live = (row: CoachingRow) => row.status === 'invited' || row.status === 'active';

/**
 * The coaches assigned to the programs the leader is enrolled in (decision 0042), less anyone who
 * already has access or an open invitation from them. Nothing is granted by being offered.
 */
export async function offeredProgramCoaches(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
  workspaceId: string,
): Promise<ProgramCoachOffer[]> {
  await requireLeader(deps, user, workspaceId);
  const [programs, coachings] = await Promise.all([
    deps.repos.programs.listEnrolledOf(user.id, workspaceId),
    deps.repos.coaching.listOfLeader(user.id),
  ]);
  const taken = coachings.filter((row) => row.workspace_id === workspaceId && live(row));
  const offers: ProgramCoachOffer[] = [];
  for (const program of programs) {
    const coachId = program.coach_account_id;
    if (!coachId || coachId === user.id || offers.some((offer) => offer.programId === program.id)) continue;
    const coach = await deps.repos.accounts.findUserById(coachId);
    if (!coach) continue;
    const email = coach.email.toLowerCase();
    if (taken.some((row) => row.coach_id === coachId || row.coach_email === email)) continue;
    if (offers.some((offer) => offer.coachEmail === email)) continue;
    offers.push({
      programId: program.id,
      programName: program.name,
      coachName: coach.name,
      coachEmail: email,
    });
  }
  return offers;
}

/**
 * The leader gives their program's coach access: an active consent from this moment, exactly as if
 * the coach had accepted the leader's own invitation, and as revocable. Only the leader can do this;
 * assigning a coach to a program grants nothing by itself.
 */
export async function acceptProgramCoach(
  deps: Deps,
  user: CurrentUser,
  programId: string,
): Promise<LeadersCoach> {
  const program = await deps.repos.programs.findById(programId);
  if (!program) throw notFound('program_not_found', 'There is no such program.');
  const { workspace } = await requireLeader(deps, user, program.workspace_id);
  const enrolled = await deps.repos.programs.listEnrolledOf(user.id, program.workspace_id);
  if (!enrolled.some((entry) => entry.id === programId)) {
    throw forbidden(
      'not_enrolled',
      'You are not enrolled in this program, so its coach is not offered to you.',
    );
  }
  const coach = program.coach_account_id
    ? await deps.repos.accounts.findUserById(program.coach_account_id)
    : undefined;
  if (!coach) throw conflict('program_has_no_coach', 'This program has no coach assigned.');
  if (coach.id === user.id)
    throw conflict('coach_is_you', 'You are this program’s coach: you cannot coach yourself.');
  const email = coach.email.toLowerCase();
  if (await deps.repos.coaching.findLive(program.workspace_id, user.id, email)) {
    throw conflict(
      'coach_already_invited',
      `${coach.name} already has access or an open invitation from you. Withdraw the invitation first to give access here.`,
    );
  }
  const now = deps.now().toISOString();
  const row: CoachingRow = {
    id: newId(),
    workspace_id: program.workspace_id,
    leader_id: user.id,
    coach_email: email,
    coach_id: coach.id,
    status: 'active',
    token_hash: null,
    invited_at: now,
    // No link to expire: access starts now, by the leader's own hand.
    expires_at: now,
    accepted_at: now,
    ended_at: null,
  };
  await deps.transact(async (repos) => {
    await repos.coaching.insertCoaching(row);
    await repos.audit.record(
      {
        workspaceId: program.workspace_id,
        actorUserId: user.id,
        action: 'coach.access_granted',
        target: row.id,
      },
      deps.now(),
    );
  });
  return leadersCoachOf({ ...row, workspace_name: workspace.name, coach_name: coach.name });
}

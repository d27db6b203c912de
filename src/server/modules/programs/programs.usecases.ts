import type { CurrentUser } from '../../../shared/accounts';
import type { ProgramDetail, ProgramInput, ProgramSummary } from '../../../shared/programs';
import type { AppDeps } from '../../deps';
import { invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { newId } from '../../security/tokens';
import { requireAdmin, requireMembership } from '../workspaces';
import type { ProgramRow } from './programs.repository';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

/** Another workspace's program is "not found"; a member who is no admin is refused as in every admin route. */
export async function requireProgramAdmin(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  programId: string,
) {
  const program = await deps.repos.programs.findById(programId);
  if (!program) throw notFound('program_not_found', 'This program does not exist.');
  const membership = await requireAdmin(deps, user, program.workspace_id);
  return { program, workspace: membership.workspace };
}

/** The assigned coach must hold the coach role in the program's workspace (h12coach offers them to each leader). */
async function checkCoach(repos: Repositories, workspaceId: string, coachAccountId: string | null) {
  if (coachAccountId === null) return;
  const roles = await repos.workspaces.rolesOf(workspaceId, coachAccountId);
  if (!roles.includes('coach')) {
    throw invalid(
      'not_a_coach',
      'Choose a coach from the members who hold the coach role.',
      'coachAccountId',
    );
  }
}

const columnsOf = (input: ProgramInput) => ({
  name: input.name,
  starts_on: input.startsOn,
  ends_on: input.endsOn,
  coach_account_id: input.coachAccountId,
  check_in_interval_days: input.cadence.checkInIntervalDays,
  mini_survey_interval_days: input.cadence.miniSurveyIntervalDays,
  daily_reminder_time: input.cadence.dailyReminderTime,
});

export async function createProgram(deps: Deps, user: CurrentUser, workspaceId: string, input: ProgramInput) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  if (workspace.kind === 'personal') {
    throw invalid(
      'personal_workspace',
      'A personal workspace has no programs. Create an organization first.',
    );
  }
  const id = newId();
  const now = deps.now();
  await deps.transact(async (repos) => {
    await checkCoach(repos, workspaceId, input.coachAccountId);
    await repos.programs.insert({
      id,
      workspace_id: workspaceId,
      anonymity_k: workspace.anonymity_k,
      created_at: now.toISOString(),
      ...columnsOf(input),
    });
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'program.created', target: id },
      now,
    );
  });
  return id;
}

export async function updateProgram(deps: Deps, user: CurrentUser, programId: string, input: ProgramInput) {
  const { program } = await requireProgramAdmin(deps, user, programId);
  const now = deps.now();
  await deps.transact(async (repos) => {
    await checkCoach(repos, program.workspace_id, input.coachAccountId);
    await repos.programs.update(programId, columnsOf(input));
    const coachChanged = program.coach_account_id !== input.coachAccountId;
    await repos.audit.record(
      {
        workspaceId: program.workspace_id,
        actorUserId: user.id,
        action: coachChanged ? 'program.coach_assigned' : 'program.updated',
        target: programId,
      },
      now,
    );
  });
}

async function summaryOf(repos: Repositories, program: ProgramRow): Promise<ProgramSummary> {
  const enrollments = await repos.programs.listEnrollments(program.id);
  const coach = program.coach_account_id
    ? await repos.accounts.findUserById(program.coach_account_id)
    : undefined;
  return {
    id: program.id,
    workspaceId: program.workspace_id,
    name: program.name,
    startsOn: program.starts_on,
    endsOn: program.ends_on,
    coach: coach ? { accountId: coach.id, name: coach.name } : null,
    cadence: {
      checkInIntervalDays: program.check_in_interval_days,
      miniSurveyIntervalDays: program.mini_survey_interval_days,
      dailyReminderTime: program.daily_reminder_time,
    },
    enrolled: enrollments.filter((enrollment) => enrollment.status === 'enrolled').length,
    invited: enrollments.filter((enrollment) => enrollment.status === 'invited').length,
  };
}

export async function listPrograms(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  await requireAdmin(deps, user, workspaceId);
  const programs = await deps.repos.programs.listOfWorkspace(workspaceId);
  return Promise.all(programs.map((program) => summaryOf(deps.repos, program)));
}

/** Enrollment status only: who joined, never what anyone did in their cycle. */
export async function getProgram(deps: Deps, user: CurrentUser, programId: string): Promise<ProgramDetail> {
  const { program } = await requireProgramAdmin(deps, user, programId);
  const now = deps.now().toISOString();
  const enrollments = await deps.repos.programs.listEnrollments(programId);
  return {
    program: await summaryOf(deps.repos, program),
    enrollments: enrollments.map((enrollment) => ({
      id: enrollment.id,
      name: enrollment.name,
      email: enrollment.email,
      status: enrollment.status,
      invitedAt: enrollment.invited_at,
      expired: enrollment.status === 'invited' && enrollment.expires_at <= now,
    })),
  };
}

/** Their cycles, rounds and notes stay theirs: removal only ends the enrollment. */
export async function removeEnrollment(
  deps: Deps,
  user: CurrentUser,
  programId: string,
  enrollmentId: string,
) {
  const { program } = await requireProgramAdmin(deps, user, programId);
  const enrollment = await deps.repos.programs.findEnrollment(enrollmentId);
  if (!enrollment || enrollment.program_id !== programId) {
    throw notFound('enrollment_not_found', 'This person is not on this program.');
  }
  const now = deps.now();
  await deps.transact(async (repos) => {
    if (!(await repos.programs.markRemoved(enrollmentId, now))) return;
    await repos.audit.record(
      {
        workspaceId: program.workspace_id,
        actorUserId: user.id,
        action: 'program.enrollment_removed',
        target: enrollment.email,
      },
      now,
    );
  });
}

/** The programs the signed-in leader is enrolled in here, with the cycle they started in each. */
export async function listMyPrograms(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  await requireMembership(deps, user, workspaceId);
  const programs = await deps.repos.programs.listEnrolledOf(user.id, workspaceId);
  const cycles = await deps.repos.cycles.listOfLeader(user.id, workspaceId);
  return programs.map((program) => ({
    id: program.id,
    name: program.name,
    startsOn: program.starts_on,
    endsOn: program.ends_on,
    cycleId: cycles.find((cycle) => cycle.program_id === program.id)?.id ?? null,
  }));
}

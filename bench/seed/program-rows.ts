import { hashToken, newId, newToken } from '../../src/server/security/tokens';
import type { Rows } from './leader-rows';

/** Leaders are seeded in blocks of 50; every fifth block is one program's cohort (decision 0042). */
const cohortSize = 50;
const programEvery = 5;

type Cohort = { block: number; workspaceId: string; programId: string; adminId: string };
const cohorts = new Map<number, Cohort>();

/**
 * The program leader `index` belongs to, if any: its organization, program and admin, and whether
 * this leader is the cohort's first, who stores them (leaders are seeded from index 0 up).
 */
export function cohortOf(index: number): (Cohort & { first: boolean }) | undefined {
  const block = Math.floor(index / cohortSize);
  if (block % programEvery !== 0) return undefined;
  let cohort = cohorts.get(block);
  if (!cohort) {
    cohort = { block, workspaceId: newId(), programId: newId(), adminId: newId() };
    cohorts.set(block, cohort);
  }
  return { ...cohort, first: index % cohortSize === 0 };
}

export const programAdminEmail = (block: number) => `admin${block}@bench.example`;

/** The organization, its admin and its program, stored once, with the cohort's first leader. */
export function cohortRows(cohort: Cohort, passwordHash: string, created: string): Rows {
  return {
    users: [
      {
        id: cohort.adminId,
        email: programAdminEmail(cohort.block),
        name: `Admin ${cohort.block}`,
        password_hash: passwordHash,
        created_at: created,
        email_verified_at: created,
      },
    ],
    workspaces: [
      {
        id: cohort.workspaceId,
        name: `Organization ${cohort.block}`,
        kind: 'organization',
        anonymity_k: 3,
        created_at: created,
      },
    ],
    memberships: [
      { workspace_id: cohort.workspaceId, user_id: cohort.adminId, role: 'admin', created_at: created },
    ],
    programs: [
      {
        id: cohort.programId,
        workspace_id: cohort.workspaceId,
        name: `New managers ${cohort.block}`,
        starts_on: created.slice(0, 10),
        ends_on: '2027-12-31',
        coach_account_id: null,
        check_in_interval_days: 14,
        mini_survey_interval_days: 40,
        daily_reminder_time: null,
        anonymity_k: 3,
        created_at: created,
      },
    ],
  };
}

/** A leader's acceptance of the program's invitation. */
export function enrollmentRow(
  cohort: Cohort,
  leader: { id: string; name: string; email: string },
  created: string,
) {
  return {
    id: newId(),
    program_id: cohort.programId,
    name: leader.name,
    email: leader.email,
    user_id: leader.id,
    token_hash: hashToken(newToken()),
    status: 'enrolled' as const,
    invited_at: created,
    expires_at: created,
    accepted_at: created,
    removed_at: null,
  };
}

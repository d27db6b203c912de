import type { Schema } from '../../src/server/db/schema';

/** The seeded tables, parents before children, so every foreign key finds its row. */
export const tableOrder: (keyof Schema)[] = [
  'users',
  'workspaces',
  'memberships',
  'programs',
  'program_enrollments',
  'stakeholders',
  'cycles',
  'commitments',
  'rounds',
  'round_invitations',
  'invitation_tokens',
  'responses',
  'daily_checkins',
];

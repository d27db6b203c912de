import type { z } from 'zod';
import {
  requestPasswordResetSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from '../../src/shared/accounts';
import { createApiTokenSchema } from '../../src/shared/api-tokens';
import { createCycleSchema, updateCycleSchema } from '../../src/shared/cycles';
import { deleteAccountSchema, retentionSchema } from '../../src/shared/data-rights';
import { followUpSettingsSchema } from '../../src/shared/follow-up';
import { frameworkFileSchema } from '../../src/shared/framework';
import {
  announcementSchema,
  checkinSchema,
  commitmentDraftSchema,
  commitmentSchema,
  dailyReminderSchema,
} from '../../src/shared/plans';
import { reviewCycleSchema } from '../../src/shared/progress';
import { reframeRequestSchema } from '../../src/shared/reframe';
import { relationshipNoteSchema } from '../../src/shared/relationships';
import {
  addToRoundSchema,
  feedforwardHintSchema,
  openRoundSchema,
  submitAnswersSchema,
  thankYouSchema,
} from '../../src/shared/rounds';
import { declineRoundSchema, stakeholderPolicySchema } from '../../src/shared/stakeholder-policy';
import { bulkStakeholdersSchema, stakeholderInputSchema } from '../../src/shared/stakeholders';
import {
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  secondStepSchema,
} from '../../src/shared/two-factor';
import {
  acceptInvitationSchema,
  anonymityThresholdSchema,
  createWorkspaceSchema,
  inviteMemberSchema,
} from '../../src/shared/workspaces';

/**
 * The body schema each route reads, so its fuzzed bodies look like real ones. A route missing
 * here is still fuzzed, with random JSON and non-JSON bodies only.
 */
export const bodySchemas: Record<string, z.ZodType> = {
  'POST /api/auth/sign-up': signUpSchema,
  'POST /api/auth/sign-in': signInSchema,
  'POST /api/auth/sign-in/second-step': secondStepSchema,
  'POST /api/account/two-factor/enrollment/confirm': confirmTwoFactorSchema,
  'POST /api/account/two-factor/disable': disableTwoFactorSchema,
  'POST /api/auth/password-reset/request': requestPasswordResetSchema,
  'POST /api/auth/password-reset/complete': resetPasswordSchema,
  'POST /api/workspaces': createWorkspaceSchema,
  'POST /api/workspaces/:workspaceId/invitations': inviteMemberSchema,
  'PUT /api/workspaces/:workspaceId/anonymity': anonymityThresholdSchema,
  'PUT /api/workspaces/:workspaceId/stakeholder-policy': stakeholderPolicySchema,
  'POST /api/round-approvals/:approvalId/decline': declineRoundSchema,
  'POST /api/invitations/accept': acceptInvitationSchema,
  'PUT /api/workspaces/:workspaceId/framework': frameworkFileSchema,
  'POST /api/workspaces/:workspaceId/stakeholders': stakeholderInputSchema,
  'POST /api/workspaces/:workspaceId/stakeholders/bulk': bulkStakeholdersSchema,
  'PUT /api/stakeholders/:stakeholderId': stakeholderInputSchema,
  'PUT /api/stakeholders/:stakeholderId/note': relationshipNoteSchema,
  'POST /api/workspaces/:workspaceId/reframe': reframeRequestSchema,
  'POST /api/workspaces/:workspaceId/cycles': createCycleSchema,
  'PUT /api/cycles/:cycleId': updateCycleSchema,
  'POST /api/cycles/:cycleId/rounds': openRoundSchema,
  'POST /api/cycles/:cycleId/commitments/check': commitmentDraftSchema,
  'POST /api/cycles/:cycleId/commitments': commitmentSchema,
  'PUT /api/commitments/:commitmentId': commitmentSchema,
  'PUT /api/commitments/:commitmentId/checkins/:day': checkinSchema,
  'PUT /api/cycles/:cycleId/daily-reminder': dailyReminderSchema,
  'POST /api/cycles/:cycleId/announcement': announcementSchema,
  'PUT /api/cycles/:cycleId/follow-up': followUpSettingsSchema,
  'POST /api/rounds/:roundId/invitations': addToRoundSchema,
  'POST /api/rounds/:roundId/thank-you': thankYouSchema,
  'POST /api/answer': submitAnswersSchema,
  'POST /api/answer/hint': feedforwardHintSchema,
  'POST /api/account/delete': deleteAccountSchema,
  'PUT /api/workspaces/:workspaceId/retention': retentionSchema,
  'POST /api/cycles/:cycleId/review': reviewCycleSchema,
  'POST /api/tokens': createApiTokenSchema,
};

/** Query parameters a route reads; every route also gets random ones. */
export const queryKeys: Record<string, readonly string[]> = {
  'GET /api/cycles/:cycleId/checkins': ['from', 'to'],
};

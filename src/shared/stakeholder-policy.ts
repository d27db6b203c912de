import { z } from 'zod';
import { localeSchema } from './i18n/locale-schema';
import { multiLineText } from './plain-text';
import { relationshipGroupSchema } from './questions';
import { workspaceKindSchema, workspaceRoleSchema } from './workspaces';

const domainPattern = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "@Acme.com " → "acme.com": people paste domains the way they see them in addresses. */
export const emailDomainSchema = z
  .string({ message: 'A domain is text, like acme.com' })
  .trim()
  .toLowerCase()
  .transform((domain) => domain.replace(/^@/, ''))
  .pipe(
    z
      .string()
      .max(253, { message: 'A domain is at most 253 characters' })
      .regex(domainPattern, { message: 'A domain looks like acme.com' }),
  );

/** What an organization asks of the people its leaders invite to rounds. */
export const stakeholderPolicySchema = z.object({
  emailDomains: z
    .array(emailDomainSchema, { message: 'List the domains, like acme.com' })
    .max(20, { message: 'List at most 20 domains' })
    .transform((domains) => [...new Set(domains)]),
  approvalRequired: z.boolean({ message: 'Say whether an admin approves each list: true or false' }),
});
export type StakeholderPolicy = z.infer<typeof stakeholderPolicySchema>;

export const declineRoundSchema = z.object({
  reason: multiLineText(
    'The reason',
    z
      .string({ message: 'Say why, so the leader can fix the list' })
      .trim()
      .min(5, { message: 'Say why, so the leader can fix the list (at least 5 characters)' })
      .max(1000, { message: 'Keep the reason under 1000 characters' }),
  ),
});

/** A list of people a leader wants to ask, as the workspace's admins review it. */
export const waitingRoundListSchema = z.object({
  id: z.string(),
  leaderName: z.string(),
  kind: z.string(),
  intro: z.string(),
  closesOn: z.string(),
  requestedAt: z.string(),
  /** False for the admin's own list, which another admin decides. */
  canDecide: z.boolean(),
  people: z.array(
    z.object({ name: z.string(), email: z.string().nullable(), relationshipGroup: relationshipGroupSchema }),
  ),
});
export type WaitingRoundList = z.infer<typeof waitingRoundListSchema>;
export const waitingRoundListsSchema = z.object({ lists: z.array(waitingRoundListSchema) });

/** The leader's own view of their latest request in a cycle. */
export const roundApprovalForLeaderSchema = z.object({
  id: z.string(),
  status: z.enum(['waiting', 'approved', 'declined']),
  kind: z.string(),
  closesOn: z.string(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  roundId: z.string().nullable(),
  invitedCount: z.number(),
});
export type RoundApprovalForLeader = z.infer<typeof roundApprovalForLeaderSchema>;
/** An approved list opens its round. */
export const roundApprovedSchema = z.object({ roundId: z.string() });
export const roundApprovalAnswerSchema = z.object({ approval: roundApprovalForLeaderSchema.nullable() });

/** A workspace as its members see it, with the settings its admins keep. */
export const workspaceDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: workspaceKindSchema,
  anonymityK: z.number(),
  timeZone: z.string(),
  defaultLanguage: localeSchema,
  stakeholderPolicy: z.object({ emailDomains: z.array(z.string()), approvalRequired: z.boolean() }),
  roles: z.array(workspaceRoleSchema),
});
export type WorkspaceDetails = z.infer<typeof workspaceDetailsSchema>;
export const workspaceAnswerSchema = z.object({ workspace: workspaceDetailsSchema });

import { z } from 'zod';
import { multiLineText } from './plain-text';
import type { RelationshipGroup } from './questions';

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

export type RoundApprovalStatus = 'waiting' | 'approved' | 'declined';

/** A list of people a leader wants to ask, as the workspace's admins review it. */
export type WaitingRoundList = {
  id: string;
  leaderName: string;
  kind: string;
  intro: string;
  closesOn: string;
  requestedAt: string;
  /** False for the admin's own list, which another admin decides. */
  canDecide: boolean;
  people: { name: string; email: string | null; relationshipGroup: RelationshipGroup }[];
};

/** The leader's own view of their latest request in a cycle. */
export type RoundApprovalForLeader = {
  id: string;
  status: RoundApprovalStatus;
  kind: string;
  closesOn: string;
  requestedAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  roundId: string | null;
  invitedCount: number;
};

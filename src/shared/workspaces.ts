import { z } from 'zod';
import { emailSchema } from './accounts';
import { isTimeZone } from './calendar';
import { localeSchema } from './i18n/locale-schema';
import { singleLineText } from './plain-text';

export const workspaceRoles = ['leader', 'coach', 'admin'] as const;
export const workspaceRoleSchema = z.enum(workspaceRoles, { message: 'Role must be leader, coach or admin' });
export type WorkspaceRole = z.infer<typeof workspaceRoleSchema>;

export const createWorkspaceSchema = z.object({
  name: singleLineText(
    'Name',
    z
      .string({ message: 'Name is required' })
      .trim()
      .min(2, { message: 'Name must be at least 2 characters' })
      .max(100, { message: 'Name must be at most 100 characters' }),
  ),
});

export const inviteMemberSchema = z.object({ email: emailSchema, role: workspaceRoleSchema });

/** The roles an admin gives a member: at least one, each once (removing all is "Remove from organization"). */
export const memberRolesSchema = z.object({
  roles: z
    .array(workspaceRoleSchema, { message: 'Roles must be a list' })
    .min(1, { message: 'Choose at least one role; to take all away, remove the member instead' })
    .max(3, { message: 'A member can hold at most 3 roles' })
    .refine((roles) => new Set(roles).size === roles.length, { message: 'Each role can be chosen once' }),
});

export const adminTransferSchema = z.object({
  toUserId: z
    .string({ message: 'Choose the member to hand admin to' })
    .min(1, {
      message: 'Choose the member to hand admin to',
    })
    .max(100),
});

export const acceptInvitationSchema = z.object({
  token: z.string().min(16, { message: 'This invitation link is incomplete' }).max(200),
});

export const anonymityThresholdSchema = z.object({
  anonymityK: z
    .number({ message: 'Anonymity threshold must be a number' })
    .int({ message: 'Anonymity threshold must be a whole number' })
    .min(3, { message: 'Anonymity threshold must be at least 3' })
    .max(10, { message: 'Anonymity threshold must be at most 10' }),
});

/** The zone a workspace's leaders count days in when they chose none themselves (decision 0032). */
export const workspaceTimeZoneSchema = z.object({
  timeZone: z
    .string({ message: 'Choose a time zone' })
    .min(1, { message: 'Choose a time zone' })
    .refine(isTimeZone, { message: 'Choose a time zone from the list, e.g. Europe/Berlin' }),
});

/** The language new rounds ask stakeholders in unless the leader picks another (decision 0044). */
export const workspaceLanguageSchema = z.object({ language: localeSchema });

export const workspaceKindSchema = z.enum(['personal', 'organization']);

export const workspaceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: workspaceKindSchema,
  roles: z.array(workspaceRoleSchema),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const workspaceMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(workspaceRoleSchema),
});
export type WorkspaceMember = z.infer<typeof workspaceMemberSchema>;

export const pendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: workspaceRoleSchema,
  expiresAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

export const outboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'held', 'failed']),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** The answers of the workspace routes, as the OpenAPI document and the web client read them. */
export const workspaceListSchema = z.object({ workspaces: z.array(workspaceSummarySchema) });
export const workspaceCreatedSchema = z.object({ id: z.string() });
export const memberListSchema = z.object({ members: z.array(workspaceMemberSchema) });
export const invitationListSchema = z.object({ invitations: z.array(pendingInvitationSchema) });
export const outboxSchema = z.object({ messages: z.array(outboxMessageSchema) });
export const invitationAcceptedSchema = z.object({ workspaceId: z.string() });

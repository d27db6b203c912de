import { z } from 'zod';
import { emailSchema } from './accounts';
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

export type WorkspaceSummary = {
  id: string;
  name: string;
  kind: 'personal' | 'organization';
  roles: WorkspaceRole[];
};

export type WorkspaceMember = { userId: string; name: string; email: string; roles: WorkspaceRole[] };
export type PendingInvitation = { id: string; email: string; role: WorkspaceRole; expiresAt: string };
export type OutboxMessage = {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: 'queued' | 'sent' | 'held' | 'failed';
  createdAt: string;
};

import { z } from 'zod';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: string) =>
  z
    .string()
    .regex(dayPattern, { message: `${what} must be a date like 2026-12-31` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
      message: `${what} must be a real date`,
    })
    .optional();

/** What an admin narrows the audit log to; every part optional, dates inclusive and in UTC. */
export const auditFilterSchema = z
  .object({
    action: z.string().max(80, { message: 'Action must be at most 80 characters' }).optional(),
    actor: z.string().max(100, { message: 'Actor must be at most 100 characters' }).optional(),
    from: day('From'),
    to: day('To'),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: '"From" must be on or before "To"',
    path: ['to'],
  });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  /** Null when the account that acted was deleted since. */
  actor: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
  target: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditLogSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** More entries matched than the page shows; the CSV export has them all. */
  truncated: z.boolean(),
  /** What the filters offer: every action and every actor in this workspace's log. */
  actions: z.array(z.string()),
  actors: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type AuditLog = z.infer<typeof auditLogSchema>;

/** Actions in words; one the list does not know yet shows as it is stored. */
const actionLabels: Record<string, string> = {
  'workspace.created': 'Created the organization',
  'workspace.anonymity_k': 'Set the anonymity threshold',
  'workspace.time_zone': 'Set the time zone',
  'workspace.sso': 'Changed single sign-on',
  'member.invited': 'Invited someone',
  'member.joined': 'Joined',
  'member.roles_changed': "Changed a member's roles",
  'member.admin_transferred': 'Handed over admin',
  'member.removed': 'Removed a member',
  'member.left': 'Left the organization',
  'framework.imported': 'Imported a framework file',
  'framework.edited': 'Edited the framework',
  'framework.reset': 'Went back to the built-in framework',
  'account.deleted': 'An account was deleted',
  'audit.exported': 'Exported the audit log',
};

export function auditActionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

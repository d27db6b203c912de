// Portable types for both engines: ids and timestamps are text (ISO 8601 UTC, which sorts
// correctly as text), booleans are 0/1 integers, structured values are JSON text.

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
};

export type SessionsTable = {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
};

export type PasswordResetsTable = {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

export type WorkspacesTable = {
  id: string;
  name: string;
  kind: 'personal' | 'organization';
  anonymity_k: number;
  created_at: string;
};

export type MembershipsTable = {
  workspace_id: string;
  user_id: string;
  role: 'leader' | 'coach' | 'admin';
  created_at: string;
};

export type MemberInvitationsTable = {
  id: string;
  workspace_id: string;
  email: string;
  role: 'leader' | 'coach' | 'admin';
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
};

export type OutboxTable = {
  id: string;
  workspace_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  status: 'queued' | 'sent' | 'held' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
};

export type JobsTable = {
  id: string;
  kind: string;
  payload: string;
  unique_key: string | null;
  run_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  attempts: number;
  last_error: string | null;
  done_at: string | null;
  created_at: string;
};

export type RateLimitsTable = {
  key: string;
  window_start: string;
  hits: number;
};

export type AuditLogTable = {
  id: string;
  workspace_id: string | null;
  actor_user_id: string | null;
  action: string;
  target: string | null;
  created_at: string;
};

export type Schema = {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  member_invitations: MemberInvitationsTable;
  outbox: OutboxTable;
  jobs: JobsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
};

// Portable types for both engines: ids and timestamps are text (ISO 8601 UTC, which sorts
// correctly as text), booleans are 0/1 integers, structured values are JSON text.

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
  /** When the owner opened a confirmation link; null until then (decision 0024). */
  email_verified_at?: string | null;
  /** IANA zone the leader's calendar rules follow; null follows the workspace's (decision 0032). */
  time_zone?: string | null;
  /** The language the leader reads the app and their own mails in (migration 0036); null: never chosen. */
  language?: string | null;
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

export type TwoFactorSecretsTable = {
  user_id: string;
  /** Base32, as authenticator apps read it; it has to be readable to check codes, so it is not hashed. */
  secret: string;
  created_at: string;
  /** Null while enrolling: the secret was shown but no code has proved the app holds it. */
  confirmed_at: string | null;
  last_used_step: number | null;
};

export type TwoFactorRecoveryCodesTable = {
  code_hash: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
};

export type PendingSignInsTable = {
  token_hash: string;
  user_id: string;
  password_ok: number;
  attempts: number;
  created_at: string;
  expires_at: string;
};

export type EmailVerificationsTable = {
  token_hash: string;
  user_id: string;
  outbox_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

/** An organization's OpenID Connect provider (decision 0034). */
export type WorkspaceSsoTable = {
  workspace_id: string;
  provider_name: string;
  issuer_url: string;
  client_id: string;
  /** AES-256-GCM under OIDC_SECRET_KEY, never answered by any route. */
  client_secret_sealed: string;
  /** Space-separated domains whose addresses join at their first sign-in. */
  email_domains: string;
  password_sign_in_off: number;
  updated_at: string;
};

/** A sign-in sent to a provider, used up when the provider sends the browser back. */
export type SsoSignInsTable = {
  state_hash: string;
  /** 'instance' or a workspace id. */
  provider: string;
  browser_hash: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
};

export type WorkspacesTable = {
  id: string;
  name: string;
  kind: 'personal' | 'organization';
  anonymity_k: number;
  created_at: string;
  /** Months after a round closes that its free-text answers are kept; null (or absent) keeps them. */
  retention_months?: number | null;
  /** The organization's own email domains, space-separated; empty (or absent) allows any. */
  stakeholder_email_domains?: string;
  /** 1 when an admin approves the people asked before a round opens. */
  round_approval_required?: number;
  /** IANA zone for leaders who have not chosen their own; 'UTC' unless an admin changed it. */
  time_zone?: string;
  /** The language new rounds ask stakeholders in unless the leader picks another (decision 0044). */
  default_language?: string;
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
  /** The account the message was queued for (sent on its behalf, or to it); deleted with it. */
  account_id: string | null;
};

/** Mail handed to the SMTP server in one clock hour (UTC), against `MAIL_MAX_PER_HOUR`. */
export type MailSendsPerHourTable = {
  /** `2026-12-06T10`: the hour's start in UTC. */
  hour: string;
  sends: number;
  /** 0/1: the warning that the cap was reached was logged this hour. */
  cap_logged: number;
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
  /** The account the job works for, if any; deleted with it. */
  account_id: string | null;
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
  /** What the action set, e.g. the roles given; never answer content. */
  detail: string | null;
  created_at: string;
};

export type WorkspaceFrameworksTable = {
  workspace_id: string;
  /** The framework file as JSON (see src/shared/framework.ts). */
  framework: string;
  updated_at: string;
};

/** Every framework a workspace saved, numbered from 1; the current one is also in workspace_frameworks. */
export type FrameworkVersionsTable = {
  workspace_id: string;
  version: number;
  framework: string;
  summary: string;
  created_by: string | null;
  created_at: string;
};

export type StakeholdersTable = {
  id: string;
  workspace_id: string;
  leader_id: string;
  name: string;
  email: string | null;
  relationship_group: string;
  created_at: string;
};

export type CyclesTable = {
  id: string;
  workspace_id: string;
  leader_id: string;
  problem: string;
  goal: string;
  /** JSON snapshot of the chosen competency, so later framework edits never alter this cycle. */
  competency: string;
  /** JSON: behavior key → the leader's own 1..5 rating before listening. */
  baseline: string;
  stage: string;
  reflection: string | null;
  created_at: string;
  updated_at: string;
  /** When the leader reviewed and closed the cycle; null while it runs. */
  closed_at: string | null;
  /** The program the cycle was started in (decision 0042); absent or null for most. */
  program_id?: string | null;
  /**
   * When the follow-up sweep next looks at the cycle (migration 0037): an instant, '' once a fact of
   * its schedule changed (triggers write it), null when nothing can fall due until one does.
   */
  follow_up_check_at?: string | null;
};

export type RoundsTable = {
  id: string;
  cycle_id: string;
  kind: string;
  status: 'open' | 'closed';
  intro: string;
  /** JSON Question[] snapshotted when the round opens. */
  questions: string;
  /** The workspace's k at opening, locked for the round's life. */
  anonymity_k: number;
  opened_at: string;
  closes_on: string;
  /** The end of closes_on where the leader lived when the round opened (decision 0032). */
  closes_at: string;
  closed_at: string | null;
  thanked_at: string | null;
  // Optional here because they are set only by thanking (defaults: null and 0), never on insert.
  /** The leader's thank-you note, kept to copy when it was not (or not all) emailed. */
  thank_you_note?: string | null;
  /** How many people Feedforward emailed the thank-you note to. */
  thank_you_recipients?: number;
  /** The language its questions and mails are in, fixed when it opens (decision 0044); 'en' before. */
  language?: string;
};

/** A round a leader asked to open, waiting for an admin; it becomes a round only when approved. */
export type RoundApprovalsTable = {
  id: string;
  cycle_id: string;
  kind: string;
  intro: string;
  closes_on: string;
  /** The language the leader asked the round in (decision 0044). */
  language?: string;
  status: 'waiting' | 'approved' | 'declined';
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decline_reason: string | null;
  round_id: string | null;
};

export type RoundApprovalPeopleTable = {
  approval_id: string;
  stakeholder_id: string;
};

/** A reminder slot already sent, for the whole round: nothing per invitation says who was reminded when. */
export type RoundRemindersTable = {
  round_id: string;
  slot: number;
};

/** No time and no count of its own: nothing here can be lined up with a response. */
export type RoundInvitationsTable = {
  id: string;
  round_id: string;
  stakeholder_id: string | null;
  relationship_group: string;
  answered: number;
  /** Where the invitation was mailed; null when its link went by hand. Reminders and thanks go only here. */
  mailed_to: string | null;
  /** A hash of the inbox the person's address reaches; kept when the stakeholder is removed, so they cannot be invited twice. */
  inbox_key?: string | null;
};

export type InvitationTokensTable = {
  token_hash: string;
  invitation_id: string;
};

/** A link shared by everyone of one relationship group the leader passes links to by hand. */
export type RoundLinksTable = {
  token_hash: string;
  round_id: string;
  relationship_group: string;
};

export type ResponsesTable = {
  id: string;
  round_id: string;
  relationship_group: string;
  named_manager: number;
  /** JSON Answers. No time at all: not even the day could be lined up with a reminder. */
  answers: string;
};

export type CommitmentsTable = {
  id: string;
  cycle_id: string;
  situation: string;
  action: string;
  frequency: string;
  noticed_by: string;
  source_suggestion: string | null;
  status: 'active' | 'retired';
  created_at: string;
  updated_at: string;
};

export type AnnouncementsTable = {
  id: string;
  cycle_id: string;
  subject: string;
  body: string;
  sent_at: string | null;
  recipients_count: number;
  created_at: string;
};

export type DailyCheckinsTable = {
  cycle_id: string;
  commitment_id: string;
  /** YYYY-MM-DD in the leader's own time zone. */
  day: string;
  score: number;
  /** Private to the leader. */
  note: string | null;
  created_at: string;
  /** The key the leader's device gave this check-in (offline sync); unique, so a replay is known. */
  sync_key: string | null;
  /** When the device recorded it; a replay older than the stored one never overwrites it. */
  recorded_at: string | null;
};

/** The leader's private note on their own part in a relationship; never shown to anyone else. */
export type RelationshipNotesTable = {
  stakeholder_id: string;
  note: string;
  updated_at: string;
};

export type DailyRemindersTable = {
  cycle_id: string;
  enabled: number;
  /** HH:MM on the leader's wall clock. */
  local_time: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  time_zone: string;
  /** The leader's local day of the last reminder sent. */
  last_sent_on: string | null;
  updated_at: string;
  /** Channels (migration 0035): 1 or 0 each; email needs SMTP, push a subscribed device. */
  by_email: number;
  by_push: number;
};

/** One row per cycle, created on first use: the mini-survey cadence and the last due day prompted for. */
export type FollowUpSettingsTable = {
  cycle_id: string;
  /** 30..180; 90 when the leader never changed it. */
  mini_survey_interval_days: number;
  /** YYYY-MM-DD: the due day of the last mini-survey reminder sent to the leader. */
  mini_survey_prompted_for: string | null;
  updated_at: string;
  /** Days between monthly check-ins: 30 unless the cycle's program set another. */
  check_in_interval_days?: number;
};

export type ApiTokensTable = {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the whole token; the token itself is shown once and never stored. */
  token_hash: string;
  hint: string;
  /** JSON array of ApiTokenScope. */
  scopes: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
};

export type WebhooksTable = {
  id: string;
  user_id: string;
  url: string;
  /** JSON array of WebhookEvent. */
  events: string;
  /** Signs deliveries (HMAC-SHA256); shown to the owner once. */
  secret: string;
  enabled: number;
  created_at: string;
};

export type WebhookDeliveriesTable = {
  id: string;
  webhook_id: string;
  event: string;
  body: string;
  status: string;
  attempts: number;
  response_code: number | null;
  last_error: string | null;
  created_at: string;
  last_attempt_at: string | null;
};

/** A leader's calendar feed: only the SHA-256 of the URL token is stored. */
export type CalendarFeedsTable = { user_id: string; token_hash: string; created_at: string };

/** The fingerprint and SEQUENCE of each feed event as last served. */
export type CalendarEventVersionsTable = {
  user_id: string;
  uid: string;
  fingerprint: string;
  sequence: number;
};

export type PushSubscriptionsTable = {
  id: string;
  user_id: string;
  endpoint: string;
  /** The browser's public key and auth secret (base64url) that encrypt every payload. */
  p256dh: string;
  auth: string;
  created_at: string;
};

/** Keys the server makes for itself, e.g. name 'vapid' (base64url). */
export type ServerKeysTable = { name: string; public_key: string; private_key: string; created_at: string };

export type ChatWebhooksTable = {
  user_id: string;
  /** slack or teams. */
  service: string;
  /** The incoming webhook URL: a credential, never returned by the API. */
  url: string;
  created_at: string;
};

/** A leader's consent for one coach in one workspace (decision 0043); only 'active' lets the coach read. */
export type CoachingsTable = {
  id: string;
  workspace_id: string;
  leader_id: string;
  coach_email: string;
  coach_id: string | null;
  status: 'invited' | 'active' | 'declined' | 'revoked';
  token_hash: string | null;
  invited_at: string;
  expires_at: string;
  accepted_at: string | null;
  ended_at: string | null;
};

export type CoachingCommentsTable = {
  id: string;
  coaching_id: string;
  author: 'coach' | 'leader';
  body: string;
  created_at: string;
};

/** One private item the leader chose to show their coach; deleting the row un-shares it. */
export type CoachingSharesTable = {
  id: string;
  coaching_id: string;
  item_kind: 'reflection' | 'relationship_note' | 'checkin_note';
  item_ref: string;
  created_at: string;
};

/** A cohort an organization runs (decision 0042). */
export type ProgramsTable = {
  id: string;
  workspace_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  coach_account_id: string | null;
  check_in_interval_days: number;
  mini_survey_interval_days: number;
  daily_reminder_time: string | null;
  /** The workspace's k when the program was created, locked for its life. */
  anonymity_k: number;
  created_at: string;
};

export type ProgramEnrollmentsTable = {
  id: string;
  program_id: string;
  name: string;
  email: string;
  user_id: string | null;
  token_hash: string;
  status: 'invited' | 'enrolled' | 'removed';
  invited_at: string;
  expires_at: string;
  accepted_at: string | null;
  removed_at: string | null;
};

export type Schema = {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  two_factor_secrets: TwoFactorSecretsTable;
  two_factor_recovery_codes: TwoFactorRecoveryCodesTable;
  pending_sign_ins: PendingSignInsTable;
  api_tokens: ApiTokensTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  calendar_feeds: CalendarFeedsTable;
  calendar_event_versions: CalendarEventVersionsTable;
  push_subscriptions: PushSubscriptionsTable;
  server_keys: ServerKeysTable;
  chat_webhooks: ChatWebhooksTable;
  email_verifications: EmailVerificationsTable;
  workspaces: WorkspacesTable;
  workspace_sso: WorkspaceSsoTable;
  sso_sign_ins: SsoSignInsTable;
  memberships: MembershipsTable;
  member_invitations: MemberInvitationsTable;
  outbox: OutboxTable;
  mail_sends_per_hour: MailSendsPerHourTable;
  jobs: JobsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
  workspace_frameworks: WorkspaceFrameworksTable;
  framework_versions: FrameworkVersionsTable;
  stakeholders: StakeholdersTable;
  cycles: CyclesTable;
  rounds: RoundsTable;
  round_invitations: RoundInvitationsTable;
  round_approvals: RoundApprovalsTable;
  round_approval_people: RoundApprovalPeopleTable;
  round_reminders: RoundRemindersTable;
  invitation_tokens: InvitationTokensTable;
  round_links: RoundLinksTable;
  responses: ResponsesTable;
  commitments: CommitmentsTable;
  announcements: AnnouncementsTable;
  daily_checkins: DailyCheckinsTable;
  daily_reminders: DailyRemindersTable;
  follow_up_settings: FollowUpSettingsTable;
  relationship_notes: RelationshipNotesTable;
  coachings: CoachingsTable;
  coaching_comments: CoachingCommentsTable;
  coaching_shares: CoachingSharesTable;
  programs: ProgramsTable;
  program_enrollments: ProgramEnrollmentsTable;
};

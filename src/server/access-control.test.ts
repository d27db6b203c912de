import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createClient,
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../tests/support/test-app';
import { describeEachEngine } from '../../tests/support/test-database';
import type { LeadersEnrolled, ProgramDetail } from '../shared/programs';
import { isSessionOnlyPath } from './modules/api-tokens/api-tokens.models';
import { defaultFramework } from './modules/frameworks/default-framework';
import { programInput, tokenOf } from './modules/programs/programs.fixtures';

/**
 * Every route with who may use it. A new route must be added here, or the completeness test fails.
 * public: anyone; signed-in: any account; member: members of the workspace in the path; admin: its admins;
 * leader: its members holding the leader role; own-stakeholder: the leader whose stakeholder is in the path;
 * own-cycle: the leader whose growth cycle (or a round or commitment of it) is in the path;
 * own-token: the owner of the API token in the path; own-webhook: the owner of the webhook in the path;
 * own-device: the person whose push device (subscription) is in the path;
 * own-coaching: the leader whose coach consent is in the path; coach: the coach holding that consent while
 * it is active (the coach roles below run the coaching routes); coaching-party: either of the two.
 */
type Access =
  | 'public'
  | 'signed-in'
  | 'member'
  | 'admin'
  | 'leader'
  | 'own-stakeholder'
  | 'own-cycle'
  | 'own-token'
  | 'own-webhook'
  | 'own-device'
  | 'own-coaching'
  | 'coach'
  | 'coaching-party';
type RouteRule = { method: string; path: string; access: Access; body?: unknown };

const cycleInput = {
  problem: 'My team never tells me about problems early.',
  goal: 'I want to get better at listening so that problems surface early.',
  competencyKey: 'listening-with-empathy',
  baseline: {},
};

const commitmentInput = {
  situation: 'When someone brings me a problem',
  action: 'I will ask what they tried before I suggest anything',
  frequency: 'Every time',
  noticedBy: 'They will hear a question before any advice',
};

const routes: RouteRule[] = [
  { method: 'GET', path: '/healthz', access: 'public' },
  { method: 'GET', path: '/source', access: 'public' },
  { method: 'GET', path: '/api/openapi.json', access: 'public' },
  { method: 'GET', path: '/api/reference', access: 'public' },
  { method: 'GET', path: '/api/reference.css', access: 'public' },
  { method: 'GET', path: '/api/mail-setup', access: 'public' },
  { method: 'POST', path: '/api/auth/sign-up', access: 'public', body: {} },
  { method: 'GET', path: '/api/auth/sign-up-policy', access: 'public' },
  { method: 'POST', path: '/api/auth/verify-email', access: 'public', body: {} },
  { method: 'POST', path: '/api/auth/verify-email/resend', access: 'signed-in' },
  { method: 'POST', path: '/api/auth/sign-in', access: 'public', body: {} },
  { method: 'POST', path: '/api/auth/sign-in/second-step', access: 'public', body: {} },
  { method: 'GET', path: '/api/auth/me', access: 'signed-in' },
  { method: 'GET', path: '/api/auth/session', access: 'public' },
  { method: 'PUT', path: '/api/account/language', access: 'signed-in', body: { language: 'de' } },
  { method: 'GET', path: '/api/auth/sso/providers', access: 'public' },
  { method: 'GET', path: '/api/auth/sso/:providerId/start', access: 'public' },
  { method: 'GET', path: '/api/auth/sso/callback', access: 'public' },
  { method: 'POST', path: '/api/auth/password-reset/request', access: 'public', body: {} },
  { method: 'POST', path: '/api/auth/password-reset/complete', access: 'public', body: {} },
  { method: 'GET', path: '/api/workspaces', access: 'signed-in' },
  { method: 'POST', path: '/api/workspaces', access: 'signed-in', body: { name: 'Another org' } },
  { method: 'GET', path: '/api/workspaces/:workspaceId', access: 'member' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/members', access: 'member' },
  // A coach who is only there to have their roles set and then be removed.
  {
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/members/:userId/roles',
    access: 'admin',
    body: { roles: ['coach'] },
  },
  { method: 'DELETE', path: '/api/workspaces/:workspaceId/members/:userId', access: 'admin' },
  // Not a member, so 400 for the admin: a real hand-over would leave the rows below without an admin.
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/admin-transfer',
    access: 'admin',
    body: { toUserId: 'not-a-member' },
  },
  { method: 'GET', path: '/api/workspaces/:workspaceId/invitations', access: 'admin' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/invitations',
    access: 'admin',
    body: { email: 'new@example.com', role: 'leader' },
  },
  { method: 'PUT', path: '/api/workspaces/:workspaceId/anonymity', access: 'admin', body: { anonymityK: 4 } },
  {
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/time-zone',
    access: 'admin',
    body: { timeZone: 'Europe/Berlin' },
  },
  { method: 'PUT', path: '/api/workspaces/:workspaceId/language', access: 'admin', body: { language: 'de' } },
  { method: 'GET', path: '/api/workspaces/:workspaceId/outbox', access: 'admin' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/audit', access: 'admin' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/audit.csv', access: 'admin' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/sso', access: 'admin' },
  {
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/sso',
    access: 'admin',
    body: { providerName: 'Acme', issuerUrl: 'https://login.example.com', clientId: 'ff', clientSecret: 's' },
  },
  { method: 'DELETE', path: '/api/workspaces/:workspaceId/sso', access: 'admin' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/sso/test',
    access: 'admin',
    body: { issuerUrl: 'http://127.0.0.1:9/nothing' },
  },
  // Approval stays off here, so the rows below open and add to rounds as they always have.
  {
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/stakeholder-policy',
    access: 'admin',
    body: { emailDomains: [], approvalRequired: false },
  },
  { method: 'GET', path: '/api/workspaces/:workspaceId/round-approvals', access: 'admin' },
  // The second leader's waiting list: the admin declines it (after the member, who is no admin, is refused).
  {
    method: 'POST',
    path: '/api/round-approvals/:approvalId/decline',
    access: 'admin',
    body: { reason: 'Ask your whole team, not only three people.' },
  },
  // Already declined when the admin gets here, so it answers 409, still past access control.
  { method: 'POST', path: '/api/round-approvals/:approvalId/approve', access: 'admin' },
  { method: 'POST', path: '/api/invitations/accept', access: 'signed-in', body: { token: 'x'.repeat(43) } },
  { method: 'GET', path: '/api/workspaces/:workspaceId/framework', access: 'member' },
  { method: 'PUT', path: '/api/workspaces/:workspaceId/framework', access: 'admin', body: defaultFramework },
  { method: 'DELETE', path: '/api/workspaces/:workspaceId/framework', access: 'admin' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/framework/versions', access: 'admin' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/framework/versions',
    access: 'admin',
    body: { baseVersion: 0, framework: defaultFramework },
  },
  { method: 'GET', path: '/api/workspaces/:workspaceId/stakeholders', access: 'leader' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/stakeholders',
    access: 'leader',
    body: { name: 'Ada Lovelace', relationshipGroup: 'peer' },
  },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/stakeholders/bulk',
    access: 'leader',
    body: { text: 'Grace Hopper, manager', dryRun: true },
  },
  // Before the DELETE row, which removes the stakeholder these rows use.
  {
    method: 'PUT',
    path: '/api/stakeholders/:stakeholderId',
    access: 'own-stakeholder',
    body: { name: 'Bob', relationshipGroup: 'peer' },
  },
  {
    method: 'PUT',
    path: '/api/stakeholders/:stakeholderId/note',
    access: 'own-stakeholder',
    body: { note: 'My part' },
  },
  { method: 'GET', path: '/api/workspaces/:workspaceId/relationships', access: 'leader' },
  { method: 'GET', path: '/api/coaching/coaches', access: 'signed-in' },
  { method: 'GET', path: '/api/coaching/coachees', access: 'signed-in' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/coaches',
    access: 'leader',
    body: { email: 'second-coach@example.com' },
  },
  { method: 'POST', path: '/api/coaching/accept', access: 'signed-in', body: { token: 'x'.repeat(43) } },
  { method: 'GET', path: '/api/workspaces/:workspaceId/program-coaches', access: 'leader' },
  // The member's program has no coach assigned, so the member is answered 409, past access control.
  { method: 'POST', path: '/api/programs/:programId/coach-access', access: 'leader' },
  { method: 'GET', path: '/api/coaching/:coachingId/coachee', access: 'coach' },
  { method: 'GET', path: '/api/coaching/:coachingId/comments', access: 'coaching-party' },
  {
    method: 'POST',
    path: '/api/coaching/:coachingId/comments',
    access: 'coaching-party',
    body: { body: 'Thanks, I will try that this week.' },
  },
  { method: 'GET', path: '/api/coaching/:coachingId/shareable', access: 'own-coaching' },
  // The member's note on their stakeholder, before the row that removes it (the placeholder is filled in like a path's).
  {
    method: 'POST',
    path: '/api/coaching/:coachingId/shares',
    access: 'own-coaching',
    body: { kind: 'relationship_note', ref: ':stakeholderId' },
  },
  { method: 'DELETE', path: '/api/coaching/:coachingId/shares/:shareId', access: 'own-coaching' },
  // After the other coaching rows: it ends the coach's access.
  { method: 'DELETE', path: '/api/coaching/:coachingId', access: 'own-coaching' },
  { method: 'DELETE', path: '/api/stakeholders/:stakeholderId', access: 'own-stakeholder' },
  {
    method: 'POST',
    path: '/api/workspaces/:workspaceId/reframe',
    access: 'leader',
    body: { problem: 'My team keeps missing deadlines.' },
  },
  { method: 'GET', path: '/api/workspaces/:workspaceId/cycles', access: 'leader' },
  { method: 'POST', path: '/api/workspaces/:workspaceId/cycles', access: 'leader', body: cycleInput },
  { method: 'GET', path: '/api/cycles/:cycleId', access: 'own-cycle' },
  { method: 'PUT', path: '/api/cycles/:cycleId', access: 'own-cycle', body: cycleInput },
  {
    method: 'POST',
    path: '/api/cycles/:cycleId/rounds',
    access: 'own-cycle',
    body: {
      kind: 'listening',
      intro: 'A second round, refused.',
      closesOn: '2099-01-01',
      stakeholderIds: ['x'],
    },
  },
  {
    method: 'POST',
    path: '/api/cycles/:cycleId/commitments/check',
    access: 'own-cycle',
    body: { action: 'I will check on everyone daily' },
  },
  { method: 'GET', path: '/api/cycles/:cycleId/commitments', access: 'own-cycle' },
  { method: 'POST', path: '/api/cycles/:cycleId/commitments', access: 'own-cycle', body: commitmentInput },
  { method: 'PUT', path: '/api/commitments/:commitmentId', access: 'own-cycle', body: commitmentInput },
  // "Today" in UTC: no row above sets a reminder time zone.
  {
    method: 'PUT',
    path: '/api/commitments/:commitmentId/checkins/:day',
    access: 'own-cycle',
    body: { score: 7 },
  },
  { method: 'GET', path: '/api/cycles/:cycleId/checkins', access: 'own-cycle' },
  // After the check-in row: a retired commitment takes no check-ins.
  { method: 'DELETE', path: '/api/commitments/:commitmentId', access: 'own-cycle' },
  { method: 'GET', path: '/api/cycles/:cycleId/daily-reminder', access: 'own-cycle' },
  {
    method: 'PUT',
    path: '/api/cycles/:cycleId/daily-reminder',
    access: 'own-cycle',
    body: { enabled: true, time: '18:00', timeZone: 'UTC' },
  },
  { method: 'GET', path: '/api/cycles/:cycleId/announcement/draft', access: 'own-cycle' },
  { method: 'GET', path: '/api/cycles/:cycleId/announcement', access: 'own-cycle' },
  {
    method: 'POST',
    path: '/api/cycles/:cycleId/announcement',
    access: 'own-cycle',
    body: {
      subject: 'What I am working on',
      body: 'I am working on listening better, and I would like your help.',
      send: false,
    },
  },
  { method: 'GET', path: '/api/cycles/:cycleId/follow-up', access: 'own-cycle' },
  {
    method: 'PUT',
    path: '/api/cycles/:cycleId/follow-up',
    access: 'own-cycle',
    body: { miniSurveyIntervalDays: 60 },
  },
  { method: 'GET', path: '/api/cycles/:cycleId/round-approval', access: 'own-cycle' },
  { method: 'GET', path: '/api/rounds/:roundId', access: 'own-cycle' },
  {
    method: 'POST',
    path: '/api/rounds/:roundId/invitations',
    access: 'own-cycle',
    body: { stakeholderId: 'not-a-stakeholder' },
  },
  { method: 'GET', path: '/api/rounds/:roundId/thank-you', access: 'own-cycle' },
  {
    method: 'POST',
    path: '/api/rounds/:roundId/thank-you',
    access: 'own-cycle',
    body: { message: 'Thank you all for your ideas.' },
  },
  // Before the round closes: its closing day is the date asked for.
  { method: 'GET', path: '/api/cycles/:cycleId/calendar/:kind', access: 'own-cycle' },
  { method: 'POST', path: '/api/rounds/:roundId/close', access: 'own-cycle' },
  { method: 'POST', path: '/api/rounds/:roundId/links', access: 'own-cycle' },
  // Stakeholders need no account: their link's cookie is their only key (without it: 410).
  { method: 'GET', path: '/a/:token', access: 'public' },
  { method: 'GET', path: '/api/answer', access: 'public' },
  { method: 'POST', path: '/api/answer', access: 'public', body: { answers: {} } },
  { method: 'POST', path: '/api/answer/hint', access: 'public', body: { text: 'You never listen.' } },
  { method: 'GET', path: '/api/account/export', access: 'signed-in' },
  // A wrong password, so no account is deleted here; the data-rights tests delete for real.
  {
    method: 'POST',
    path: '/api/account/delete',
    access: 'signed-in',
    body: { password: 'not the password', confirm: 'DELETE' },
  },
  { method: 'GET', path: '/api/account/two-factor', access: 'signed-in' },
  { method: 'POST', path: '/api/account/two-factor/enrollment', access: 'signed-in' },
  // Wrong codes and passwords: the two-factor tests turn it on and off for real.
  {
    method: 'POST',
    path: '/api/account/two-factor/enrollment/confirm',
    access: 'signed-in',
    body: { code: '000000' },
  },
  {
    method: 'POST',
    path: '/api/account/two-factor/disable',
    access: 'signed-in',
    body: { password: 'not the password', code: '000000' },
  },
  { method: 'GET', path: '/api/tokens', access: 'signed-in' },
  {
    method: 'POST',
    path: '/api/tokens',
    access: 'signed-in',
    body: { name: 'Matrix', scopes: ['read'], expiresInDays: 7 },
  },
  { method: 'DELETE', path: '/api/tokens/:tokenId', access: 'own-token' },
  { method: 'GET', path: '/api/webhooks', access: 'signed-in' },
  {
    method: 'POST',
    path: '/api/webhooks',
    access: 'signed-in',
    body: { url: 'https://93.184.215.14/hook', events: ['round.closed'] },
  },
  { method: 'PUT', path: '/api/webhooks/:webhookId', access: 'own-webhook', body: { enabled: true } },
  { method: 'GET', path: '/api/webhooks/:webhookId/deliveries', access: 'own-webhook' },
  // Queued only: the matrix never runs jobs, so nothing is sent.
  { method: 'POST', path: '/api/webhooks/:webhookId/test', access: 'own-webhook' },
  { method: 'DELETE', path: '/api/webhooks/:webhookId', access: 'own-webhook' },
  // The feed's token (made in beforeAll) is its only key: anyone holding the URL reads it.
  { method: 'GET', path: '/calendar/:feedToken/feedforward.ics', access: 'public' },
  { method: 'GET', path: '/api/calendar-feed', access: 'signed-in' },
  { method: 'POST', path: '/api/calendar-feed', access: 'signed-in' },
  { method: 'DELETE', path: '/api/calendar-feed', access: 'signed-in' },
  { method: 'GET', path: '/api/chat-webhook', access: 'signed-in' },
  // Refused by the host allowlist (400), which access control has let through.
  {
    method: 'PUT',
    path: '/api/chat-webhook',
    access: 'signed-in',
    body: { url: 'https://example.com/hook' },
  },
  // Queued only (the member's webhook is made in beforeAll); the matrix never runs jobs.
  { method: 'POST', path: '/api/chat-webhook/test', access: 'signed-in' },
  { method: 'DELETE', path: '/api/chat-webhook', access: 'signed-in' },
  { method: 'GET', path: '/api/push', access: 'signed-in' },
  // Refused by validation (400), which access control has let through.
  { method: 'POST', path: '/api/push/devices', access: 'signed-in', body: { endpoint: 'not a url' } },
  { method: 'DELETE', path: '/api/push/devices/:deviceId', access: 'own-device' },
  // Queued only (everyone's device is made in beforeAll); the matrix never runs jobs.
  { method: 'POST', path: '/api/push/test', access: 'signed-in' },
  { method: 'GET', path: '/api/workspaces/:workspaceId/retention', access: 'admin' },
  { method: 'PUT', path: '/api/workspaces/:workspaceId/retention', access: 'admin', body: { months: 24 } },
  { method: 'GET', path: '/api/workspaces/:workspaceId/programs', access: 'admin' },
  { method: 'POST', path: '/api/workspaces/:workspaceId/programs', access: 'admin', body: programInput },
  { method: 'GET', path: '/api/workspaces/:workspaceId/my-programs', access: 'member' },
  { method: 'GET', path: '/api/programs/:programId', access: 'admin' },
  { method: 'PUT', path: '/api/programs/:programId', access: 'admin', body: programInput },
  {
    method: 'POST',
    path: '/api/programs/:programId/enrollments',
    access: 'admin',
    body: { text: 'Nia, nia@example.com' },
  },
  // Another invitee's enrollment, so the member stays enrolled for the cycle row below.
  { method: 'DELETE', path: '/api/programs/:programId/enrollments/:enrollmentId', access: 'admin' },
  {
    method: 'POST',
    path: '/api/program-invitations/accept',
    access: 'signed-in',
    body: { token: 'x'.repeat(43) },
  },
  // The member is enrolled in the program; its admin holds no leader role.
  { method: 'POST', path: '/api/programs/:programId/cycles', access: 'leader', body: cycleInput },
  { method: 'GET', path: '/api/programs/:programId/insight', access: 'admin' },
  { method: 'GET', path: '/api/programs/:programId/insight.csv', access: 'admin' },
  { method: 'GET', path: '/api/cycles/:cycleId/progress', access: 'own-cycle' },
  { method: 'GET', path: '/api/cycles/:cycleId/progress.csv', access: 'own-cycle' },
  // Near the end: it closes the cycle that the rows above still need open.
  {
    method: 'POST',
    path: '/api/cycles/:cycleId/review',
    access: 'own-cycle',
    body: { reflection: 'Asking before advising changed how often people come to me.' },
  },
  // Near the end: the member leaves (the admin, the only one, is refused with 409).
  { method: 'POST', path: '/api/workspaces/:workspaceId/leave', access: 'member' },
  // Last, because it ends the sessions the rows above use.
  { method: 'POST', path: '/api/auth/sign-out', access: 'public' },
];

/**
 * read-token: a script with the member's personal API token, scoped read-only; revoked-token: a
 * script with a token the member revoked.
 */
type Role = 'anonymous' | 'outsider' | 'member' | 'admin' | 'read-token' | 'revoked-token' | CoachRole;
const roles: Role[] = ['anonymous', 'outsider', 'member', 'admin', 'read-token', 'revoked-token'];

/**
 * Coaches, run on the coaching routes only (everywhere else they are outsiders or members like any):
 * coach: the member's coach, consent active; coach-without-consent: a member of the workspace with the
 * coach role whom the member never asked; coach-after-revocation: a coach the member let go, asking about
 * their own, revoked, consent.
 */
type CoachRole = 'coach' | 'coach-without-consent' | 'coach-after-revocation';
const coachRoles: CoachRole[] = ['coach', 'coach-without-consent', 'coach-after-revocation'];
const isCoachingRoute = ({ path }: RouteRule) =>
  path.startsWith('/api/coaching') ||
  path.endsWith('/coaches') ||
  path.endsWith('/program-coaches') ||
  path.endsWith('/coach-access');

function coachOutcome(route: RouteRule, role: CoachRole): 'allowed' | 403 | 404 {
  const { access } = route;
  if (access === 'signed-in') return 'allowed';
  // Only the workspace's own coach is a member of it; a member without the leader role is refused.
  if (access === 'leader') return role === 'coach-without-consent' ? 403 : 404;
  if (role === 'coach' && (access === 'coach' || access === 'coaching-party')) return 'allowed';
  return 404;
}

/** The status class each role must get; "allowed" means access control let it through. */
function expectedOutcome(route: RouteRule, role: Role): 'allowed' | 401 | 403 | 404 {
  if (role === 'coach' || role === 'coach-without-consent' || role === 'coach-after-revocation') {
    return coachOutcome(route, role);
  }
  const { access, method, path } = route;
  const api = path.startsWith('/api/');
  // A bearer header is checked before anything else on the API, public routes included.
  if (role === 'revoked-token') return api ? 401 : expectedOutcome(route, 'anonymous');
  if (role === 'read-token' && api) {
    if (isSessionOnlyPath(method, path)) return 403;
    if (method !== 'GET') return 403;
    return expectedOutcome(route, 'member');
  }
  if (role === 'read-token') return expectedOutcome(route, 'anonymous');
  if (access === 'public') return 'allowed';
  if (role === 'anonymous') return 401;
  if (access === 'signed-in') return 'allowed';
  if (role === 'outsider') return 404;
  if (access === 'admin' && role === 'member') return 403;
  // The member is the workspace's leader; its admin holds no leader role and owns no stakeholders.
  if (access === 'leader' && role === 'admin') return 403;
  if ((access === 'own-stakeholder' || access === 'own-cycle') && role === 'admin') return 404;
  if ((access === 'own-token' || access === 'own-webhook' || access === 'own-device') && role === 'admin')
    return 404;
  if ((access === 'own-coaching' || access === 'coach' || access === 'coaching-party') && role === 'admin')
    return 404;
  if (access === 'coach' && role === 'member') return 404;
  return 'allowed';
}

describeEachEngine('access control', (engine) => {
  let testApp: TestApp;
  let workspaceId: string;
  let stakeholderId: string;
  let cycleId: string;
  let roundId: string;
  let commitmentId: string;
  let approvalId: string;
  let tokenId: string;
  let webhookId: string;
  let deviceId: string;
  let feedToken: string;
  let coachingId: string;
  let revokedCoachingId: string;
  let shareId: string;
  let spareUserId: string;
  let programId: string;
  let enrollmentId: string;
  const clients = {} as Record<Role, TestClient>;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const admin = await signedUpClient(testApp, 'Admin');
    workspaceId = (
      (await (await admin.client.post('/api/workspaces', { name: 'Org' })).json()) as { id: string }
    ).id;
    const member = await signedUpClient(testApp, 'Member');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, member.user.id, 'leader', new Date());
    const stakeholder = await member.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: 'Bob',
      relationshipGroup: 'peer',
    });
    stakeholderId = ((await stakeholder.json()) as { stakeholder: { id: string } }).stakeholder.id;
    const cycle = await member.client.post(`/api/workspaces/${workspaceId}/cycles`, cycleInput);
    cycleId = ((await cycle.json()) as { cycle: { id: string } }).cycle.id;
    const bulk = await member.client.post(`/api/workspaces/${workspaceId}/stakeholders/bulk`, {
      text: 'Ann, peer\nBen, peer\nCy, peer',
    });
    const asked = ((await bulk.json()) as { added: { id: string }[] }).added.map((added) => added.id);
    const round = await member.client.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro: 'I would value your ideas.',
      closesOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      stakeholderIds: asked,
    });
    roundId = ((await round.json()) as { roundId: string }).roundId;
    const commitment = await member.client.post(`/api/cycles/${cycleId}/commitments`, commitmentInput);
    commitmentId = ((await commitment.json()) as { commitment: { id: string } }).commitment.id;
    approvalId = await secondLeadersWaitingList(admin.client);
    const spare = await signedUpClient(testApp, 'Spare Coach');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, spare.user.id, 'coach', new Date());
    spareUserId = spare.user.id;
    ({ programId, enrollmentId } = await programWithMember(admin.client, member));
    const outsider = await signedUpClient(testApp, 'Outsider');
    await outsider.client.post('/api/workspaces', { name: 'Other org' });
    const readToken = await createToken(member.client);
    const revokedToken = await createToken(member.client);
    await member.client.delete(`/api/tokens/${revokedToken.id}`);
    tokenId = (await createToken(member.client)).id;
    const webhook = await member.client.post('/api/webhooks', {
      url: 'https://93.184.215.14/hook',
      events: ['round.closed', 'round.results_released'],
    });
    webhookId = ((await webhook.json()) as { webhook: { id: string } }).webhook.id;
    const feed = (await (await member.client.post('/api/calendar-feed')).json()) as { url: string };
    feedToken = new URL(feed.url).pathname.split('/')[2] as string;
    const coaching = await coachWithSharedNote(member.client);
    ({ coachingId, shareId } = coaching);
    const revoked = await revokedCoach(member.client);
    revokedCoachingId = revoked.coachingId;
    const workspaceCoach = await signedUpClient(testApp, 'Workspace Coach');
    await testApp.deps.repos.workspaces.addMembership(
      workspaceId,
      workspaceCoach.user.id,
      'coach',
      new Date(),
    );
    const device = (endpoint: string, userId: string) =>
      testApp.deps.repos.push.saveSubscription({
        id: `device-${endpoint}`,
        user_id: userId,
        endpoint: `https://push.example.com/${endpoint}`,
        p256dh: 'B'.repeat(87),
        auth: 'A'.repeat(22),
        created_at: new Date().toISOString(),
      });
    deviceId = (await device('member-removable', member.user.id)).id;
    for (const person of [member, admin, outsider]) {
      await device(`kept-${person.user.id}`, person.user.id);
      await testApp.deps.repos.chat.saveChatWebhook({
        user_id: person.user.id,
        service: 'slack',
        url: 'https://hooks.slack.com/services/T0/B0/matrix',
        created_at: new Date().toISOString(),
      });
    }
    Object.assign(clients, {
      anonymous: testApp.client(),
      outsider: outsider.client,
      member: member.client,
      admin: admin.client,
      'read-token': scriptClient(readToken.token),
      'revoked-token': scriptClient(revokedToken.token),
      coach: coaching.coach,
      'coach-without-consent': workspaceCoach.client,
      'coach-after-revocation': revoked.coach,
    });
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  async function createToken(client: TestClient) {
    const response = await client.post('/api/tokens', { name: 'Script', scopes: ['read'], expiresInDays: 7 });
    const { token, apiToken } = (await response.json()) as { token: string; apiToken: { id: string } };
    return { token, id: apiToken.id };
  }

  /** A script: its token in the Authorization header, no cookie and no Origin. */
  function scriptClient(token: string) {
    return createClient({
      request: (path, init) => {
        const headers = new Headers(init?.headers);
        headers.delete('origin');
        headers.set('authorization', `Bearer ${token}`);
        return testApp.app.request(path, { ...init, headers });
      },
    });
  }

  /** The member's coach accepts, and the member shares one note with them. */
  async function coachWithSharedNote(member: TestClient) {
    const invited = await member.post(`/api/workspaces/${workspaceId}/coaches`, {
      email: 'coach@example.com',
    });
    const { link, coaching } = (await invited.json()) as { link: string; coaching: { id: string } };
    const coach = testApp.client();
    await coach.post('/api/auth/sign-up', {
      name: 'Coach',
      email: 'coach@example.com',
      password: 'correct horse battery',
    });
    await coach.post('/api/coaching/accept', { token: new URL(link).hash.slice('#token='.length) });
    await member.put(`/api/stakeholders/${stakeholderId}/note`, { note: 'I interrupt Bob.' });
    const shared = await member.post(`/api/coaching/${coaching.id}/shares`, {
      kind: 'relationship_note',
      ref: stakeholderId,
    });
    return {
      coach,
      coachingId: coaching.id,
      shareId: ((await shared.json()) as { shareId: string }).shareId,
    };
  }

  /** A coach who accepted and whose access the member then ended. */
  async function revokedCoach(member: TestClient) {
    const invited = await member.post(`/api/workspaces/${workspaceId}/coaches`, {
      email: 'former-coach@example.com',
    });
    const { link, coaching } = (await invited.json()) as { link: string; coaching: { id: string } };
    const coach = testApp.client();
    await coach.post('/api/auth/sign-up', {
      name: 'Former Coach',
      email: 'former-coach@example.com',
      password: 'correct horse battery',
    });
    await coach.post('/api/coaching/accept', { token: new URL(link).hash.slice('#token='.length) });
    const ended = await member.delete(`/api/coaching/${coaching.id}`);
    if (ended.status !== 204) throw new Error(`revoke: ${ended.status}`);
    return { coach, coachingId: coaching.id };
  }

  /** A program the member joined through their link, and another invitee's enrollment to remove. */
  async function programWithMember(admin: TestClient, member: { client: TestClient; email: string }) {
    const created = await admin.post(`/api/workspaces/${workspaceId}/programs`, programInput);
    const id = ((await created.json()) as { id: string }).id;
    const enrolled = await admin.post(`/api/programs/${id}/enrollments`, {
      text: `Member, ${member.email}\nRay, ray@example.com`,
    });
    const { links } = (await enrolled.json()) as LeadersEnrolled;
    const link = links.find((entry) => entry.email === member.email)?.link ?? '';
    await member.client.post('/api/program-invitations/accept', { token: tokenOf(link) });
    const detail = (await (await admin.get(`/api/programs/${id}`)).json()) as ProgramDetail;
    const ray = detail.enrollments.find((entry) => entry.email === 'ray@example.com');
    return { programId: id, enrollmentId: ray?.id ?? '' };
  }

  /** Another leader asks while approval is on, which the admin then turns off for the rows above. */
  async function secondLeadersWaitingList(admin: TestClient) {
    const policy = `/api/workspaces/${workspaceId}/stakeholder-policy`;
    await admin.put(policy, { emailDomains: [], approvalRequired: true });
    const second = await signedUpClient(testApp, 'Second Leader');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, second.user.id, 'leader', new Date());
    const cycle = await second.client.post(`/api/workspaces/${workspaceId}/cycles`, cycleInput);
    const secondCycleId = ((await cycle.json()) as { cycle: { id: string } }).cycle.id;
    const bulk = await second.client.post(`/api/workspaces/${workspaceId}/stakeholders/bulk`, {
      text: 'Dan, peer\nEve, peer\nFay, peer',
    });
    const asked = ((await bulk.json()) as { added: { id: string }[] }).added.map((added) => added.id);
    await second.client.post(`/api/cycles/${secondCycleId}/rounds`, {
      kind: 'listening',
      intro: 'I would value your ideas.',
      closesOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      stakeholderIds: asked,
    });
    const waiting = await second.client.get(`/api/cycles/${secondCycleId}/round-approval`);
    await admin.put(policy, { emailDomains: [], approvalRequired: false });
    return ((await waiting.json()) as { approval: { id: string } }).approval.id;
  }

  test('every registered route is listed in the access-control table', () => {
    const registered = testApp.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`);
    const listed = routes.map((route) => `${route.method} ${route.path}`);
    expect([...new Set(registered)].sort()).toEqual([...new Set(listed)].sort());
  });

  for (const route of routes) {
    for (const role of isCoachingRoute(route) ? [...roles, ...coachRoles] : roles) {
      const expected = expectedOutcome(route, role);
      test(`${route.method} ${route.path} as ${role} is ${expected}`, async () => {
        const path = route.path
          .replace(':workspaceId', workspaceId)
          .replace(':stakeholderId', stakeholderId)
          .replace(':cycleId', cycleId)
          .replace(':roundId', roundId)
          .replace(':commitmentId', commitmentId)
          .replace(':approvalId', approvalId)
          .replace(':tokenId', tokenId)
          .replace(':webhookId', webhookId)
          .replace(':deviceId', deviceId)
          .replace(':feedToken', feedToken)
          .replace(':kind', 'round-closing')
          .replace(':coachingId', role === 'coach-after-revocation' ? revokedCoachingId : coachingId)
          .replace(':shareId', shareId)
          .replace(':userId', spareUserId)
          .replace(':programId', programId)
          .replace(':enrollmentId', enrollmentId)
          .replace(':day', new Date().toISOString().slice(0, 10))
          .replace(':token', 'x'.repeat(43));
        const client = clients[role];
        const body =
          route.body === undefined
            ? route.method === 'GET'
              ? undefined
              : {}
            : JSON.parse(JSON.stringify(route.body).replace(':stakeholderId', stakeholderId));
        const response =
          route.method === 'GET'
            ? await client.get(path)
            : route.method === 'PUT'
              ? await client.put(path, body)
              : route.method === 'DELETE'
                ? await client.delete(path)
                : await client.post(path, body);
        if (expected === 'allowed') expect([401, 403, 404]).not.toContain(response.status);
        else expect(response.status).toBe(expected);
        expect(response.status).toBeLessThan(500);
      });
    }
  }
});

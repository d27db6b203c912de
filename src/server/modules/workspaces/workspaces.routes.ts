import type { Hono } from 'hono';
import type { MemberInvited } from '../../../shared/mail';
import {
  acceptInvitationSchema,
  anonymityThresholdSchema,
  createWorkspaceSchema,
  inviteMemberSchema,
  workspaceLanguageSchema,
  workspaceTimeZoneSchema,
} from '../../../shared/workspaces';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { setWorkspaceLanguage } from './language.usecases';
import { setWorkspaceTimeZone } from './time-zone.usecases';
import {
  acceptInvitation,
  createOrganization,
  getWorkspace,
  inviteMember,
  listMembers,
  listMyWorkspaces,
  listOutbox,
  listPendingInvitations,
  setAnonymityThreshold,
} from './workspaces.usecases';

export function registerWorkspacesRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces', async (c) => {
    return c.json({ workspaces: await listMyWorkspaces(deps, await deps.currentUser(c)) });
  });

  app.post('/api/workspaces', async (c) => {
    const user = await deps.currentUser(c);
    const { name } = await readJson(c, createWorkspaceSchema);
    return c.json({ id: await createOrganization(deps, user, name) }, 201);
  });

  app.get('/api/workspaces/:workspaceId', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ workspace: await getWorkspace(deps, user, c.req.param('workspaceId')) });
  });

  app.get('/api/workspaces/:workspaceId/members', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ members: await listMembers(deps, user, c.req.param('workspaceId')) });
  });

  app.get('/api/workspaces/:workspaceId/invitations', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ invitations: await listPendingInvitations(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/workspaces/:workspaceId/invitations', async (c) => {
    const user = await deps.currentUser(c);
    await inviteMember(deps, user, c.req.param('workspaceId'), await readJson(c, inviteMemberSchema));
    // Without SMTP the invitation waits in the workspace's outbox, for an admin to send themselves.
    return c.json({ delivery: deps.config.SMTP_URL ? 'email' : 'held' } satisfies MemberInvited);
  });

  app.put('/api/workspaces/:workspaceId/anonymity', async (c) => {
    const user = await deps.currentUser(c);
    const { anonymityK } = await readJson(c, anonymityThresholdSchema);
    await setAnonymityThreshold(deps, user, c.req.param('workspaceId'), anonymityK);
    return c.body(null, 204);
  });

  app.put('/api/workspaces/:workspaceId/time-zone', async (c) => {
    const user = await deps.currentUser(c);
    const { timeZone } = await readJson(c, workspaceTimeZoneSchema);
    await setWorkspaceTimeZone(deps, user, c.req.param('workspaceId'), timeZone);
    return c.body(null, 204);
  });

  app.put('/api/workspaces/:workspaceId/language', async (c) => {
    const user = await deps.currentUser(c);
    const { language } = await readJson(c, workspaceLanguageSchema);
    await setWorkspaceLanguage(deps, user, c.req.param('workspaceId'), language);
    return c.body(null, 204);
  });

  app.get('/api/workspaces/:workspaceId/outbox', async (c) => {
    const user = await deps.currentUser(c);
    return c.json({ messages: await listOutbox(deps, user, c.req.param('workspaceId')) });
  });

  app.post('/api/invitations/accept', async (c) => {
    const user = await deps.currentUser(c);
    const { token } = await readJson(c, acceptInvitationSchema);
    return c.json(await acceptInvitation(deps, user, token));
  });
}

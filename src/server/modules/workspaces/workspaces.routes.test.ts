import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

type Json = Record<string, unknown>;

describeEachEngine('workspaces', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function organizationWithAdmin() {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const created = await admin.client.post('/api/workspaces', { name: 'Acme Engineering' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    return { admin, workspaceId: id };
  }

  async function invitationToken(workspaceId: string, email: string) {
    const messages = await testApp.deps.repos.mail.listForWorkspace(workspaceId, 10);
    const message = messages.find((candidate) => candidate.to_address === email);
    const token = message?.text_body.match(/#token=([\w-]+)/)?.[1];
    if (!token) throw new Error('no invitation link');
    return token;
  }

  test('an admin invites a member by email, and the member joins with the link', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    const member = await signedUpClient(testApp, 'Linus Leader');
    const invite = await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: member.email,
      role: 'leader',
    });
    expect(invite.status).toBe(200);
    const pending = (await (
      await admin.client.get(`/api/workspaces/${workspaceId}/invitations`)
    ).json()) as Json;
    expect(pending.invitations).toEqual([expect.objectContaining({ email: member.email, role: 'leader' })]);

    const token = await invitationToken(workspaceId, member.email);
    const accepted = await member.client.post('/api/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    const members = (await (await admin.client.get(`/api/workspaces/${workspaceId}/members`)).json()) as Json;
    expect(members.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: member.email, roles: ['leader'] })]),
    );
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(410);
  });

  test('an invitation cannot be accepted by an account with another email', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: 'someone@example.com',
      role: 'coach',
    });
    const token = await invitationToken(workspaceId, 'someone@example.com');
    const stranger = await signedUpClient(testApp);
    const response = await stranger.client.post('/api/invitations/accept', { token });
    expect(response.status).toBe(403);
    expect((await stranger.client.get(`/api/workspaces/${workspaceId}`)).status).toBe(404);
  });

  test('without SMTP, invitations are held in the outbox that admins can read', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: 'x@example.com',
      role: 'leader',
    });
    const outbox = (await (await admin.client.get(`/api/workspaces/${workspaceId}/outbox`)).json()) as Json;
    expect(outbox.messages).toEqual([
      expect.objectContaining({
        to: 'x@example.com',
        status: 'held',
        body: expect.stringContaining('#token='),
      }),
    ]);
  });

  test('a member who is not an admin cannot invite, read the outbox or change the threshold', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    const member = await signedUpClient(testApp);
    await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: member.email,
      role: 'leader',
    });
    await member.client.post('/api/invitations/accept', {
      token: await invitationToken(workspaceId, member.email),
    });
    const base = `/api/workspaces/${workspaceId}`;
    expect(
      (await member.client.post(`${base}/invitations`, { email: 'y@example.com', role: 'admin' })).status,
    ).toBe(403);
    expect((await member.client.get(`${base}/outbox`)).status).toBe(403);
    expect((await member.client.put(`${base}/anonymity`, { anonymityK: 5 })).status).toBe(403);
  });

  test('an admin sets the workspace time zone; others cannot, and an unknown zone is refused by name', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    const base = `/api/workspaces/${workspaceId}`;
    const readZone = async () =>
      ((await (await admin.client.get(base)).json()) as { workspace: { timeZone: string } }).workspace
        .timeZone;
    expect(await readZone()).toBe('UTC');

    const member = await signedUpClient(testApp, 'Linus Leader');
    await admin.client.post(`${base}/invitations`, { email: member.email, role: 'leader' });
    const token = await invitationToken(workspaceId, member.email);
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(200);
    expect((await member.client.put(`${base}/time-zone`, { timeZone: 'Europe/Berlin' })).status).toBe(403);

    const unknown = await admin.client.put(`${base}/time-zone`, { timeZone: 'Mars/Olympus_Mons' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { field: string } }).error.field).toBe('timeZone');
    expect(await readZone()).toBe('UTC');

    expect((await admin.client.put(`${base}/time-zone`, { timeZone: 'Europe/Berlin' })).status).toBe(204);
    expect(await readZone()).toBe('Europe/Berlin');
  });

  test('the anonymity threshold can be set from 3 to 10 and never below 3', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    const base = `/api/workspaces/${workspaceId}`;
    const tooLow = await admin.client.put(`${base}/anonymity`, { anonymityK: 2 });
    expect(tooLow.status).toBe(400);
    expect(await tooLow.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'Anonymity threshold must be at least 3',
        field: 'anonymityK',
      },
    });
    expect((await admin.client.put(`${base}/anonymity`, { anonymityK: 5 })).status).toBe(204);
    const workspace = (await (await admin.client.get(base)).json()) as { workspace: { anonymityK: number } };
    expect(workspace.workspace.anonymityK).toBe(5);
  });

  test('admin actions are written to the audit log', async () => {
    const { admin, workspaceId } = await organizationWithAdmin();
    await admin.client.put(`/api/workspaces/${workspaceId}/anonymity`, { anonymityK: 4 });
    const entries = await testApp.deps.repos.audit.listForWorkspace(workspaceId, 10);
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['workspace.created', 'workspace.anonymity_k']),
    );
  });

  test('a personal workspace cannot invite members', async () => {
    const { client } = await signedUpClient(testApp);
    const workspaces = (await (await client.get('/api/workspaces')).json()) as {
      workspaces: { id: string }[];
    };
    const personal = workspaces.workspaces[0]?.id;
    const response = await client.post(`/api/workspaces/${personal}/invitations`, {
      email: 'z@example.com',
      role: 'leader',
    });
    expect(response.status).toBe(400);
  });
});

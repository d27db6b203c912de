import { afterEach, beforeEach, expect, test } from 'vitest';
import { outcomesTogether, raceTimeout, tally } from '../../../../tests/adversarial/race-kit';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

type Json = Record<string, unknown>;
type Member = { userId: string; email: string; roles: string[] };

const cycleInput = {
  problem: 'My team never tells me about problems early.',
  goal: 'I want to get better at listening so that problems surface early.',
  competencyKey: 'listening-with-empathy',
  baseline: {},
};

describeEachEngine('members', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** An organization with its admin, and a leader who has a growth cycle and a stakeholder there. */
  async function organization() {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const { id: workspaceId } = (await (
      await admin.client.post('/api/workspaces', { name: 'Acme' })
    ).json()) as { id: string };
    const leader = await signedUpClient(testApp, 'Linus Leader');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, leader.user.id, 'leader', new Date());
    const cycle = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, cycleInput);
    const cycleId = ((await cycle.json()) as { cycle: { id: string } }).cycle.id;
    await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: 'Ada',
      relationshipGroup: 'peer',
    });
    const base = `/api/workspaces/${workspaceId}`;
    return { admin, leader, workspaceId, cycleId, base };
  }

  async function members(client: TestApp['client'] extends () => infer C ? C : never, base: string) {
    return ((await (await client.get(`${base}/members`)).json()) as { members: Member[] }).members;
  }

  async function auditActions(workspaceId: string) {
    const rows = await testApp.database.db
      .selectFrom('audit_log')
      .select(['action', 'target', 'detail'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    return rows;
  }

  test("an admin changes a member's roles, and the change is in the audit log", async () => {
    const { admin, leader, workspaceId, base } = await organization();
    const changed = await admin.client.put(`${base}/members/${leader.user.id}/roles`, {
      roles: ['coach', 'leader'],
    });
    expect(changed.status).toBe(204);
    const after = await members(admin.client, base);
    expect(after.find((m) => m.userId === leader.user.id)?.roles.sort()).toEqual(['coach', 'leader']);
    expect(await auditActions(workspaceId)).toContainEqual({
      action: 'member.roles_changed',
      target: leader.email,
      detail: 'leader, coach',
    });
  });

  test('roles must be a non-empty list of known roles, and a refused change changes nothing', async () => {
    const { admin, leader, base } = await organization();
    const empty = await admin.client.put(`${base}/members/${leader.user.id}/roles`, { roles: [] });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: Json }).error.field).toBe('roles');
    const unknown = await admin.client.put(`${base}/members/${leader.user.id}/roles`, { roles: ['owner'] });
    expect(unknown.status).toBe(400);
    const after = await members(admin.client, base);
    expect(after.find((m) => m.userId === leader.user.id)?.roles).toEqual(['leader']);
  });

  test('the last admin cannot give up the admin role, leave, or be left with none', async () => {
    const { admin, base, workspaceId } = await organization();
    const demote = await admin.client.put(`${base}/members/${admin.user.id}/roles`, { roles: ['leader'] });
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as { error: Json }).error.code).toBe('last_admin');
    const leave = await admin.client.post(`${base}/leave`);
    expect(leave.status).toBe(409);
    expect(await testApp.deps.repos.workspaces.rolesOf(workspaceId, admin.user.id)).toEqual(['admin']);
  });

  test('an admin hands over the admin role in one step', async () => {
    const { admin, leader, workspaceId, base } = await organization();
    const transfer = await admin.client.post(`${base}/admin-transfer`, { toUserId: leader.user.id });
    expect(transfer.status).toBe(204);
    expect((await testApp.deps.repos.workspaces.rolesOf(workspaceId, leader.user.id)).sort()).toEqual([
      'admin',
      'leader',
    ]);
    // The former admin held no other role, so stays on as a leader rather than vanishing.
    expect(await testApp.deps.repos.workspaces.rolesOf(workspaceId, admin.user.id)).toEqual(['leader']);
    expect((await admin.client.get(`${base}/invitations`)).status).toBe(403);
  });

  test(
    'two admins demoting each other at the same moment never leave the organization without one',
    raceTimeout,
    async () => {
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 8; attempt++) {
        const { admin, leader, workspaceId, base } = await organization();
        await admin.client.put(`${base}/members/${leader.user.id}/roles`, { roles: ['admin', 'leader'] });
        outcomes.push(
          await outcomesTogether(
            await Promise.all([
              admin.client.put(`${base}/members/${leader.user.id}/roles`, { roles: ['leader'] }),
              leader.client.put(`${base}/members/${admin.user.id}/roles`, { roles: ['leader'] }),
            ]),
          ),
        );
        expect(await testApp.deps.repos.workspaces.countAdmins(workspaceId)).toBe(1);
      }
      // One demotion wins; the other sees it and is refused, or finds it is no longer an admin.
      for (const each of Object.keys(tally(outcomes))) {
        expect(['204 + 409 last_admin', '204 + 403 admin_only']).toContain(each);
      }
    },
  );

  test('an admin removes a leader, whose cycles and stakeholders stay theirs in their personal workspace', async () => {
    const { admin, leader, workspaceId, cycleId, base } = await organization();
    expect((await admin.client.delete(`${base}/members/${admin.user.id}`)).status).toBe(400);
    const removed = await admin.client.delete(`${base}/members/${leader.user.id}`);
    expect(removed.status).toBe(204);
    expect((await members(admin.client, base)).map((m) => m.userId)).toEqual([admin.user.id]);
    expect((await leader.client.get(base)).status).toBe(404);
    const cycle = (await (await leader.client.get(`/api/cycles/${cycleId}`)).json()) as { cycle: Json };
    const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as {
      workspaces: { id: string; kind: string }[];
    };
    const personal = workspaces.find((w) => w.kind === 'personal')?.id;
    expect(cycle.cycle.workspaceId).toBe(personal);
    const stakeholders = await leader.client.get(`/api/workspaces/${personal}/stakeholders`);
    expect(JSON.stringify(await stakeholders.json())).toContain('Ada');
    expect(await auditActions(workspaceId)).toContainEqual({
      action: 'member.removed',
      target: leader.email,
      detail: 'leader',
    });
    expect((await admin.client.delete(`${base}/members/${leader.user.id}`)).status).toBe(404);
  });

  test('a leader leaves and keeps their growth cycle, which their data export still holds', async () => {
    const { admin, leader, cycleId, base } = await organization();
    expect((await leader.client.post(`${base}/leave`)).status).toBe(204);
    expect((await members(admin.client, base)).map((m) => m.userId)).toEqual([admin.user.id]);
    expect((await leader.client.get(`/api/cycles/${cycleId}`)).status).toBe(200);
    expect((await leader.client.get('/api/account/export')).status).toBe(200);
  });

  test('only an admin of this organization changes or removes members', async () => {
    const { leader, admin, base } = await organization();
    const outsider = await signedUpClient(testApp, 'Other Admin');
    await outsider.client.post('/api/workspaces', { name: 'Other org' });
    const path = `${base}/members/${admin.user.id}`;
    expect((await leader.client.put(`${path}/roles`, { roles: ['leader'] })).status).toBe(403);
    expect((await leader.client.delete(path)).status).toBe(403);
    expect((await outsider.client.delete(path)).status).toBe(404);
    expect((await outsider.client.post(`${base}/leave`)).status).toBe(404);
  });
});

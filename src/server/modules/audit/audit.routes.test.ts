import { afterEach, beforeEach, expect, test } from 'vitest';
import { csvRecords, liveFormulasIn } from '../../../../tests/adversarial/export-kit';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in tests.
type Json = Record<string, any>;

describeEachEngine('the audit log', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function organizationWithChanges() {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const { id: workspaceId } = (await (
      await admin.client.post('/api/workspaces', { name: 'Acme' })
    ).json()) as {
      id: string;
    };
    const base = `/api/workspaces/${workspaceId}`;
    // A name a spreadsheet would run as a formula, and one that does so after a semicolon.
    const member = await signedUpClient(testApp, '=HYPERLINK("http://evil.example","x")');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, member.user.id, 'leader', new Date());
    await admin.client.put(`${base}/members/${member.user.id}/roles`, { roles: ['leader', 'coach'] });
    await admin.client.put(`${base}/anonymity`, { anonymityK: 4 });
    await admin.client.post(`${base}/invitations`, { email: 'new@example.com', role: 'coach' });
    return { admin, member, workspaceId, base };
  }

  const read = async (client: Json, path: string) => (await (await client.get(path)).json()) as Json;

  test('an admin reads who did what and when, newest first, with every action and actor to filter by', async () => {
    const { admin, member, base } = await organizationWithChanges();
    const log = await read(admin.client, `${base}/audit`);
    expect(log.entries.map((entry: Json) => entry.action)).toEqual([
      'member.invited',
      'workspace.anonymity_k',
      'member.roles_changed',
      'workspace.created',
    ]);
    expect(log.entries[2]).toMatchObject({
      actor: { userId: admin.user.id, name: 'Grace Admin', email: admin.email },
      target: member.email,
      detail: 'leader, coach',
    });
    expect(log.entries[0]).toMatchObject({ target: 'new@example.com', detail: 'coach' });
    expect(log.entries[3]).toMatchObject({ target: 'Acme' });
    expect(log.actions).toEqual([
      'member.invited',
      'member.roles_changed',
      'workspace.anonymity_k',
      'workspace.created',
    ]);
    expect(log.actors).toEqual([{ userId: admin.user.id, name: 'Grace Admin' }]);
    expect(log.truncated).toBe(false);
  });

  test('filters by action, actor and date range, and names the field of a bad filter', async () => {
    const { admin, member, base } = await organizationWithChanges();
    const byAction = await read(admin.client, `${base}/audit?action=member.roles_changed`);
    expect(byAction.entries.map((entry: Json) => entry.action)).toEqual(['member.roles_changed']);
    const byOther = await read(admin.client, `${base}/audit?actor=${member.user.id}`);
    expect(byOther.entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await read(admin.client, `${base}/audit?from=${today}&to=${today}`)).entries).toHaveLength(4);
    expect((await read(admin.client, `${base}/audit?to=2000-01-01`)).entries).toEqual([]);
    expect((await read(admin.client, `${base}/audit?from=${today}&action=`)).entries).toHaveLength(4);
    const bad = await admin.client.get(`${base}/audit?from=2026-13-45`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.field).toBe('from');
    const reversed = await admin.client.get(`${base}/audit?from=2026-12-02&to=2026-12-01`);
    expect(((await reversed.json()) as Json).error.field).toBe('to');
  });

  test('exports the filtered log as CSV with no live formula, and the export is itself logged', async () => {
    const { admin, member, base } = await organizationWithChanges();
    const response = await admin.client.get(`${base}/audit.csv?action=member.roles_changed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const csv = await response.text();
    const rows = csvRecords(csv);
    expect(rows).toEqual([
      expect.objectContaining({
        who: 'Grace Admin',
        action: 'member.roles_changed',
        what: "Changed a member's roles",
        target: member.email,
        detail: 'leader, coach',
      }),
    ]);
    const all = await (await admin.client.get(`${base}/audit.csv`)).text();
    expect(liveFormulasIn({ 'audit.csv': all })).toEqual([]);
    const log = await read(admin.client, `${base}/audit?action=audit.exported`);
    expect(log.entries.map((entry: Json) => entry.detail)).toEqual([
      'everything',
      'action: member.roles_changed',
    ]);
  });

  test('a formula in a name is defused, at the start of a cell and after a semicolon', async () => {
    const { admin, base, workspaceId } = await organizationWithChanges();
    await testApp.deps.repos.audit.record(
      {
        workspaceId,
        actorUserId: admin.user.id,
        action: 'framework.imported',
        target: 'Ours;=cmd|x',
        detail: '@SUM(1)',
      },
      new Date(),
    );
    const csv = await (await admin.client.get(`${base}/audit.csv?action=framework.imported`)).text();
    expect(liveFormulasIn({ 'audit.csv': csv })).toEqual([]);
    expect(csvRecords(csv)[0]).toMatchObject({ target: "Ours;'=cmd|x", detail: "'@SUM(1)" });
  });
});

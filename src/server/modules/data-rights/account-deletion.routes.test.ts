import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../../../../tests/support/leader-fixture';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { DatabaseEngine } from '../../db/database';
import { fullLeader, personalWorkspaceOf, tokenAndWebhook } from './data-rights.fixtures';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

/** Every table the database has, from its own catalog, so a table added later is scanned too. */
async function everyRowByTable(testApp: TestApp, engine: DatabaseEngine) {
  const db = testApp.database.db;
  const { rows: tables } =
    engine === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const { name } of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    byTable.set(
      name,
      rows.map((row) => JSON.stringify(row)),
    );
  }
  return byTable;
}

function leftovers(byTable: Map<string, string[]>, needles: readonly string[]) {
  const found: string[] = [];
  for (const [table, rows] of byTable) {
    for (const row of rows) {
      const lowered = row.toLowerCase();
      const hits = needles.filter((needle) => lowered.includes(needle.toLowerCase()));
      if (hits.length > 0) found.push(`${table}: ${hits.join(', ')} in ${row.slice(0, 200)}`);
    }
  }
  return found;
}

const otherStakeholders = [
  { name: 'Quinn Colleague', email: 'quinn@example.org', relationshipGroup: 'peer' },
  { name: 'Rosa Colleague', email: 'rosa@example.org', relationshipGroup: 'peer' },
  { name: 'Sam Colleague', email: 'sam@example.org', relationshipGroup: 'direct_report' },
];

describeEachEngine('account deletion', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** Another leader with an organization (which the first joins) and a round of their own. */
  async function otherLeaderWithOrganization() {
    const other = await signedUpClient(testApp, 'Olga Other');
    const created = await other.client.post('/api/workspaces', { name: 'Shared Org' });
    const orgId = ((await created.json()) as Json).id as string;
    await testApp.deps.repos.workspaces.addMembership(orgId, other.user.id, 'leader', now);
    const personal = await personalWorkspaceOf(other.client);
    const ids: string[] = [];
    for (const stakeholder of otherStakeholders) {
      const response = await other.client.post(`/api/workspaces/${personal}/stakeholders`, stakeholder);
      ids.push(((await response.json()) as Json).stakeholder.id);
    }
    const cycle = await other.client.post(`/api/workspaces/${personal}/cycles`, {
      problem: 'My team rarely speaks up in meetings.',
      goal: 'I want to get better at inviting quiet voices so that everyone is heard.',
      competencyKey: 'listening-with-empathy',
      baseline: {},
    });
    const cycleId = ((await cycle.json()) as Json).cycle.id as string;
    const round = await other.client.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro: 'I would value your ideas.',
      closesOn: '2026-12-10',
      stakeholderIds: ids,
    });
    expect(round.status).toBe(201);
    return { other, orgId, personal, cycleId };
  }

  async function joinOrganization(orgId: string, admin: Json, member: Json) {
    await admin.client.post(`/api/workspaces/${orgId}/invitations`, { email: member.email, role: 'leader' });
    const mail = await testApp.database.db
      .selectFrom('outbox')
      .select('text_body')
      .where('to_address', '=', member.email)
      .where('workspace_id', '=', orgId)
      .executeTakeFirstOrThrow();
    const token = mail.text_body.match(/#token=([\w-]+)/)?.[1];
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(200);
  }

  test('deleting an account leaves nothing of it in any table, and nothing of anyone else is touched', async () => {
    const { other, orgId } = await otherLeaderWithOrganization();
    const first = await fullLeader(testApp, '2026-12-10', '2026-12-01');
    await joinOrganization(orgId, other, first.leader);
    // Their own stakeholder in the shared organization, and an organization of their own alone.
    await first.leader.client.post(`/api/workspaces/${orgId}/stakeholders`, {
      name: 'Tess Orgmate',
      email: 'tess@example.com',
      relationshipGroup: 'peer',
    });
    await first.leader.client.post('/api/workspaces', { name: 'Solo Venture' });
    await first.leader.client.post('/api/auth/password-reset/request', { email: first.leader.email });
    await testApp.jobRunner.tick();
    const integrations = await tokenAndWebhook(testApp, first.leader.client);
    await integrations.receiver.stop();
    const tokenHash = await testApp.database.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('user_id', '=', first.leader.user.id)
      .executeTakeFirstOrThrow();

    const rounds = await testApp.database.db.selectFrom('rounds').select(['id', 'cycle_id']).execute();
    const needles = [
      first.leader.user.id,
      first.leader.email,
      first.leader.user.name,
      first.workspaceId,
      first.cycle.id,
      first.roundId,
      'Tess Orgmate',
      'tess@example.com',
      'Solo Venture',
      // Its API token, its webhook's secret, and the webhook's id on each logged delivery.
      tokenHash.token_hash,
      integrations.secret,
      integrations.webhookId,
      ...fiveStakeholders.flatMap((s) => [s.name, s.email]),
    ];
    expect(rounds.map((r) => r.cycle_id)).toContain(first.cycle.id);
    const before = await everyRowByTable(testApp, engine);
    expect(leftovers(before, needles).length).toBeGreaterThan(20);
    for (const table of ['api_tokens', 'webhooks', 'webhook_deliveries']) {
      expect({ table, rows: before.get(table)?.length }).toEqual({ table, rows: 1 });
    }

    const deleted = await first.leader.client.post('/api/account/delete', {
      password: first.leader.password,
      confirm: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.getSetCookie().join(';')).toMatch(/ff_session=;|max-age=0/i);

    const after = await everyRowByTable(testApp, engine);
    expect(leftovers(after, needles)).toEqual([]);
    for (const table of ['api_tokens', 'webhooks', 'webhook_deliveries']) {
      expect({ table, rows: after.get(table) }).toEqual({ table, rows: [] });
    }

    // Every row that was not the deleted account's is still there, unchanged. Rows that name
    // only one of its mails or invitations (delivery jobs, link hashes) were its too.
    const named = (row: string) => needles.some((needle) => row.toLowerCase().includes(needle.toLowerCase()));
    const derivedIds = ['outbox', 'round_invitations'].flatMap((table) =>
      (before.get(table) ?? []).filter(named).map((row) => JSON.parse(row).id as string),
    );
    const mine = (row: string) => named(row) || derivedIds.some((id) => row.includes(id));
    for (const [table, rows] of before) {
      // Hashed keys of the account's own sign-in attempts go too; others' are not told apart here.
      if (table === 'rate_limits') continue;
      const remaining = new Set(after.get(table));
      const missing = rows.filter((row) => !mine(row) && !remaining.has(row));
      expect({ table, missing }).toEqual({ table, missing: [] });
    }
    expect((await other.client.get('/api/auth/me')).status).toBe(200);
    expect((await other.client.get(`/api/workspaces/${orgId}`)).status).toBe(200);
  });

  test('the deletion is recorded in the audit log without anything that names the account', async () => {
    const { other, orgId } = await otherLeaderWithOrganization();
    const leader = await signedUpClient(testApp, 'Una Leaving');
    await joinOrganization(orgId, other, leader);
    await leader.client.post('/api/account/delete', { password: leader.password, confirm: 'DELETE' });
    const entries = await testApp.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account.deleted')
      .execute();
    expect(entries.map((e) => e.workspace_id).sort()).toEqual([null, orgId].sort());
    expect(entries.every((e) => e.actor_user_id === null && e.target === null)).toBe(true);
  });

  test('a signed-out browser and the old session can do nothing afterwards', async () => {
    const leader = await signedUpClient(testApp, 'Vic Gone');
    const cookie = [...leader.client.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    await leader.client.post('/api/account/delete', { password: leader.password, confirm: 'DELETE' });
    expect((await leader.client.get('/api/auth/me')).status).toBe(401);
    const replay = await testApp.app.request('/api/auth/me', { headers: { cookie } });
    expect(replay.status).toBe(401);
    const signIn = await testApp.client().post('/api/auth/sign-in', {
      email: leader.email,
      password: leader.password,
    });
    expect(signIn.status).toBe(400);
  });

  test('a wrong password deletes nothing', async () => {
    const leader = await signedUpClient(testApp, 'Wes Stays');
    const response = await leader.client.post('/api/account/delete', {
      password: 'wrong one',
      confirm: 'DELETE',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({
      code: 'wrong_password',
      field: 'password',
    });
    expect((await leader.client.get('/api/auth/me')).status).toBe(200);
  });

  test('without typing DELETE nothing is deleted', async () => {
    const leader = await signedUpClient(testApp, 'Xia Stays');
    const response = await leader.client.post('/api/account/delete', {
      password: leader.password,
      confirm: 'delete',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({
      message: 'Type DELETE in capital letters to confirm',
      field: 'confirm',
    });
    expect((await leader.client.get('/api/auth/me')).status).toBe(200);
  });

  test('the only admin of an organization with other members must hand admin over first', async () => {
    const admin = await signedUpClient(testApp, 'Yan Admin');
    const orgId = ((await (await admin.client.post('/api/workspaces', { name: 'Busy Org' })).json()) as Json)
      .id as string;
    const member = await signedUpClient(testApp, 'Zoe Member');
    await joinOrganization(orgId, admin, member);

    const refused = await admin.client.post('/api/account/delete', {
      password: admin.password,
      confirm: 'DELETE',
    });
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as Json;
    expect(error).toMatchObject({ code: 'sole_admin', workspaces: [{ id: orgId, name: 'Busy Org' }] });
    expect(error.message).toContain('"Busy Org"');
    expect((await admin.client.get('/api/auth/me')).status).toBe(200);

    await admin.client.post(`/api/workspaces/${orgId}/invitations`, { email: member.email, role: 'admin' });
    const mails = await testApp.database.db
      .selectFrom('outbox')
      .select('text_body')
      .where('to_address', '=', member.email)
      .orderBy('created_at', 'desc')
      .execute();
    const token = mails.map((m) => m.text_body.match(/#token=([\w-]+)/)?.[1]).at(-1);
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(200);
    const deleted = await admin.client.post('/api/account/delete', {
      password: admin.password,
      confirm: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    const members = (await (await member.client.get(`/api/workspaces/${orgId}/members`)).json()) as Json;
    expect(members.members).toEqual([expect.objectContaining({ name: 'Zoe Member' })]);
    expect(members.members[0].roles.sort()).toEqual(['admin', 'leader']);
  });
});

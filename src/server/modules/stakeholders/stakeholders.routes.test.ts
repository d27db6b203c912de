import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { BulkStakeholdersResult, Stakeholder } from '../../../shared/stakeholders';

describeEachEngine('stakeholders', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** A signed-up leader and their personal workspace, where they hold the leader role. */
  async function leader(name = 'Linus Leader') {
    const signedUp = await signedUpClient(testApp, name);
    const { workspaces } = (await (await signedUp.client.get('/api/workspaces')).json()) as {
      workspaces: { id: string }[];
    };
    const workspaceId = workspaces[0]?.id as string;
    return { ...signedUp, workspaceId, base: `/api/workspaces/${workspaceId}/stakeholders` };
  }

  async function add(client: TestClient, base: string, body: unknown): Promise<Stakeholder> {
    const response = await client.post(base, body);
    expect(response.status).toBe(201);
    return ((await response.json()) as { stakeholder: Stakeholder }).stakeholder;
  }

  async function list(client: TestClient, base: string): Promise<Stakeholder[]> {
    return ((await (await client.get(base)).json()) as { stakeholders: Stakeholder[] }).stakeholders;
  }

  test('a leader adds a stakeholder and finds it in their list', async () => {
    const { client, base } = await leader();
    const added = await add(client, base, {
      name: 'Ada Lovelace',
      email: 'Ada@Example.com',
      relationshipGroup: 'peer',
    });
    expect(added).toEqual({
      id: expect.any(String),
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      relationshipGroup: 'peer',
    });
    expect(await list(client, base)).toEqual([added]);
  });

  test('stakeholders are listed by name, regardless of capitals', async () => {
    const { client, base } = await leader();
    for (const name of ['grace', 'Bob', 'ada', 'Carl']) {
      await add(client, base, { name, relationshipGroup: 'peer' });
    }
    expect((await list(client, base)).map((stakeholder) => stakeholder.name)).toEqual([
      'ada',
      'Bob',
      'Carl',
      'grace',
    ]);
  });

  test('an email is optional, and a blank one is kept as no email', async () => {
    const { client, base } = await leader();
    const added = await add(client, base, {
      name: 'Grace Hopper',
      email: '  ',
      relationshipGroup: 'manager',
    });
    expect(added.email).toBeNull();
  });

  test('a malformed email is refused with a message for people', async () => {
    const { client, base } = await leader();
    const response = await client.post(base, { name: 'Ada', email: 'ada@', relationshipGroup: 'peer' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_input', message: 'Email must look like name@example.com', field: 'email' },
    });
  });

  test('an email already in the leader list is refused as a conflict on the email field', async () => {
    const { client, base } = await leader();
    await add(client, base, { name: 'Ada', email: 'ada@example.com', relationshipGroup: 'peer' });
    const response = await client.post(base, {
      name: 'Ada again',
      email: 'ADA@example.com',
      relationshipGroup: 'manager',
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'stakeholder_email_taken',
        message: 'ada@example.com is already in your stakeholders.',
        field: 'email',
      },
    });
  });

  test('two leaders may each have the same person as a stakeholder', async () => {
    const first = await leader('First');
    const second = await leader('Second');
    const body = { name: 'Ada', email: 'ada@example.com', relationshipGroup: 'peer' };
    await add(first.client, first.base, body);
    await add(second.client, second.base, body);
    expect(await list(second.client, second.base)).toHaveLength(1);
  });

  test('a leader never sees another leader’s stakeholders', async () => {
    const first = await leader('First');
    const second = await leader('Second');
    await add(first.client, first.base, { name: 'Ada', relationshipGroup: 'peer' });
    expect(await list(second.client, second.base)).toEqual([]);
    expect((await second.client.get(first.base)).status).toBe(404);
  });

  test('stakeholders are kept per workspace', async () => {
    const { client, user, base } = await leader();
    const created = await client.post('/api/workspaces', { name: 'Acme' });
    const { id: orgId } = (await created.json()) as { id: string };
    await testApp.deps.repos.workspaces.addMembership(orgId, user.id, 'leader', new Date());
    await add(client, base, { name: 'Ada', relationshipGroup: 'peer' });
    expect(await list(client, `/api/workspaces/${orgId}/stakeholders`)).toEqual([]);
  });

  test('a member without the leader role cannot keep stakeholders', async () => {
    const admin = await signedUpClient(testApp, 'Admin');
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as {
      id: string;
    };
    const response = await admin.client.get(`/api/workspaces/${id}/stakeholders`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('leader_only');
  });

  test('a leader edits a stakeholder', async () => {
    const { client, base } = await leader();
    const added = await add(client, base, { name: 'Ada', relationshipGroup: 'peer' });
    const response = await client.put(`/api/stakeholders/${added.id}`, {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      relationshipGroup: 'manager',
    });
    expect(response.status).toBe(200);
    const expected = {
      id: added.id,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      relationshipGroup: 'manager',
    };
    expect(await response.json()).toEqual({ stakeholder: expected });
    expect(await list(client, base)).toEqual([expected]);
  });

  test('an edit may keep the stakeholder’s own email', async () => {
    const { client, base } = await leader();
    const added = await add(client, base, {
      name: 'Ada',
      email: 'ada@example.com',
      relationshipGroup: 'peer',
    });
    const response = await client.put(`/api/stakeholders/${added.id}`, {
      name: 'Ada L.',
      email: 'ada@example.com',
      relationshipGroup: 'peer',
    });
    expect(response.status).toBe(200);
  });

  test('an edit cannot take the email of another of the leader’s stakeholders', async () => {
    const { client, base } = await leader();
    await add(client, base, { name: 'Ada', email: 'ada@example.com', relationshipGroup: 'peer' });
    const grace = await add(client, base, { name: 'Grace', relationshipGroup: 'peer' });
    const response = await client.put(`/api/stakeholders/${grace.id}`, {
      name: 'Grace',
      email: 'ada@example.com',
      relationshipGroup: 'peer',
    });
    expect(response.status).toBe(409);
    expect(await list(client, base)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Grace', email: null })]),
    );
  });

  test('a leader removes a stakeholder', async () => {
    const { client, base } = await leader();
    const added = await add(client, base, { name: 'Ada', relationshipGroup: 'peer' });
    expect((await client.delete(`/api/stakeholders/${added.id}`)).status).toBe(204);
    expect(await list(client, base)).toEqual([]);
    expect((await client.delete(`/api/stakeholders/${added.id}`)).status).toBe(404);
  });

  test('another leader’s stakeholder id is not found, for editing and for removing alike', async () => {
    const owner = await leader('Owner');
    const other = await leader('Other');
    const added = await add(owner.client, owner.base, { name: 'Ada', relationshipGroup: 'peer' });
    const edit = await other.client.put(`/api/stakeholders/${added.id}`, {
      name: 'X',
      relationshipGroup: 'peer',
    });
    const remove = await other.client.delete(`/api/stakeholders/${added.id}`);
    expect([edit.status, remove.status]).toEqual([404, 404]);
    expect(((await edit.json()) as { error: { code: string } }).error.code).toBe('stakeholder_not_found');
    expect(await list(owner.client, owner.base)).toEqual([added]);
  });

  test('removing a stakeholder keeps the answers already given and unlinks their invitation', async () => {
    const { client, user, workspaceId, base } = await leader();
    const added = await add(client, base, { name: 'Ada', relationshipGroup: 'peer' });
    const db = testApp.database.db;
    const now = new Date().toISOString();
    await db
      .insertInto('cycles')
      .values({
        id: 'cycle-1',
        workspace_id: workspaceId,
        leader_id: user.id,
        problem: 'My team misses deadlines.',
        goal: 'I want to get better at delegating outcomes.',
        competency: '{}',
        baseline: '{}',
        stage: 'listen',
        reflection: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('rounds')
      .values({
        id: 'round-1',
        cycle_id: 'cycle-1',
        kind: 'listening',
        status: 'open',
        intro: 'Thank you',
        questions: '[]',
        anonymity_k: 3,
        opened_at: now,
        closes_on: '2099-01-01',
        closes_at: '2099-01-02T00:00:00.000Z',
        closed_at: null,
        thanked_at: null,
      })
      .execute();
    await db
      .insertInto('round_invitations')
      .values({
        id: 'invitation-1',
        round_id: 'round-1',
        stakeholder_id: added.id,
        relationship_group: 'peer',
        answered: 1,
        mailed_to: 'ada@example.com',
      })
      .execute();
    await db
      .insertInto('responses')
      .values({
        id: 'response-1',
        round_id: 'round-1',
        relationship_group: 'peer',
        named_manager: 0,
        answers: '{"q1":2}',
      })
      .execute();

    expect((await client.delete(`/api/stakeholders/${added.id}`)).status).toBe(204);
    const invitation = await db
      .selectFrom('round_invitations')
      .select(['stakeholder_id', 'answered', 'relationship_group', 'mailed_to'])
      .executeTakeFirst();
    expect(invitation).toEqual({
      stakeholder_id: null,
      answered: 1,
      relationship_group: 'peer',
      mailed_to: null,
    });
    expect(await db.selectFrom('responses').select(['id', 'answers']).execute()).toEqual([
      { id: 'response-1', answers: '{"q1":2}' },
    ]);
  });

  test('a pasted list adds the readable lines and reports the others by line', async () => {
    const { client, base } = await leader();
    const response = await client.post(`${base}/bulk`, {
      text: [
        'Ada Lovelace <ada@example.com>, peer',
        '',
        'Grace Hopper, manager',
        'Someone, friend',
        'bob@example.com, direct report',
      ].join('\n'),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as BulkStakeholdersResult;
    expect(
      result.added.map(({ name, email, relationshipGroup }) => [name, email, relationshipGroup]),
    ).toEqual([
      ['Ada Lovelace', 'ada@example.com', 'peer'],
      ['Grace Hopper', null, 'manager'],
      ['Bob', 'bob@example.com', 'direct_report'],
    ]);
    expect(result.errors).toEqual([
      {
        line: 4,
        text: 'Someone, friend',
        message: '"friend" is not a relationship we know; use direct report, peer, manager or other',
      },
    ]);
    expect(await list(client, base)).toEqual(expect.arrayContaining(result.added));
    expect(await list(client, base)).toHaveLength(3);
  });

  test('a dry run shows what a paste would add and saves nothing', async () => {
    const { client, base } = await leader();
    const response = await client.post(`${base}/bulk`, { text: 'Ada, peer\nGrace, boss', dryRun: true });
    const result = (await response.json()) as BulkStakeholdersResult;
    expect(result.added.map((stakeholder) => stakeholder.name)).toEqual(['Ada', 'Grace']);
    expect(await list(client, base)).toEqual([]);
  });

  test('a pasted email already in the leader list is reported rather than added twice', async () => {
    const { client, base } = await leader();
    await add(client, base, { name: 'Ada', email: 'ada@example.com', relationshipGroup: 'peer' });
    const response = await client.post(`${base}/bulk`, { text: 'Ada L. <ada@example.com>, manager' });
    const result = (await response.json()) as BulkStakeholdersResult;
    expect(result).toEqual({
      added: [],
      errors: [
        {
          line: 1,
          text: 'Ada L. <ada@example.com>, manager',
          message: 'ada@example.com is already in your stakeholders',
        },
      ],
    });
    expect(await list(client, base)).toHaveLength(1);
  });
});

import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../../tests/support/test-database';
import { createStakeholdersRepository, type StakeholderRow } from './stakeholders.repository';

describeEachEngine('stakeholders repository', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
    const now = new Date().toISOString();
    for (const id of ['leader-1', 'leader-2']) {
      await database.db
        .insertInto('users')
        .values({ id, email: `${id}@example.com`, name: id, password_hash: 'x', created_at: now })
        .execute();
    }
    for (const id of ['workspace-1', 'workspace-2']) {
      await database.db
        .insertInto('workspaces')
        .values({ id, name: id, kind: 'organization', anonymity_k: 3, created_at: now })
        .execute();
    }
  });
  afterEach(async () => {
    await database.dispose();
  });

  const row = (id: string, leaderId: string, workspaceId: string): StakeholderRow => ({
    id,
    workspace_id: workspaceId,
    leader_id: leaderId,
    name: `Name of ${id}`,
    email: `${id}@example.com`,
    relationship_group: 'peer',
    created_at: '2026-01-01T00:00:00.000Z',
  });

  test('rounds find only the leader’s own stakeholders in that workspace among the ids asked for', async () => {
    const repository = createStakeholdersRepository({ db: database.db });
    await repository.insertMany([
      row('mine', 'leader-1', 'workspace-1'),
      row('mine-unasked', 'leader-1', 'workspace-1'),
      row('mine-elsewhere', 'leader-1', 'workspace-2'),
      row('theirs', 'leader-2', 'workspace-1'),
    ]);
    const found = await repository.findStakeholdersOfLeader('leader-1', 'workspace-1', [
      'mine',
      'mine-elsewhere',
      'theirs',
      'missing',
    ]);
    expect(found).toEqual([
      { id: 'mine', name: 'Name of mine', email: 'mine@example.com', relationship_group: 'peer' },
    ]);
  });

  test('asking for no ids finds no stakeholders', async () => {
    const repository = createStakeholdersRepository({ db: database.db });
    await repository.insertMany([row('mine', 'leader-1', 'workspace-1')]);
    expect(await repository.findStakeholdersOfLeader('leader-1', 'workspace-1', [])).toEqual([]);
  });

  // 20,000 characters of the shortest lines ("A, peer") make 2,500 people.
  test('the longest list a paste allows is saved whole', async () => {
    const repository = createStakeholdersRepository({ db: database.db });
    const rows = Array.from({ length: 2500 }, (_, index) => row(`s${index}`, 'leader-1', 'workspace-1'));
    await repository.insertMany(rows);
    expect(await repository.listOfLeader('leader-1', 'workspace-1')).toHaveLength(2500);
  });
});

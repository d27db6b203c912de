import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { demoAccount, seedDemoWhenEmpty } from './seed-demo';

describeEachEngine('demo workspace', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('an empty database gets the demo, with a released listening round to explore', async () => {
    expect(await seedDemoWhenEmpty(testApp.deps)).toBe(true);
    const client = testApp.client();
    expect((await client.post('/api/auth/sign-in', demoAccount)).status).toBe(200);
    const { workspaces } = (await (await client.get('/api/workspaces')).json()) as {
      workspaces: { id: string; kind: string }[];
    };
    const organization = workspaces.find((workspace) => workspace.kind === 'organization');
    const { cycles } = (await (await client.get(`/api/workspaces/${organization?.id}/cycles`)).json()) as {
      cycles: { id: string }[];
    };
    const { cycle } = (await (await client.get(`/api/cycles/${cycles[0]?.id}`)).json()) as {
      cycle: { rounds: { id: string }[] };
    };
    const round = (await (await client.get(`/api/rounds/${cycle.rounds[0]?.id}`)).json()) as {
      results: { released: boolean };
    };
    expect(round.results.released).toBe(true);
  });

  test('a database with any account is left alone', async () => {
    await seedDemoWhenEmpty(testApp.deps);
    expect(await seedDemoWhenEmpty(testApp.deps)).toBe(false);
    const users = await testApp.database.db.selectFrom('users').select('id').execute();
    expect(users).toHaveLength(1);
  });
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';

/** Found by bench:fuzz on PostgreSQL: U+0000 in a path id or a body string was a 500 there. */
describeEachEngine('the NUL character', (engine) => {
  let testApp: TestApp;
  let client: TestClient;
  let workspaceId: string;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    ({ client } = await signedUpClient(testApp));
    const { workspaces } = (await (await client.get('/api/workspaces')).json()) as {
      workspaces: { id: string }[];
    };
    workspaceId = workspaces[0]?.id as string;
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  test('an id holding U+0000 names no route (404), on either engine', async () => {
    const response = await client.get('/api/cycles/%00/follow-up');
    expect(response.status).toBe(404);
  });

  test('a text field holding U+0000 is refused with its field named (400)', async () => {
    const response = await client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: 'Ada\u0000Lovelace',
      relationshipGroup: 'peer',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('name');
  });
});

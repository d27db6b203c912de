import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

type Json = Record<string, unknown>;

describeEachEngine('stakeholder policy', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  test('an admin names the organization domains and turns approval on; members read it', async () => {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as {
      id: string;
    };
    const set = await admin.client.put(`/api/workspaces/${id}/stakeholder-policy`, {
      emailDomains: ['@Acme.com', 'acme.org'],
      approvalRequired: true,
    });
    expect(set.status).toBe(204);
    const { workspace } = (await (await admin.client.get(`/api/workspaces/${id}`)).json()) as Json;
    expect(workspace).toMatchObject({
      stakeholderPolicy: { emailDomains: ['acme.com', 'acme.org'], approvalRequired: true },
    });
  });

  test('something that is not a domain is refused with a message for its field', async () => {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as {
      id: string;
    };
    const set = await admin.client.put(`/api/workspaces/${id}/stakeholder-policy`, {
      emailDomains: ['acme'],
      approvalRequired: false,
    });
    expect(set.status).toBe(400);
    expect(((await set.json()) as { error: Json }).error).toMatchObject({
      message: 'A domain looks like acme.com',
    });
  });

  test('a personal workspace has no organization rules to set', async () => {
    const leader = await signedUpClient(testApp, 'Lee Leader');
    const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as {
      workspaces: Json[];
    };
    const set = await leader.client.put(`/api/workspaces/${workspaces[0]?.id}/stakeholder-policy`, {
      emailDomains: ['example.com'],
      approvalRequired: true,
    });
    expect(set.status).toBe(400);
    expect(((await set.json()) as { error: Json }).error).toMatchObject({ code: 'personal_workspace' });
  });
});

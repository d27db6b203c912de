import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { FrameworkFile } from '../../../shared/framework';
import { defaultFramework } from './default-framework';
import { getActiveFramework } from './frameworks.usecases';

type FrameworkResponse = { framework: FrameworkFile; isDefault: boolean; updatedAt: string | null };

const [firstCompetency] = defaultFramework.competencies;
const customFramework: FrameworkFile = {
  version: 1,
  name: 'Acme leadership framework',
  competencies: [{ ...(firstCompetency as FrameworkFile['competencies'][number]), key: 'acme-listening' }],
};

describeEachEngine('competency framework', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** An organization with its admin and a leader who is a member but not an admin. */
  async function organization() {
    const admin = await signedUpClient(testApp, 'Grace Admin');
    const { id } = (await (await admin.client.post('/api/workspaces', { name: 'Acme' })).json()) as {
      id: string;
    };
    const leader = await signedUpClient(testApp, 'Linus Leader');
    await testApp.deps.repos.workspaces.addMembership(id, leader.user.id, 'leader', new Date());
    return { admin, leader, workspaceId: id, path: `/api/workspaces/${id}/framework` };
  }

  async function frameworkSeenBy(client: TestClient, path: string) {
    const response = await client.get(path);
    expect(response.status).toBe(200);
    return (await response.json()) as FrameworkResponse;
  }

  test('a workspace that imported nothing works with the default framework', async () => {
    const { leader, path } = await organization();
    expect(await frameworkSeenBy(leader.client, path)).toEqual({
      framework: defaultFramework,
      isDefault: true,
      updatedAt: null,
      // No version is saved until an admin imports or edits one.
      version: 0,
    });
  });

  test('an admin imports a framework and every member then works with it', async () => {
    const { admin, leader, workspaceId, path } = await organization();
    expect((await admin.client.put(path, customFramework)).status).toBe(204);
    expect(await frameworkSeenBy(leader.client, path)).toEqual({
      framework: customFramework,
      isDefault: false,
      updatedAt: expect.any(String),
      version: 1,
    });
    expect((await getActiveFramework(testApp.deps, workspaceId)).framework.name).toBe(
      'Acme leadership framework',
    );
  });

  test('a file with problems is refused with every problem at its path', async () => {
    const { admin, path } = await organization();
    const behaviors = firstCompetency?.behaviors ?? [];
    const broken = {
      version: 1,
      name: '',
      competencies: [{ ...firstCompetency, behaviors: [...behaviors, behaviors[0]] }],
    };
    const response = await admin.client.put(path, broken);
    expect(response.status).toBe(400);
    const duplicateAt = `competencies.0.behaviors.${behaviors.length}.key`;
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_framework',
        message: expect.stringContaining('The framework name cannot be empty (at name)'),
        field: 'name',
        issues: [
          { path: 'name', message: 'The framework name cannot be empty' },
          { path: duplicateAt, message: expect.stringContaining('is used twice') },
        ],
      },
    });
  });

  test('a refused file leaves the framework as it was', async () => {
    const { admin, path } = await organization();
    await admin.client.put(path, customFramework);
    await admin.client.put(path, { ...customFramework, competencies: [] });
    expect((await frameworkSeenBy(admin.client, path)).framework).toEqual(customFramework);
  });

  test('a body that is not a framework object is refused as an invalid framework', async () => {
    const { admin, path } = await organization();
    const response = await admin.client.put(path, [customFramework]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_framework');
  });

  test('a member who is not an admin can neither import nor reset, and learns nothing about the file', async () => {
    const { admin, leader, path } = await organization();
    await admin.client.put(path, customFramework);
    const imported = await leader.client.put(path, { version: 2 });
    expect(imported.status).toBe(403);
    expect(((await imported.json()) as { error: { code: string } }).error.code).toBe('admin_only');
    expect((await leader.client.delete(path)).status).toBe(403);
    expect((await frameworkSeenBy(leader.client, path)).framework).toEqual(customFramework);
  });

  test('resetting brings back the default framework', async () => {
    const { admin, path } = await organization();
    await admin.client.put(path, customFramework);
    expect((await admin.client.delete(path)).status).toBe(204);
    expect(await frameworkSeenBy(admin.client, path)).toEqual(
      expect.objectContaining({ framework: defaultFramework, isDefault: true }),
    );
  });

  test('importing and resetting are written to the audit log', async () => {
    const { admin, workspaceId, path } = await organization();
    await admin.client.put(path, customFramework);
    await admin.client.delete(path);
    const entries = await testApp.deps.repos.audit.listForWorkspace(workspaceId, 10);
    expect(
      entries
        .filter((entry) => entry.action.startsWith('framework.'))
        .map((entry) => entry.action)
        .sort(),
    ).toEqual(['framework.imported', 'framework.reset']);
  });

  test('a workspace’s framework is its own', async () => {
    const first = await organization();
    const second = await organization();
    await first.admin.client.put(first.path, customFramework);
    expect((await frameworkSeenBy(second.leader.client, second.path)).isDefault).toBe(true);
  });
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { LeadersEnrolled, ProgramDetail } from '../../../shared/programs';
import { cycleInput, programInput, programWithLeaders } from './programs.fixtures';

/**
 * Who may use each program route, role by role, as issue 12 lists them: the program's admin, another
 * organization's admin, the program's coach, an enrolled leader, a leader of the same organization
 * who is not enrolled, and someone signed out. Ids of another organization's program are "not found".
 */
type Role = 'admin' | 'otherAdmin' | 'coach' | 'leader' | 'otherLeader' | 'anonymous';
const adminOnly = {
  admin: 'ok',
  otherAdmin: 404,
  coach: 403,
  leader: 403,
  otherLeader: 403,
  anonymous: 401,
} as const;
type Rule = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  expected: Record<Role, 'ok' | number>;
};

const rules: Rule[] = [
  { method: 'GET', path: '/api/workspaces/:workspaceId/programs', expected: adminOnly },
  { method: 'POST', path: '/api/workspaces/:workspaceId/programs', body: programInput, expected: adminOnly },
  { method: 'GET', path: '/api/programs/:programId', expected: adminOnly },
  { method: 'PUT', path: '/api/programs/:programId', body: programInput, expected: adminOnly },
  {
    method: 'POST',
    path: '/api/programs/:programId/enrollments',
    body: { text: 'zed@example.com' },
    expected: adminOnly,
  },
  { method: 'DELETE', path: '/api/programs/:programId/enrollments/:enrollmentId', expected: adminOnly },
  { method: 'GET', path: '/api/programs/:programId/insight', expected: adminOnly },
  { method: 'GET', path: '/api/programs/:programId/insight.csv', expected: adminOnly },
  {
    method: 'GET',
    path: '/api/workspaces/:workspaceId/my-programs',
    expected: { admin: 'ok', otherAdmin: 404, coach: 'ok', leader: 'ok', otherLeader: 'ok', anonymous: 401 },
  },
  {
    method: 'POST',
    path: '/api/programs/:programId/cycles',
    body: cycleInput(),
    expected: { admin: 403, otherAdmin: 404, coach: 403, leader: 'ok', otherLeader: 403, anonymous: 401 },
  },
];

describeEachEngine('program routes by role', (engine) => {
  let testApp: TestApp;
  let workspaceId: string;
  let programId: string;
  let enrollmentId: string;
  const clients = {} as Record<Role, TestClient>;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const program = await programWithLeaders(testApp, { leaders: 1 });
    ({ workspaceId, programId } = program);
    const otherAdmin = await signedUpClient(testApp, 'Other Admin');
    await otherAdmin.client.post('/api/workspaces', { name: 'Other org' });
    const otherLeader = await signedUpClient(testApp, 'Other Leader');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, otherLeader.user.id, 'leader', new Date());
    const extra = await program.admin.client.post(`/api/programs/${programId}/enrollments`, {
      text: 'yan@example.com',
    });
    expect(((await extra.json()) as LeadersEnrolled).invited).toHaveLength(1);
    const detail = (await (
      await program.admin.client.get(`/api/programs/${programId}`)
    ).json()) as ProgramDetail;
    enrollmentId = detail.enrollments.find((entry) => entry.email === 'yan@example.com')?.id ?? '';
    Object.assign(clients, {
      admin: program.admin.client,
      otherAdmin: otherAdmin.client,
      coach: program.coach.client,
      leader: program.leaders[0]?.client,
      otherLeader: otherLeader.client,
      anonymous: testApp.client(),
    });
  });
  afterAll(async () => {
    await testApp.dispose();
  });

  const roles: Role[] = ['anonymous', 'otherAdmin', 'coach', 'otherLeader', 'leader', 'admin'];
  for (const rule of rules) {
    for (const role of roles) {
      const expected = rule.expected[role];
      test(`${rule.method} ${rule.path} as ${role} is ${expected}`, async () => {
        const path = rule.path
          .replace(':workspaceId', workspaceId)
          .replace(':programId', programId)
          .replace(':enrollmentId', enrollmentId);
        const client = clients[role];
        const response =
          rule.method === 'GET'
            ? await client.get(path)
            : rule.method === 'DELETE'
              ? await client.delete(path)
              : rule.method === 'PUT'
                ? await client.put(path, rule.body)
                : await client.post(path, rule.body);
        if (expected === 'ok') expect(response.status).toBeLessThan(300);
        else expect(response.status).toBe(expected);
      });
    }
  }
});

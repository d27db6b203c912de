import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { programInput, programWithLeaders } from '../programs/programs.fixtures';

type Json = Record<string, unknown> & { offers?: { programId: string; coachName: string }[] };

describeEachEngine("a program's assigned coach, offered to its leaders", (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const json = async (response: Response) => (await response.json()) as Json;

  test('assigning grants nothing; the enrolled leader accepts, the coach sees them, and the offer is gone', async () => {
    const { coach, workspaceId, programId, leaders } = await programWithLeaders(testApp, { leaders: 1 });
    const leader = leaders[0];
    if (!leader) throw new Error('no leader');
    expect(await json(await coach.client.get('/api/coaching/coachees'))).toEqual({ coachees: [] });

    const offered = await json(await leader.client.get(`/api/workspaces/${workspaceId}/program-coaches`));
    expect(offered.offers).toEqual([
      { programId, programName: 'New managers 2026', coachName: 'Cora Coach', coachEmail: coach.email },
    ]);

    const accepted = await leader.client.post(`/api/programs/${programId}/coach-access`);
    expect(accepted.status).toBe(201);
    const { coaching } = (await accepted.json()) as { coaching: { id: string; status: string } };
    expect(coaching.status).toBe('active');
    const dashboard = (await json(await coach.client.get('/api/coaching/coachees'))) as {
      coachees: { coachingId: string; leaderName: string }[];
    };
    expect(dashboard.coachees.map((entry) => entry.coachingId)).toEqual([coaching.id]);
    expect(await json(await leader.client.get(`/api/workspaces/${workspaceId}/program-coaches`))).toEqual({
      offers: [],
    });
    const again = await leader.client.post(`/api/programs/${programId}/coach-access`);
    expect(again.status).toBe(409);
    const actions = (await testApp.deps.repos.audit.listForWorkspace(workspaceId, 50)).map(
      (entry) => entry.action,
    );
    expect(actions).toContain('coach.access_granted');

    // Revocable like any consent; once ended the program's coach is offered again.
    expect((await leader.client.delete(`/api/coaching/${coaching.id}`)).status).toBe(204);
    expect((await coach.client.get(`/api/coaching/${coaching.id}/coachee`)).status).toBe(404);
    expect(
      (await json(await leader.client.get(`/api/workspaces/${workspaceId}/program-coaches`))).offers,
    ).toHaveLength(1);
  });

  test('a leader who is not enrolled is offered nothing and cannot give access; nor can the admin or the coach', async () => {
    const { admin, coach, workspaceId, programId } = await programWithLeaders(testApp, { leaders: 1 });
    const other = await signedUpClient(testApp, 'Otto Other');
    await testApp.deps.repos.workspaces.addMembership(workspaceId, other.user.id, 'leader', new Date());
    expect(await json(await other.client.get(`/api/workspaces/${workspaceId}/program-coaches`))).toEqual({
      offers: [],
    });
    expect((await other.client.post(`/api/programs/${programId}/coach-access`)).status).toBe(403);
    expect((await admin.client.post(`/api/programs/${programId}/coach-access`)).status).toBe(403);
    expect((await coach.client.post(`/api/programs/${programId}/coach-access`)).status).toBe(403);
    const stranger = await signedUpClient(testApp, 'Sam Stranger');
    expect((await stranger.client.post(`/api/programs/${programId}/coach-access`)).status).toBe(404);
    expect((await stranger.client.get(`/api/workspaces/${workspaceId}/program-coaches`)).status).toBe(404);
    expect(await json(await coach.client.get('/api/coaching/coachees'))).toEqual({ coachees: [] });
  });

  test('a program without a coach offers none, and giving access says so', async () => {
    const { admin, workspaceId, programId, leaders } = await programWithLeaders(testApp, { leaders: 1 });
    const saved = await admin.client.put(`/api/programs/${programId}`, {
      ...programInput,
      coachAccountId: null,
    });
    expect(saved.status).toBe(204);
    const leader = leaders[0];
    if (!leader) throw new Error('no leader');
    expect(await json(await leader.client.get(`/api/workspaces/${workspaceId}/program-coaches`))).toEqual({
      offers: [],
    });
    const refused = await leader.client.post(`/api/programs/${programId}/coach-access`);
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({ error: { code: 'program_has_no_coach' } });
  });
});

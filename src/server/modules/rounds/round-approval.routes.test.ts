import { afterEach, beforeEach, expect, test } from 'vitest';
import { appWithClock, closesOn, type Json, organization } from '../../../../tests/adversarial/adversary-kit';
import type { TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

describeEachEngine('round approval', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** An organization that approves lists, whose leader has asked their five stakeholders. */
  async function waitingList() {
    const org = await organization(testApp, async (admin, workspaceId) => {
      await admin.put(`/api/workspaces/${workspaceId}/stakeholder-policy`, {
        emailDomains: [],
        approvalRequired: true,
      });
    });
    const asked = await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds: org.stakeholderIds,
    });
    expect(asked.status).toBe(202);
    const { approvalId } = (await asked.json()) as Json;
    return { ...org, approvalId: approvalId as string };
  }

  const leaderSees = async (org: Awaited<ReturnType<typeof waitingList>>) =>
    ((await (await org.leader.client.get(`/api/cycles/${org.cycle.id}/round-approval`)).json()) as Json)
      .approval;

  test("the workspace's admins see each waiting list: the leader, and each person's name, email and group", async () => {
    const org = await waitingList();
    const response = await org.admin.client.get(`/api/workspaces/${org.workspaceId}/round-approvals`);
    expect(response.status).toBe(200);
    const { lists } = (await response.json()) as Json;
    expect(lists).toEqual([
      expect.objectContaining({
        id: org.approvalId,
        leaderName: 'Lee Leader',
        kind: 'listening',
        closesOn,
        canDecide: true,
        people: expect.arrayContaining([
          { name: 'Ada Report', email: 'ada@example.com', relationshipGroup: 'direct_report' },
          { name: 'Max Manager', email: 'max@example.com', relationshipGroup: 'manager' },
        ]),
      }),
    ]);
    expect(lists[0].people).toHaveLength(5);
    expect(await leaderSees(org)).toMatchObject({ status: 'waiting', invitedCount: 5, declineReason: null });
  });

  test('a declined list tells the leader why, leaves the list, and the leader may ask again', async () => {
    const org = await waitingList();
    const declined = await org.admin.client.post(`/api/round-approvals/${org.approvalId}/decline`, {
      reason: 'Please ask your peers too, not only your reports.',
    });
    expect(declined.status).toBe(204);
    expect(await leaderSees(org)).toMatchObject({
      status: 'declined',
      declineReason: 'Please ask your peers too, not only your reports.',
      roundId: null,
    });
    const lists = await org.admin.client.get(`/api/workspaces/${org.workspaceId}/round-approvals`);
    expect(((await lists.json()) as Json).lists).toEqual([]);
    const approveLate = await org.admin.client.post(`/api/round-approvals/${org.approvalId}/approve`);
    expect(approveLate.status).toBe(409);
    const again = await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, {
      kind: 'listening',
      intro: 'I am working on listening better and would value your ideas.',
      closesOn,
      stakeholderIds: org.stakeholderIds,
    });
    expect(again.status).toBe(202);
  });

  test('a decline needs a reason the leader can act on', async () => {
    const org = await waitingList();
    const declined = await org.admin.client.post(`/api/round-approvals/${org.approvalId}/decline`, {
      reason: '',
    });
    expect(declined.status).toBe(400);
    expect(((await declined.json()) as Json).error).toMatchObject({ field: 'reason' });
  });

  test('approval opens the round as the leader asked and records who approved, never the answers', async () => {
    const org = await waitingList();
    const approved = await org.admin.client.post(`/api/round-approvals/${org.approvalId}/approve`);
    expect(approved.status).toBe(200);
    const { roundId } = (await approved.json()) as Json;
    expect(await leaderSees(org)).toMatchObject({ status: 'approved', roundId });
    const round = (await (await org.leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(round.round).toMatchObject({ status: 'open', closesOn, invitedCount: 5 });
    const audit = await testApp.database.db.selectFrom('audit_log').select(['action', 'target']).execute();
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['workspace.stakeholder_policy', 'round.approval_requested', 'round.approved']),
    );
  });

  test('people removed while the list waited leave too few, so approval is refused', async () => {
    const org = await waitingList();
    for (const id of org.stakeholderIds.slice(0, 3))
      await org.leader.client.delete(`/api/stakeholders/${id}`);
    const approved = await org.admin.client.post(`/api/round-approvals/${org.approvalId}/approve`);
    expect(approved.status).toBe(409);
    expect(((await approved.json()) as Json).error.code).toBe('too_few_stakeholders');
    expect(await leaderSees(org)).toMatchObject({ status: 'waiting' });
  });

  test('two requests sent at once leave one waiting list, each of ten times', async () => {
    const org = await waitingList();
    const ask = () =>
      org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, {
        kind: 'listening',
        intro: 'I am working on listening better and would value your ideas.',
        closesOn,
        stakeholderIds: org.stakeholderIds,
      });
    let waiting = org.approvalId;
    for (let attempt = 0; attempt < 10; attempt++) {
      await org.admin.client.post(`/api/round-approvals/${waiting}/decline`, {
        reason: 'Try once more, please.',
      });
      const statuses = (await Promise.all([ask(), ask()])).map((response) => response.status).sort();
      expect(statuses).toEqual([202, 409]);
      const lists = await org.admin.client.get(`/api/workspaces/${org.workspaceId}/round-approvals`);
      const { lists: waitingLists } = (await lists.json()) as Json;
      expect(waitingLists).toHaveLength(1);
      waiting = waitingLists[0].id;
    }
  });
});

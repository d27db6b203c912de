import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../support/leader-fixture';
import { signedUpClient, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  appWithClock,
  closesOn,
  dumpAllTables,
  type Json,
  type manualClock,
  organization,
  signInAgain,
} from './adversary-kit';

/**
 * A leader who can ask themselves, or people they invent, answers for k−1 of a round and reads
 * the one real answer. These attacks try it with the leader's own inbox, with inboxes outside the
 * organization, and by opening a round before an admin approved who is asked.
 */

const acmePeople = [
  { name: 'Ada Acme', email: 'ada@acme.example', relationshipGroup: 'direct_report' },
  { name: 'Ben Acme', email: 'ben@acme.example', relationshipGroup: 'direct_report' },
  { name: 'Cy Acme', email: 'cy@acme.example', relationshipGroup: 'peer' },
];

const roundRequest = (stakeholderIds: string[]) => ({
  kind: 'listening',
  intro: 'I am working on listening better and would value your ideas.',
  closesOn,
  stakeholderIds,
});

describeEachEngine('invented stakeholders', (engine) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    ({ testApp, clock } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function addAll(client: TestClient, workspaceId: string, people: readonly Json[]) {
    const ids: string[] = [];
    for (const person of people) {
      const added = await client.post(`/api/workspaces/${workspaceId}/stakeholders`, person);
      if (added.status !== 201) throw new Error(`stakeholder: ${added.status} ${await added.text()}`);
      ids.push(((await added.json()) as Json).stakeholder.id);
    }
    return ids;
  }

  /** The organization sets its rules; the leader's list of Acme people is added before or after. */
  async function acmeWith(policy: { emailDomains: string[]; approvalRequired: boolean }) {
    const org = await organization(testApp);
    const set = await org.admin.client.put(`/api/workspaces/${org.workspaceId}/stakeholder-policy`, policy);
    if (set.status !== 204) throw new Error(`policy: ${set.status} ${await set.text()}`);
    return org;
  }

  test('attack: add my own address and its plus-address twins as stakeholders', async () => {
    const { leader, workspaceId } = await leaderWithCycle(testApp);
    const [local, domain] = leader.email.split('@') as [string, string];
    const mine = [leader.email, leader.email.toUpperCase(), `${local}+a@${domain}`, `${local}+b@${domain}`];
    for (const [index, email] of mine.entries()) {
      const added = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
        name: `Invented ${index}`,
        email,
        relationshipGroup: 'peer',
      });
      expect(added.status, email).toBe(400);
      expect(((await added.json()) as Json).error).toMatchObject({
        code: 'stakeholder_own_address',
        field: 'email',
      });
    }

    // Twins of each other: one Gmail inbox written four ways.
    const [first] = await addAll(leader.client, workspaceId, [
      { name: 'Real Person', email: 'real.person@gmail.com', relationshipGroup: 'peer' },
    ]);
    for (const email of ['realperson@gmail.com', 'real.person+x@gmail.com', 'REAL.PERSON@googlemail.com']) {
      const added = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
        name: 'Twin',
        email,
        relationshipGroup: 'peer',
      });
      expect(added.status, email).toBe(409);
      expect(((await added.json()) as Json).error.code).toBe('stakeholder_email_twin');
    }

    // Editing a real person into a twin, or pasting twins as a list, is refused the same way.
    const [other] = await addAll(leader.client, workspaceId, [
      { name: 'Other Person', email: 'other@example.org', relationshipGroup: 'peer' },
    ]);
    const edited = await leader.client.put(`/api/stakeholders/${other}`, {
      name: 'Other Person',
      email: `${local}+edit@${domain}`,
      relationshipGroup: 'peer',
    });
    expect(edited.status).toBe(400);
    const pasted = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders/bulk`, {
      text: [
        `Me <${local}+1@${domain}>, peer`,
        'Twin <realperson+2@gmail.com>, peer',
        'Zed <zed@example.org>, peer',
      ].join('\n'),
    });
    const { added, errors } = (await pasted.json()) as Json;
    expect(added.map((person: Json) => person.name)).toEqual(['Zed']);
    expect(errors.map((error: Json) => error.line)).toEqual([1, 2]);

    const rows = (await dumpAllTables(testApp)).stakeholders ?? [];
    const inboxes = rows.map((row) =>
      String(row.email)
        .toLowerCase()
        .replace(/\+[^@]*/, ''),
    );
    expect(inboxes).not.toContain(leader.email.toLowerCase());
    expect(first).toBeDefined();
  });

  test("attack: invent stakeholders outside the organization's domains", async () => {
    const org = await organization(testApp);
    // Listed before the rule: the round that would ask them is refused when it opens.
    const before = await addAll(org.leader.client, org.workspaceId, [
      ...acmePeople,
      { name: 'Sock Puppet', email: 'puppet@gmail.com', relationshipGroup: 'peer' },
    ]);
    const set = await org.admin.client.put(`/api/workspaces/${org.workspaceId}/stakeholder-policy`, {
      emailDomains: ['acme.example'],
      approvalRequired: false,
    });
    expect(set.status).toBe(204);

    for (const person of [
      { name: 'Puppet Two', email: 'puppet2@gmail.com', relationshipGroup: 'peer' },
      { name: 'No Email', relationshipGroup: 'peer' },
      { name: 'Look Alike', email: 'ada@acme.example.evil.test', relationshipGroup: 'peer' },
    ]) {
      const added = await org.leader.client.post(`/api/workspaces/${org.workspaceId}/stakeholders`, person);
      expect(added.status, person.name).toBe(400);
      expect(((await added.json()) as Json).error).toMatchObject({
        code: 'stakeholder_outside_domains',
        field: 'email',
      });
    }
    const edited = await org.leader.client.put(`/api/stakeholders/${before[0]}`, {
      name: 'Ada Acme',
      email: 'ada@gmail.com',
      relationshipGroup: 'direct_report',
    });
    expect(edited.status).toBe(400);
    const pasted = await org.leader.client.post(`/api/workspaces/${org.workspaceId}/stakeholders/bulk`, {
      text: 'Dee <dee@acme.example>, peer\nPuppet <p3@gmail.com>, peer',
    });
    expect(((await pasted.json()) as Json).errors).toEqual([expect.objectContaining({ line: 2 })]);

    const opened = await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, roundRequest(before));
    expect(opened.status).toBe(400);
    expect(((await opened.json()) as Json).error).toMatchObject({
      code: 'stakeholder_outside_domains',
      message: expect.stringContaining('Sock Puppet'),
    });
    const tables = await dumpAllTables(testApp);
    expect(tables.rounds).toEqual([]);
    expect(tables.round_invitations).toEqual([]);
  });

  test('attack: open a round before the admin approved the list', async () => {
    const org = await acmeWith({ emailDomains: [], approvalRequired: true });
    const ids = await addAll(org.leader.client, org.workspaceId, acmePeople);
    const asked = await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, roundRequest(ids));
    expect(asked.status).toBe(202);
    expect(await asked.json()).toMatchObject({ roundId: null, links: [], waitingForApproval: true });

    // Nothing exists that anyone could answer through: no round, invitation, link, mail or job.
    const tables = await dumpAllTables(testApp);
    for (const table of ['rounds', 'round_invitations', 'invitation_tokens', 'outbox', 'jobs']) {
      expect(tables[table], table).toEqual([]);
    }
    // Asking again, or adding people to a round, does not get around the wait.
    const again = await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, roundRequest(ids));
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error.code).toBe('round_waiting_for_approval');

    const waiting = (await (
      await org.leader.client.get(`/api/cycles/${org.cycle.id}/round-approval`)
    ).json()) as Json;
    expect(waiting.approval).toMatchObject({ status: 'waiting', roundId: null, invitedCount: 3 });

    // Approved: the round opens for real, with its invitations and jobs.
    const approved = await org.admin.client.post(`/api/round-approvals/${waiting.approval.id}/approve`);
    expect(approved.status).toBe(200);
    const { roundId } = (await approved.json()) as Json;
    const after = await dumpAllTables(testApp);
    expect(after.rounds?.map((round) => round.status)).toEqual(['open']);
    expect(after.round_invitations).toHaveLength(3);
    expect(after.jobs?.length).toBeGreaterThan(0);
    const round = await org.leader.client.get(`/api/rounds/${roundId}`);
    expect(round.status).toBe(200);

    // Once open, no one can be slipped in past the admin.
    const [late] = await addAll(org.leader.client, org.workspaceId, [
      { name: 'Late Puppet', email: 'late@example.org', relationshipGroup: 'peer' },
    ]);
    const slipped = await org.leader.client.post(`/api/rounds/${roundId}/invitations`, {
      stakeholderId: late,
    });
    expect(slipped.status).toBe(409);
    expect(((await slipped.json()) as Json).error.code).toBe('approval_required');
  });

  test("attack: approve my own list as a non-admin / another organization's admin", async () => {
    const org = await acmeWith({ emailDomains: [], approvalRequired: true });
    const ids = await addAll(org.leader.client, org.workspaceId, acmePeople);
    await org.leader.client.post(`/api/cycles/${org.cycle.id}/rounds`, roundRequest(ids));
    const { approval } = (await (
      await org.leader.client.get(`/api/cycles/${org.cycle.id}/round-approval`)
    ).json()) as Json;

    // The leader themselves, a fellow leader, the coach: members, not admins.
    for (const member of [org.leader, org.otherLeader, org.coach]) {
      const approved = await member.client.post(`/api/round-approvals/${approval.id}/approve`);
      expect(approved.status).toBe(403);
      expect((await member.client.get(`/api/workspaces/${org.workspaceId}/round-approvals`)).status).toBe(
        403,
      );
    }
    // The admin of another organization, and a stranger, do not even find the list.
    const otherAdmin = await signedUpClient(testApp, 'Otto Admin');
    await otherAdmin.client.post('/api/workspaces', { name: 'Other Org' });
    for (const outsider of [otherAdmin, await signedUpClient(testApp, 'Stranger')]) {
      expect((await outsider.client.post(`/api/round-approvals/${approval.id}/approve`)).status).toBe(404);
      const declined = await outsider.client.post(`/api/round-approvals/${approval.id}/decline`, {
        reason: 'Declining someone else list',
      });
      expect(declined.status).toBe(404);
    }
    // A leader who is also an admin still needs another admin for their own list.
    await testApp.deps.repos.workspaces.addMembership(
      org.workspaceId,
      org.leader.user.id,
      'admin',
      new Date(),
    );
    const own = await org.leader.client.post(`/api/round-approvals/${approval.id}/approve`);
    expect(own.status).toBe(403);
    expect(((await own.json()) as Json).error.code).toBe('own_list');

    const tables = await dumpAllTables(testApp);
    expect(tables.rounds).toEqual([]);

    // Approving after the closing date passed is refused with a message, not opened late.
    clock.set('2026-12-11T09:00:00Z');
    await signInAgain({ leader: org.admin });
    const late = await org.admin.client.post(`/api/round-approvals/${approval.id}/approve`);
    expect(late.status).toBe(400);
    expect(((await late.json()) as Json).error).toMatchObject({ code: 'closing_date_passed' });
  });
});

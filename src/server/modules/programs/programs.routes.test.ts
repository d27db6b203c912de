import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { LeadersEnrolled, ProgramDetail } from '../../../shared/programs';
import { cycleInput, programInput, programWithLeaders, tokenOf } from './programs.fixtures';

describeEachEngine('programs', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function organization() {
    const admin = await signedUpClient(testApp, 'Ada Admin');
    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const { id: workspaceId } = (await created.json()) as { id: string };
    return { admin, workspaceId };
  }

  test('an admin creates a program, and a wrong date names its field and stores nothing', async () => {
    const { admin, workspaceId } = await organization();
    const refused = await admin.client.post(`/api/workspaces/${workspaceId}/programs`, {
      ...programInput,
      endsOn: '2026-01-01',
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { field: string } }).error.field).toBe('endsOn');
    const created = await admin.client.post(`/api/workspaces/${workspaceId}/programs`, programInput);
    expect(created.status).toBe(201);
    const list = (await (await admin.client.get(`/api/workspaces/${workspaceId}/programs`)).json()) as {
      programs: { name: string; cadence: unknown }[];
    };
    expect(list.programs.map((program) => program.name)).toEqual(['New managers 2026']);
    expect(list.programs[0]?.cadence).toEqual(programInput.cadence);
  });

  test('the assigned coach must hold the coach role in the organization', async () => {
    const { admin, workspaceId } = await organization();
    const stranger = await signedUpClient(testApp, 'Stranger');
    const refused = await admin.client.post(`/api/workspaces/${workspaceId}/programs`, {
      ...programInput,
      coachAccountId: stranger.user.id,
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_a_coach');
    expect(await testApp.deps.repos.programs.listOfWorkspace(workspaceId)).toEqual([]);
  });

  test('a pasted CSV invites each person once, reports the lines it skipped, and without SMTP hands the links to the admin', async () => {
    const { admin, workspaceId } = await organization();
    const { id: programId } = (await (
      await admin.client.post(`/api/workspaces/${workspaceId}/programs`, programInput)
    ).json()) as { id: string };
    const text =
      'name,email\n"Lee, Sam",sam@example.com\nno address here\nkim@example.com\nSam again,SAM@example.com\n';
    const response = await admin.client.post(`/api/programs/${programId}/enrollments`, { text });
    const enrolled = (await response.json()) as LeadersEnrolled;
    expect(enrolled.invited).toEqual([
      { name: 'Lee, Sam', email: 'sam@example.com' },
      { name: 'kim', email: 'kim@example.com' },
    ]);
    expect(enrolled.skipped.map((line) => [line.line, line.reason])).toEqual([
      [3, 'No valid email address on this line'],
      [5, 'This address is already in the list above'],
    ]);
    expect(enrolled.delivery).toBe('held');
    expect(enrolled.links).toHaveLength(2);
    const outbox = await testApp.deps.repos.mail.listForWorkspace(workspaceId, 10);
    expect(outbox.map((message) => message.to_address).sort()).toEqual([
      'kim@example.com',
      'sam@example.com',
    ]);
    const again = (await (
      await admin.client.post(`/api/programs/${programId}/enrollments`, { text: 'kim@example.com' })
    ).json()) as LeadersEnrolled;
    expect(again.invited).toEqual([]);
    expect(again.skipped[0]?.reason).toBe('Already on this program');
    const audit = await testApp.deps.repos.audit.listForWorkspace(workspaceId, 20);
    expect(audit.filter((entry) => entry.action === 'program.enrollment_invited')).toHaveLength(2);
  });

  test('a leader who accepts joins as a leader and their program cycle inherits the cadence', async () => {
    const { leaders, workspaceId, programId } = await programWithLeaders(testApp, { leaders: 1 });
    const leader = leaders[0] as (typeof leaders)[number];
    const mine = (await (await leader.client.get(`/api/workspaces/${workspaceId}/my-programs`)).json()) as {
      programs: { id: string; cycleId: string | null }[];
    };
    expect(mine.programs).toEqual([expect.objectContaining({ id: programId, cycleId: leader.cycleId })]);
    const settings = await testApp.deps.repos.followUp.findSettings(leader.cycleId);
    expect(settings).toMatchObject({ mini_survey_interval_days: 45, check_in_interval_days: 14 });
    const reminder = await testApp.deps.repos.plans.findDailyReminder(leader.cycleId);
    expect(reminder).toMatchObject({ enabled: 1, local_time: '08:30' });
    expect(await testApp.deps.repos.workspaces.rolesOf(workspaceId, leader.user.id)).toEqual(['leader']);
  });

  test('an invitation is accepted only by its own address, and only once', async () => {
    const { admin, workspaceId } = await organization();
    const { id: programId } = (await (
      await admin.client.post(`/api/workspaces/${workspaceId}/programs`, programInput)
    ).json()) as { id: string };
    const invitee = await signedUpClient(testApp, 'Invitee');
    const other = await signedUpClient(testApp, 'Other');
    const { links } = (await (
      await admin.client.post(`/api/programs/${programId}/enrollments`, { text: invitee.email })
    ).json()) as LeadersEnrolled;
    const token = tokenOf(links[0]?.link as string);
    expect((await other.client.post('/api/program-invitations/accept', { token })).status).toBe(403);
    expect((await invitee.client.post('/api/program-invitations/accept', { token })).status).toBe(200);
    expect((await invitee.client.post('/api/program-invitations/accept', { token })).status).toBe(410);
  });

  test('a removed leader keeps their cycle, cannot start another in the program, and the admin sees only statuses', async () => {
    const { admin, leaders, programId } = await programWithLeaders(testApp, { leaders: 2 });
    const [gone, staying] = leaders as [(typeof leaders)[number], (typeof leaders)[number]];
    const before = (await (await admin.client.get(`/api/programs/${programId}`)).json()) as ProgramDetail;
    const enrollment = before.enrollments.find((entry) => entry.email === gone.user.email);
    expect(
      (await admin.client.delete(`/api/programs/${programId}/enrollments/${enrollment?.id}`)).status,
    ).toBe(204);
    const after = (await (await admin.client.get(`/api/programs/${programId}`)).json()) as ProgramDetail;
    expect(after.enrollments.map((entry) => [entry.email, entry.status]).sort()).toEqual(
      [
        [gone.user.email, 'removed'],
        [staying.user.email, 'enrolled'],
      ].sort(),
    );
    expect(JSON.stringify(after)).not.toContain(gone.cycleId);
    expect((await gone.client.get(`/api/cycles/${gone.cycleId}`)).status).toBe(200);
    const refused = await gone.client.post(`/api/programs/${programId}/cycles`, cycleInput());
    expect(refused.status).toBe(403);
  });

  test('changing the coach is written to the audit log', async () => {
    const { admin, workspaceId, programId } = await programWithLeaders(testApp, { leaders: 1 });
    const changed = await admin.client.put(`/api/programs/${programId}`, {
      ...programInput,
      coachAccountId: null,
    });
    expect(changed.status).toBe(204);
    const audit = await testApp.deps.repos.audit.listForWorkspace(workspaceId, 50);
    expect(audit.map((entry) => entry.action)).toContain('program.coach_assigned');
    expect(audit.map((entry) => entry.action)).toContain('program.enrollment_accepted');
  });
});

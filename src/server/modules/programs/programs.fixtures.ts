import { signedUpClient, type TestApp, type TestClient } from '../../../../tests/support/test-app';
import type { LeadersEnrolled } from '../../../shared/programs';

export const programInput = {
  name: 'New managers 2026',
  startsOn: '2026-03-01',
  endsOn: '2026-08-31',
  coachAccountId: null as string | null,
  cadence: { checkInIntervalDays: 14, miniSurveyIntervalDays: 45, dailyReminderTime: '08:30' },
};

export const cycleInput = (competencyKey = 'listening-with-empathy') => ({
  problem: 'My team never tells me about problems early.',
  goal: 'I want to get better at listening so that problems surface early.',
  competencyKey,
  baseline: {},
});

export type EnrolledLeader = {
  client: TestClient;
  user: { id: string; email: string; name: string };
  cycleId: string;
};

async function json<T>(response: Response, status: number): Promise<T> {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The token in an enrollment link, as the leader's browser reads it from the address. */
export const tokenOf = (link: string) => link.split('#token=')[1] as string;

/**
 * An organization with a coach and a program whose leaders were invited by pasted list, accepted
 * through their links and started a cycle in it, all through the API.
 */
export async function programWithLeaders(
  testApp: TestApp,
  {
    leaders = 5,
    competencies = ['listening-with-empathy'],
  }: { leaders?: number; competencies?: string[] } = {},
) {
  const admin = await signedUpClient(testApp, 'Ada Admin');
  const { id: workspaceId } = await json<{ id: string }>(
    await admin.client.post('/api/workspaces', { name: 'Acme' }),
    201,
  );
  const coach = await signedUpClient(testApp, 'Cora Coach');
  await testApp.deps.repos.workspaces.addMembership(workspaceId, coach.user.id, 'coach', new Date());
  const { id: programId } = await json<{ id: string }>(
    await admin.client.post(`/api/workspaces/${workspaceId}/programs`, {
      ...programInput,
      coachAccountId: coach.user.id,
    }),
    201,
  );
  const people = await Promise.all(
    Array.from({ length: leaders }, (_, index) => signedUpClient(testApp, `Leader ${index + 1}`)),
  );
  const enrolled = await json<LeadersEnrolled>(
    await admin.client.post(`/api/programs/${programId}/enrollments`, {
      text: people.map((person) => `${person.user.name}, ${person.email}`).join('\n'),
    }),
    200,
  );
  const started: EnrolledLeader[] = [];
  for (const [index, person] of people.entries()) {
    const link = enrolled.links.find((entry) => entry.email === person.email)?.link as string;
    await json(await person.client.post('/api/program-invitations/accept', { token: tokenOf(link) }), 200);
    const competency = competencies[index % competencies.length] as string;
    const { cycle } = await json<{ cycle: { id: string } }>(
      await person.client.post(`/api/programs/${programId}/cycles`, cycleInput(competency)),
      201,
    );
    started.push({ client: person.client, user: person.user, cycleId: cycle.id });
  }
  return { admin, coach, workspaceId, programId, leaders: started };
}

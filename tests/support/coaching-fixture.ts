import { signedUpClient, type TestApp, type TestClient } from './test-app';

/** The token from a coaching link the leader passes on (…/coaching/accept#token=…). */
export const coachingTokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

/** The leader invites a new account as coach (no SMTP: the answer holds the link) and it accepts. */
export async function acceptedCoach(
  testApp: TestApp,
  leader: TestClient,
  workspaceId: string,
  coach?: Awaited<ReturnType<typeof signedUpClient>>,
) {
  const person = coach ?? (await signedUpClient(testApp, 'Cora Coach'));
  const invited = await leader.post(`/api/workspaces/${workspaceId}/coaches`, { email: person.email });
  if (invited.status !== 201) throw new Error(`invite coach: ${invited.status} ${await invited.text()}`);
  const { link, coaching } = (await invited.json()) as { link: string; coaching: { id: string } };
  const accepted = await person.client.post('/api/coaching/accept', { token: coachingTokenOf(link) });
  if (accepted.status !== 200)
    throw new Error(`accept coaching: ${accepted.status} ${await accepted.text()}`);
  return { coach: person, coachingId: coaching.id };
}

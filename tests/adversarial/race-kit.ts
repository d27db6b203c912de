import { createClient, type TestApp } from '../support/test-app';
import { type Json, type Setup, signedAnswers } from './adversary-kit';

/**
 * Moves for attacks that race requests: two requests that each pass a check before either writes,
 * where the database, not the check, must decide. Each attack fires its requests at once, `tries`
 * times over. On PostgreSQL they run side by side on the pool's connections; on SQLite the app's
 * one connection interleaves them statement by statement, as one process serving several people does.
 */

export const tries = 20;

/** Many tries make a long test on a busy machine; far from the limit when it is not. */
export const raceTimeout = { timeout: 120_000 };

/** A response as status and error code, e.g. "409 round_already_open". */
export async function outcome(response: Response) {
  const body = response.status >= 400 ? ((await response.json()) as Json) : {};
  return `${response.status}${body.error ? ` ${body.error.code}` : ''}`;
}

/** The outcomes of requests fired together, in a stable order: "201 + 409 already_invited". */
export async function outcomesTogether(responses: Response[]) {
  return (await Promise.all(responses.map(outcome))).sort().join(' + ');
}

/** How many tries ended each way, e.g. { "201 + 409 round_already_open": 20 }. */
export const tally = (outcomes: string[]) =>
  outcomes.reduce<Record<string, number>>(
    (counts, each) => Object.assign(counts, { [each]: (counts[each] ?? 0) + 1 }),
    {},
  );

/** A stakeholder who followed their link and has the form in front of them, ready to send. */
export async function readyToAnswer(testApp: TestApp, url: string, signature: string) {
  const browser = createClient(testApp.app);
  await browser.get(new URL(url).pathname);
  const page = (await (await browser.get('/api/answer')).json()) as Json;
  return () => browser.post('/api/answer', { answers: signedAnswers(4, signature)(page), showMyName: false });
}

/** The leader adds a new person to their list and returns the new stakeholder's id. */
export async function newStakeholder(setup: Pick<Setup, 'leader' | 'workspaceId'>, name: string) {
  const created = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
    name,
    email: `${name.toLowerCase().replaceAll(' ', '.')}@example.com`,
    relationshipGroup: 'direct_report',
  });
  return ((await created.json()) as Json).stakeholder.id as string;
}

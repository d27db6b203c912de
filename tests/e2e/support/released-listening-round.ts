import { addDays } from '../../../src/shared/calendar';
import { type Api, apiFor } from './api-client';
import type { E2eEnvironment } from './e2e-environment';
import { newListeningCycle } from './listening-cycle';
import { linkIn } from './mail-message';

type Group = 'direct_report' | 'peer' | 'manager' | 'other';
export type ListeningStakeholder = { name: string; email: string | null; group: Group };

type Question = {
  id: string;
  kind: 'rating' | 'text' | 'choice';
  min?: number;
  max?: number;
  feedforward?: boolean;
};

/**
 * Set-up through the API: a cycle, the given stakeholders, and a listening round each of them with
 * an email address answered through their emailed link (the n-th of them suggesting `suggestions[n]`),
 * closed so its results are out.
 */
export async function cycleWithReleasedListeningRound(
  env: E2eEnvironment,
  api: Api,
  options: { stakeholders: ListeningStakeholder[]; suggestions: string[]; intro: string },
) {
  const { workspaceId, cycleId } = await newListeningCycle(api, { 'let-people-finish': 3 });
  const ids: string[] = [];
  for (const person of options.stakeholders) {
    const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
      `/api/workspaces/${workspaceId}/stakeholders`,
      { name: person.name, email: person.email, relationshipGroup: person.group },
    );
    ids.push(stakeholder.id);
  }
  const { roundId } = await api.post<{ roundId: string }>(`/api/cycles/${cycleId}/rounds`, {
    kind: 'listening',
    intro: options.intro,
    closesOn: addDays(new Date().toISOString().slice(0, 10), 7),
    stakeholderIds: ids,
  });
  const reachable = options.stakeholders.flatMap((person) => (person.email === null ? [] : [person.email]));
  for (const [index, email] of reachable.entries()) {
    await answerListeningThroughLink(env, email, options.suggestions[index] as string);
  }
  await api.post(`/api/rounds/${roundId}/close`, {});
  return { cycleId, roundId, workspaceId };
}

/** One stakeholder opens their emailed link and answers the listening round, without the screens. */
export async function answerListeningThroughLink(env: E2eEnvironment, email: string, suggestion: string) {
  const mail = await env.mail.waitForMessage(email, 'Ada Leader would value your feedforward');
  const visit = await env.newVisitor();
  const answerer = apiFor(visit.context.request, env.baseUrl);
  // The link swaps its token for a cookie, then leads to the answer page.
  await visit.context.request.get(linkIn(mail, '/a/'));
  const { page } = await answerer.get<{ page: { questions: Question[] } }>('/api/answer');
  const answers = Object.fromEntries(
    page.questions.map((question) => [
      question.id,
      question.kind === 'rating'
        ? (question.min ?? 1) + 2
        : question.kind === 'text' && question.feedforward
          ? question.id === 'feedforward-1'
            ? suggestion
            : null
          : question.kind === 'text'
            ? 'Working together is calm and friendly.'
            : null,
    ]),
  );
  await answerer.post('/api/answer', { answers });
  await visit.context.close();
}

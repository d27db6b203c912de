import type { Api } from './api-client';

/**
 * Set-up through the API: a listening-with-empathy cycle about hearing of problems too late, in the
 * leader's first workspace, with the given self-rated baseline.
 */
export async function newListeningCycle(api: Api, baseline: Record<string, number> = {}) {
  const workspaceId = (await api.get<{ workspaces: { id: string }[] }>('/api/workspaces')).workspaces[0]
    ?.id as string;
  const { cycle } = await api.post<{ cycle: { id: string } }>(`/api/workspaces/${workspaceId}/cycles`, {
    problem: 'My team never tells me about problems until it is too late.',
    goal: 'I want to get better at listening with empathy so that my team tells me about problems early.',
    competencyKey: 'listening-with-empathy',
    baseline,
  });
  return { workspaceId, cycleId: cycle.id };
}

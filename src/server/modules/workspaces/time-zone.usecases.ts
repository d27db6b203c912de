import { leaderTimeZone } from '../../../shared/calendar';
import type { Repositories } from '../../repositories';

/**
 * The zone a leader's calendar rules follow: a round's closing day, a check-in's day, follow-up
 * due dates (decision 0032). Their own when they chose one, else their workspace's.
 */
export async function timeZoneOfLeader(
  repos: Pick<Repositories, 'accounts' | 'workspaces'>,
  leaderId: string,
  workspaceId: string,
): Promise<string> {
  const [leader, workspace] = await Promise.all([
    repos.accounts.findUserById(leaderId),
    repos.workspaces.findWorkspace(workspaceId),
  ]);
  return leaderTimeZone({ leader: leader?.time_zone, workspace: workspace?.time_zone });
}

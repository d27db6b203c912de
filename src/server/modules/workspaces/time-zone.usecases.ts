import type { CurrentUser } from '../../../shared/accounts';
import { leaderTimeZone } from '../../../shared/calendar';
import type { AppDeps } from '../../deps';
import type { Repositories } from '../../repositories';
import { requireAdmin } from './workspaces.usecases';

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

/**
 * Sets the zone the workspace's leaders count in when they chose none (admins). Rounds already open
 * keep the closing moment fixed when they opened.
 */
export async function setWorkspaceTimeZone(
  deps: Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
  timeZone: string,
) {
  await requireAdmin(deps, user, workspaceId);
  await deps.transact(async (repos) => {
    await repos.workspaces.updateTimeZone(workspaceId, timeZone);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'workspace.time_zone', target: timeZone },
      deps.now(),
    );
  });
}

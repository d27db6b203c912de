import type { CurrentUser } from '../../../shared/accounts';
import type { AppDeps } from '../../deps';
import { answersOf, questionsOf } from '../rounds/public.models';
import { requireAdmin } from '../workspaces';
import { retentionCutoff, withoutFreeText } from './retention.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

export async function getRetention(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  await requireAdmin(deps, user, workspaceId);
  return { months: await deps.repos.workspaces.findRetention(workspaceId) };
}

export async function setRetention(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  months: number | null,
) {
  await requireAdmin(deps, user, workspaceId);
  await deps.transact(async (repos) => {
    await repos.workspaces.updateRetention(workspaceId, months);
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'workspace.retention',
        target: months === null ? 'keep' : String(months),
      },
      deps.now(),
    );
  });
}

/**
 * Removes free-text answers from rounds closed more than the workspace's retention ago, keeping
 * ratings and choices. A round's responses are rewritten together in one transaction, so the
 * rewrite singles out no response. Returns how many responses lost text.
 */
export async function applyRetention(deps: Pick<Deps, 'repos' | 'transact' | 'now'>): Promise<number> {
  const now = deps.now();
  let changed = 0;
  for (const workspace of await deps.repos.workspaces.listWorkspacesWithRetention()) {
    const cutoff = retentionCutoff(now, workspace.retention_months as number, workspace.time_zone);
    for (const round of await deps.repos.rounds.listRoundsClosedBefore(workspace.id, cutoff)) {
      const questions = questionsOf(round);
      changed += await deps.transact(async (repos) => {
        let count = 0;
        for (const response of await repos.rounds.listResponseAnswers(round.id)) {
          const stripped = withoutFreeText(questions, answersOf(response));
          if (!stripped.changed) continue;
          await repos.rounds.updateResponseAnswers(response.id, JSON.stringify(stripped.answers));
          count++;
        }
        return count;
      });
    }
  }
  return changed;
}

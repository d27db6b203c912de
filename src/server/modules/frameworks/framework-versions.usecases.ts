import type { CurrentUser } from '../../../shared/accounts';
import type { FrameworkFile } from '../../../shared/framework';
import type { AppDeps } from '../../deps';
import { conflict, invalid } from '../../errors';
import { requireAdmin } from '../workspaces';
import { missingKeys, summarizeChanges } from './framework-changes.models';
import { changesFrom, getActiveFramework, storeVersion } from './frameworks.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

/**
 * Saves what an admin edited in the browser as the next version. It must build on the version the
 * editor loaded: otherwise another admin's save in between would be silently undone. Nothing is
 * deleted in the editor, only retired, so a key once used never comes back meaning something else.
 * Cycles copied their competency when they started, so none that runs changes.
 */
export async function saveFrameworkVersion(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  input: { baseVersion: number; framework: FrameworkFile },
) {
  await requireAdmin(deps, user, workspaceId);
  const now = deps.now();
  return deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    const current = await repos.frameworks.currentVersion(workspaceId);
    if (current !== input.baseVersion) {
      throw conflict(
        'framework_changed',
        `Another admin saved version ${current} while you were editing. Reload the page to see it, then make your changes again.`,
      );
    }
    const { framework: before } = await getActiveFramework({ repos }, workspaceId);
    const missing = missingKeys(before, input.framework);
    if (missing.length > 0) {
      throw invalid(
        'removed_item',
        `"${missing[0]}" was removed. Retire it instead, so cycles that use it keep its meaning.`,
        'framework',
      );
    }
    const changes = await changesFrom(repos, workspaceId, input.framework);
    if (changes.length === 0) throw invalid('no_changes', 'Nothing changed, so no new version was saved.');
    const summary = summarizeChanges(changes);
    const version = await storeVersion(repos, {
      workspaceId,
      user,
      framework: input.framework,
      summary,
      now,
    });
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'framework.edited',
        target: input.framework.name,
        detail: `version ${version}: ${summary}`,
      },
      now,
    );
    return version;
  });
}

export async function listFrameworkVersions(deps: Deps, user: CurrentUser, workspaceId: string) {
  await requireAdmin(deps, user, workspaceId);
  const rows = await deps.repos.frameworks.listVersions(workspaceId);
  return rows.map((row) => ({
    version: Number(row.version),
    summary: row.summary,
    createdAt: row.created_at,
    author: row.author,
  }));
}

import type { CurrentUser } from '../../../shared/accounts';
import { type FrameworkFile, frameworkFileSchema } from '../../../shared/framework';
import { checkFrameworkFile } from '../../../shared/framework-check';
import { readStoredJson } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { requireAdmin, requireMembership } from '../workspaces';
import { defaultFramework } from './default-framework';
import { summarizeIssues } from './frameworks.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

export type ActiveFramework = { framework: FrameworkFile; isDefault: boolean; updatedAt: string | null };

/** The framework a workspace works with now: its own import, or the default. No access check. */
export async function getActiveFramework(
  deps: Pick<Deps, 'repos'>,
  workspaceId: string,
): Promise<ActiveFramework> {
  const stored = await deps.repos.frameworks.find(workspaceId);
  if (!stored) return { framework: defaultFramework, isDefault: true, updatedAt: null };
  // Checked against frameworkFileSchema on the way in, and again on the way out.
  return {
    framework: readStoredJson(frameworkFileSchema, stored.framework, `framework of workspace ${workspaceId}`),
    isDefault: false,
    updatedAt: stored.updated_at,
  };
}

export async function getWorkspaceFramework(
  deps: Pick<Deps, 'repos'>,
  user: CurrentUser,
  workspaceId: string,
) {
  await requireMembership(deps, user, workspaceId);
  return getActiveFramework(deps, workspaceId);
}

/**
 * Replaces the workspace's framework with an uploaded file. The admin check comes first, so
 * only an admin learns what is wrong with a file; a file with any problem changes nothing.
 * Cycles keep their own copy of their competency, so running cycles are unaffected.
 */
export async function importFramework(deps: Deps, user: CurrentUser, workspaceId: string, file: unknown) {
  await requireAdmin(deps, user, workspaceId);
  const checked = checkFrameworkFile(file);
  if (!checked.ok) {
    throw new AppError(
      'invalid',
      'invalid_framework',
      summarizeIssues(checked.issues, checked.issueCount),
      checked.issues[0]?.path || undefined,
      { issues: checked.issues },
    );
  }
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.frameworks.save(workspaceId, JSON.stringify(checked.framework), now);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'framework.imported', target: checked.framework.name },
      now,
    );
  });
}

/** Back to the default framework; idempotent, and only an actual change is audit-logged. */
export async function resetFramework(deps: Deps, user: CurrentUser, workspaceId: string) {
  await requireAdmin(deps, user, workspaceId);
  const now = deps.now();
  await deps.transact(async (repos) => {
    if (await repos.frameworks.remove(workspaceId)) {
      await repos.audit.record(
        { workspaceId, actorUserId: user.id, action: 'framework.reset', target: defaultFramework.name },
        now,
      );
    }
  });
}

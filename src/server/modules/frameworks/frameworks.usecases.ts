import type { CurrentUser } from '../../../shared/accounts';
import { type FrameworkFile, frameworkFileSchema } from '../../../shared/framework';
import { checkFrameworkFile } from '../../../shared/framework-check';
import { readStoredJson } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Repositories } from '../../repositories';
import { requireAdmin, requireMembership } from '../workspaces';
import { defaultFramework } from './default-framework';
import { describeFrameworkChanges, summarizeChanges } from './framework-changes.models';
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
  const active = await getActiveFramework(deps, workspaceId);
  return { ...active, version: await deps.repos.frameworks.currentVersion(workspaceId) };
}

/**
 * Stores a new current framework and keeps it as the next numbered version, inside the caller's
 * transaction after the workspace row was locked, so two saves cannot take the same number.
 */
export async function storeVersion(
  repos: Repositories,
  change: { workspaceId: string; user: CurrentUser; framework: FrameworkFile; summary: string; now: Date },
  asCurrent = true,
) {
  const version = (await repos.frameworks.currentVersion(change.workspaceId)) + 1;
  const json = JSON.stringify(change.framework);
  if (asCurrent) await repos.frameworks.save(change.workspaceId, json, change.now);
  await repos.frameworks.insertVersion({
    workspaceId: change.workspaceId,
    version,
    framework: json,
    summary: change.summary,
    createdBy: change.user.id,
    createdAt: change.now,
  });
  return version;
}

/** What an import or an edit changed, against what the workspace used until now. */
export async function changesFrom(repos: Repositories, workspaceId: string, next: FrameworkFile) {
  const { framework: before } = await getActiveFramework({ repos }, workspaceId);
  return describeFrameworkChanges(before, next);
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
    await repos.workspaces.lockWorkspace(workspaceId);
    const changes = await changesFrom(repos, workspaceId, checked.framework);
    const summary = `Imported a file${changes.length > 0 ? `: ${summarizeChanges(changes)}` : ' (no changes)'}`;
    const version = await storeVersion(repos, {
      workspaceId,
      user,
      framework: checked.framework,
      summary,
      now,
    });
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'framework.imported',
        target: checked.framework.name,
        detail: `version ${version}`,
      },
      now,
    );
  });
}

/** Back to the default framework; idempotent, and only an actual change is audit-logged. */
export async function resetFramework(deps: Deps, user: CurrentUser, workspaceId: string) {
  await requireAdmin(deps, user, workspaceId);
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.workspaces.lockWorkspace(workspaceId);
    if (await repos.frameworks.remove(workspaceId)) {
      const summary = 'Back to the built-in framework';
      const version = await storeVersion(
        repos,
        { workspaceId, user, framework: defaultFramework, summary, now },
        false,
      );
      await repos.audit.record(
        {
          workspaceId,
          actorUserId: user.id,
          action: 'framework.reset',
          target: defaultFramework.name,
          detail: `version ${version}`,
        },
        now,
      );
    }
  });
}

import type { CurrentUser } from '../../../shared/accounts';
import type { Locale } from '../../../shared/i18n/locales';
import type { AppDeps } from '../../deps';
import { requireAdmin } from './workspaces.usecases';

/**
 * Sets the language new rounds ask stakeholders in when the leader picks none (admins). Rounds
 * already open keep the language they opened with: their questions and links are out already.
 */
export async function setWorkspaceLanguage(
  deps: Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
  language: Locale,
) {
  await requireAdmin(deps, user, workspaceId);
  await deps.transact(async (repos) => {
    await repos.workspaces.updateDefaultLanguage(workspaceId, language);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'workspace.language', target: language },
      deps.now(),
    );
  });
}

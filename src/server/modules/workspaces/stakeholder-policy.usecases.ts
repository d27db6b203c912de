import type { CurrentUser } from '../../../shared/accounts';
import type { StakeholderPolicy } from '../../../shared/stakeholder-policy';
import type { AppDeps } from '../../deps';
import { invalid } from '../../errors';
import { storedPolicy } from './stakeholder-policy.models';
import { requireAdmin } from './workspaces.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

/**
 * An organization's rules for the people its leaders ask: its own email domains, and whether an
 * admin approves each list. New rules also hold for people listed before: rounds check on opening.
 */
export async function setStakeholderPolicy(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  policy: StakeholderPolicy,
) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  if (workspace.kind === 'personal') {
    throw invalid(
      'personal_workspace',
      'A personal workspace has no organization to set rules: create an organization first.',
    );
  }
  await deps.transact(async (repos) => {
    await repos.stakeholderPolicy.update(workspaceId, storedPolicy(policy));
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'workspace.stakeholder_policy',
        target: `domains: ${policy.emailDomains.join(' ') || 'any'}; approval: ${policy.approvalRequired ? 'required' : 'off'}`,
      },
      deps.now(),
    );
  });
}

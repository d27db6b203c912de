import type { AppDeps } from '../../deps';
import { createAccount } from '../accounts/accounts.usecases';
import { createOrganization } from '../workspaces/workspaces.usecases';
import { seedDemoCycle } from './demo-cycle';

export const demoAccount = {
  name: 'Dana Demo',
  email: 'demo@feedforward.local',
  password: 'show-me-feedforward',
};

/** Only an empty database gets the demo workspace, so a restart never duplicates or overwrites data. */
export async function seedDemoWhenEmpty(deps: AppDeps): Promise<boolean> {
  if (await deps.repos.accounts.anyUserExists()) return false;
  // Not through sign-up's gate: the operator's SIGNUP policy is about visitors, not this first-run demo.
  const user = await createAccount(deps, demoAccount);
  const organizationId = await createOrganization(deps, user, 'Demo Engineering');
  await deps.repos.workspaces.addMembership(organizationId, user.id, 'leader', deps.now());
  await seedDemoCycle(deps, user, organizationId);
  return true;
}

import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../deps';
import { createAccount } from '../accounts';
import { createOrganization } from '../workspaces';
import { seedDemoCycle } from './demo-cycle';
import { seedDemoProgram } from './demo-program';

export const demoAccount = { name: 'Dana Demo', email: 'demo@feedforward.local' };

export type DemoSignIn = { email: string; password: string };

/**
 * Seeds the demo workspace on a first start, when SEED_DEMO allows it (by default only on a loopback
 * BASE_URL) and the database is empty, so a restart never duplicates or overwrites data. Its password is
 * made here, for this install alone, and returned to be shown once: only a hash of it is kept.
 */
export async function seedDemoWhenEmpty(deps: AppDeps): Promise<DemoSignIn | null> {
  if (!deps.config.SEED_DEMO) return null;
  if (await deps.repos.accounts.anyUserExists()) return null;
  const signIn = { email: demoAccount.email, password: randomBytes(12).toString('base64url') };
  // Not through sign-up's gate: the operator's SIGNUP policy is about visitors, not this first-run
  // demo, whose made-up address nobody could confirm; its round mails only made-up addresses.
  const user = await createAccount(deps, { ...signIn, name: demoAccount.name }, { emailVerified: true });
  const organizationId = await createOrganization(deps, user, 'Demo Engineering');
  await deps.repos.workspaces.addMembership(organizationId, user.id, 'leader', deps.now());
  await seedDemoCycle(deps, user, organizationId);
  await seedDemoProgram(deps, user, organizationId);
  return signIn;
}

import type { CurrentUser } from '../../../shared/accounts';
import { conflict, invalid } from '../../errors';
import type { Repositories } from '../../repositories';
import { policyOf } from '../workspaces/public.models';
import { type AddressProblem, type AddressRules, addressProblem } from './stakeholder-address.models';

/**
 * The rules a leader's stakeholder addresses meet in this workspace, read from the database.
 * `exceptId` is the stakeholder being edited, who may keep their own address.
 */
export async function addressRulesFor(
  repos: Repositories,
  leader: Pick<CurrentUser, 'id' | 'email'>,
  workspaceId: string,
  exceptId?: string,
): Promise<AddressRules> {
  const workspace = await repos.workspaces.findWorkspace(workspaceId);
  const listed = await repos.stakeholders.listOfLeader(leader.id, workspaceId);
  return {
    leaderEmail: leader.email,
    listedEmails: listed.flatMap((row) => (row.email && row.id !== exceptId ? [row.email] : [])),
    emailDomains: policyOf(workspace ?? {}).emailDomains,
  };
}

const errorCodes: Record<AddressProblem['reason'], string> = {
  outside_domains: 'stakeholder_outside_domains',
  own_address: 'stakeholder_own_address',
  already_listed: 'stakeholder_email_taken',
  twin: 'stakeholder_email_twin',
};

/** Refuses the address with an error the form shows beside its email field. */
export function refuseAddress(email: string | null, rules: AddressRules) {
  const problem = addressProblem(email, rules);
  if (!problem) return;
  const make = problem.reason === 'already_listed' || problem.reason === 'twin' ? conflict : invalid;
  throw make(errorCodes[problem.reason], `${problem.message}.`, 'email');
}

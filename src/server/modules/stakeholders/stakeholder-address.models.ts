import { domainProblem } from '../workspaces/public.models';
import { type TwinProblem, twinProblem } from './address-twins.models';

/** What an address is checked against: who the leader is, who they already ask, where the organization mails. */
export type AddressRules = {
  leaderEmail: string;
  listedEmails: readonly string[];
  emailDomains: readonly string[];
};

export type AddressProblem = { reason: TwinProblem['reason'] | 'outside_domains'; message: string };

/** Why this stakeholder's address (or its absence) is refused, or null when it may be asked. */
export function addressProblem(email: string | null, rules: AddressRules): AddressProblem | null {
  const outside = domainProblem(email, rules.emailDomains);
  if (outside) return { reason: 'outside_domains', message: outside };
  return email ? twinProblem(email, rules) : null;
}

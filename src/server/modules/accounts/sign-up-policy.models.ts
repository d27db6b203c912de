import type { SignUpPolicy } from '../../../shared/accounts';

/** What the new account would need to be let in, beyond the policy itself. */
export type SignUpCandidate = {
  email: string;
  /** A workspace invitation to this address is waiting (not accepted, not expired). */
  invited: boolean;
  /** No account exists yet: someone has to be first to create an organization and invite the rest. */
  firstAccount: boolean;
};

/** Why this address may not create an account under the operator's policy, or null when it may. */
export function signUpRefusal(policy: SignUpPolicy, candidate: SignUpCandidate): string | null {
  if (policy.signUp === 'off') {
    return 'New accounts cannot be created on this Feedforward. Ask the person who runs it for access.';
  }
  const domain = candidate.email.slice(candidate.email.lastIndexOf('@') + 1);
  if (policy.emailDomains.length > 0 && !policy.emailDomains.includes(domain)) {
    return `Only addresses at ${listOfDomains(policy.emailDomains)} can create an account here.`;
  }
  if (policy.signUp === 'invite-only' && !candidate.invited && !candidate.firstAccount) {
    return 'Accounts here are by invitation only. Sign up with the address an admin invited, or ask one to invite you.';
  }
  return null;
}

function listOfDomains(domains: string[]): string {
  if (domains.length === 1) return domains[0] as string;
  return `${domains.slice(0, -1).join(', ')} or ${domains.at(-1)}`;
}

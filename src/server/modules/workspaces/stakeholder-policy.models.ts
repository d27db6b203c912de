import type { StakeholderPolicy } from '../../../shared/stakeholder-policy';

/** The policy as stored on the workspace row: domains space-separated, the switch as 0/1. */
export function policyOf(row: {
  stakeholder_email_domains?: string | null;
  round_approval_required?: number | null;
}): StakeholderPolicy {
  return {
    emailDomains: (row.stakeholder_email_domains ?? '').split(' ').filter(Boolean),
    approvalRequired: row.round_approval_required === 1,
  };
}

export function storedPolicy(policy: StakeholderPolicy) {
  return {
    stakeholder_email_domains: policy.emailDomains.join(' '),
    round_approval_required: policy.approvalRequired ? 1 : 0,
  };
}

const listed = (domains: readonly string[]) =>
  domains.length === 1 ? `@${domains[0]}` : `@${domains.slice(0, -1).join(', @')} or @${domains.at(-1)}`;

/**
 * Why an organization that names its own domains refuses this stakeholder, or null. Exact
 * domains only: a subdomain is often run by someone else (a vendor, a mailing list).
 */
export function domainProblem(email: string | null, domains: readonly string[]): string | null {
  if (domains.length === 0) return null;
  if (!email) return `Your organization asks for an email address at ${listed(domains)} for everyone you ask`;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (domains.includes(domain)) return null;
  return `${email} is not an address at ${listed(domains)}; your organization asks only its own people`;
}

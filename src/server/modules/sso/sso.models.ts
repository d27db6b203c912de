import type { WorkspaceRole } from '../../../shared/workspaces';

/** The provider id of the operator's own provider; every other provider id is a workspace id. */
export const instanceProviderId = 'instance';

/** Long enough to sign in at a provider (with its own second step), short enough to be no standing key. */
export const ssoSignInLifetimeMs = 10 * 60_000;

export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function parseEmailDomains(stored: string): string[] {
  return stored.split(' ').filter((domain) => domain !== '');
}

/**
 * How someone an organization's provider vouches for gets in: already a member, joining now
 * because their address is of one of its domains, or not at all.
 */
export function admissionToOrganization(input: {
  isMember: boolean;
  email: string;
  emailDomains: readonly string[];
}): 'member' | 'join' | 'refuse' {
  if (input.isMember) return 'member';
  return input.emailDomains.includes(emailDomainOf(input.email)) ? 'join' : 'refuse';
}

export type MembershipSso = {
  workspace_id: string;
  role: WorkspaceRole;
  provider_name: string;
  password_sign_in_off: number;
};

/**
 * The provider whose organization turned password sign-in off for this account, or null. An
 * admin of such an organization keeps their password: when the provider is down or wrongly set
 * up, someone must still get in to fix it.
 */
export function passwordSignInBlockedBy(memberships: readonly MembershipSso[]): string | null {
  const adminOf = new Set(memberships.filter((row) => row.role === 'admin').map((row) => row.workspace_id));
  const blocking = memberships.find(
    (row) => row.password_sign_in_off === 1 && !adminOf.has(row.workspace_id),
  );
  return blocking ? blocking.provider_name : null;
}

import type { CurrentUser } from '../../../shared/accounts';
import type { SsoConnectionTest, SsoSettings, SsoSettingsInput } from '../../../shared/sso';
import type { AppDeps } from '../../deps';
import { conflict, invalid } from '../../errors';
import { isLoopbackUrl } from '../../http/loopback';
import { createSecretBox } from '../../security/secret-box';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import { requireAdmin } from '../workspaces';
import { discoverIssuer } from './oidc-client';
import { emailDomainOf, parseEmailDomains } from './sso.models';
import { ssoCallbackUrl } from './sso.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config' | 'fetch'>;
type SavedInput = Omit<SsoSettingsInput, 'emailDomains' | 'passwordSignInOff'> & {
  emailDomains: string[];
  passwordSignInOff: boolean;
};

async function requireOrganizationAdmin(
  deps: Pick<Deps, 'repos' | 'config'>,
  user: CurrentUser,
  workspaceId: string,
) {
  const { workspace } = await requireAdmin(deps, user, workspaceId);
  if (workspace.kind === 'personal')
    throw invalid(
      'personal_workspace',
      'A personal workspace has no members to sign in: create an organization first.',
    );
  return workspace;
}

/** An organization's provider as its admins see it; the client secret never leaves the server. */
export async function getSsoSettings(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
): Promise<SsoSettings | null> {
  await requireOrganizationAdmin(deps, user, workspaceId);
  const row = await deps.repos.sso.findSettings(workspaceId);
  if (!row) return null;
  return {
    providerName: row.provider_name,
    issuerUrl: row.issuer_url,
    clientId: row.client_id,
    clientSecretSet: true,
    emailDomains: parseEmailDomains(row.email_domains),
    passwordSignInOff: row.password_sign_in_off === 1,
    signInUrl: `${deps.config.BASE_URL}/sign-in?sso=${encodeURIComponent(workspaceId)}`,
    callbackUrl: ssoCallbackUrl(deps.config),
  };
}

/** The server fetches what an admin types; off a developer's machine, only over https. */
function refusePlainHttpIssuer(config: Deps['config'], issuerUrl: string) {
  if (isLoopbackUrl(config.BASE_URL) || issuerUrl.startsWith('https://')) return;
  throw invalid('issuer_not_https', 'Issuer URL must start with https://', 'issuerUrl');
}

/**
 * Addresses of a domain join the organization at their first sign-in, so an admin may list only
 * a domain of a confirmed address of one of its admins (as Slack asks): no organization can
 * claim someone else's domain and make accounts for its people.
 */
async function refuseUnprovenDomains(deps: Pick<Deps, 'repos'>, workspaceId: string, domains: string[]) {
  if (domains.length === 0) return;
  const proven = new Set<string>();
  for (const member of await deps.repos.workspaces.listMembers(workspaceId)) {
    if (member.role !== 'admin') continue;
    const account = await deps.repos.accounts.findUserById(member.id);
    if (account?.email_verified_at) proven.add(emailDomainOf(account.email));
  }
  const unproven = domains.find((domain) => !proven.has(domain));
  if (unproven)
    throw invalid(
      'email_domain_unproven',
      `Email domains can only be ones of an admin’s confirmed address; no admin has a confirmed @${unproven} address.`,
      'emailDomains',
    );
}

export async function saveSsoSettings(deps: Deps, user: CurrentUser, workspaceId: string, input: SavedInput) {
  await requireOrganizationAdmin(deps, user, workspaceId);
  const key = deps.config.OIDC_SECRET_KEY;
  if (!key)
    throw conflict(
      'sso_key_missing',
      'This server cannot store client secrets yet: its operator must set OIDC_SECRET_KEY first.',
      'clientSecret',
    );
  refusePlainHttpIssuer(deps.config, input.issuerUrl);
  await refuseUnprovenDomains(deps, workspaceId, input.emailDomains);
  const box = createSecretBox(key);
  const existing = await deps.repos.sso.findSettings(workspaceId);
  // Leaving the secret out keeps the stored one: the form never holds it to send it back.
  const sealed = input.clientSecret ? box.seal(input.clientSecret) : existing?.client_secret_sealed;
  if (!sealed) throw invalid('invalid_input', 'Client secret is required', 'clientSecret');
  const now = deps.now();
  await deps.transact(async (repos) => {
    await repos.sso.saveSettings({
      workspace_id: workspaceId,
      provider_name: input.providerName,
      issuer_url: input.issuerUrl,
      client_id: input.clientId,
      client_secret_sealed: sealed,
      email_domains: input.emailDomains.join(' '),
      password_sign_in_off: input.passwordSignInOff ? 1 : 0,
      updated_at: now.toISOString(),
    });
    await repos.audit.record(
      {
        workspaceId,
        actorUserId: user.id,
        action: 'workspace.sso',
        target: `issuer: ${input.issuerUrl}; password sign-in: ${input.passwordSignInOff ? 'off' : 'on'}`,
      },
      now,
    );
  });
}

export async function removeSsoSettings(deps: Deps, user: CurrentUser, workspaceId: string) {
  await requireOrganizationAdmin(deps, user, workspaceId);
  await deps.transact(async (repos) => {
    await repos.sso.deleteSettings(workspaceId);
    await repos.audit.record(
      { workspaceId, actorUserId: user.id, action: 'workspace.sso', target: 'removed' },
      deps.now(),
    );
  });
}

/** Fetches the issuer's discovery document, so an admin sees a wrong address before members do. */
export async function testSsoConnection(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  issuerUrl: string,
): Promise<SsoConnectionTest> {
  await requireOrganizationAdmin(deps, user, workspaceId);
  await enforceRateLimit(deps, rateLimitRules.ssoConnectionTestsPerAccount, user.id);
  refusePlainHttpIssuer(deps.config, issuerUrl);
  try {
    return { ok: true, issuer: await discoverIssuer(issuerUrl, deps) };
  } catch {
    // Only that it failed: the server's view of an address an admin chose tells nothing more.
    return { ok: false, problem: `No OpenID Connect discovery document answered at ${issuerUrl}.` };
  }
}

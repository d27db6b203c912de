import { emailSchema, nameSchema } from '../../../shared/accounts';
import type { SsoProvider } from '../../../shared/sso';
import type { SecondStepNeeded } from '../../../shared/two-factor';
import type { AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { createSecretBox } from '../../security/secret-box';
import { hashToken, newToken } from '../../security/tokens';
import {
  createPasswordlessAccount,
  refuseAgainstSignUpPolicy,
  type StartedSession,
  startSecondStep,
  startSession,
} from '../accounts';
import { currentUserOf } from '../accounts/public.models';
import { enforceRateLimit, rateLimitRules } from '../rate-limits';
import {
  buildAuthorization,
  completeAuthorization,
  type OidcIdentity,
  type OidcProvider,
  OidcRefusal,
} from './oidc-client';
import {
  admissionToOrganization,
  instanceProviderId,
  parseEmailDomains,
  ssoSignInLifetimeMs,
} from './sso.models';

type Deps = Pick<
  AppDeps,
  | 'repos'
  | 'transact'
  | 'now'
  | 'config'
  | 'fetch'
  | 'log'
  | 'mailer'
  | 'passwords'
  | 'commonPasswords'
  | 'pause'
  | 'wakeJobs'
>;

/** Where every provider sends the browser back; registered at the provider as the redirect URI. */
export function ssoCallbackUrl(config: AppDeps['config']): string {
  return `${config.BASE_URL}/api/auth/sso/callback`;
}

type ResolvedProvider = {
  id: string;
  name: string;
  oidc: OidcProvider;
  /** Set for an organization's provider: whom it may let in. */
  organization?: { workspaceId: string; emailDomains: string[] };
};

const ssoError = (code: string) => new AppError('forbidden', code, code);

async function resolveProvider(
  deps: Pick<Deps, 'repos' | 'config'>,
  id: string,
): Promise<ResolvedProvider | null> {
  const { config } = deps;
  if (id === instanceProviderId) {
    if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
    return {
      id,
      name: config.OIDC_PROVIDER_NAME,
      oidc: {
        issuerUrl: config.OIDC_ISSUER,
        clientId: config.OIDC_CLIENT_ID,
        clientSecret: config.OIDC_CLIENT_SECRET,
      },
    };
  }
  const settings = await deps.repos.sso.findSettings(id);
  // Without the key the stored secret cannot be opened: the provider is there but cannot be used.
  if (!settings || !config.OIDC_SECRET_KEY) return null;
  return {
    id,
    name: settings.provider_name,
    oidc: {
      issuerUrl: settings.issuer_url,
      clientId: settings.client_id,
      clientSecret: createSecretBox(config.OIDC_SECRET_KEY).open(settings.client_secret_sealed),
    },
    organization: { workspaceId: id, emailDomains: parseEmailDomains(settings.email_domains) },
  };
}

/** The buttons of the sign-in page: the instance's provider, and the organization's when its link was followed. */
export async function listSsoProviders(
  deps: Pick<Deps, 'repos' | 'config'>,
  workspaceId: string | undefined,
): Promise<SsoProvider[]> {
  const providers: SsoProvider[] = [];
  if (deps.config.OIDC_ISSUER)
    providers.push({ id: instanceProviderId, name: deps.config.OIDC_PROVIDER_NAME });
  if (workspaceId && workspaceId !== instanceProviderId) {
    const settings = await deps.repos.sso.findSettings(workspaceId);
    if (settings) providers.push({ id: workspaceId, name: settings.provider_name });
  }
  return providers;
}

/**
 * Sends the browser to the provider. The state, nonce and PKCE verifier wait in the database (any
 * app process may receive the answer), and a cookie ties the answer to the browser that started,
 * so nobody can hand someone else a link that finishes a sign-in into the sender's account.
 */
export async function startSsoSignIn(
  deps: Deps,
  providerId: string,
  clientKey: string,
): Promise<{ url: string; browserToken: string }> {
  await enforceRateLimit(deps, rateLimitRules.ssoStartsPerClient, clientKey);
  const provider = await resolveProvider(deps, providerId);
  if (!provider) throw notFound('sso_not_found', 'There is no such sign-in provider.');
  const authorization = await buildAuthorization(provider.oidc, deps, ssoCallbackUrl(deps.config)).catch(
    (error: unknown) => {
      deps.log.warn('single sign-on provider unreachable', {
        provider: provider.id,
        reason: reasonOf(error),
      });
      throw ssoError('sso_unavailable');
    },
  );
  const browserToken = newToken();
  const now = deps.now();
  await deps.repos.sso.deleteExpiredSignIns(now);
  await deps.repos.sso.insertSignIn({
    state_hash: hashToken(authorization.state),
    provider: provider.id,
    browser_hash: hashToken(browserToken),
    code_verifier: authorization.codeVerifier,
    nonce: authorization.nonce,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ssoSignInLifetimeMs).toISOString(),
  });
  return { url: authorization.url, browserToken };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The provider sent the browser back. The waiting sign-in is used up first (a replayed answer
 * finds nothing), then the library checks the code and ID token, then the person is matched.
 */
export async function completeSsoSignIn(
  deps: Deps,
  input: { query: URLSearchParams; browserToken: string | undefined },
  clientKey: string,
): Promise<StartedSession | SecondStepNeeded> {
  await enforceRateLimit(deps, rateLimitRules.ssoCallbacksPerClient, clientKey);
  const state = input.query.get('state');
  const waiting = state ? await deps.repos.sso.takeSignIn(hashToken(state)) : undefined;
  const fromThisBrowser =
    waiting && input.browserToken && hashToken(input.browserToken) === waiting.browser_hash;
  if (!waiting || !fromThisBrowser || new Date(waiting.expires_at) <= deps.now())
    throw ssoError('sso_expired');
  if (input.query.has('error')) throw ssoError('sso_refused');
  const provider = await resolveProvider(deps, waiting.provider);
  if (!provider) throw ssoError('sso_unavailable');
  const callbackUrl = new URL(ssoCallbackUrl(deps.config));
  for (const [name, value] of input.query) callbackUrl.searchParams.append(name, value);
  let identity: OidcIdentity;
  try {
    identity = await completeAuthorization(provider.oidc, deps, callbackUrl, {
      state: state as string,
      nonce: waiting.nonce,
      codeVerifier: waiting.code_verifier,
    });
  } catch (error) {
    // The library's reason (say, an unexpected audience) goes to the log; codes and tokens never do.
    deps.log.warn('single sign-on refused', { provider: provider.id, reason: reasonOf(error) });
    throw ssoError(error instanceof OidcRefusal ? 'sso_token_invalid' : 'sso_unavailable');
  }
  const email = emailSchema.safeParse(identity.email);
  if (!identity.emailVerified || !email.success) throw ssoError('email_not_verified');
  const userId = await admitPerson(deps, provider, email.data, identity.name);
  const user = await deps.repos.accounts.findUserById(userId);
  if (!user) throw ssoError('sso_expired');
  // The provider is one factor: an account with two-step sign-in still gives its code (decision 0034).
  if (await deps.repos.twoFactor.isEnabled(user.id)) return startSecondStep(deps, user.id, true);
  // Signed in by a provider that vouched for the address (checked above).
  return startSession(deps, { ...currentUserOf(user), emailVerified: true });
}

/**
 * Finds or makes the account of an address the provider verified. The instance's provider is
 * the operator's and may sign in anyone; an organization's may sign in its members, and make
 * accounts (members from the start) for new addresses of its own domains, never take over an
 * account that has not joined it.
 */
async function admitPerson(deps: Deps, provider: ResolvedProvider, email: string, name: string | undefined) {
  const existing = await deps.repos.accounts.findUserByEmail(email);
  const organization = provider.organization;
  if (organization) {
    const isMember = existing
      ? (await deps.repos.workspaces.rolesOf(organization.workspaceId, existing.id)).length > 0
      : false;
    const admission = admissionToOrganization({ isMember, email, emailDomains: organization.emailDomains });
    if (admission === 'refuse' || (admission === 'join' && existing)) throw ssoError('not_a_member');
  } else if (!existing) {
    await refuseAgainstSignUpPolicy(deps, email).catch(() => {
      throw ssoError('sign_up_not_allowed');
    });
  }
  if (existing) {
    if (!existing.email_verified_at) await claimUnconfirmedAccount(deps, existing.id);
    return existing.id;
  }
  const user = await createPasswordlessAccount(deps, { email, name: displayName(name, email) });
  if (organization)
    await deps.repos.workspaces.addMembership(organization.workspaceId, user.id, 'leader', deps.now());
  return user.id;
}

/**
 * Someone made this account with the address but never confirmed it; the provider now proves the
 * address is this person's. Whatever the maker set (password, authenticator, sessions) goes, so an
 * account made in advance with someone else's address is not kept by its maker.
 */
async function claimUnconfirmedAccount(deps: Pick<Deps, 'transact' | 'now'>, userId: string) {
  await deps.transact(async (repos) => {
    await repos.mail.deleteMany(await repos.accounts.markEmailVerified(userId, deps.now()));
    await repos.accounts.updatePasswordHash(userId, '');
    await repos.twoFactor.remove(userId);
    await repos.accounts.deleteSessionsOfUser(userId);
  });
}

function displayName(name: string | undefined, email: string): string {
  const parsed = nameSchema.safeParse(name);
  return parsed.success ? parsed.data : email.slice(0, email.indexOf('@')).slice(0, 100);
}

import type { Configuration, CustomFetch } from 'openid-client';
import type { Clock } from '../../../shared/calendar';
import { isLoopbackUrl } from '../../http/loopback';

/** One provider as the app knows it: where it is and how this app is registered there. */
export type OidcProvider = { issuerUrl: string; clientId: string; clientSecret: string };

/** Outgoing requests and the app's clock, passed in so tests can stand between the app and a provider. */
export type OidcEnvironment = { fetch: OutgoingFetch; now: Clock };
export type OutgoingFetch = (url: string, init: RequestInit) => Promise<Response>;

/** What a validated sign-in tells about the person; `emailVerified` is true only when the provider said so. */
export type OidcIdentity = {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
};

/** The library's answer was refused: a token that failed a check, or a provider error. */
export class OidcRefusal extends Error {}

const scope = 'openid email profile';

// Loaded on the first sign-in through a provider, not at start: most installs have none (decision 0057).
const openidClient = () => import('openid-client');

/**
 * The provider's discovery document, fetched on each use rather than cached, so every app
 * process sees a provider's keys and endpoints change at once. Plain http is allowed only on
 * this machine (development and the tests' own provider).
 */
async function discover(provider: OidcProvider, env: OidcEnvironment): Promise<Configuration> {
  const oidc = await openidClient();
  const customFetch: CustomFetch = (url, options) => env.fetch(url, options as RequestInit);
  const config = await oidc.discovery(
    new URL(provider.issuerUrl),
    provider.clientId,
    {
      client_secret: provider.clientSecret,
      // Tokens are checked against the app's clock, the one that also ends sign-ins and sessions.
      [oidc.clockSkew]: Math.round((env.now().getTime() - Date.now()) / 1000),
    },
    oidc.ClientSecretPost(provider.clientSecret),
    {
      [oidc.customFetch]: customFetch,
      execute: isLoopbackUrl(provider.issuerUrl) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    },
  );
  config[oidc.customFetch] = customFetch;
  return config;
}

/** Fetches discovery only, to tell an admin whether the issuer address is right. */
export async function discoverIssuer(issuerUrl: string, env: OidcEnvironment): Promise<string> {
  const config = await discover({ issuerUrl, clientId: 'connection-test', clientSecret: 'unused' }, env);
  return config.serverMetadata().issuer;
}

export type StartedAuthorization = { url: string; codeVerifier: string; nonce: string; state: string };

/** The provider's page to send the browser to, with PKCE (S256), a state and a nonce of this sign-in. */
export async function buildAuthorization(
  provider: OidcProvider,
  env: OidcEnvironment,
  redirectUri: string,
): Promise<StartedAuthorization> {
  const oidc = await openidClient();
  const config = await discover(provider, env);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.toString(), codeVerifier, nonce, state };
}

/**
 * Exchanges the code and checks the ID token (signature, issuer, audience, expiry, nonce) with the
 * library; the email comes from the ID token, or from the userinfo endpoint when the token leaves it out.
 */
export async function completeAuthorization(
  provider: OidcProvider,
  env: OidcEnvironment,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<OidcIdentity> {
  const oidc = await openidClient();
  const config = await discover(provider, env);
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcRefusal('the provider sent no ID token');
    const source =
      typeof claims.email === 'string'
        ? claims
        : await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    return {
      subject: claims.sub,
      email: typeof source.email === 'string' ? source.email.trim().toLowerCase() : undefined,
      // Only a literal true counts: a missing claim or the string "true" is not a provider's word.
      emailVerified: source.email_verified === true,
      name: typeof source.name === 'string' ? source.name : undefined,
    };
  } catch (error) {
    if (error instanceof OidcRefusal) throw error;
    throw new OidcRefusal(reasonChain(error));
  }
}

/** The library wraps the check that failed (say, the "aud" claim) in a general error: the log gets both. */
function reasonChain(error: unknown): string {
  const reasons: string[] = [];
  for (let at: unknown = error; at instanceof Error && reasons.length < 4; at = at.cause)
    reasons.push(at.message);
  return reasons.join(': ') || String(error);
}

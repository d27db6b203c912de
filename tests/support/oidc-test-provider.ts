import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider knows: they sign in at its login page with `login` and any password. */
export type ProviderAccount = { login: string; email: string; emailVerified: boolean; name?: string };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The same token with some claims changed, signed again with the provider's own key: what a
   * token of this provider meant for another client, or another time, looks like.
   */
  resignIdToken: (idToken: string, changes: Record<string, unknown>) => string;
  addAccount: (account: ProviderAccount) => void;
  close: () => Promise<void>;
};

/**
 * A real OpenID Connect provider (the oidc-provider package) on a free loopback port, with one
 * confidential client whose redirect goes to `redirectUri`. Its development login page takes any
 * login and password; the login chooses which of the added accounts signs in.
 */
export async function startTestOidcProvider({
  redirectUri,
  idTokenTtlSeconds = 3600,
}: {
  redirectUri: string;
  idTokenTtlSeconds?: number;
}): Promise<TestOidcProvider> {
  const accounts = new Map<string, ProviderAccount>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const clientId = 'feedforward-test';
  const clientSecret = 'a-client-secret-long-enough-for-the-test-provider';

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: ['test-provider-cookie-key'] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    ttl: {
      IdToken: idTokenTtlSeconds,
      AccessToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    // A first-party client: no consent page, the grant is given at sign-in.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client?.clientId,
        accountId: ctx.oidc.session?.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name ?? account.login,
        }),
      };
    },
  });
  // Loopback over http is what a test can run; the provider allows it only when told it is not behind TLS.
  provider.proxy = false;
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    resignIdToken: (idToken, changes) => resign(privateKey, idToken, changes),
    addAccount: (account) => accounts.set(account.login, account),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function resign(privateKey: KeyObject, idToken: string, changes: Record<string, unknown>): string {
  const [header = '', payload = ''] = idToken.split('.');
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), ...changes };
  const signingInput = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

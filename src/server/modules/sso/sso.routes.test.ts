import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { codeAt } from '../../../../tests/support/authenticator';
import { signInAtProvider } from '../../../../tests/support/oidc-browser';
import { startTestOidcProvider, type TestOidcProvider } from '../../../../tests/support/oidc-test-provider';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestAppOptions,
  type TestClient,
  testBaseUrl,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { CurrentUser } from '../../../shared/accounts';
import type { OutgoingFetch } from './oidc-client';
import { saveSsoSettings } from './sso-settings.usecases';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

const callbackUrl = `${testBaseUrl}/api/auth/sso/callback`;
const secretKey = 'a test key for sealing client secrets, 32+ characters';

describeEachEngine('single sign-on with OpenID Connect', (engine) => {
  let provider: TestOidcProvider;
  let testApp: TestApp | undefined;
  let logLines: string[];
  /** The app's clock runs with the provider's, moved on by this much when a test says so. */
  let clockOffsetMs = 0;

  beforeAll(async () => {
    provider = await startTestOidcProvider({ redirectUri: callbackUrl });
  });
  afterAll(async () => {
    await provider.close();
  });
  afterEach(async () => {
    await testApp?.dispose();
    testApp = undefined;
    clockOffsetMs = 0;
  });

  async function startApp(
    options: { instanceProvider?: boolean; fetch?: OutgoingFetch; env?: Record<string, string> } = {},
  ) {
    logLines = [];
    const appOptions: TestAppOptions = {
      now: () => new Date(Date.now() + clockOffsetMs),
      env: {
        OIDC_SECRET_KEY: secretKey,
        LOG_LEVEL: 'info',
        ...(options.instanceProvider
          ? {
              OIDC_ISSUER: provider.issuer,
              OIDC_CLIENT_ID: provider.clientId,
              OIDC_CLIENT_SECRET: provider.clientSecret,
              OIDC_PROVIDER_NAME: 'Test Login',
            }
          : {}),
        ...options.env,
      },
      writeLog: (line) => logLines.push(line),
      fetch: options.fetch,
    };
    testApp = await createTestApp(engine, appOptions);
    return testApp;
  }

  /** An organization whose admin has a confirmed @example.com address and has set up the provider. */
  async function organizationWithProvider(app: TestApp, settings: Json = {}) {
    const admin = await signedUpClient(app, 'Grace Admin');
    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const { id: workspaceId } = (await created.json()) as { id: string };
    const saved = await admin.client.put(`/api/workspaces/${workspaceId}/sso`, {
      providerName: 'Acme Login',
      issuerUrl: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      emailDomains: ['example.com'],
      ...settings,
    });
    expect(saved.status).toBe(200);
    return { admin, workspaceId };
  }

  /** Starts at the app, signs in at the provider's login page, and comes back: the browser's whole trip. */
  async function ssoSignIn(
    client: TestClient,
    providerId: string,
    login: string,
    tamper: (authorizationUrl: URL) => void = () => {},
  ) {
    const start = await client.get(`/api/auth/sso/${providerId}/start`);
    expect(start.status).toBe(303);
    const authorizationUrl = new URL(start.headers.get('location') ?? '');
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    tamper(authorizationUrl);
    const back = await signInAtProvider(authorizationUrl.toString(), login, callbackUrl);
    const callbackPath = back.slice(testBaseUrl.length);
    const callback = await client.get(callbackPath);
    return { callback, callbackPath };
  }

  const refusal = (response: Response) => {
    expect(response.status).toBe(303);
    return new URL(response.headers.get('location') ?? '', testBaseUrl).searchParams.get('sso-error');
  };

  /** Why the library refused, as the log line for the operator says it. */
  const refusedReason = () =>
    logLines.map((line) => JSON.parse(line) as Json).find((line) => line.message === 'single sign-on refused')
      ?.reason as string;

  async function me(client: TestClient) {
    return ((await (await client.get('/api/auth/session')).json()) as Json).user;
  }

  test('a new address of the organization’s domain gets an account and joins the organization', async () => {
    const app = await startApp();
    const { workspaceId } = await organizationWithProvider(app);
    provider.addAccount({
      login: 'newbie',
      email: 'Newbie@Example.com',
      emailVerified: true,
      name: 'Nia Newbie',
    });

    const providers = (await (
      await app.client().get(`/api/auth/sso/providers?workspace=${workspaceId}`)
    ).json()) as Json;
    expect(providers.providers).toEqual([{ id: workspaceId, name: 'Acme Login' }]);

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, workspaceId, 'newbie');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/');
    expect(await me(browser)).toEqual(
      expect.objectContaining({ email: 'newbie@example.com', name: 'Nia Newbie', emailVerified: true }),
    );
    const workspaces = (await (await browser.get('/api/workspaces')).json()) as Json;
    expect(workspaces.workspaces).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: workspaceId, roles: ['leader'] })]),
    );
    // No password was made for it: the account signs in through its provider.
    const stored = await app.deps.repos.accounts.findUserByEmail('newbie@example.com');
    expect(stored?.password_hash).toBe('');
    const withPassword = await app
      .client()
      .post('/api/auth/sign-in', { email: 'newbie@example.com', password: '' });
    expect(withPassword.status).toBe(400);
  });

  test('an existing member is matched by the verified email and signed into the same account', async () => {
    const app = await startApp();
    const { admin, workspaceId } = await organizationWithProvider(app);
    const member = await signedUpClient(app, 'Linus Leader');
    await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: member.email,
      role: 'coach',
    });
    const messages = await app.deps.repos.mail.listForWorkspace(workspaceId, 10);
    const token = messages
      .find((message) => message.to_address === member.email)
      ?.text_body.match(/#token=([\w-]+)/)?.[1];
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(200);
    provider.addAccount({ login: 'linus', email: member.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, workspaceId, 'linus');
    expect(callback.headers.get('location')).toBe('/');
    expect((await me(browser)).id).toBe(member.user.id);
  });

  test('an organization’s provider cannot sign in an account that has not joined it, even of its domain', async () => {
    const app = await startApp();
    const { workspaceId } = await organizationWithProvider(app);
    const outsider = await signedUpClient(app, 'Olga Outsider');
    provider.addAccount({ login: 'olga', email: outsider.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, workspaceId, 'olga');
    expect(refusal(callback)).toBe('not_a_member');
    expect(await me(browser)).toBeNull();
  });

  test('the instance’s provider signs in an existing account by its verified email', async () => {
    const app = await startApp({ instanceProvider: true });
    const person = await signedUpClient(app, 'Ada Person');
    provider.addAccount({ login: 'ada', email: person.email, emailVerified: true });
    const providers = (await (await app.client().get('/api/auth/sso/providers')).json()) as Json;
    expect(providers.providers).toEqual([{ id: 'instance', name: 'Test Login' }]);

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'ada');
    expect(callback.headers.get('location')).toBe('/');
    expect((await me(browser)).id).toBe(person.user.id);
  });

  test('an email the provider has not verified is refused', async () => {
    const app = await startApp({ instanceProvider: true });
    const person = await signedUpClient(app, 'Una Verified');
    provider.addAccount({ login: 'una', email: person.email, emailVerified: false });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'una');
    expect(refusal(callback)).toBe('email_not_verified');
    expect(await me(browser)).toBeNull();
  });

  test('an ID token meant for another client (wrong audience) is refused', async () => {
    // Between the app and the provider: the token answer carries the provider's token, re-signed
    // with its key, for another client.
    const app = await startApp({
      instanceProvider: true,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (!new URL(url).pathname.endsWith('/token')) return response;
        const body = (await response.json()) as Json;
        body.id_token = provider.resignIdToken(body.id_token, { aud: 'another-client' });
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    });
    const person = await signedUpClient(app, 'Aud Person');
    provider.addAccount({ login: 'aud', email: person.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'aud');
    expect(refusal(callback)).toBe('sso_token_invalid');
    expect(await me(browser)).toBeNull();
    expect(refusedReason()).toContain('"aud" (audience) claim');
  });

  test('an expired ID token is refused', async () => {
    const shortLived = await startTestOidcProvider({ redirectUri: callbackUrl, idTokenTtlSeconds: 60 });
    try {
      const app = await startApp({
        env: {
          OIDC_ISSUER: shortLived.issuer,
          OIDC_CLIENT_ID: shortLived.clientId,
          OIDC_CLIENT_SECRET: shortLived.clientSecret,
        },
      });
      const person = await signedUpClient(app, 'Exp Person');
      shortLived.addAccount({ login: 'exp', email: person.email, emailVerified: true });
      const browser = app.client();
      const start = await browser.get('/api/auth/sso/instance/start');
      const back = await signInAtProvider(start.headers.get('location') ?? '', 'exp', callbackUrl);
      // Five minutes pass on the app's clock before the answer is checked: within the sign-in's
      // ten minutes, past the token's one minute and the library's 30 seconds of tolerance.
      clockOffsetMs = 5 * 60_000;
      const callback = await browser.get(back.slice(testBaseUrl.length));
      expect(refusal(callback)).toBe('sso_token_invalid');
      expect(await me(browser)).toBeNull();
      expect(refusedReason()).toContain('"exp" (expiration time) claim value, expiration is past');
    } finally {
      await shortLived.close();
    }
  });

  test('a replayed answer (its state used once already) is refused, as is one brought to another browser', async () => {
    const app = await startApp({ instanceProvider: true });
    const person = await signedUpClient(app, 'Rita Replay');
    provider.addAccount({ login: 'rita', email: person.email, emailVerified: true });

    const browser = app.client();
    const { callback, callbackPath } = await ssoSignIn(browser, 'instance', 'rita');
    expect(callback.headers.get('location')).toBe('/');
    const replay = await app.client().get(callbackPath);
    expect(refusal(replay)).toBe('sso_expired');

    // A sign-in started in the attacker's browser, finished in the victim's: no cookie, no session.
    const attacker = app.client();
    const start = await attacker.get('/api/auth/sso/instance/start');
    const back = await signInAtProvider(start.headers.get('location') ?? '', 'rita', callbackUrl);
    const victim = app.client();
    expect(refusal(await victim.get(back.slice(testBaseUrl.length)))).toBe('sso_expired');
    expect(await me(victim)).toBeNull();
  });

  test('a mismatched nonce is refused', async () => {
    const app = await startApp({ instanceProvider: true });
    const person = await signedUpClient(app, 'Nonce Person');
    provider.addAccount({ login: 'nonce', email: person.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'nonce', (url) => {
      url.searchParams.set('nonce', 'a-nonce-this-sign-in-never-made');
    });
    expect(refusal(callback)).toBe('sso_token_invalid');
    expect(await me(browser)).toBeNull();
    expect(refusedReason()).toContain('"nonce" claim value');
  });

  test('with password sign-in off, members sign in only with the provider; its admins keep their password', async () => {
    const app = await startApp();
    const { admin, workspaceId } = await organizationWithProvider(app, { passwordSignInOff: true });
    const member = await signedUpClient(app, 'Pat Password');
    await admin.client.post(`/api/workspaces/${workspaceId}/invitations`, {
      email: member.email,
      role: 'leader',
    });
    const messages = await app.deps.repos.mail.listForWorkspace(workspaceId, 10);
    const token = messages
      .find((message) => message.to_address === member.email)
      ?.text_body.match(/#token=([\w-]+)/)?.[1];
    expect((await member.client.post('/api/invitations/accept', { token })).status).toBe(200);

    const refused = await app
      .client()
      .post('/api/auth/sign-in', { email: member.email, password: member.password });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).error).toEqual(
      expect.objectContaining({ code: 'password_sign_in_off', field: 'password' }),
    );
    // A wrong password gets the usual answer: the rule is told only to whoever knows the password.
    const wrong = await app
      .client()
      .post('/api/auth/sign-in', { email: member.email, password: 'not the password' });
    expect(((await wrong.json()) as Json).error.code).toBe('wrong_credentials');

    const adminSignIn = await app
      .client()
      .post('/api/auth/sign-in', { email: admin.email, password: admin.password });
    expect(adminSignIn.status).toBe(200);

    provider.addAccount({ login: 'pat', email: member.email, emailVerified: true });
    const browser = app.client();
    const { callback } = await ssoSignIn(browser, workspaceId, 'pat');
    expect(callback.headers.get('location')).toBe('/');
    expect((await me(browser)).id).toBe(member.user.id);
  });

  test('the client secret is sealed in the database, never answered, never logged', async () => {
    const app = await startApp();
    const { admin, workspaceId } = await organizationWithProvider(app);
    const shown = await (await admin.client.get(`/api/workspaces/${workspaceId}/sso`)).text();
    expect(shown).not.toContain(provider.clientSecret);
    expect(JSON.parse(shown).sso).toEqual(
      expect.objectContaining({
        clientId: provider.clientId,
        clientSecretSet: true,
        emailDomains: ['example.com'],
      }),
    );
    const row = await app.deps.repos.sso.findSettings(workspaceId);
    expect(row?.client_secret_sealed).not.toContain(provider.clientSecret);

    // Saving without a secret keeps the stored one, and sign-in still works with it.
    const resaved = await admin.client.put(`/api/workspaces/${workspaceId}/sso`, {
      providerName: 'Acme Login',
      issuerUrl: provider.issuer,
      clientId: provider.clientId,
      emailDomains: 'example.com',
    });
    expect(resaved.status).toBe(200);
    provider.addAccount({ login: 'sam', email: 'sam@example.com', emailVerified: true });
    const { callback } = await ssoSignIn(app.client(), workspaceId, 'sam');
    expect(callback.headers.get('location')).toBe('/');
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(provider.clientSecret);
  });

  test('settings are checked field by field, and only an organization’s admin may change them', async () => {
    const app = await startApp();
    const { admin, workspaceId } = await organizationWithProvider(app);
    const put = (body: Json, client = admin.client) => client.put(`/api/workspaces/${workspaceId}/sso`, body);
    const base = { providerName: 'Acme Login', issuerUrl: provider.issuer, clientId: provider.clientId };
    const fieldOf = async (response: Response) => ((await response.json()) as Json).error.field;

    expect(await fieldOf(await put({ ...base, issuerUrl: 'not a url' }))).toBe('issuerUrl');
    expect(await fieldOf(await put({ ...base, clientId: ' ' }))).toBe('clientId');
    expect(await fieldOf(await put({ ...base, emailDomains: ['not a domain'] }))).toBe('emailDomains.0');
    // No admin has a confirmed address there: the organization cannot claim the domain.
    const unproven = await put({ ...base, emailDomains: ['someone-else.org'] });
    expect(unproven.status).toBe(400);
    expect(((await unproven.json()) as Json).error).toEqual(
      expect.objectContaining({ code: 'email_domain_unproven', field: 'emailDomains' }),
    );
    const stranger = await signedUpClient(app, 'Stranger');
    expect((await put(base, stranger.client)).status).toBe(404);

    const tested = await admin.client.post(`/api/workspaces/${workspaceId}/sso/test`, {
      issuerUrl: provider.issuer,
    });
    expect(await tested.json()).toEqual({ ok: true, issuer: provider.issuer });
    const failed = await admin.client.post(`/api/workspaces/${workspaceId}/sso/test`, {
      issuerUrl: 'http://127.0.0.1:9/nothing',
    });
    expect(((await failed.json()) as Json).ok).toBe(false);
  });

  test('a provider needs https off a developer’s machine, and a server without OIDC_SECRET_KEY stores no secret', async () => {
    const app = await startApp({ env: { OIDC_SECRET_KEY: '' } });
    const admin = await signedUpClient(app, 'Grace Admin');
    const { id: workspaceId } = (await (
      await admin.client.post('/api/workspaces', { name: 'Acme' })
    ).json()) as Json;
    const input = {
      providerName: 'Acme Login',
      issuerUrl: 'http://login.acme.example',
      clientId: 'feedforward',
      clientSecret: 'secret',
      emailDomains: [],
      passwordSignInOff: false,
    };
    const noKey = await admin.client.put(`/api/workspaces/${workspaceId}/sso`, input);
    expect(noKey.status).toBe(409);
    expect(((await noKey.json()) as Json).error).toEqual(
      expect.objectContaining({ code: 'sso_key_missing', field: 'clientSecret' }),
    );
    const onAServer = {
      ...app.deps,
      config: { ...app.deps.config, BASE_URL: 'https://feedforward.example.com', OIDC_SECRET_KEY: secretKey },
    };
    await expect(
      saveSsoSettings(onAServer, admin.user as CurrentUser, workspaceId, input),
    ).rejects.toMatchObject({
      code: 'issuer_not_https',
      field: 'issuerUrl',
    });
  });

  test('an account with two-step sign-in gives its code after the provider', async () => {
    const app = await startApp({ instanceProvider: true });
    const person = await signedUpClient(app, 'Tess Twostep');
    const enrollment = (await (
      await person.client.post('/api/account/two-factor/enrollment')
    ).json()) as Json;
    const confirmed = await person.client.post('/api/account/two-factor/enrollment/confirm', {
      code: codeAt(enrollment.secret, new Date(Date.now() + clockOffsetMs)),
    });
    expect(confirmed.status).toBe(200);
    provider.addAccount({ login: 'tess', email: person.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'tess');
    const location = callback.headers.get('location') ?? '';
    expect(location).toMatch(/^\/sign-in#second-step=/);
    expect(await me(browser)).toBeNull();
    clockOffsetMs = 60_000;
    const done = await browser.post('/api/auth/sign-in/second-step', {
      token: location.split('=')[1],
      code: codeAt(enrollment.secret, new Date(Date.now() + clockOffsetMs)),
    });
    expect(done.status).toBe(200);
    expect((await me(browser)).id).toBe(person.user.id);
  });

  test('an unconfirmed account made with the address is claimed: its password and sessions end', async () => {
    const app = await startApp({ instanceProvider: true });
    const squatter = await signedUpClient(app, 'Sly Squatter', { confirmEmail: false });
    provider.addAccount({ login: 'owner', email: squatter.email, emailVerified: true });

    const browser = app.client();
    const { callback } = await ssoSignIn(browser, 'instance', 'owner');
    expect(callback.headers.get('location')).toBe('/');
    expect(await me(squatter.client)).toBeNull();
    const again = await app
      .client()
      .post('/api/auth/sign-in', { email: squatter.email, password: squatter.password });
    expect(again.status).toBe(400);
    expect(await me(browser)).toEqual(expect.objectContaining({ id: squatter.user.id, emailVerified: true }));
  });
});

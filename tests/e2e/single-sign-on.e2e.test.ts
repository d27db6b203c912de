import { afterAll, describe, expect, test } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc-test-provider';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';
import { screenshot } from './support/screenshots';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

describe.skipIf(unavailable !== undefined)('single sign-on in the browser', () => {
  const env = e2eEnvironmentForTests({
    serverEnv: { OIDC_SECRET_KEY: 'an end-to-end key for sealing client secrets' },
  });
  let provider: TestOidcProvider | undefined;
  afterAll(async () => {
    await provider?.close();
  });

  test('an admin sets up the organization’s provider, and a new colleague signs in through its login page', {
    timeout: 120_000,
  }, async () => {
    // The provider must know the app's callback address, so it starts once the app has its port.
    provider = await startTestOidcProvider({ redirectUri: `${env.baseUrl}/api/auth/sso/callback` });
    const { page, api } = await signedUpLeader(env, 'Grace Admin');
    const { id: workspaceId } = (await api.post('/api/workspaces', { name: 'Acme' })) as { id: string };

    await page.goto(`/workspaces/${workspaceId}`);
    await expectPage(page, 'Acme');
    const section = page.getByRole('region', { name: 'Single sign-on' });
    await section.getByLabel('Provider name', { exact: true }).fill('Acme Login');
    await section.getByLabel('Issuer URL', { exact: true }).fill('not an address');
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await expectVisible(section.getByText('Issuer URL must be an address such as https://login.acme.com'));

    await section.getByLabel('Issuer URL', { exact: true }).fill(provider.issuer);
    await section.getByRole('button', { name: 'Test connection' }).click();
    await expectVisible(section.getByText(`The provider answered: its issuer is ${provider.issuer}.`));
    await section.getByLabel('Client ID', { exact: true }).fill(provider.clientId);
    await section.getByLabel('Client secret', { exact: true }).fill(provider.clientSecret);
    await section
      .getByLabel('Email domains that join on their first sign-in', { exact: true })
      .fill('example.com');
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await expectVisible(section.getByText('Saved. Members can sign in with the link below.'));
    const signInUrl = `${env.baseUrl}/sign-in?sso=${workspaceId}`;
    await expectVisible(section.getByText(signInUrl));
    // The secret is stored, never shown again: the field stays empty after the page reloads.
    await page.reload();
    await expect.poll(() => section.getByLabel('Client secret', { exact: true }).inputValue()).toBe('');
    await expectVisible(section.getByText('A secret is stored. Leave empty to keep it.'));
    await checkAccessibility(page, 'single sign-on settings');
    await screenshot(page, 'single-sign-on-settings');
    expect(pageProblems(page)).toEqual([]);

    // A colleague with no account yet follows the sign-in link the admin handed out.
    const colleague = newAccount('Nia Newcomer');
    provider.addAccount({ login: 'nia', email: colleague.email, emailVerified: true, name: colleague.name });
    const visitor = await env.newVisitor();
    await visitor.page.goto(signInUrl);
    await expectPage(visitor.page, 'Sign in');
    await checkAccessibility(visitor.page, 'sign-in with a provider');
    await visitor.page.getByRole('link', { name: 'Sign in with Acme Login' }).click();

    // The provider's own login page, on its own origin.
    await visitor.page.waitForURL((url) => url.origin === provider?.issuer);
    await visitor.page.locator('input[name="login"]').fill('nia');
    await visitor.page.locator('input[name="password"]').fill('whatever the provider asks');
    await visitor.page.getByRole('button', { name: 'Sign-in' }).click();

    await visitor.page.waitForURL((url) => url.origin === env.baseUrl);
    await expectPage(visitor.page, 'Your workspaces');
    await expectVisible(visitor.page.getByText('Acme'));
    await screenshot(visitor.page, 'single-sign-on-signed-in');
  });
});

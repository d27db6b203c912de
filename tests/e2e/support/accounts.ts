import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import type { MailSetup } from '../../../src/shared/mail';
import { apiFor } from './api-client';
import type { E2eEnvironment } from './e2e-environment';

export type TestAccount = { name: string; email: string; password: string };

let accountCounter = 0;

/** A person no other test uses: unique email, and a password the server's strength rules accept. */
export function newAccount(name = 'Test Person'): TestAccount {
  const unique = `${Date.now().toString(36)}${(++accountCounter).toString(36)}`;
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { name, email: `${slug}.${unique}@example.com`, password: `maple harbor ${unique} lantern` };
}

/**
 * Signs up through the API inside a browser context, so its pages start signed in; the address is
 * left unconfirmed. For tests whose subject is something else; sign-up is tested through the screens.
 */
export async function signUpThroughApi(context: BrowserContext, baseUrl: string, account: TestAccount) {
  const response = await context.request.post(`${baseUrl}/api/auth/sign-up`, {
    data: account,
    // The API refuses state changes without our own Origin, as a browser would send it.
    headers: { origin: baseUrl },
  });
  if (response.status() !== 201) {
    throw new Error(`Sign-up for ${account.email} failed: ${response.status()} ${await response.text()}`);
  }
  return ((await response.json()) as { user: { id: string; email: string; name: string } }).user;
}

/**
 * Signs up through the API inside a browser context and confirms the address through the link the
 * test's mail server received, as its owner would; confirming is tested through the screens.
 * A server without SMTP sends no mail at all, so there the account stays unconfirmed, as it would
 * for its owner, and nothing it does needs confirming (decision 0024).
 */
export async function signUpInContext(
  context: BrowserContext,
  env: Pick<E2eEnvironment, 'baseUrl' | 'mail'>,
  account: TestAccount,
) {
  const user = await signUpThroughApi(context, env.baseUrl, account);
  const mailSetup = await context.request.get(`${env.baseUrl}/api/mail-setup`);
  if (!((await mailSetup.json()) as MailSetup).emailCanBeSent) return user;
  const confirmation = await env.mail.waitForMessage(
    account.email,
    'Confirm your email address for Feedforward',
  );
  const token = confirmation.text.match(/verify-email#token=([\w-]+)/)?.[1];
  const confirmed = await context.request.post(`${env.baseUrl}/api/auth/verify-email`, {
    data: { token },
    headers: { origin: env.baseUrl },
  });
  if (confirmed.status() !== 204)
    throw new Error(`Confirming ${account.email} failed: ${confirmed.status()}`);
  return user;
}

/**
 * A new person (`newAccount(name)`) signed up in their own browser context, with an API client for
 * quick set-up in that context. Sign-up itself is tested through the screens.
 */
export async function signedUpLeader(
  env: E2eEnvironment,
  name: string,
  visitorOptions?: BrowserContextOptions,
) {
  const leader = newAccount(name);
  const { context, page } = await env.newVisitor(visitorOptions);
  await signUpInContext(context, env, leader);
  return { leader, context, page, api: apiFor(context.request, env.baseUrl) };
}

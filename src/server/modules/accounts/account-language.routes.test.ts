import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
  type TestClient,
} from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

type SessionAnswer = { user: { language: string | null } | null };

describeEachEngine("the leader's language is kept on the account", (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const languageOf = async (client: TestClient) =>
    ((await (await client.get('/api/auth/session')).json()) as SessionAnswer).user?.language;

  test('an account has none until its owner chooses, then every session of it answers the choice', async () => {
    const { client, email, password } = await signedUpClient(testApp);
    expect(await languageOf(client)).toBeNull();

    expect((await client.put('/api/account/language', { language: 'de' })).status).toBe(204);
    expect(await languageOf(client)).toBe('de');
    expect(((await (await client.get('/api/auth/me')).json()) as SessionAnswer).user?.language).toBe('de');

    // Another device signs in to the same account and finds the choice there.
    const otherDevice = testApp.client();
    await otherDevice.post('/api/auth/sign-in', { email, password });
    expect(await languageOf(otherDevice)).toBe('de');
  });

  test('an account created while the app was in German starts in German', async () => {
    const client = testApp.client();
    const response = await client.post('/api/auth/sign-up', {
      name: 'Greta',
      email: 'greta@example.com',
      password: 'correct horse battery',
      language: 'de',
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as SessionAnswer).user?.language).toBe('de');
    expect(await languageOf(client)).toBe('de');
  });

  test('a language the leader screens are not complete in is refused, and the account keeps its own', async () => {
    const { client } = await signedUpClient(testApp);
    await client.put('/api/account/language', { language: 'de' });
    const refused = await client.put('/api/account/language', { language: 'fr' });
    expect(refused.status).toBe(400);
    expect(await languageOf(client)).toBe('de');
  });

  test('a German leader gets their reset link in German, an English one in English', async () => {
    const german = await signedUpClient(testApp);
    await german.client.put('/api/account/language', { language: 'de' });
    const english = await signedUpClient(testApp);
    for (const { email } of [german, english])
      await testApp.client().post('/api/auth/password-reset/request', { email });
    await testApp.jobRunner.tick();
    const outbox = await testApp.deps.repos.mail.listWithoutWorkspace(10);
    const resetTo = (email: string) =>
      outbox.find(
        (message) => message.to_address === email && message.text_body.includes('/reset-password#'),
      );
    expect(resetTo(german.email)?.subject).toBe('Setze dein Feedforward-Passwort zurück');
    expect(resetTo(german.email)?.text_body).toMatch(/^Hallo Test User,\n/);
    expect(resetTo(english.email)?.subject).toBe('Reset your Feedforward password');
  });

  test('the confirmation link of an account signed up in German comes in German', async () => {
    await testApp.client().post('/api/auth/sign-up', {
      name: 'Greta',
      email: 'greta@example.com',
      password: 'correct horse battery',
      language: 'de',
    });
    const [message] = await testApp.deps.repos.mail.listWithoutWorkspace(10);
    expect(message?.subject).toBe('Bestätige deine E-Mail-Adresse für Feedforward');
  });

  test('nobody signed in cannot set one', async () => {
    expect((await testApp.client().put('/api/account/language', { language: 'de' })).status).toBe(401);
  });
});

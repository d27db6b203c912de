import type { Hono } from 'hono';
import {
  accountLanguageSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  verifyEmailSchema,
} from '../../../shared/accounts';
import { secondStepSchema } from '../../../shared/two-factor';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { mustEnrollTwoFactor } from '../two-factor';
import {
  findSessionUser,
  requestPasswordReset,
  resetPassword,
  setAccountLanguage,
  signIn,
  signOut,
  signUp,
  signUpPolicy,
} from './accounts.usecases';
import { resendVerificationLink, verifyEmail } from './email-verification.usecases';
import { passwordResetAnswer } from './password-reset.models';
import { completeSecondStep } from './second-step.usecases';

export function registerAccountsRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.post('/api/auth/sign-up', async (c) => {
    const session = await signUp(deps, await readJson(c, signUpSchema), deps.clientKey(c));
    deps.sessionCookie.write(c, session.token);
    return c.json({ user: session.user, verification: session.verification }, 201);
  });

  // Public: the link may be opened in another browser than the one that signed up.
  app.post('/api/auth/verify-email', async (c) => {
    await verifyEmail(deps, (await readJson(c, verifyEmailSchema)).token);
    return c.body(null, 204);
  });

  app.post('/api/auth/verify-email/resend', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await resendVerificationLink(deps, user, deps.clientKey(c)), 202);
  });

  // Public: the sign-up page says who may sign up before anyone fills in the form.
  app.get('/api/auth/sign-up-policy', (c) => c.json(signUpPolicy(deps.config)));

  app.post('/api/auth/sign-in', async (c) => {
    const outcome = await signIn(deps, await readJson(c, signInSchema), deps.clientKey(c));
    if ('secondStep' in outcome) return c.json({ user: null, secondStep: outcome.secondStep });
    deps.sessionCookie.write(c, outcome.token);
    return c.json({ user: outcome.user });
  });

  app.post('/api/auth/sign-in/second-step', async (c) => {
    const session = await completeSecondStep(deps, await readJson(c, secondStepSchema), deps.clientKey(c));
    deps.sessionCookie.write(c, session.token);
    return c.json({ user: session.user });
  });

  app.post('/api/auth/sign-out', async (c) => {
    const token = deps.sessionCookie.read(c);
    if (token) await signOut(deps, token);
    deps.sessionCookie.clear(c);
    return c.body(null, 204);
  });

  app.get('/api/auth/me', async (c) => c.json({ user: await deps.currentUser(c) }));

  // Whether anyone is signed in, answered 200 either way: a first visit is not an error, and the
  // browser logs every 401 in the console of a visitor who has done nothing wrong.
  app.get('/api/auth/session', async (c) => {
    const user = await findSessionUser(deps, deps.sessionCookie.read(c));
    if (!user) return c.json({ user });
    return c.json({ user, mustEnrollTwoFactor: await mustEnrollTwoFactor(deps, user.id) });
  });

  app.put('/api/account/language', async (c) => {
    const user = await deps.currentUser(c);
    await setAccountLanguage(deps, user, (await readJson(c, accountLanguageSchema)).language);
    return c.body(null, 204);
  });

  app.post('/api/auth/password-reset/request', async (c) => {
    const { email } = await readJson(c, requestPasswordResetSchema);
    await requestPasswordReset(deps, email, deps.clientKey(c));
    return c.json(passwordResetAnswer(Boolean(deps.config.SMTP_URL)), 202);
  });

  app.post('/api/auth/password-reset/complete', async (c) => {
    await resetPassword(deps, await readJson(c, resetPasswordSchema), deps.clientKey(c));
    deps.sessionCookie.clear(c);
    return c.body(null, 204);
  });
}

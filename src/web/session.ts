import { createContext, type MiddlewareFunction, redirect } from 'react-router';
import { type CurrentUser, sessionAnswerSchema } from '../shared/accounts';
import { apiGet } from './api';
import { followAccountLanguage } from './i18n/account-language';
import { signInPath } from './return-path';

/** The signed-in person, or null. Asked of an endpoint that answers 200 either way, so a first visit logs no error. */
export async function findUser(request: Request): Promise<CurrentUser | null> {
  return (await apiGet('/api/auth/session', sessionAnswerSchema, { request })).user;
}

export const accountPath = '/account';

/** Set by requireSignedIn for the signed-in pages' loaders. */
export const signedInUser = createContext<CurrentUser>();

export const landingPath = '/welcome';

/**
 * Runs before any signed-in page's loader: a visitor without a session goes to the landing page
 * (from "/") or to sign in (from anywhere else), before any loader asks the API for something
 * only a signed-in person may read, which would answer 401.
 */
export const requireSignedIn: MiddlewareFunction = async ({ request, context }) => {
  const answer = await apiGet('/api/auth/session', sessionAnswerSchema, { request });
  const { user } = answer;
  const url = new URL(request.url);
  if (!user) {
    url.searchParams.delete('index');
    throw redirect(url.pathname === '/' ? landingPath : signInPath(url.pathname + url.search));
  }
  // The operator requires two-step sign-in of admins: the account page, where it is set up, comes first.
  if (answer.mustEnrollTwoFactor && url.pathname !== accountPath) throw redirect(accountPath);
  followAccountLanguage(user);
  context.set(signedInUser, user);
};

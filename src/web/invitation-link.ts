import { ApiError } from './api';
import { forgetLinkToken, type LinkTokenKey, readLinkToken, takeTokenFromAddress } from './link-token';
import { findUser } from './session';

/** An invitation's accept page: keeps the link's token for this tab, and says who is signed in. */
export async function loadInvitationLink(request: Request, key: LinkTokenKey) {
  takeTokenFromAddress(key);
  return { user: await findUser(request), hasToken: readLinkToken(key) !== null };
}

/** A used, expired or unknown link never works: forgetting it keeps the error from coming back. */
export function forgetDeadLink(error: unknown, key: LinkTokenKey): boolean {
  const dead = error instanceof ApiError && (error.status === 410 || error.status === 404);
  if (dead) forgetLinkToken(key);
  return dead;
}

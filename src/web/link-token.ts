// Links in emails carry their secret after "#" so it never reaches a server log or a Referer header.
// The page moves it to sessionStorage (this tab only) and clears it from the address bar, so it is not
// left in history and survives a detour through sign-in.

export const linkTokenKeys = {
  invitation: 'feedforward.invitation-token',
  programInvitation: 'feedforward.program-invitation-token',
  coachingInvitation: 'feedforward.coaching-invitation-token',
  passwordReset: 'feedforward.password-reset-token',
  emailVerification: 'feedforward.email-verification-token',
} as const;

export type LinkTokenKey = (typeof linkTokenKeys)[keyof typeof linkTokenKeys];

export function takeTokenFromAddress(key: LinkTokenKey): void {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token) return;
  sessionStorage.setItem(key, token);
  const { pathname, search } = window.location;
  // Keep the router's own history state; only the hash goes.
  window.history.replaceState(window.history.state, '', pathname + search);
}

export function readLinkToken(key: LinkTokenKey): string | null {
  return sessionStorage.getItem(key);
}

export function forgetLinkToken(key: LinkTokenKey): void {
  sessionStorage.removeItem(key);
}

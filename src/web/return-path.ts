/**
 * Only same-site paths are accepted as a place to return to, so a crafted sign-in link cannot send
 * someone to another site after they sign in ("//evil.example" is a URL to another host).
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate?.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return '/';
  }
  return candidate;
}

export function returnPathFrom(request: Request): string {
  return safeReturnPath(new URL(request.url).searchParams.get('next'));
}

/** Carries the return path along between sign-in and sign-up; "/" needs no mention. */
export function withReturnPath(path: string, returnPath: string): string {
  return returnPath === '/' ? path : `${path}?next=${encodeURIComponent(returnPath)}`;
}

export function signInPath(returnPath: string): string {
  return withReturnPath('/sign-in', safeReturnPath(returnPath));
}

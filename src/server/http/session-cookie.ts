import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** `__Host-` binds the cookie to this exact origin over https; plain http (localhost) cannot use it. */
export function sessionCookieName(https: boolean): string {
  return https ? '__Host-ff_session' : 'ff_session';
}

export function createSessionCookie(https: boolean, maxAgeSeconds: number) {
  const name = sessionCookieName(https);
  return {
    read: (c: Context) => getCookie(c, name),
    write: (c: Context, token: string) =>
      setCookie(c, name, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: https,
        path: '/',
        maxAge: maxAgeSeconds,
      }),
    clear: (c: Context) => deleteCookie(c, name, { path: '/', secure: https }),
  };
}

export type SessionCookie = ReturnType<typeof createSessionCookie>;

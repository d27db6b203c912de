import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/app-env';
import type { AnsweredHere } from './answers.usecases';

/**
 * The browser's own note of the rounds it answered through a group link, so each browser answers
 * once (decision 0019). It lives only in that browser: the server stores nothing per person, and
 * the cookie goes only to /api/answer, out of reach of page script (HttpOnly) and other sites.
 */
const cookieName = 'ff_answered';
const keptRounds = 20;
const keptSeconds = 180 * 24 * 60 * 60;
const roundId = /^[0-9a-f-]{36}$/;

export function readAnsweredHere(c: Context<AppEnv>): AnsweredHere {
  return (getCookie(c, cookieName) ?? '').split('.').filter((id) => roundId.test(id));
}

export function rememberAnsweredHere(c: Context<AppEnv>, answered: string, https: boolean) {
  const rounds = [...readAnsweredHere(c).filter((id) => id !== answered), answered].slice(-keptRounds);
  setCookie(c, cookieName, rounds.join('.'), {
    httpOnly: true,
    sameSite: 'Strict',
    secure: https,
    path: '/api/answer',
    maxAge: keptSeconds,
  });
}

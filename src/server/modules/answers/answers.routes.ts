import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { feedforwardHintSchema, submitAnswersSchema } from '../../../shared/rounds';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { readAnsweredHere, rememberAnsweredHere } from './answered-here-cookie';
import { checkAnswerLink, getAnswerPage, hintForSuggestion, submitAnswers } from './answers.usecases';

const answerCookie = 'ff_answer';
const answerCookieSeconds = 2 * 60 * 60;

export function registerAnswersRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  const https = deps.config.BASE_URL.startsWith('https:');
  const readToken = (c: Context<AppEnv>) => getCookie(c, answerCookie);

  // The emailed link's token becomes a short-lived cookie and leaves the address bar at once, so
  // it is not in the history, in screenshots, or in any Referer.
  app.get('/a/:token', async (c) => {
    const token = c.req.param('token');
    const viewer = await deps.currentUser(c).catch(() => null);
    const link = await checkAnswerLink(deps, token, viewer);
    if (link === 'leaders_own') return c.redirect('/link-for-someone-else', 303);
    if (link === 'valid') {
      setCookie(c, answerCookie, token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: https,
        path: '/api/answer',
        maxAge: answerCookieSeconds,
      });
    }
    return c.redirect('/answer', 303);
  });

  app.get('/api/answer', async (c) =>
    c.json({ page: await getAnswerPage(deps, readToken(c), readAnsweredHere(c)) }),
  );

  app.post('/api/answer', async (c) => {
    const input = await readJson(c, submitAnswersSchema);
    const answered = await submitAnswers(deps, readToken(c), input, deps.clientKey(c), readAnsweredHere(c));
    deleteCookie(c, answerCookie, { path: '/api/answer', secure: https });
    if (answered.delivery === 'group') rememberAnsweredHere(c, answered.roundId, https);
    return c.json({ message: 'Thank you. Your answers were saved anonymously.' }, 201);
  });

  app.post('/api/answer/hint', async (c) => {
    const { text } = await readJson(c, feedforwardHintSchema);
    return c.json(await hintForSuggestion(deps, readToken(c), text, deps.clientKey(c), readAnsweredHere(c)));
  });
}

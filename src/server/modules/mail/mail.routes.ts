import type { Hono } from 'hono';
import type { MailSetup } from '../../../shared/mail';
import type { AppEnv, RouteDeps } from '../../http/app-env';

/**
 * Whether this server can email anyone. Public: the reset page asks before anyone signs in, and
 * it says nothing a visitor could not learn by asking for a reset.
 */
export function registerMailRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/mail-setup', (c) =>
    c.json({ emailCanBeSent: Boolean(deps.config.SMTP_URL) } satisfies MailSetup),
  );
}

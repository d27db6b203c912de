import { type MailSetup, mailSetupSchema } from '../shared/mail';
import { apiGet } from './api';

let known: Promise<MailSetup> | undefined;

/**
 * Whether this server can email anyone. It changes only when the server restarts with another
 * SMTP_URL, so one answer per page load is enough; a failed call is asked again next time.
 */
export function getMailSetup(request?: Request): Promise<MailSetup> {
  known ??= apiGet<unknown>('/api/mail-setup', { request, redirectWhenSignedOut: false })
    .then((body) => mailSetupSchema.parse(body))
    .catch((error: unknown) => {
      known = undefined;
      throw error;
    });
  return known;
}

import { type MailSetup, mailSetupSchema } from '../shared/mail';
import { apiGet } from './api';

let known: Promise<MailSetup> | undefined;

/**
 * Whether this server can email anyone. It changes only when the server restarts with another
 * SMTP_URL, so one answer per page load is enough; a failed call is asked again next time.
 */
export function getMailSetup(request?: Request): Promise<MailSetup> {
  known ??= apiGet('/api/mail-setup', mailSetupSchema, { request, redirectWhenSignedOut: false }).catch(
    (error: unknown) => {
      known = undefined;
      throw error;
    },
  );
  return known;
}

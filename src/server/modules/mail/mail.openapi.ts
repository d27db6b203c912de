import { mailSetupSchema } from '../../../shared/mail';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const mailRouteDocs: RouteGroupDoc = {
  name: 'Mail',
  description: 'Whether this server can send email, so no screen promises one that cannot go.',
  routes: [
    {
      method: 'get',
      path: '/api/mail-setup',
      summary: 'Whether SMTP is configured.',
      access: 'public',
      responses: { 200: { description: 'The mail setup.', schema: mailSetupSchema } },
    },
  ],
};

// The mail module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { mailRouteDocs } from './mail.openapi';
export { createMailer } from './mailer';

// The programs module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { programsRouteDocs } from './programs.openapi';

// The data-rights module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { dataRightsRouteDocs } from './data-rights.openapi';

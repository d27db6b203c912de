// The frameworks module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { frameworksRouteDocs } from './frameworks.openapi';
export { getActiveFramework } from './frameworks.usecases';

// The follow-up module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { followUpRouteDocs } from './follow-up.openapi';
export { followUpOfCycle } from './follow-up.usecases';

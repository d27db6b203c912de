// The progress module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { progressRouteDocs } from './progress.openapi';
export { releasedResultsOf, releasedResultsOfRounds } from './progress.usecases';

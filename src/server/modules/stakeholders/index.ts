// The stakeholders module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { stakeholdersRouteDocs } from './stakeholders.openapi';
export { addStakeholdersFromText } from './stakeholders.usecases';

// The jobs module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export type { JobsRepository } from './jobs.repository';
export type { JobRunner } from './jobs.runner';

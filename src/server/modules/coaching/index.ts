// The coaching module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { coachingRouteDocs } from './coaching.openapi';
export { listShareable, shareItem } from './coaching-shares.usecases';
export { acceptProgramCoach } from './program-coach.usecases';

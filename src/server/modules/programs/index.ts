// The programs module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.

export { acceptProgramInvitation, enrollLeaders, startProgramCycle } from './program-enrollment.usecases';
export { programsRouteDocs } from './programs.openapi';
export { createProgram } from './programs.usecases';

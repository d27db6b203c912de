// The cycles module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { cyclesRouteDocs } from './cycles.openapi';
export type { CycleRow } from './cycles.repository';
export { baselineOf, competencyOf, createCycle, refuseClosedCycle, requireOwnCycle } from './cycles.usecases';

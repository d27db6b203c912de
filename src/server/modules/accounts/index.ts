// The accounts module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { accountsRouteDocs } from './accounts.openapi';
export {
  createAccount,
  createPasswordlessAccount,
  refuseAgainstSignUpPolicy,
  type StartedSession,
  sessionPolicy,
  startSecondStep,
  startSession,
} from './accounts.usecases';

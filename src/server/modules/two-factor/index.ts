// The two-factor module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export { twoFactorRouteDocs } from './two-factor.openapi';
export { mustEnrollTwoFactor, refuseAdminWithoutTwoFactor, spendSecondFactor } from './two-factor.usecases';
